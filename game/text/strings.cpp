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
    auto tables = std::make_shared<Tables>();
    std::string zhError;
    if (!loadTable(dir + "/zh-Hans.json", tables->zh, &zhError)) logWarn(zhError + " (Chinese UI falls back to English)");
    const bool ok = loadTable(dir + "/en.json", tables->en, error);
    tables_ = std::move(tables);
    if (!ok) return false;
    for (const std::string& k : mismatchedKeys()) logWarn("string table key not in both languages: " + k);
    return true;
}

Strings Strings::in(const std::string& lang) const {
    Strings other = *this;
    other.setLanguage(lang);
    return other;
}

bool Strings::hasIn(const std::string& lang, const std::string& key) const {
    return (lang == "zh" ? tables_->zh : tables_->en).count(key) != 0;
}

const char* Strings::operator()(const char* key) const {
    if (lang_ == "zh") {
        auto it = tables_->zh.find(key);
        if (it != tables_->zh.end()) return it->second.c_str();
    }
    auto it = tables_->en.find(key);
    if (it != tables_->en.end()) return it->second.c_str();
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
    for (const auto& [k, v] : tables_->en)
        if (!tables_->zh.count(k)) out.push_back(k);
    for (const auto& [k, v] : tables_->zh)
        if (!tables_->en.count(k)) out.push_back(k);
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

std::string fillNamed(const std::string& pattern, const NamedFill& fill) {
    auto nameChar = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; };
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const size_t close = pattern.find('}', i + 1);
            if (close != std::string::npos) {
                const std::string_view inside = std::string_view(pattern).substr(i + 1, close - i - 1);
                const size_t colon = inside.find(':');
                const std::string_view name = inside.substr(0, colon);
                const std::string_view spec = colon == std::string_view::npos ? std::string_view() : inside.substr(colon + 1);
                bool valid = !name.empty();
                for (char c : name) valid = valid && nameChar(c);
                if (valid) {
                    if (std::optional<std::string> text = fill(name, spec)) {
                        out += *text;
                        i = close;
                        continue;
                    }
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace sp
