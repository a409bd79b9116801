// "revolutions": go around `attractor` `count` times, counted by the angle swept around it.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

enum { kSwept, kLastAngle };   // GoalState::value, radians

double turns(const GoalState& st) { return std::fabs(st.value[kSwept]) / (2 * kPi); }

void start(const Sim& sim, const Goal& g, GoalState& st) {
    const Vec2 a = sim.attractorPosKm(g.attractor);
    const Vec2 p = sim.startPosKm();
    st.value[kLastAngle] = dm::atan2(p.y - a.y, p.x - a.x);
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const Vec2 a = sim.attractorPosKm(g.attractor);   // where it is now: it may move
    const Vec2 pos = sim.shipPosKm();
    const double angle = dm::atan2(pos.y - a.y, pos.x - a.x);
    st.value[kSwept] += std::remainder(angle - st.value[kLastAngle], 2 * kPi);
    st.value[kLastAngle] = angle;
    st.progress = std::min(1.0, turns(st) / g.count);
    st.done = st.done || turns(st) >= g.count;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    // Rounded down: 99.6% of the way round is not yet all of it.
    const double done = std::floor(100 * turns(st) / g.count);
    const orbit::Elements el = sim.elements(g.attractor);
    const double lapMin = el.bound ? el.period / 60 : 0;
    const double limitMin = sim.level().time_limit_min;
    if (el.bound && lapMin * g.count > limitMin)
        return {"revolutions_too_slow", {{"done_pct", done}, {"lap_min", lapMin}, {"limit_min", limitMin}}};
    return {"revolutions_short", {{"done_pct", done}}};
}

Reason describe(const Goal& g, const Level&) {
    if (std::fabs(g.count - 1) < 1e-9) return {"revolutions_one", {}};
    return {"revolutions", {{"count", g.count}}};
}

} // namespace

const GoalRow& revolutionsGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Revolutions;
        r.key = "revolutions";
        r.props = {{"attractor", "attractors"}, {"count"}};
        r.validate = noGoalChecks;
        r.start = start;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"revolutions", "revolutions_one"};
        r.missedCodes = {"revolutions_too_slow", "revolutions_short"};
        return r;
    }();
    return row;
}

} // namespace sp
