// "dock": dock with craft[`index`], once every other goal is done. The port and its limits
// belong to that craft (Ship::dock_max_*), as a real docking port's design limits do; the sim
// judges each contact (Sim::touchedPort, outcomes.cpp dockingReport): a bounce past a limit
// ends the flight naming it, so this row only has to see the docking itself.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/props.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

void validate(const Goal& g, const Level& level, const std::string& at, Problems& out) {
    if (g.index >= 0 && size_t(g.index) < level.craft.size() && !(level.craft[size_t(g.index)].dock_max_closing_m_s > 0))
        out.add(at, "a dock goal needs a craft with a docking port: set craft/" + std::to_string(g.index) +
                        "/dock_max_closing_m_s (like 0.2)");
    if (!level.actions.pilot) out.add(at, "a dock goal needs the pilot action: docking is flown by hand");
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const auto& d = sim.docking();
    st.done = st.done || (d && d->craft == g.index + 1);
    const double range = sim.approach(0, g.index + 1).rangeKm;
    st.progress = st.done ? 1 : std::clamp(1 - range / 0.5, 0.0, 0.99);   // the last 500 m
}

Reason missed(const Sim& sim, const Goal& g, const GoalState&) {
    return {"dock_never", {{"range_m", sim.approach(0, g.index + 1).rangeKm * 1000}}};
}

Reason describe(const Goal&, const Level&) { return {"dock", {}}; }

std::vector<Reason> conditions(const Goal& g, const Level& level) {
    if (g.index < 0 || size_t(g.index) >= level.craft.size()) return {};
    const Ship& port = level.craft[size_t(g.index)];
    return {{"dock_closing", {{"limit_m_s", port.dock_max_closing_m_s}}},
            {"dock_offset", {{"limit_cm", port.dock_max_offset_m * 100}}},
            {"dock_angle", {{"limit_deg", port.dock_max_angle_deg}}}};
}

} // namespace

const GoalRow& dockGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Dock;
        r.key = "dock";
        r.props = {{"index", "craft"}};
        r.validate = validate;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.conditions = conditions;
        r.goalCodes = {"dock", "dock_closing", "dock_offset", "dock_angle"};
        r.missedCodes = {"dock_never"};
        return r;
    }();
    return row;
}

} // namespace sp
