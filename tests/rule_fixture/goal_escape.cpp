// "escape" (a test fixture, not a shipped type): leave `attractor` for good, an orbit about it
// that no longer closes. It exists to show that a goal type is one row and one small file
// (CONVENTIONS.md, "A new rule type"): the rule_fixture_tests build adds it to the table by the
// lines marked STARPATH_RULE_FIXTURE and nothing else, and flies a level with it.
#include "game/sim/orbit.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

struct Speeds {
    double now_km_s = 0, need_km_s = 0;   // the ship's speed about the attractor, its escape speed
};

Speeds speeds(const Sim& sim, const Goal& g) {
    const Attractor& a = sim.level().attractors[size_t(g.attractor)];
    const orbit::Elements el = sim.elements(g.attractor);
    const double r = length(sim.shipPosKm() - sim.attractorPosKm(g.attractor));
    const double need = orbit::escapeSpeed(a.mu_km3_s2, r);
    // vis-viva from the orbit's own energy: the speed at the position's moment
    return {std::sqrt(std::max(0.0, 2 * (el.energy + a.mu_km3_s2 / r))), need};
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const Speeds s = speeds(sim, g);
    st.progress = std::min(1.0, s.now_km_s / s.need_km_s);
    st.done = st.done || !sim.elements(g.attractor).bound;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState&) {
    const Speeds s = speeds(sim, g);
    return {"escape_slow", {{"speed_km_s", s.now_km_s}, {"need_km_s", s.need_km_s}}};
}

Reason describe(const Goal&, const Level&) { return {"escape", {}}; }

} // namespace

const GoalRow& escapeGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Escape;
        r.key = "escape";
        r.props = {{"attractor", "attractors"}};
        r.validate = noGoalChecks;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"escape"};
        r.missedCodes = {"escape_slow"};
        return r;
    }();
    return row;
}

} // namespace sp
