// Where made levels live and how they come back: "My levels" (a folder in the per-user
// directory; in the browser that folder is kept in IndexedDB), any file path, the autosave
// that survives a crash or a closed tab, and the templates a new level starts from.
// Files only: no window, so the tests use exactly this code.
#pragma once
#include "game/sim/level.h"
#include "game/sim/level_io.h"

#include <optional>
#include <string>
#include <vector>

namespace sp::edit {

// [SECTION] verified: a level may be shared once its author has won it. The winning input
// is its Level::solution; a later edit that breaks the solution un-verifies it.
bool isVerified(const Level& level);
// Problems that keep a level from being shared: validation's, then "not verified".
bool shareable(const Level& level);

// [SECTION] level files (drafts included: a level with errors is saved and opened as is)
std::string myLevelsDir(const std::string& userDir);           // userDir + "levels/"
// "my-level.json" from the id, or "level.json" if the id is empty or not a valid id.
std::string fileNameFor(const Level& level);
bool saveLevelFile(const std::string& path, const Level& level, std::string* error);
// The draft as far as it reads, with its problems; `problems` alone if the file is unreadable.
LevelLoad openLevelFile(const std::string& path);

struct LevelEntry {
    std::string path;
    Level level;                       // as far as it reads
    std::vector<Problem> problems;     // empty: playable
    bool verified = false;
};
// Every *.json in My levels, sorted by file name. Unreadable files are listed with problems.
std::vector<LevelEntry> listMyLevels(const std::string& userDir);

// [SECTION] autosave: written every few seconds while there are unsaved edits, removed when
// the author saves or discards. Found at the next start = the last session ended badly.
struct Autosave {
    Level level;
    std::string path;                  // the file it was opened from or saved to, "" if none
    std::vector<Problem> problems;     // the draft's validation problems (it may have some)
};
std::string autosavePath(const std::string& userDir);
bool writeAutosave(const std::string& userDir, const Level& level, const std::string& path, std::string* error);
// Empty when there is none. A damaged autosave is reported in `error` and moved aside
// (never silently deleted: it may be the only copy of someone's work).
std::optional<Autosave> readAutosave(const std::string& userDir, std::string* error);
void clearAutosave(const std::string& userDir);

// [SECTION] templates: levels/templates/<key>.json, ordinary valid levels. Their recorded
// solutions (which the tests replay to a win) are dropped when a level starts from one: the
// author still has to win their own level before sharing it.
struct Template {
    std::string key;                   // "earth_orbit"
    Level level;
};
std::vector<Template> loadTemplates(const std::string& dataDir, std::vector<std::string>* errors);
// The level a new level starts as: the template without its solution, with a fresh id.
Level startFrom(const Template& t);

} // namespace sp::edit
