#include "game/sim/lesson.h"

#include "engine/core/rng.h"
#include "game/sim/props.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace sp {

using nlohmann::json;

namespace {

// The most entries any list or object of a lesson file may have: a carried level's ground
// line runs to a few hundred points; a hostile list stops being read here.
constexpr size_t kMaxLessonJsonEntries = 20000;

constexpr const char* kToolKeys[kLessonTools] = {"hints", "vectors", "prediction", "time", "burns", "editor"};
constexpr const char* kAccessKeys[] = {"free", "locked", "hidden"};

void readText(const json& j, const std::string& at, size_t maxBytes, Text& out, Problems& problems) {
    if (!j.is_object()) return problems.add(at, "expected {\"en\": \"...\", \"zh\": \"...\"}");
    for (const auto& [key, value] : j.items()) {
        const std::string where = childPointer(at, key);
        if (key != "en" && key != "zh") {
            problems.add(where, "a text has only \"en\" and \"zh\"");
        } else if (!value.is_string()) {
            problems.add(where, "expected a string");
        } else if (value.get_ref<const std::string&>().size() > maxBytes) {
            problems.add(where, "is " + std::to_string(value.get_ref<const std::string&>().size()) + " bytes long; at most " +
                                    std::to_string(maxBytes) + " here");
        } else {
            (key == "en" ? out.en : out.zh) = value.get<std::string>();
        }
    }
}

void readTools(const json& j, const std::string& at, LessonLevel& out, Problems& problems) {
    if (!j.is_object()) return problems.add(at, "expected an object of tools, e.g. {\"hints\": \"locked\"}");
    for (const auto& [key, value] : j.items()) {
        const std::string where = childPointer(at, key);
        const auto tool = std::find(std::begin(kToolKeys), std::end(kToolKeys), key);
        if (tool == std::end(kToolKeys)) {
            problems.add(where, "no tool is called " + quote(key) + "; the tools are hints, vectors, prediction, time, burns and editor");
            continue;
        }
        const auto access = value.is_string() ? std::find(std::begin(kAccessKeys), std::end(kAccessKeys), value.get<std::string>())
                                              : std::end(kAccessKeys);
        if (access == std::end(kAccessKeys)) {
            problems.add(where, "expected \"free\", \"locked\" or \"hidden\"");
            continue;
        }
        out.tools[size_t(tool - std::begin(kToolKeys))] = ToolAccess(access - std::begin(kAccessKeys));
    }
}

void readLevel(const json& j, const std::string& at, const Campaign& campaign, LessonLevel& out, Problems& problems) {
    if (!j.is_object()) return problems.add(at, "expected an object with the level's \"id\"");
    for (const auto& [key, value] : j.items()) {
        const std::string where = childPointer(at, key);
        if (key == "id") {
            if (!value.is_string() || !isLevelId(value.get<std::string>()))
                problems.add(where, "expected a level id (letters, digits, '-' and '_'), e.g. \"1-3\"");
            else
                out.id = value.get<std::string>();
        } else if (key == "level") {
            LevelLoad load = parseLevel(value.dump(-1, ' ', false, json::error_handler_t::replace));
            for (const Problem& p : load.problems) problems.add(where + p.pointer, p.message);
            if (load.ok()) out.level = std::move(*load.level);
        } else if (key == "tools") {
            readTools(value, where, out, problems);
        } else if (key == "time_limit_min") {
            if (!value.is_number() || !(value.get<double>() >= 0 && value.get<double>() <= kMaxLessonMinutes))
                problems.add(where, "expected minutes from 0 (no limit) to " + formatNumber(kMaxLessonMinutes));
            else
                out.time_limit_min = value.get<double>();
        } else {
            problems.add(where, "a lesson's level has no " + quote(key) + "; it has id, level, tools and time_limit_min");
        }
    }
    if (out.id.empty()) {
        if (!j.contains("id")) problems.add(at, "names no level: add its \"id\"");
        return;
    }
    if (out.level && out.level->id != out.id)
        problems.add(childPointer(at, "id"), "is " + quote(out.id) + " but the level carried with it is " + quote(out.level->id));
    else if (!out.level && !j.contains("level") && !campaign.find(out.id))
        problems.add(childPointer(at, "id"), "the campaign has no level " + quote(out.id) +
                                                 "; a made level travels inside the lesson, in \"level\"");
}

} // namespace

const char* lessonToolKey(LessonTool tool) { return kToolKeys[size_t(tool)]; }
const char* toolAccessKey(ToolAccess access) { return kAccessKeys[size_t(access)]; }

bool isLessonId(std::string_view id) {
    auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
    return id.size() >= 4 && id.size() <= 16 && std::all_of(id.begin(), id.end(), ok);
}

std::string newLessonId(uint64_t seed) {
    static const char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    Rng rng(seed);
    std::string id;
    for (int i = 0; i < 8; ++i) id.push_back(kChars[rng.next() % 36]);
    return id;
}

