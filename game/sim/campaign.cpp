#include "game/sim/campaign.h"

#include "engine/core/file_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>

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

int Campaign::chapterOf(const std::string& id) const {
    for (size_t c = 0; c < chapters.size(); ++c)
        for (const std::string& l : chapters[c].levels)
            if (l == id) return int(c);
    return -1;
}

int chapterCompletedBy(const Campaign& campaign, const SaveData& before, const std::string& levelId) {
    const int c = campaign.chapterOf(levelId);
    if (c < 0) return -1;
    bool allBefore = true;
    for (const std::string& id : campaign.chapters[size_t(c)].levels) {
        if (id != levelId && !before.completed(id)) return -1;   // still open after this win
        if (!before.completed(id)) allBefore = false;
    }
    return allBefore ? -1 : c;   // finished already: a replay of a won level is no new moment
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
    for (size_t ci = 0; ci < j["chapters"].size(); ++ci) {
        const nlohmann::json& cj = j["chapters"][ci];
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
        if (cj.contains("summary")) ch.summary = readText(cj["summary"]);
        // An idea for a level the chapter does not list is a typo: say so, keep the rest.
        if (cj.contains("ideas") && cj["ideas"].is_object()) {
            const nlohmann::json listed = cj.contains("levels") ? cj["levels"] : nlohmann::json::array();
            for (const auto& [id, text] : cj["ideas"].items()) {
                const std::string where = indexPath + ": /chapters/" + std::to_string(ci) + "/ideas/" + id + ": ";
                if (std::find(listed.begin(), listed.end(), id) == listed.end())
                    c.errors.push_back(where + "the chapter has no level " + id + " (its \"levels\" list the ids)");
                else if (!text.is_object() || !text.contains("en") || !text.contains("zh"))
                    c.errors.push_back(where + "expected {\"en\": \"...\", \"zh\": \"...\"}");
                else
                    ch.ideas[id] = readText(text);
            }
        }
        c.chapters.push_back(ch);
    }
    return c;
}

} // namespace sp
