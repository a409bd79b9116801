#include "game/sim/knobs.h"

namespace sp {

std::vector<KnobRef> knobsOf(const Level& level) {
    std::vector<KnobRef> knobs;
    for (size_t i = 0; i < level.satellites.size(); ++i)
        if (freeField(level.satellites[i].free)) knobs.push_back({int(i), -1});
    for (size_t g = 0; g < level.goals.list.size(); ++g)
        if (level.goals.list[g].type == GoalType::Locate) {
            if (hasClockKnob(level, level.goals.list[g])) knobs.push_back({-1, int(g), true});
            knobs.push_back({-1, int(g)});
        }
    return knobs;
}

bool hasClockKnob(const Level& level, const Goal& g) {
    return g.type == GoalType::Locate && g.index >= 0 && size_t(g.index) < level.stations.size() &&
           level.stations[size_t(g.index)].clock_error_us != 0;
}

double knobValue(const Level& level, KnobRef k) {
    if (k.satellite >= 0) {
        const Satellite& s = level.satellites[size_t(k.satellite)];
        return s.*freeField(s.free);
    }
    const Goal& g = level.goals.list[size_t(k.goal)];
    return k.clock ? g.clock_us : g.longitude_deg;
}

KnobSpan knobSpan(const Level& level, KnobRef k) {
    if (k.satellite >= 0) {
        const Satellite& s = level.satellites[size_t(k.satellite)];
        if (s.free == "used") return kSwitchSpan;
        return {s.free_min, s.free_max, s.free_step};
    }
    return k.clock ? kClockSpan : kMarkSpan;
}

double snapToSpan(KnobSpan span, double v) {
    if (!(v == v)) v = span.min;   // NaN
    v = v < span.min ? span.min : v > span.max ? span.max : v;
    if (span.step > 0) {
        const double steps = (v - span.min) / span.step;
        v = span.min + double(static_cast<long long>(steps + 0.5)) * span.step;
        if (v > span.max) v = span.max;
    }
    return v;
}

double setKnobValue(Level& level, KnobRef k, double v) {
    v = snapToSpan(knobSpan(level, k), v);
    if (k.satellite >= 0) {
        Satellite& s = level.satellites[size_t(k.satellite)];
        s.*freeField(s.free) = v;
    } else {
        Goal& g = level.goals.list[size_t(k.goal)];
        (k.clock ? g.clock_us : g.longitude_deg) = v;
    }
    return v;
}

} // namespace sp
