#include "game/text/format.h"

#include "game/text/strings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sp {

std::string fixed(double value, int decimals) {
    if (!std::isfinite(value)) return "--";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    // "-0.00" reads as a mistake on a HUD.
    if (buf[0] == '-') {
        bool zero = true;
        for (const char* p = buf + 1; *p; ++p) zero = zero && (*p == '0' || *p == '.');
        if (zero) return buf + 1;
    }
    return buf;
}

std::string grouped(double value) {
    if (!std::isfinite(value)) return "--";
    const bool negative = value < 0;
    std::string digits = std::to_string(static_cast<long long>(std::llround(std::fabs(value))));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return negative && out != "0" ? "-" + out : out;
}

std::string kmText(const Strings& tr, double km) { return tr.format("unit.km", {grouped(km)}); }

std::string kmsText(const Strings& tr, double kms, int decimals) { return tr.format("unit.km_s", {fixed(kms, decimals)}); }

std::string fuelText(const Strings& tr, double kms) {
    // (A slack of 1 cm/s keeps 0.34 from reading 0.33 when a burn's sum lands a hair under.)
    return kmsText(tr, std::isfinite(kms) ? std::floor(std::max(0.0, kms) * 100 + 1e-3) / 100 : kms);
}

std::string durationText(const Strings& tr, double minutes) {
    if (!std::isfinite(minutes)) return "--";
    if (minutes < 0.99) return tr.format("unit.s", {std::to_string(std::llround(std::max(0.0, minutes) * 60))});   // a hold point's 40 s
    // Under 10 minutes the seconds count (a landing takes a minute and a half), unless whole.
    const long long seconds = std::llround(std::max(0.0, minutes) * 60);
    if (seconds < 600 && seconds % 60 != 0)
        return tr.format("unit.min_s", {std::to_string(seconds / 60), std::to_string(seconds % 60)});
    const long long total = std::llround(std::max(0.0, minutes));
    if (total < 60) return tr.format("unit.min", {std::to_string(total)});
    const long long hours = total / 60, mins = total % 60;
    if (hours < 48) return tr.format("unit.h_min", {std::to_string(hours), std::to_string(mins)});
    return tr.format("unit.d_h", {std::to_string(hours / 24), std::to_string(hours % 24)});
}

namespace {
bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
// "count" or "laps_count": the key is the unit, or ends with "_" and the unit.
bool hasUnit(std::string_view key, std::string_view unit) {
    return key == unit || endsWith(key, "_" + std::string(unit));
}
} // namespace

std::string numberText(const Strings& tr, std::string_view key, double value, bool unit) {
    if (hasUnit(key, "km_s")) return unit ? kmsText(tr, value, 1) : fixed(value, 1);
    if (hasUnit(key, "km")) {   // a rendezvous within a few km reads "3.2 km", an orbit "412 km"
        const std::string n = std::fabs(value) < 10 ? fixed(value, 1) : grouped(value);
        return unit ? tr.format("unit.km", {n}) : n;
    }
    if (hasUnit(key, "m_s")) {   // a touchdown or a docking: "3.6 m/s", "0.34 m/s"
        const std::string n = fixed(value, std::fabs(value) < 1 ? 2 : 1);
        return unit ? tr.format("unit.m_s", {n}) : n;
    }
    if (hasUnit(key, "cm")) {   // a docking port's offset: "12 cm"; far off it, "33.6 m"
        if (std::fabs(value) >= 100) return unit ? tr.format("unit.m", {fixed(value / 100, 1)}) : fixed(value / 100, 1);
        const std::string n = std::fabs(value) < 10 ? fixed(value, 1) : grouped(value);
        return unit ? tr.format("unit.cm", {n}) : n;
    }
    if (hasUnit(key, "m")) {
        const std::string n = std::fabs(value) < 10 ? fixed(value, 1) : grouped(value);
        return unit ? tr.format("unit.m", {n}) : n;
    }
    if (hasUnit(key, "us")) return unit ? tr.format("unit.us", {grouped(value)}) : grouped(value);   // a clock error: "2,000 µs"
    if (hasUnit(key, "deg")) return unit ? tr.format("unit.deg", {fixed(value, 1)}) : fixed(value, 1);
    if (hasUnit(key, "kw_m2")) return unit ? tr.format("unit.kw_m2", {grouped(value)}) : grouped(value);
    if (hasUnit(key, "mj_m2")) return unit ? tr.format("unit.mj_m2", {grouped(value)}) : grouped(value);
    if (hasUnit(key, "g")) return unit ? tr.format("unit.g", {fixed(value, 1)}) : fixed(value, 1);
    if (hasUnit(key, "e")) {   // an eccentricity: "0.03", "0.0020", "0.0005"
        const double a = std::fabs(value);
        return fixed(value, a == 0 ? 0 : (a < 0.01 ? 4 : (a < 0.1 ? 3 : 2)));
    }
    if (hasUnit(key, "min")) return durationText(tr, value);
    if (hasUnit(key, "pct")) return grouped(value);
    if (hasUnit(key, "count")) return std::fabs(value - std::round(value)) < 1e-9 ? grouped(value) : fixed(value, 1);
    return fixed(value, 2);
}

namespace {
std::string tenthOf(double deg) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::fabs(deg));
    return buf;
}
} // namespace

std::string longitudeText(const Strings& tr, double longitudeDeg) {
    const double lon = std::remainder(longitudeDeg, 360.0);
    return tr.format(lon < 0 ? "map.west" : "map.east", {tenthOf(lon)});
}

std::string siteCoordinates(const Strings& tr, double latitudeDeg, double longitudeDeg) {
    return fillNamed(tr("map.site_at"), [&](std::string_view name, std::string_view) -> std::optional<std::string> {
        if (name == "lat") return tr.format(latitudeDeg < 0 ? "map.south" : "map.north", {tenthOf(latitudeDeg)});
        if (name == "lon") return longitudeText(tr, longitudeDeg);
        return std::nullopt;
    });
}

} // namespace sp
