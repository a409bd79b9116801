// "message": short-message rescue. Station `index` (a lost hiker) fixes itself from the
// satellites it listens to, as a fix goal does (at most `count` switched on: its channels; the
// clock unknown), and its message, the fix, goes to station `to` (a rescue centre) through a
// switched-on satellite that carries messages (Satellite::messages) and that both see. Done at
// the first tick both hold with the error region within `error_m` (for ranges off by
// `range_error_m`), before the level's time limit (the hiker's battery). Satellites that move
// (MEO) rise and set behind the hiker's valley walls (Station::mask_deg); a GEO stands still.
#include "game/sim/message.h"
#include "game/sim/props.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

MessageLink linkNow(const Sim& sim, const Goal& g) {
    return messageAt(sim.sky(), g.index, g.to, sim.elapsedRealSeconds(), g.range_error_m / 1000);
}

// value[0]: the satellites switched on; value[1]: when the message went (real minutes), -1 until
// then; value[2]: the most satellites the sender heard at once; value[3]: the error region of the
// fix it sent (m), and until then the smallest of its fixes made while a relay was in view of
// both (-1: none).
void start(const Sim& sim, const Goal&, GoalState& st) {
    st.value = {double(switchedOn(sim.sky())), -1, 0, -1};
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (st.done || st.value[0] > g.count) return;
    const MessageLink m = linkNow(sim, g);
    st.value[2] = std::max(st.value[2], double(m.heard));
    if (m.relay >= 0 && m.errorM >= 0 && (st.value[3] < 0 || m.errorM < st.value[3])) st.value[3] = m.errorM;
    // Half for hearing enough satellites, half for a fix sharp enough with a relay up.
    const double sharp = m.relay >= 0 && m.errorM > 0 ? std::min(1.0, g.error_m / m.errorM) : 0;
    st.progress = m.heard < kFixNeeds ? 0.5 * m.heard / kFixNeeds : 0.5 + 0.5 * sharp;
    if (m.sendable(g.error_m)) {
        st.done = true;
        st.progress = 1;
        st.value[1] = sim.elapsedRealSeconds() / 60;
        st.value[3] = m.errorM;
    }
}

// Too many channels, or nothing switched on could ever carry the message.
bool hopeless(const Sim& sim, const Goal& g, const GoalState& st) { return st.value[0] > g.count || !anyCarrierOn(sim.sky()); }

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    const Number from{"from_site", double(g.index)}, to{"to_site", double(g.to)};
    if (st.value[0] > g.count) return {"message_channels", {{"on_count", st.value[0]}, {"need_count", g.count}}};
    if (!anyCarrierOn(sim.sky())) return {"message_no_carrier", {from, to}};
    if (st.value[2] < kFixNeeds)
        return {"message_no_fix", {from, {"heard_count", st.value[2]}, {"need_count", double(kFixNeeds)}}};
    if (st.value[3] < 0) return {"message_no_relay", {from, to}};   // no fix while a relay was up
    return {"message_wide", {{"error_m", st.value[3]}, {"need_m", g.error_m}, {"range_error_m", g.range_error_m}}};
}

// What holds it up now.
Reason live(const Sim& sim, const Goal& g, const GoalState& st) {
    if (st.done) return {};
    const MessageLink m = linkNow(sim, g);
    if (m.heard < kFixNeeds) return {"message_live_heard", {{"from_site", double(g.index)}, {"heard_count", double(m.heard)}, {"need_count", double(kFixNeeds)}}};
    if (m.errorM < 0 || m.errorM > g.error_m) return {"message_live_wide", {{"error_m", m.errorM}, {"need_m", g.error_m}}};
    return {"message_live_relay", {{"to_site", double(g.to)}}};
}

Reason describe(const Goal& g, const Level&) { return {"message", {{"from_site", double(g.index)}, {"to_site", double(g.to)}}}; }

std::vector<Reason> conditions(const Goal& g, const Level&) {
    return {{"message_fix", {{"need_m", g.error_m}, {"need_count", g.count}}}, {"message_relay", {{"to_site", double(g.to)}}}};
}

void validate(const Goal& g, const Level& level, const std::string& at, Problems& out) {
    validateOwnFix(g, level, at, out);
    if (g.index == g.to) out.add(at + "/to", "the message goes from one station to another; both are station " + std::to_string(g.index));
    if (std::none_of(level.satellites.begin(), level.satellites.end(), [](const Satellite& s) { return s.messages; }))
        out.add(at, "no satellite carries messages: set \"messages\" on one (BeiDou's GEO satellites carry them)");
}

} // namespace

const GoalRow& messageGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Message;
        r.key = "message";
        r.props = {{"index", "stations"}, {"to", "stations"}, {"count"}, {"error_m"}, {"range_error_m"}};
        r.explainOrder = 0;
        r.validate = validate;
        r.start = start;
        r.update = update;
        r.hopeless = hopeless;
        r.missed = missed;
        r.describe = describe;
        r.conditions = conditions;
        r.live = live;
        r.goalCodes = {"message", "message_fix", "message_relay"};
        r.missedCodes = {"message_channels", "message_no_carrier", "message_no_fix", "message_no_relay", "message_wide"};
        r.liveCodes = {"message_live_heard", "message_live_wide", "message_live_relay"};
        return r;
    }();
    return row;
}

} // namespace sp
