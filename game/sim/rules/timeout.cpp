// When time runs out: why each goal not done is not, by its row, with its numbers and the
// goal's, so the student knows whether they were too slow, too fast, too low, in the wrong
// place or in the wrong orbit. The place they aimed at is explained first, then the orbit.
#include "game/sim/rules/goals.h"
#include "game/sim/rules/outcomes.h"
#include "game/sim/sim.h"

#include <algorithm>
#include <numeric>

namespace sp {

OutcomeReport timeoutReport(const Sim& sim) {
    const Level& level = sim.level();
    OutcomeReport r{OutcomeCode::Timeout, {{"limit_min", level.time_limit_min}}, {}};
    if (!sim.begun()) {
        r.goals.push_back({level.actions.sky ? "not_started" : "not_launched", {}});
        return r;
    }
    std::vector<size_t> order(level.goals.list.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return goalRow(level.goals.list[a].type).explainOrder < goalRow(level.goals.list[b].type).explainOrder;
    });
    for (size_t i : order) {
        const Goal& g = level.goals.list[i];
        const GoalState& st = sim.goals()[i];
        if (st.done) continue;
        Reason why = goalRow(g.type).missed(sim, g, st);
        why.goal = int(i);
        r.goals.push_back(std::move(why));
    }
    if (r.goals.empty()) r.goals.push_back({"try_again", {}});   // every goal done, yet no win: not expected
    return r;
}

OutcomeReport missedReport(const Sim& sim) {
    OutcomeReport r = timeoutReport(sim);
    r.code = OutcomeCode::Missed;
    r.numbers.clear();
    return r;
}

OutcomeReport groundedReport(const Sim& sim) {
    OutcomeReport r = timeoutReport(sim);
    r.code = OutcomeCode::Grounded;
    r.numbers.clear();
    return r;
}

} // namespace sp
