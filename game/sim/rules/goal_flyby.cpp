// "flyby": pass within `distance_km` of the surface of `attractor` (a moon that moves): what
// aiming at the Moon means, before braking into orbit around it. The path must meet the Moon
// where it will be, not where it is.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

double heightKm(const Sim& sim, const Goal& g) {
    return length(sim.shipPosKm() - sim.attractorPosKm(g.attractor)) - sim.level().attractors[size_t(g.attractor)].radius_km;
}

// GoalState::value: [0] the lowest height over the body so far (km), [1] whether any was seen.
void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (!sim.launched()) return;
    const double h = heightKm(sim, g);
    if (st.value[1] == 0 || h < st.value[0]) st.value[0] = h;
    st.value[1] = 1;
    st.progress = std::clamp(1 - (st.value[0] - g.distance_km) / std::max(1.0, 40 * g.distance_km), 0.0, 1.0);
    st.done = st.done || h <= g.distance_km;
}

Reason missed(const Sim&, const Goal& g, const GoalState& st) {
    return {"flyby_far", {{"closest_km", st.value[0]}, {"need_km", g.distance_km}}};
}

Reason live(const Sim& sim, const Goal& g, const GoalState&) { return {"flyby_range", {{"range_km", heightKm(sim, g)}}}; }

Reason describe(const Goal& g, const Level&) { return {"flyby", {{"need_km", g.distance_km}}}; }

} // namespace

const GoalRow& flybyGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Flyby;
        r.key = "flyby";
        r.props = {{"attractor", "attractors"}, {"distance_km"}};
        r.validate = noGoalChecks;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.live = live;
        r.goalCodes = {"flyby"};
        r.missedCodes = {"flyby_far"};
        r.liveCodes = {"flyby_range"};
        return r;
    }();
    return row;
}

} // namespace sp
