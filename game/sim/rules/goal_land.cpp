// "land": touch down in zone `index` within the limits of the ship's landing legs
// (Ship::touchdown_max_*).
// The limits belong to the craft, as a lander's design limits do; a touchdown past one of them
// ends the flight with an outcome that names it (outcomes.cpp, touchdownReport), so this row
// only has to see the soft one.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/props.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

void validate(const Goal&, const Level& level, const std::string& at, Problems& out) {
    if (level.ship.touchdown_max_vertical_m_s <= 0)
        out.add(at, "a land goal needs a ship with landing legs: set ship.touchdown_max_vertical_m_s (like 3)");
}

// How far the touchdown was from the middle of the zone, and whether that is inside it.
double offTargetKm(const Sim& sim, const Goal& g) {
    const Zone& z = sim.level().zones[size_t(g.index)];
    return length(sim.touchdown()->pointKm - Vec2{z.x_km, z.y_km});
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (st.done || !sim.touchdown() || !sim.touchdown()->safe) return;
    st.done = offTargetKm(sim, g) <= sim.level().zones[size_t(g.index)].radius_km;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState&) {
    if (sim.touchdown() && sim.touchdown()->safe) {
        const double radius = sim.level().zones[size_t(g.index)].radius_km;
        // A lander can lift off and try again; a capsule is down where it is.
        if (!sim.canFlyAgain()) return {"land_away", {{"off_km", offTargetKm(sim, g)}, {"radius_km", radius}}};
        return {"land_off_target", {{"off_m", offTargetKm(sim, g) * 1000}, {"radius_m", radius * 1000}}};
    }
    if (sim.level().frame.kind != "local")   // still in orbit, kilometres up
        return {"land_never_orbit", {{"altitude_km", std::max(0.0, sim.altitudeKm())}}};
    return {"land_never", {{"altitude_m", std::max(0.0, sim.altitudeKm() * 1000)}}};
}

Reason describe(const Goal&, const Level&) { return {"land", {}}; }

std::vector<Reason> conditions(const Goal&, const Level& level) {
    const Ship& s = level.ship;
    std::vector<Reason> out = {{"land_vertical", {{"limit_m_s", s.touchdown_max_vertical_m_s}}}};
    if (s.touchdown_max_horizontal_m_s < 100) out.push_back({"land_sideways", {{"limit_m_s", s.touchdown_max_horizontal_m_s}}});
    if (s.touchdown_max_tilt_deg < 90) out.push_back({"land_tilt", {{"limit_deg", s.touchdown_max_tilt_deg}}});
    if (s.touchdown_max_slope_deg < 90 && !level.ground.empty())
        out.push_back({"land_slope", {{"limit_deg", s.touchdown_max_slope_deg}}});
    return out;
}

} // namespace

const GoalRow& landGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Land;
        r.key = "land";
        r.props = {{"index", "zones"}};
        r.validate = validate;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.conditions = conditions;
        r.goalCodes = {"land", "land_vertical", "land_sideways", "land_tilt", "land_slope"};
        r.missedCodes = {"land_never", "land_never_orbit", "land_off_target", "land_away"};
        return r;
    }();
    return row;
}

} // namespace sp
