// The player's saved state: progress (stars per level) and settings, in one JSON file in
// the per-user folder. Written atomically; the previous good file is kept as a backup; a
// damaged file is moved aside (never deleted) and reported, and the backup is used.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sp {

struct Settings {
    std::string language = "en";   // "en" or "zh"
    double ui_scale = 1.0;          // 0.75 .. 2.0
    double volume = 0.8;            // 0 .. 1
    bool muted = false;
    bool fullscreen = false;
    bool show_vectors = false;
};

struct LevelProgress {
    int stars = 0;                  // best, 0..3; > 0 means completed
    double best_minutes = 0;        // flight time of the best win, real minutes
};

struct SaveData {
    Settings settings;
    std::map<std::string, LevelProgress> levels;

    int stars(const std::string& id) const;
    bool completed(const std::string& id) const { return stars(id) > 0; }
    // Keeps the best stars and the best time. Returns true when anything improved.
    bool recordWin(const std::string& id, int stars, double minutes);
};

// Any bytes in: a SaveData, or nullopt with a sentence in `error`.
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
