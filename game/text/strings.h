// The UI string tables: assets/strings/en.json and zh-Hans.json. Every word the player reads
// that is not level text comes from here, so switching the language switches everything.
//
// The files are nested JSON objects of strings; a key is the dotted path ("hud.altitude").
// Placeholders are {0}, {1}, ... and are filled with already formatted text, so a table can
// reorder them (Chinese often does) and a typo in a table can never crash the game.
// A key missing from the chosen language falls back to English, then to the key itself,
// which shows up on screen and in the log instead of failing silently.
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace sp {

class Strings {
public:
    // Loads both tables from `dir` (…/assets/strings). Returns false and fills `error` when
    // the English table is missing or broken; the game then shows keys, but still runs.
    bool load(const std::string& dir, std::string* error = nullptr);

    void setLanguage(const std::string& lang) { lang_ = lang == "zh" ? "zh" : "en"; }
    const std::string& language() const { return lang_; }   // "en" or "zh", as in Settings and Text

    // The text for `key` in the current language. The pointer stays valid until load().
    const char* operator()(const char* key) const;
    // True if the English table has `key`: for text that falls back to something else
    // (the editor's property labels fall back to the property table's own English label).
    bool has(const char* key) const { return en_.count(key) != 0; }
    // The same with {0}, {1}, ... replaced by `args`.
    std::string format(const char* key, std::initializer_list<std::string> args) const;

    // Keys present in one table but not the other (for the string-table test and the log).
    std::vector<std::string> mismatchedKeys() const;

private:
    using Table = std::map<std::string, std::string>;
    Table en_, zh_;
    std::string lang_ = "en";
};

// {0}, {1}, ... in `pattern` replaced by `args`; unknown placeholders stay as they are.
std::string fillPlaceholders(const std::string& pattern, std::initializer_list<std::string> args);

} // namespace sp