LessonLoad parseLesson(std::string_view bytes, const Campaign& campaign) {
    auto refuse = [](std::string message) { return LessonLoad{std::nullopt, {Problem{"", std::move(message)}}}; };
    if (bytes.size() > kMaxLessonBytes)
        return refuse("the lesson is " + std::to_string(bytes.size()) + " bytes; a lesson takes at most " + std::to_string(kMaxLessonBytes));
    // Through the same reader as level files: nesting (a carried level is re-read below, so it
    // must never be deeper than a level may be), duplicate keys and entry counts are checked
    // before anything is parsed or built.
    Problems read;
    const std::optional<json> doc = readJsonDocument(bytes, kMaxLessonBytes, kMaxLessonJsonEntries, read);
    if (!doc) {
        std::vector<Problem> why = read.take();
        return refuse("this is not a lesson file: " + (why.empty() ? std::string("it is not JSON") : why.front().message));
    }
    const json& j = *doc;
    if (!j.is_object()) return refuse("a lesson file is a JSON object with \"version\", \"id\", \"title\" and \"levels\"");
    if (!j.contains("version") || !j["version"].is_number_integer())
        return refuse("a lesson file says its \"version\" (" + std::to_string(kLessonVersion) + ")");
    if (j["version"].get<int64_t>() > kLessonVersion)
        return refuse("this lesson was made by a newer Starpath (version " + std::to_string(j["version"].get<int64_t>()) +
                      "); this one reads up to version " + std::to_string(kLessonVersion));
    if (j["version"].get<int64_t>() < 1) return refuse("\"version\" must be 1 or more");

    Problems problems;
    Lesson lesson;
    for (const auto& [key, value] : j.items()) {
        const std::string at = childPointer("", key);
        if (key == "version") {
        } else if (key == "id") {
            if (!value.is_string() || !isLessonId(value.get<std::string>()))
                problems.add(at, "expected 4 to 16 of a-z, 0-9 and '-'");
            else
                lesson.id = value.get<std::string>();
        } else if (key == "title") {
            readText(value, at, kMaxLessonTitleBytes, lesson.title, problems);
        } else if (key == "note") {
            readText(value, at, kMaxLessonNoteBytes, lesson.note, problems);
        } else if (key == "projector") {
            if (!value.is_boolean()) problems.add(at, "expected true or false");
            else lesson.projector = value.get<bool>();
        } else if (key == "levels") {
            if (!value.is_array()) {
                problems.add(at, "expected a list of levels");
            } else if (value.size() > size_t(kMaxLessonLevels)) {
                problems.add(at, "holds " + std::to_string(value.size()) + " levels; a lesson takes at most " +
                                     std::to_string(kMaxLessonLevels));
            } else {
                std::set<std::string> seen;
                for (size_t i = 0; i < value.size() && !problems.full(); ++i) {
                    LessonLevel level;
                    readLevel(value[i], childPointer(at, i), campaign, level, problems);
                    if (!level.id.empty() && !seen.insert(level.id).second)
                        problems.add(childPointer(childPointer(at, i), "id"), "level " + quote(level.id) + " is in the lesson twice");
                    lesson.levels.push_back(std::move(level));
                }
            }
        } else {
            problems.add(at, "a lesson has no " + quote(key) + "; it has version, id, title, note, projector and levels");
        }
    }
    if (!j.contains("id")) problems.add("", "the lesson has no \"id\" (it names the lesson in the students' progress codes)");
    if (lesson.title.empty() && !problems.covers("/title")) problems.add("/title", "the lesson needs a title in at least one language");
    if (!j.contains("levels") || (lesson.levels.empty() && !problems.covers("/levels")))
        problems.add("/levels", "the lesson needs at least one level");
    if (!problems.empty()) return {std::nullopt, problems.take()};
    return {std::move(lesson), {}};
}

std::string saveLesson(const Lesson& lesson, LevelLayout layout) {
    json j = json::object();
    j["version"] = kLessonVersion;
    j["id"] = lesson.id;
    auto text = [](const Text& t) {
        json o = json::object();
        if (!t.en.empty()) o["en"] = t.en;
        if (!t.zh.empty()) o["zh"] = t.zh;
        return o;
    };
    j["title"] = text(lesson.title);
    if (!lesson.note.empty()) j["note"] = text(lesson.note);
    if (lesson.projector) j["projector"] = true;
    json levels = json::array();
    for (const LessonLevel& l : lesson.levels) {
        json o = json::object();
        o["id"] = l.id;
        if (l.level) o["level"] = json::parse(saveLevel(*l.level, LevelLayout::Compact));
        json tools = json::object();
        for (size_t t = 0; t < kLessonTools; ++t)
            if (l.tools[t] != ToolAccess::Free) tools[kToolKeys[t]] = kAccessKeys[size_t(l.tools[t])];
        if (!tools.empty()) o["tools"] = tools;
        if (l.time_limit_min > 0) o["time_limit_min"] = l.time_limit_min;
        levels.push_back(std::move(o));
    }
    j["levels"] = std::move(levels);
    return layout == LevelLayout::Compact ? j.dump() : j.dump(2) + "\n";
}

} // namespace sp
