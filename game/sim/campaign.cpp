#include "game/sim/campaign.h"

#include "engine/core/file_io.h"

#include <nlohmann/json.hpp>

namespace sp {

const Level* Campaign::find(const std::string& id) const {
    auto it = levels.find(id);
    return it == levels.end() ? nullptr : &it->second;
}

std::string Campaign::next(const std::string& id) const {
    for (const Chapter& c : chapters) {
        for (size_t i = 0; i + 1 < c.levels.size(); ++i) {
            if (c.levels[i] == id) return c.levels[i + 1];
        }
    }
    return "";
}

static Text readText(const nlohmann::json& j) {
    Text t;
    if (j.is_object()) {
        if (j.contains("en") && j["en"].is_string()) t.en = j["en"].get<std::string>();
        if (j.contains("zh") && j["zh"].is_string()) t.zh = j["zh"].get<std::string>();
    }
    return t;
}

Campaign loadCampaign(const std::string& dir) {
    Campaign c;
    const std::string indexPath = dir + "/campaign.json";
    std::string err;
    auto bytes = readFile(indexPath, &err);
    if (!bytes) {
        c.errors.push_back(indexPath + ": " + err);
        return c;
    }
    nlohmann::json j = nlohmann::json::parse(*bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("chapters") || !j["chapters"].is_array()) {
        c.errors.push_back(indexPath + ": expected an object with a \"chapters\" array");
        return c;
    }
    for (const auto& cj : j["chapters"]) {
        Chapter ch;
        if (!cj.is_object()) continue;
        if (cj.contains("number") && cj["number"].is_number_integer()) ch.number = cj["number"].get<int>();
        if (cj.contains("title")) ch.title = readText(cj["title"]);
        if (cj.contains("subtitle")) ch.subtitle = readText(cj["subtitle"]);
        if (cj.contains("levels") && cj["levels"].is_array()) {
            for (const auto& id : cj["levels"]) {
                if (!id.is_string()) continue;
                const std::string levelId = id.get<std::string>();
                const std::string path = dir + "/" + levelId + ".json";
                auto levelBytes = readFile(path, &err);
                if (!levelBytes) {
                    c.errors.push_back(path + ": " + err);
                    continue;
                }
                LevelLoad load = parseLevel(*levelBytes);
                for (const Problem& p : load.problems) c.errors.push_back(formatProblem(path, p));
                if (!load.ok()) continue;
                ch.levels.push_back(levelId);
                c.levels[levelId] = *load.level;
            }
        }
        c.chapters.push_back(ch);
    }
    return c;
}

} // namespace sp
