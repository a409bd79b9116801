// "fix": the receiver, station `index`, works out where it is by itself from the satellites
// it listens to (Satellite::used: the student switches them on and off before the clock
// starts), at most `count` of them (its channels), with its clock as one more unknown (nav.h:
// no clock knob, one satellite more does it), and the fix must be sharp: its error region
// (the ellipse for ranges each off by `range_error_m` at random) at most `error_m` long, half
// across. Bunched or lined-up satellites balloon it; spread ones shrink it. Decided at the start.
#include "game/sim/nav.h"
#include "game/sim/nav_signals.h"
#include "game/sim/props.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

namespace sp {

namespace {

// value[0]: how many satellites the receiver heard; value[1]: the error region's half-length
// (m), -1 if the fix failed (too few, or lined up); value[2]: how far the fix is from the
// receiver (m); value[3]: the clock error it found (µs).
void start(const Sim& sim, const Goal& g, GoalState& st) {
    const double t = sim.elapsedRealSeconds();
    int heard = 0;
    const nav::Fix fix = fixAt(sim.sky(), g.index, t, g.range_error_m / 1000, &heard);
    st.value[0] = double(heard);
    st.value[1] = fix.ok && !fix.degenerate ? fix.error.majorKm * 1000 : -1;
    st.value[2] = fix.ok ? length(fix.posKm - sim.sky().sitePlaneKm(g.index, t)) * 1000 : -1;
    st.value[3] = fix.clockBiasS * 1e6;
}

void update(const Sim&, const Goal& g, GoalState& st) {
    st.done = st.value[0] <= g.count && st.value[1] >= 0 && st.value[1] <= g.error_m;
    st.progress = st.done ? 1 : 0;
}

Reason missed(const Sim&, const Goal& g, const GoalState& st) {
    if (st.value[0] > g.count) return {"fix_channels", {{"used_count", st.value[0]}, {"need_count", g.count}}};
    if (st.value[1] < 0) return {"fix_degenerate", {{"used_count", st.value[0]}}};
    return {"fix_wide", {{"error_m", st.value[1]}, {"need_m", g.error_m}, {"range_error_m", g.range_error_m}}};
}

Reason describe(const Goal& g, const Level&) { return {"fix", {{"need_count", g.count}, {"need_m", g.error_m}}}; }

} // namespace

void validateOwnFix(const Goal& g, const Level& level, const std::string& at, Problems& out) {
    if (!level.actions.sky)
        out.add(at, "the student chooses the satellites before the clock starts: the level needs the sky action");
    if (g.index >= 0 && size_t(g.index) < level.stations.size() && level.stations[size_t(g.index)].latitude_deg != 0)
        out.add(at + "/index", "the station that fixes itself must stand on the equator (latitude 0), where the plane of the game "
                               "holds its satellites' ranges truly; it is at " + formatNumber(level.stations[size_t(g.index)].latitude_deg) + "°");
    if (g.count < kFixNeeds)
        out.add(at + "/count", "a fix in the plane with the clock unknown needs three satellites at least (x, y and the clock); "
                               "got " + formatNumber(g.count));
    if (!(g.error_m > 0)) out.add(at + "/error_m", "the fix must be allowed some error; got " + formatNumber(g.error_m) + " m");
    if (!(g.range_error_m > 0))
        out.add(at + "/range_error_m", "each range is off by something (the error region is made of it); got " + formatNumber(g.range_error_m) + " m");
}

const GoalRow& fixGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Fix;
        r.key = "fix";
        r.props = {{"index", "stations"}, {"count"}, {"error_m"}, {"range_error_m"}};
        r.explainOrder = 0;
        r.decidedAtStart = true;
        r.validate = validateOwnFix;
        r.start = start;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"fix"};
        r.missedCodes = {"fix_channels", "fix_degenerate", "fix_wide"};
        return r;
    }();
    return row;
}

} // namespace sp
