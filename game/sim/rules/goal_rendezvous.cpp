// "rendezvous": come within `distance_km` of craft[`index`] (a space station), moving at most
// `speed_m_s` relative to it: what catching a station in orbit means before the final approach.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

// GoalState::value: [0] the closest range so far (km), [1] the relative speed then (m/s),
// [2] whether any range has been seen yet.
void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (!sim.launched()) return;   // on the pad the station passes overhead: no meeting yet
    const Approach a = sim.approach(0, g.index + 1);
    const double speed = a.relSpeedKms * 1000;
    if (st.value[2] == 0 || a.rangeKm < st.value[0]) {
        st.value[0] = a.rangeKm;
        st.value[1] = speed;
        st.value[2] = 1;
    }
    st.progress = std::clamp(1 - (st.value[0] - g.distance_km) / std::max(1.0, 100 * g.distance_km), 0.0, 1.0);
    st.done = st.done || (a.rangeKm <= g.distance_km && speed <= g.speed_m_s);
}

Reason missed(const Sim&, const Goal& g, const GoalState& st) {
    if (st.value[2] != 0 && st.value[0] <= g.distance_km)
        return {"rendezvous_fast", {{"speed_m_s", st.value[1]}, {"need_m_s", g.speed_m_s}}};
    return {"rendezvous_far", {{"closest_km", st.value[0]}, {"need_km", g.distance_km}}};
}

Reason live(const Sim& sim, const Goal& g, const GoalState&) {
    const Approach a = sim.approach(0, g.index + 1);
    // Waiting to launch, the ship stands still: only the range means something.
    if (!sim.launched()) return {"rendezvous_wait", {{"range_km", a.rangeKm}}};
    return {"rendezvous_range", {{"range_km", a.rangeKm}, {"closing_m_s", a.closingKms * 1000}}};
}

Reason describe(const Goal& g, const Level&) {
    return {"rendezvous", {{"need_km", g.distance_km}, {"need_m_s", g.speed_m_s}}};
}

} // namespace

const GoalRow& rendezvousGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Rendezvous;
        r.key = "rendezvous";
        r.props = {{"index", "craft"}, {"distance_km"}, {"speed_m_s"}};
        r.validate = noGoalChecks;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.live = live;
        r.goalCodes = {"rendezvous"};
        r.missedCodes = {"rendezvous_far", "rendezvous_fast"};
        r.liveCodes = {"rendezvous_range", "rendezvous_wait"};
        return r;
    }();
    return row;
}

} // namespace sp
