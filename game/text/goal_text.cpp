#include "game/text/goal_text.h"

#include "game/text/format.h"
#include "game/text/strings.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {
std::string nameOr(const Text& name, const Strings& tr, const char* fallbackKey, int index) {
    if (!name.empty()) return name.get(tr.language());
    return tr.format(fallbackKey, {std::to_string(index + 1)});
}

std::string bodyName(const Level& level, int index, const Strings& tr) {
    if (index < 0 || index >= int(level.attractors.size())) return "?";
    return nameOr(level.attractors[index].name, tr, "goal.body_n", index);
}
} // namespace

std::string goalText(const Goal& g, const Level& level, const Strings& tr) {
    if (g.type == "orbit") return tr.format("goal.orbit", {bodyName(level, g.attractor, tr)});
    if (g.type == "gate") {
        const Text name = g.index >= 0 && g.index < int(level.gates.size()) ? level.gates[g.index].name : Text{};
        return tr.format("goal.gate", {nameOr(name, tr, "goal.gate_n", g.index)});
    }
    if (g.type == "zone") {
        const Text name = g.index >= 0 && g.index < int(level.zones.size()) ? level.zones[g.index].name : Text{};
        return tr.format("goal.zone", {nameOr(name, tr, "goal.zone_n", g.index)});
    }
    if (g.type == "revolutions") {
        const std::string count = std::fabs(g.count - std::round(g.count)) < 1e-9 ? std::to_string(int(std::round(g.count))) : fixed(g.count, 1);
        if (count == "1") return tr.format("goal.revolutions_one", {bodyName(level, g.attractor, tr)});
        return tr.format("goal.revolutions", {bodyName(level, g.attractor, tr), count});
    }
    if (g.type == "contact") {
        const Text name = g.index >= 0 && g.index < int(level.stations.size()) ? level.stations[g.index].name : Text{};
        return tr.format("goal.contact", {nameOr(name, tr, "goal.station_n", g.index), durationText(tr, g.minutes)});
    }
    if (g.type == "survive") return tr.format("goal.survive", {durationText(tr, g.minutes)});
    return g.type;
}

std::vector<std::string> goalDetails(const Goal& g, const Level& level, const Strings& tr) {
    std::vector<std::string> out;
    if (g.type != "orbit") return out;
    const Attractor* a = g.attractor >= 0 && g.attractor < int(level.attractors.size()) ? &level.attractors[g.attractor] : nullptr;
    // The sim never counts an orbit that dips into the air, whatever the level says.
    const double floor = a ? std::max(g.periapsis_min_km, a->atmosphere_km) : g.periapsis_min_km;
    if (floor > 0) out.push_back(tr.format("goal.orbit_low", {kmText(tr, floor)}));
    if (g.apoapsis_max_km < 1e8) out.push_back(tr.format("goal.orbit_high", {kmText(tr, g.apoapsis_max_km)}));
    if (a && (g.a_min_km > 0 || g.a_max_km < 1e8)) {
        // A semi-major axis means little to a 12-year-old: say it as the average height.
        const double lo = std::max(0.0, g.a_min_km - a->radius_km);
        if (g.a_max_km < 1e8) out.push_back(tr.format("goal.orbit_size", {tr.format("unit.km", {grouped(lo) + "–" + grouped(g.a_max_km - a->radius_km)})}));
        else out.push_back(tr.format("goal.orbit_size_min", {kmText(tr, lo)}));
    }
    if (g.e_max < 1) out.push_back(tr.format("goal.orbit_round", {fixed(g.e_max, 2)}));
    if (g.e_min > 0) out.push_back(tr.format("goal.orbit_oval", {fixed(g.e_min, 2)}));
    return out;
}

std::string starRuleText(const StarRule& rule, const Strings& tr) {
    if (!rule.label.empty()) return rule.label.get(tr.language());
    if (rule.type == "fuel_left") return tr.format("star.fuel_left", {std::to_string(int(std::round(rule.value * 100)))});
    if (rule.type == "time") return tr.format("star.time", {durationText(tr, rule.value)});
    if (rule.type == "accuracy") return tr.format("star.accuracy", {fixed(rule.value, 2)});
    return rule.type;
}

} // namespace sp
