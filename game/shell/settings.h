// The player's settings: language, UI scale, sound, fullscreen and the flight's vectors. They
// are the game's, not the sim's: they live in the "settings" section of the save file, which
// game/sim/save.h keeps for us as JSON text (so a save keeps loading whoever owns what).
#pragma once
#include <optional>
#include <string>

namespace sp {

struct Settings {
    std::string language = "en";   // "en" or "zh"
    double ui_scale = 1.0;          // 0.75 .. 2.0
    double volume = 0.8;            // 0 .. 1
    bool muted = false;
    bool fullscreen = false;
    bool show_vectors = false;
};

// The save file's section that holds them.
constexpr const char* kSettingsSection = "settings";

// The section's JSON text in ("" = none yet: the defaults). A setting of the wrong kind or
// out of range: nullopt, with a sentence in `error`. Settings the text leaves out keep their
// defaults; keys it does not know are ignored.
std::optional<Settings> parseSettings(const std::string& json, std::string* error);
std::string settingsJson(const Settings& s);

// Within the ranges the game allows (what a slider or an old file might overshoot).
Settings clamped(Settings s);

} // namespace sp
