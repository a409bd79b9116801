// "survive": still be flying after `minutes`.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const double minutes = sim.elapsedRealSeconds() / 60;
    st.progress = std::min(1.0, minutes / g.minutes);
    st.done = st.done || minutes >= g.minutes;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState&) {
    return {"survive_short", {{"flown_min", sim.elapsedRealSeconds() / 60}, {"need_min", g.minutes}}};
}

Reason describe(const Goal& g, const Level&) { return {"survive", {{"need_min", g.minutes}}}; }

} // namespace

const GoalRow& surviveGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Survive;
        r.key = "survive";
        r.props = {{"minutes"}};
        r.validate = noGoalChecks;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"survive"};
        r.missedCodes = {"survive_short"};
        return r;
    }();
    return row;
}

} // namespace sp
