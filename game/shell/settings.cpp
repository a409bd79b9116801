#include "game/shell/settings.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace sp {

using json = nlohmann::json;

namespace {
bool readNumber(const json& obj, const char* key, double lo, double hi, double& out, std::string* error) {
    if (!obj.contains(key)) return true;
    const json& v = obj[key];
    if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < lo || v.get<double>() > hi) {
        if (error) *error = std::string("the setting \"") + key + "\" is not a number in range";
        return false;
    }
    out = v.get<double>();
    return true;
}

bool readBool(const json& obj, const char* key, bool& out, std::string* error) {
    if (!obj.contains(key)) return true;
    if (!obj[key].is_boolean()) {
        if (error) *error = std::string("the setting \"") + key + "\" is not true or false";
        return false;
    }
    out = obj[key].get<bool>();
    return true;
}
} // namespace

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
    if (!readNumber(s, "ui_scale", 0.75, 2.0, st.ui_scale, error) || !readNumber(s, "volume", 0, 1, st.volume, error) ||
        !readBool(s, "muted", st.muted, error) || !readBool(s, "fullscreen", st.fullscreen, error) ||
        !readBool(s, "show_vectors", st.show_vectors, error))
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
