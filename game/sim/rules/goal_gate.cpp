// "gate": fly through gate `index` (a Box2D sensor segment; the sim notes the crossing).
// Missed, it says how close the flight came to the gate's line.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

enum { kClosest };   // GoalState::value: the nearest the ship came to the gate's line, km

double distanceToGate(Vec2 p, const Gate& g) {
    const Vec2 a{g.x1_km, g.y1_km}, b{g.x2_km, g.y2_km};
    const double t = std::clamp(dot(p - a, b - a) / std::max(lengthSq(b - a), 1e-12), 0.0, 1.0);
    return length(p - lerp(a, b, t));
}

void start(const Sim&, const Goal&, GoalState& st) { st.value[kClosest] = 1e300; }

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const double d = distanceToGate(sim.shipPosKm(), sim.level().gates[size_t(g.index)]);
    st.value[kClosest] = std::min(st.value[kClosest], d);
    st.done = sim.gatePassed(g.index);
    st.progress = st.done ? 1 : 0;
}

Reason missed(const Sim&, const Goal&, const GoalState& st) { return {"gate_missed", {{"closest_km", st.value[kClosest]}}}; }

Reason describe(const Goal&, const Level&) { return {"gate", {}}; }

} // namespace

const GoalRow& gateGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Gate;
        r.key = "gate";
        r.props = {{"index", "gates"}};
        r.explainOrder = 0;
        r.validate = noGoalChecks;
        r.start = start;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"gate"};
        r.missedCodes = {"gate_missed"};
        return r;
    }();
    return row;
}

} // namespace sp
