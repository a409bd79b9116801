// The UI string tables: assets/strings/en.json and zh-Hans.json. Every word the player reads
// that is not level text comes from here, so switching the language switches everything.
//
// The files are nested JSON objects of strings; a key is the dotted path ("hud.altitude").
// Placeholders are numbered, {0}, {1}, ..., or named, {altitude_km} (what the sim reports:
// outcome_text.h), and are filled with already formatted text, so a table can reorder them
// (Chinese often does) and a typo in a table can never crash the game.
// A key missing from the chosen language falls back to English, then to the key itself,
// which shows up on screen and in the log instead of failing silently.
#pragma once
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sp {

class Strings {
public:
    // Loads both tables from `dir` (…/assets/strings). Returns false and fills `error` when
    // the English table is missing or broken; the game then shows keys, but still runs.
    bool load(const std::string& dir, std::string* error = nullptr);

    void setLanguage(const std::string& lang) { lang_ = lang == "zh" ? "zh" : "en"; }
    const std::string& language() const { return lang_; }   // "en" or "zh", as in Settings and Text
    // The same tables in another language (they are shared, so this is cheap): for text
    // wanted in both languages at once.
    Strings in(const std::string& lang) const;

    // The text for `key` in the current language. The pointer stays valid until load().
    const char* operator()(const char* key) const;
    // True if the English table has `key`: for text that falls back to something else
    // (the editor's property labels fall back to the property table's own English label).
    bool has(const char* key) const { return tables_->en.count(key) != 0; }
    // True if the table of `lang` ("en", "zh") has `key` itself, without falling back.
    bool hasIn(const std::string& lang, const std::string& key) const;
    // The same with {0}, {1}, ... replaced by `args`.
    std::string format(const char* key, std::initializer_list<std::string> args) const;

    // Keys present in one table but not the other (for the string-table test and the log).
    std::vector<std::string> mismatchedKeys() const;

private:
    using Table = std::map<std::string, std::string>;
    struct Tables {
        Table en, zh;
    };
    std::shared_ptr<const Tables> tables_ = std::make_shared<Tables>();
    std::string lang_ = "en";
};

// {0}, {1}, ... in `pattern` replaced by `args`; unknown placeholders stay as they are.
std::string fillPlaceholders(const std::string& pattern, std::initializer_list<std::string> args);

// {name} and {name:spec} in `pattern` (names of lower-case letters, digits and '_') replaced by
// what `fill(name, spec)` returns; a placeholder it returns nothing for stays as it is.
using NamedFill = std::function<std::optional<std::string>(std::string_view name, std::string_view spec)>;
std::string fillNamed(const std::string& pattern, const NamedFill& fill);

} // namespace sp
