// "contact": be heard by ground station `index` for `minutes` in all: the ship must be above
// the station's horizon (and within its range), which turns with its planet.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"
#include "game/sim/units.h"

#include <algorithm>

namespace sp {

namespace {

// GoalState::ticks: the ticks heard so far.
double heardMin(const Sim& sim, const GoalState& st) { return sim.scale().ticksToRealSeconds(double(st.ticks)) / 60; }

void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (sim.stationSees(g.index)) ++st.ticks;
    st.progress = std::min(1.0, heardMin(sim, st) / g.minutes);
    st.done = st.done || heardMin(sim, st) >= g.minutes;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    const std::vector<Number> n = {{"heard_min", heardMin(sim, st)}, {"need_min", g.minutes}};
    return {heardMin(sim, st) < 0.5 ? "contact_never" : "contact_short", n};
}

// The radio link as it is now, in minutes heard so far: the whole point of Dong Fang Hong 1.
Reason live(const Sim& sim, const Goal& g, const GoalState& st) {
    return {sim.stationSees(g.index) ? "contact_hearing" : "contact_silent", {{"heard_min", heardMin(sim, st)}}};
}

Reason describe(const Goal& g, const Level&) { return {"contact", {{"need_min", g.minutes}}}; }

} // namespace

const GoalRow& contactGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Contact;
        r.key = "contact";
        r.props = {{"index", "stations"}, {"minutes"}};
        r.validate = noGoalChecks;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.live = live;
        r.goalCodes = {"contact"};
        r.missedCodes = {"contact_never", "contact_short"};
        r.liveCodes = {"contact_hearing", "contact_silent"};
        return r;
    }();
    return row;
}

} // namespace sp
