// The player's saved progress (best stars and times per level) in save.json, one JSON file
// in the per-user folder. Written atomically; the previous good file is kept as a backup; a
// damaged file is moved aside (never deleted) and reported, and the backup is used.
//
// The file has room for other parts of the game: every other top-level section (the game's
// UI settings, game/shell/settings.h) is kept here as JSON text its owner reads and writes,
// and goes back into the file as it came. So the sim knows nothing of settings, and a save
// written before they moved out loads with nothing lost.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sp {

struct LevelProgress {
    int stars = 0;                  // best, 0..3; > 0 means completed
    double best_minutes = 0;        // flight time of the best win, real minutes
};

struct SaveData {
    std::map<std::string, LevelProgress> levels;
    // The file's other sections by key ("settings"), each as compact JSON text.
    std::map<std::string, std::string> sections;

    int stars(const std::string& id) const;
    bool completed(const std::string& id) const { return stars(id) > 0; }
    // Keeps the best stars and the best time. Returns true when anything improved.
    bool recordWin(const std::string& id, int stars, double minutes);
};

// Any bytes in: a SaveData, or nullopt with a sentence in `error`. A section is any JSON
// value; checking what is inside it is its owner's job.
std::optional<SaveData> parseSave(std::string_view bytes, std::string* error);
std::string serializeSave(const SaveData& data);

class SaveStore {
public:
    explicit SaveStore(std::string dir);
    // Loads the save. `notice` is set when something was wrong and what was done about it,
    // in a form to show the player.
    SaveData load(std::string* notice = nullptr);
    bool save(const SaveData& data, std::string* error = nullptr);

    std::string path() const { return dir_ + "/save.json"; }
    std::string backupPath() const { return dir_ + "/save.json.bak"; }

private:
    std::string dir_;
};

} // namespace sp
