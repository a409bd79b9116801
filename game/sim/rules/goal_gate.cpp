// "gate": fly through gate `index` (a Box2D sensor segment; the sim notes the crossing).
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

namespace sp {

namespace {

void update(const Sim& sim, const Goal& g, GoalState& st) {
    st.done = sim.gatePassed(g.index);
    st.progress = st.done ? 1 : 0;
}

Reason missed(const Sim&, const Goal&, const GoalState&) { return {"gate_missed", {}}; }

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
