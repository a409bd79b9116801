// Made levels on disk (library.h): My levels, any path, the autosave, the templates.
//
// [SECTION] Verified
// [SECTION] Level files
// [SECTION] Autosave
// [SECTION] Templates
#include "game/edit/library.h"

#include "engine/core/file_io.h"
#include "game/sim/props.h"
#include "game/sim/level_types.h"
#include "game/sim/replay.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace sp::edit {

namespace fs = std::filesystem;

// [SECTION] Verified ------------------------------------------------------------------------

bool isVerified(const Level& level) {
    if (!level.solution) return false;
    InputLog log;
    log.level_id = level.id;
    log.events = *level.solution;
    return runReplay(level, log).outcome == Outcome::Won;
}

bool shareable(const Level& level) { return validateLevel(level).empty() && isVerified(level); }

// [SECTION] Level files ---------------------------------------------------------------------

namespace {

// The *.json files of `dir`, sorted by name; none if it does not exist.
std::vector<std::string> jsonFiles(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".json") out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string stem(const std::string& path) { return fs::path(path).stem().string(); }

} // namespace

std::string myLevelsDir(const std::string& userDir) { return userDir + "levels/"; }

std::string fileNameFor(const Level& level) { return (isLevelId(level.id) ? level.id : "level") + ".json"; }

bool saveLevelFile(const std::string& path, const Level& level, std::string* error) {
    std::error_code ec;
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    return writeFileAtomic(path, saveLevel(level), error);
}

LevelLoad openLevelFile(const std::string& path) {
    std::string error;
    std::optional<std::string> bytes = readFile(path, &error);
    if (!bytes) return {std::nullopt, {Problem{"", "could not read the file: " + error}}};
    return parseLevelDraft(*bytes);
}

std::vector<LevelEntry> listMyLevels(const std::string& userDir) {
    std::vector<LevelEntry> out;
    for (const std::string& path : jsonFiles(myLevelsDir(userDir))) {
        LevelLoad load = openLevelFile(path);
        LevelEntry e;
        e.path = path;
        if (load.level) e.level = std::move(*load.level);
        e.problems = std::move(load.problems);
        e.verified = e.problems.empty() && isVerified(e.level);
        out.push_back(std::move(e));
    }
    return out;
}

// [SECTION] Autosave ------------------------------------------------------------------------

namespace {
constexpr int kAutosaveVersion = 1;
}

std::string autosavePath(const std::string& userDir) { return userDir + "editor-autosave.json"; }

// {"version": 1, "path": "...", "level": {...}}: the level as its own file would hold it.
bool writeAutosave(const std::string& userDir, const Level& level, const std::string& path, std::string* error) {
    OrderedJson root = OrderedJson::object();
    root["version"] = kAutosaveVersion;
    root["path"] = path;
    root["level"] = OrderedJson::parse(saveLevel(level, LevelLayout::Compact));
    return writeFileAtomic(autosavePath(userDir), root.dump(1, ' ', false, OrderedJson::error_handler_t::replace) + "\n", error);
}

std::optional<Autosave> readAutosave(const std::string& userDir, std::string* error) {
    const std::string file = autosavePath(userDir);
    if (!fileExists(file)) return std::nullopt;
    std::string why;
    std::optional<std::string> bytes = readFile(file, &why);
    std::optional<Autosave> out;
    if (bytes) {
        Problems problems;
        std::optional<Json> doc = readJsonDocument(*bytes, 2 * kMaxLevelBytes, 20000, problems);
        if (doc && doc->is_object() && doc->contains("level") && (*doc)["level"].is_object()) {
            LevelLoad load = parseLevelDraft((*doc)["level"].dump());
            if (load.level) {
                out = Autosave{std::move(*load.level), "", std::move(load.problems)};
                auto path = doc->find("path");
                if (path != doc->end() && path->is_string()) out->path = path->get<std::string>();
            } else if (!load.problems.empty()) {
                why = formatProblem("level", load.problems.front());
            }
        } else {
            std::vector<Problem> list = problems.take();
            why = list.empty() ? "it is not an autosave" : formatProblem("autosave", list.front());
        }
    }
    if (out) return out;
    // Keep the damaged bytes under a name nothing overwrites: they may be someone's only copy.
    const std::string aside = file + ".damaged-" + std::to_string(std::time(nullptr));
    std::rename(file.c_str(), aside.c_str());
    if (error) *error = "The editor's autosave could not be read (" + why + "). It was kept as " + aside + ".";
    return std::nullopt;
}

void clearAutosave(const std::string& userDir) {
    std::error_code ec;
    fs::remove(autosavePath(userDir), ec);
}

// [SECTION] Templates -----------------------------------------------------------------------

std::vector<Template> loadTemplates(const std::string& dataDir, std::vector<std::string>* errors) {
    std::vector<Template> out;
    for (const std::string& path : jsonFiles(dataDir + "levels/templates/")) {
        std::string error;
        std::optional<std::string> bytes = readFile(path, &error);
        LevelLoad load = bytes ? parseLevel(*bytes) : LevelLoad{std::nullopt, {Problem{"", error}}};
        if (!load.ok()) {
            if (errors)
                for (const Problem& p : load.problems) errors->push_back(formatProblem(path, p));
            continue;
        }
        out.push_back({stem(path), std::move(*load.level)});
    }
    return out;
}

Level startFrom(const Template& t) {
    Level level = t.level;
    level.solution.reset();
    level.id = "my-" + level.id;
    if (level.id.size() > kMaxIdChars) level.id.resize(kMaxIdChars);
    return level;
}

} // namespace sp::edit
