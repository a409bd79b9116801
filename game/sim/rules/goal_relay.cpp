// "relay": keep station `index` (a lander on a moon's far side) talking to attractor
// `attractor` (the Earth) through the ship, for `minutes` in all: the lander must see the ship
// and the ship must see the Earth, both at once (relay.h). What Queqiao does for Chang'e 4.
#include "game/sim/props.h"
#include "game/sim/relay.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

RelayLinks linksNow(const Sim& sim, const Goal& g) {
    return relayLinks(sim.level(), sim.bodies(), g.index, g.attractor, sim.shipPosKm(), sim.elapsedRealSeconds());
}

// GoalState::ticks: the ticks with both links up so far; value[0]: the ticks a body cut a
// link, value[1]: the ticks the relay was out of the lander's range (and nothing cut it).
double linkedMin(const Sim& sim, const GoalState& st) { return sim.scale().ticksToRealSeconds(double(st.ticks)) / 60; }

void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (!sim.launched()) return;
    const RelayLinks l = linksNow(sim, g);
    if (l.both()) ++st.ticks;
    else if (l.landerBlockedBy >= 0 || l.homeBlockedBy >= 0) st.value[0] += 1;
    else st.value[1] += 1;
    st.progress = std::min(1.0, linkedMin(sim, st) / g.minutes);
    st.done = st.done || linkedMin(sim, st) >= g.minutes;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    const double hiddenMin = sim.scale().ticksToRealSeconds(st.value[0]) / 60, farMin = sim.scale().ticksToRealSeconds(st.value[1]) / 60;
    if (linkedMin(sim, st) < 0.5) return {"relay_never", {{"need_min", g.minutes}}};
    // Say what cost the most time: the Moon in the way, or drifting out of the lander's range.
    const Station& st0 = sim.level().stations[size_t(g.index)];
    if (farMin > hiddenMin)
        return {"relay_short_range", {{"linked_min", linkedMin(sim, st)}, {"need_min", g.minutes}, {"far_min", farMin},
                                      {"range_km", st0.range_km}}};
    return {"relay_short", {{"linked_min", linkedMin(sim, st)}, {"need_min", g.minutes}, {"hidden_min", hiddenMin}}};
}

// Which link is down now, if one is: the lander's (the relay is under its horizon, or a body
// is in the way) or the Earth's (a body hides it from the relay).
Reason live(const Sim& sim, const Goal& g, const GoalState& st) {
    const RelayLinks l = linksNow(sim, g);
    const std::vector<Number> n = {{"linked_min", linkedMin(sim, st)}};
    if (!l.lander) return {"relay_lander_cut", n};
    if (!l.home) return {"relay_home_cut", n};
    return {"relay_up", n};
}

Reason describe(const Goal& g, const Level&) { return {"relay", {{"need_min", g.minutes}}}; }

void validate(const Goal& g, const Level& level, const std::string& at, Problems& out) {
    if (g.index >= 0 && size_t(g.index) < level.stations.size() && level.stations[size_t(g.index)].attractor == g.attractor)
        out.add(at + "/attractor", "the relay passes the lander's signal on to another body: the station stands on attractor " +
                                       std::to_string(g.attractor) + " itself");
}

} // namespace

const GoalRow& relayGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Relay;
        r.key = "relay";
        r.props = {{"index", "stations"}, {"attractor", "attractors"}, {"minutes"}};
        r.validate = validate;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.live = live;
        r.goalCodes = {"relay"};
        r.missedCodes = {"relay_never", "relay_short", "relay_short_range"};
        r.liveCodes = {"relay_up", "relay_lander_cut", "relay_home_cut"};
        return r;
    }();
    return row;
}

} // namespace sp
