// One optional field of a JSON object read at a border (the save's progress, the settings):
// its kind and range checked, and a sentence saying which field is wrong when it is not. A
// field that is absent leaves `out` as it was.
#pragma once
#include <cmath>
#include <string>

namespace sp {

// `what` names such fields in the sentence: "the setting \"volume\" is not a number in range".
template <class Json>
bool readNumberField(const Json& obj, const char* key, double lo, double hi, double& out, std::string* error,
                     const char* what) {
    if (!obj.contains(key)) return true;
    const Json& v = obj[key];
    if (!v.is_number() || !std::isfinite(v.template get<double>()) || v.template get<double>() < lo ||
        v.template get<double>() > hi) {
        if (error) *error = std::string(what) + " \"" + key + "\" is not a number in range";
        return false;
    }
    out = v.template get<double>();
    return true;
}

template <class Json>
bool readBoolField(const Json& obj, const char* key, bool& out, std::string* error, const char* what) {
    if (!obj.contains(key)) return true;
    if (!obj[key].is_boolean()) {
        if (error) *error = std::string(what) + " \"" + key + "\" is not true or false";
        return false;
    }
    out = obj[key].template get<bool>();
    return true;
}

} // namespace sp
