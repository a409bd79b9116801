#include "game/text/strings.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"

#include <nlohmann/json.hpp>

#include <set>

namespace sp {

namespace {

// Flattens {"hud": {"altitude": "Altitude"}} into "hud.altitude" -> "Altitude".
void flatten(const nlohmann::json& j, const std::string& prefix, std::map<std::string, std::string>& out) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_object()) flatten(*it, key, out);
        else if (it->is_string()) out[key] = it->get<std::string>();
    }
}

bool loadTable(const std::string& path, std::map<std::string, std::string>& out, std::string* error) {
    std::string why;
    auto bytes = readFile(path, &why);
    if (!bytes) {
        if (error) *error = path + ": " + why;
        return false;
    }
    nlohmann::json j = nlohmann::json::parse(*bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (error) *error = path + ": not a JSON object of strings";
        return false;
    }
    out.clear();
    flatten(j, "", out);
    return true;
}

} // namespace

bool Strings::load(const std::string& dir, std::string* error) {
    std::string zhError;
    if (!loadTable(dir + "/zh-Hans.json", zh_, &zhError)) logWarn(zhError + " (Chinese UI falls back to English)");
    if (!loadTable(dir + "/en.json", en_, error)) return false;
    for (const std::string& k : mismatchedKeys()) logWarn("string table key not in both languages: " + k);
    return true;
}

const char* Strings::operator()(const char* key) const {
    if (lang_ == "zh") {
        auto it = zh_.find(key);
        if (it != zh_.end()) return it->second.c_str();
    }
    auto it = en_.find(key);
    if (it != en_.end()) return it->second.c_str();
    // Once per key: a missing string is a bug to fix, not a reason to flood the log.
    static std::set<std::string> reported;
    if (reported.insert(key).second) logWarn(std::string("missing UI string: ") + key);
    return key;
}

std::string Strings::format(const char* key, std::initializer_list<std::string> args) const {
    return fillPlaceholders((*this)(key), args);
}

std::vector<std::string> Strings::mismatchedKeys() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : en_)
        if (!zh_.count(k)) out.push_back(k);
    for (const auto& [k, v] : zh_)
        if (!en_.count(k)) out.push_back(k);
    return out;
}

std::string fillPlaceholders(const std::string& pattern, std::initializer_list<std::string> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' && pattern[i + 2] == '}') {
            const size_t n = size_t(pattern[i + 1] - '0');
            if (n < args.size()) {
                out += *(args.begin() + n);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace sp
