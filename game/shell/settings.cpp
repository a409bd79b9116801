#include "game/shell/settings.h"

#include "game/sim/json_fields.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sp {

using json = nlohmann::json;

std::optional<Settings> parseSettings(const std::string& text, std::string* error) {
    Settings st;
    if (text.empty()) return st;
    const json s = json::parse(text, nullptr, false);
    if (s.is_discarded() || !s.is_object()) {
        if (error) *error = "\"settings\" is not an object";
        return std::nullopt;
    }
    if (s.contains("language")) {
        if (!s["language"].is_string() || (s["language"] != "en" && s["language"] != "zh")) {
            if (error) *error = "the language setting must be \"en\" or \"zh\"";
            return std::nullopt;
        }
        st.language = s["language"].get<std::string>();
    }
    const char* what = "the setting";
    if (!readNumberField(s, "ui_scale", 0.75, 2.0, st.ui_scale, error, what) ||
        !readNumberField(s, "volume", 0, 1, st.volume, error, what) || !readBoolField(s, "muted", st.muted, error, what) ||
        !readBoolField(s, "fullscreen", st.fullscreen, error, what) ||
        !readBoolField(s, "show_vectors", st.show_vectors, error, what))
        return std::nullopt;
    return st;
}

std::string settingsJson(const Settings& s) {
    // In the order the file has always had them.
    nlohmann::ordered_json j = {{"language", s.language}, {"ui_scale", s.ui_scale}, {"volume", s.volume},
                                {"muted", s.muted},       {"fullscreen", s.fullscreen}, {"show_vectors", s.show_vectors}};
    return j.dump();
}

Settings clamped(Settings s) {
    s.ui_scale = std::clamp(s.ui_scale, 0.75, 2.0);
    s.volume = std::clamp(s.volume, 0.0, 1.0);
    return s;
}

} // namespace sp
