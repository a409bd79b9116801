// "orbit": be in an orbit around `attractor` whose size, shape and lowest and highest points
// are within the goal's limits, clear of the air, with the engine off, for a moment.
#include "game/sim/props.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

constexpr int64_t kHoldTicks = 30;   // the orbit must hold this long: no flicker wins

// An orbit that dips into the air never counts, whatever the level asks.
double floorKm(const Goal& g, const Attractor& a) { return std::max(g.periapsis_min_km, a.atmosphere_km); }

void validate(const Goal& g, const Level&, const std::string& at, Problems& out) {
    if (g.a_min_km > g.a_max_km)
        out.add(at + "/a_min_km", "must not be larger than a_max_km (" + formatNumber(g.a_max_km) + ")");
    if (g.e_min > g.e_max) out.add(at + "/e_min", "must not be larger than e_max (" + formatNumber(g.e_max) + ")");
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const Attractor& a = sim.level().attractors[size_t(g.attractor)];
    const orbit::Elements el = sim.elements(g.attractor);
    const bool ok = el.bound && el.a >= g.a_min_km && el.a <= g.a_max_km && el.e >= g.e_min && el.e <= g.e_max &&
                    el.periapsis - a.radius_km >= floorKm(g, a) && el.apoapsis - a.radius_km <= g.apoapsis_max_km &&
                    !sim.thrusting();
    st.ticks = ok ? st.ticks + 1 : 0;   // ticks held in a row
    st.done = st.ticks >= kHoldTicks;
    st.progress = double(std::min(st.ticks, kHoldTicks)) / double(kHoldTicks);
}

// The first limit the orbit breaks, with the orbit's own numbers and the limit's.
Reason missed(const Sim& sim, const Goal& g, const GoalState&) {
    const Attractor& a = sim.level().attractors[size_t(g.attractor)];
    const orbit::Elements el = sim.elements(g.attractor);
    if (!el.bound) return {"orbit_leaving", {}};
    const double low = el.periapsis - a.radius_km, high = el.apoapsis - a.radius_km;
    auto say = [&](const char* code, std::vector<Number> more) {
        Reason r{code, {{"low_km", low}, {"high_km", high}}};
        r.numbers.insert(r.numbers.end(), more.begin(), more.end());
        return r;
    };
    const double floor = floorKm(g, a);
    if (low < floor) return say("orbit_too_low", {{"floor_km", floor}});
    if (high > g.apoapsis_max_km) return say("orbit_too_high", {{"limit_km", g.apoapsis_max_km}});
    if (el.a < g.a_min_km || el.a > g.a_max_km) {
        const double mid = el.a - a.radius_km;   // halfway between lowest and highest
        if (g.a_max_km < kNoLimitKm)
            return say("orbit_wrong_size", {{"mid_km", mid}, {"min_km", g.a_min_km - a.radius_km}, {"max_km", g.a_max_km - a.radius_km}});
        return say("orbit_too_small", {{"mid_km", mid}, {"min_km", g.a_min_km - a.radius_km}});
    }
    if (el.e > g.e_max) return say("orbit_too_stretched", {{"e", el.e}, {"max_e", g.e_max}});
    if (el.e < g.e_min) return say("orbit_too_round", {{"e", el.e}, {"min_e", g.e_min}});
    return say("orbit_not_held", {});
}

Reason describe(const Goal&, const Level&) { return {"orbit", {}}; }

// Short lines a 12-year-old can read: heights, not a semi-major axis.
std::vector<Reason> conditions(const Goal& g, const Level& level) {
    std::vector<Reason> out;
    const bool known = g.attractor >= 0 && size_t(g.attractor) < level.attractors.size();
    const Attractor* a = known ? &level.attractors[size_t(g.attractor)] : nullptr;
    const double floor = a ? floorKm(g, *a) : g.periapsis_min_km;
    if (floor > 0) out.push_back({"orbit_low", {{"floor_km", floor}}});
    if (g.apoapsis_max_km < kNoLimitKm) out.push_back({"orbit_high", {{"limit_km", g.apoapsis_max_km}}});
    if (a && (g.a_min_km > 0 || g.a_max_km < kNoLimitKm)) {
        const double lo = std::max(0.0, g.a_min_km - a->radius_km);
        if (g.a_max_km < kNoLimitKm) out.push_back({"orbit_size", {{"min_km", lo}, {"max_km", g.a_max_km - a->radius_km}}});
        else out.push_back({"orbit_size_min", {{"min_km", lo}}});
    }
    if (g.e_max < 1) out.push_back({"orbit_round", {{"max_e", g.e_max}}});
    if (g.e_min > 0) out.push_back({"orbit_oval", {{"min_e", g.e_min}}});
    return out;
}

} // namespace

const GoalRow& orbitGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Orbit;
        r.key = "orbit";
        r.props = {{"attractor", "attractors"}, {"a_min_km"}, {"a_max_km"}, {"e_min"}, {"e_max"},
                   {"periapsis_min_km"}, {"apoapsis_max_km"}};
        r.explainOrder = 1;
        r.validate = validate;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.conditions = conditions;
        r.goalCodes = {"orbit", "orbit_low", "orbit_high", "orbit_size", "orbit_size_min", "orbit_round", "orbit_oval"};
        r.missedCodes = {"orbit_leaving", "orbit_too_low", "orbit_too_high", "orbit_wrong_size", "orbit_too_small",
                      "orbit_too_stretched", "orbit_too_round", "orbit_not_held"};
        return r;
    }();
    return row;
}

} // namespace sp
