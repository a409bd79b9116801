#include "game/sim/save.h"

#include "engine/core/file_io.h"
#include "game/sim/json_fields.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <filesystem>

namespace sp {

// Ordered, so a section goes back into the file with its keys as they came.
using json = nlohmann::ordered_json;

int SaveData::stars(const std::string& id) const {
    auto it = levels.find(id);
    return it == levels.end() ? 0 : it->second.stars;
}

bool SaveData::recordWin(const std::string& id, int stars, double minutes) {
    LevelProgress& p = levels[id];
    bool better = stars > p.stars || p.best_minutes == 0 || minutes < p.best_minutes;
    if (stars > p.stars) p.stars = stars;
    if (p.best_minutes == 0 || minutes < p.best_minutes) p.best_minutes = minutes;
    return better;
}

namespace {
constexpr size_t kMaxSaveBytes = 4 << 20;
constexpr size_t kMaxLevels = 10000;
} // namespace

std::optional<SaveData> parseSave(std::string_view bytes, std::string* error) {
    if (bytes.size() > kMaxSaveBytes) {
        if (error) *error = "the save file is larger than 4 MB";
        return std::nullopt;
    }
    // A save is flat (depth 3); refuse deep nesting before the recursive parser sees it.
    int depth = 0;
    bool inString = false, escaped = false;
    for (char ch : bytes) {
        if (inString) {
            if (escaped) escaped = false;
            else if (ch == '\\') escaped = true;
            else if (ch == '"') inString = false;
        } else if (ch == '"') inString = true;
        else if (ch == '{' || ch == '[') {
            if (++depth > 8) {
                if (error) *error = "the save file is nested too deeply";
                return std::nullopt;
            }
        } else if (ch == '}' || ch == ']') --depth;
    }
    json j = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (error) *error = "the save file is not valid JSON (it may have been cut short)";
        return std::nullopt;
    }
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != 1) {
        if (error) *error = "the save file has no known version";
        return std::nullopt;
    }
    SaveData d;
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "version" && it.key() != "levels") d.sections[it.key()] = it.value().dump();
    if (j.contains("levels")) {
        const json& levels = j["levels"];
        if (!levels.is_object() || levels.size() > kMaxLevels) {
            if (error) *error = "\"levels\" is not an object of at most 10000 levels";
            return std::nullopt;
        }
        for (auto it = levels.begin(); it != levels.end(); ++it) {
            if (it.key().empty() || it.key().size() > 64 || !it.value().is_object()) {
                if (error) *error = "a level entry in the save file is malformed";
                return std::nullopt;
            }
            LevelProgress p;
            double stars = 0;
            if (!readNumberField(it.value(), "stars", 0, 3, stars, error, "the value") ||
                !readNumberField(it.value(), "best_minutes", 0, 1e7, p.best_minutes, error, "the value")) {
                return std::nullopt;
            }
            p.stars = static_cast<int>(stars);
            d.levels[it.key()] = p;
        }
    }
    return d;
}

std::string serializeSave(const SaveData& d) {
    nlohmann::ordered_json j;
    j["version"] = 1;
    // Sections before the levels, as the file has always been laid out ("settings" first).
    for (const auto& [key, text] : d.sections) {
        if (key == "version" || key == "levels") continue;
        nlohmann::ordered_json section = nlohmann::ordered_json::parse(text, nullptr, false);
        if (!section.is_discarded()) j[key] = section;
    }
    nlohmann::ordered_json levels = nlohmann::ordered_json::object();
    for (const auto& [id, p] : d.levels) levels[id] = {{"stars", p.stars}, {"best_minutes", p.best_minutes}};
    j["levels"] = levels;
    return j.dump(2) + "\n";
}

SaveStore::SaveStore(std::string dir) : dir_(std::move(dir)) {}

SaveData SaveStore::load(std::string* notice) {
    std::string why;
    auto bytes = readFile(path());
    if (bytes) {
        if (auto d = parseSave(*bytes, &why)) return *d;
        // Keep the damaged bytes for whoever wants to look, under a name nothing overwrites.
        const std::string aside = path() + ".damaged-" + std::to_string(std::time(nullptr));
        writeFileAtomic(aside, *bytes);
        std::string backupWhy;
        if (auto backup = readFile(backupPath())) {
            if (auto d = parseSave(*backup, &backupWhy)) {
                if (notice) *notice = "Your save file was damaged (" + why + "). The last good copy was restored. The damaged file was kept as " + aside + ".";
                return *d;
            }
        }
        if (notice) *notice = "Your save file was damaged (" + why + ") and no good backup was found. Starting fresh; the damaged file was kept as " + aside + ".";
        return SaveData{};
    }
    if (auto backup = readFile(backupPath())) {
        if (auto d = parseSave(*backup, &why)) {
            if (notice) *notice = "The save file was missing; the backup copy was restored.";
            return *d;
        }
    }
    return SaveData{};
}

bool SaveStore::save(const SaveData& data, std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    // The file about to be replaced becomes the backup, but only if it is good: a damaged
    // file must never push out the last good copy.
    if (auto current = readFile(path())) {
        if (parseSave(*current, nullptr)) writeFileAtomic(backupPath(), *current);
    }
    return writeFileAtomic(path(), serializeSave(data), error);
}

} // namespace sp
