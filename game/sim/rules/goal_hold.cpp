// "hold": stay inside zone `index` for `minutes` on end, moving at most `speed_m_s`: a hold
// point of an approach, where Shenzhou 8 stopped (at 5 km, 400 m, 140 m and 30 m) so the
// ground could check everything before going closer. Leaving the zone, or moving too fast,
// starts the count again.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

// GoalState::ticks: ticks held on end so far; value[0]: the longest hold (ticks).
double minutesOf(const Sim& sim, double ticks) { return sim.scale().ticksToRealSeconds(ticks) / 60; }

bool holding(const Sim& sim, const Goal& g) {
    const Zone& z = sim.level().zones[size_t(g.index)];
    const double speed = length(sim.shipVelKms()) * 1000;
    return length(sim.shipPosKm() - Vec2{z.x_km, z.y_km}) <= z.radius_km && speed <= g.speed_m_s;
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (st.done) return;
    st.ticks = holding(sim, g) ? st.ticks + 1 : 0;
    st.value[0] = std::max(st.value[0], double(st.ticks));
    st.progress = g.minutes > 0 ? std::min(1.0, minutesOf(sim, double(st.ticks)) / g.minutes) : 1.0;
    st.done = minutesOf(sim, double(st.ticks)) >= g.minutes;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    const double held = minutesOf(sim, st.value[0]);
    if (held > 0) return {"hold_short", {{"held_min", held}, {"need_min", g.minutes}, {"need_m_s", g.speed_m_s}}};
    return {"hold_never", {{"need_min", g.minutes}, {"need_m_s", g.speed_m_s}}};
}

// Where the ship is against the hold point: how far away, too fast inside it, or holding.
Reason live(const Sim& sim, const Goal& g, const GoalState& st) {
    if (holding(sim, g)) return {"hold_holding", {{"held_min", minutesOf(sim, double(st.ticks))}, {"need_min", g.minutes}}};
    const Zone& z = sim.level().zones[size_t(g.index)];
    const double away = length(sim.shipPosKm() - Vec2{z.x_km, z.y_km}) - z.radius_km;
    if (away > 0) return {"hold_away", {{"away_m", away * 1000}}};
    return {"hold_too_fast", {{"speed_m_s", length(sim.shipVelKms()) * 1000}, {"need_m_s", g.speed_m_s}}};
}

Reason describe(const Goal& g, const Level&) { return {"hold", {{"need_min", g.minutes}, {"need_m_s", g.speed_m_s}}}; }

} // namespace

const GoalRow& holdGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Hold;
        r.key = "hold";
        r.props = {{"index", "zones"}, {"minutes"}, {"speed_m_s"}};
        r.validate = noGoalChecks;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.live = live;
        r.goalCodes = {"hold"};
        r.missedCodes = {"hold_never", "hold_short"};
        r.liveCodes = {"hold_holding", "hold_away", "hold_too_fast"};
        return r;
    }();
    return row;
}

} // namespace sp
