// "locate": the student's mark within `distance_km` of station `index`, the receiver (Chapter
// 4's navigation levels). The receiver hears the satellites in view (nav_signals.h); each travel
// time is a circle round its satellite; the student sets the mark (a knob: knobs.h, at the
// receiver's latitude, starting at `longitude_deg`) where the circles cross the ground, and
// starts the clock. Decided then: the mark is where it is, so a miss ends the flight at once.
// A receiver whose clock is off (Station::clock_error_us) swells every circle alike, and they
// no longer meet at one point: the student also sets the clock (a second knob, `clock_us`) until
// they do. The mark decides; how far the clock was left off is kept for the stars and the text.
#include "game/sim/knobs.h"
#include "game/sim/nav.h"
#include "game/sim/nav_signals.h"
#include "game/sim/props.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <cmath>

namespace sp {

namespace {

// value[0]: how far the mark is from the receiver along the ground (km), when the clock started;
// value[1]: how far the clock knob was from the receiver's clock error (µs), -1 with no clock knob;
// value[2]: the error left on the clock (µs), above 0 if it still read late (the circles too big).
void start(const Sim& sim, const Goal& g, GoalState& st) {
    st.value[0] = groundGapKm(sim.sky(), g.index, g.longitude_deg, sim.elapsedRealSeconds());
    const bool clock = hasClockKnob(sim.level(), g);
    st.value[2] = clock ? sim.level().stations[size_t(g.index)].clock_error_us - g.clock_us : 0;   // above 0: circles too big
    st.value[1] = clock ? std::fabs(st.value[2]) : -1;
}

void update(const Sim&, const Goal& g, GoalState& st) {
    st.done = st.value[0] <= g.distance_km;
    st.progress = st.done ? 1 : 0;
}

Reason missed(const Sim&, const Goal& g, const GoalState& st) {
    Reason why{"locate_off", {{"off_km", st.value[0]}, {"need_km", g.distance_km}, {"receiver_site", double(g.index)}}};
    if (st.value[1] > 0) {   // and the clock, when it was left off: the likelier cause
        why.code = st.value[2] > 0 ? "locate_off_big" : "locate_off_small";
        why.numbers.push_back({"clock_off_us", st.value[1]});
        why.numbers.push_back({"clock_off_km", st.value[1] * 1e-6 * nav::kLightKmS});
    }
    return why;
}

Reason describe(const Goal& g, const Level&) { return {"locate", {{"need_km", g.distance_km}}}; }

void validate(const Goal& g, const Level& level, const std::string& at, Problems& out) {
    if (!level.actions.sky)
        out.add(at, "the student marks the receiver before the clock starts: the level needs the sky action");
    if (g.index < 0 || size_t(g.index) >= level.stations.size()) return;   // checkReferences says so
    const Station& s = level.stations[size_t(g.index)];
    // The circles are drawn in the plane of the game, the equator: off it they would lie.
    if (s.latitude_deg != 0)
        out.add(at + "/index", "the receiver must stand on the equator (latitude 0), where the plane of the game shows its circles "
                               "truly; it is at " + formatNumber(s.latitude_deg) + "°");
    if (s.clock_error_us != snapToSpan(kClockSpan, s.clock_error_us))
        out.add("/stations/" + std::to_string(g.index) + "/clock_error_us",
                "the student turns the clock knob " + formatNumber(kClockSpan.step) + " µs a step, from " + formatNumber(kClockSpan.min) +
                    " to " + formatNumber(kClockSpan.max) + " µs, so the clock error must be one of those steps to be found; it is " +
                    formatNumber(s.clock_error_us) + " µs");
    if (!(g.distance_km > 0)) out.add(at + "/distance_km", "the mark must be allowed some distance from the receiver; got " + formatNumber(g.distance_km) + " km");
}

} // namespace

const GoalRow& locateGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Locate;
        r.key = "locate";
        r.props = {{"index", "stations"}, {"distance_km"}, {"longitude_deg"}, {"clock_us"}};
        r.explainOrder = 0;
        r.decidedAtStart = true;
        r.validate = validate;
        r.start = start;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"locate"};
        r.missedCodes = {"locate_off", "locate_off_big", "locate_off_small"};
        return r;
    }();
    return row;
}

} // namespace sp
