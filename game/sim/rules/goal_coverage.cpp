// "coverage": every site on attractor `attractor` (the level's stations there: a region's
// towns) sees at least `count` navigation satellites above its mask at once, without a break,
// for `minutes`. Why BeiDou-2 served the Asia-Pacific first: a few GEO and IGSO satellites
// stay over one region all day, where MEO satellites pass by.
#include "game/sim/props.h"
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

// The site that sees the fewest satellites now (-1: none on that body), and how many it sees.
struct Worst {
    int site = -1;
    int seen = 0;
};

Worst worstSite(const Sim& sim, const Goal& g) {
    Worst w;
    const double t = sim.elapsedRealSeconds();
    for (size_t s = 0; s < sim.level().stations.size(); ++s) {
        if (sim.level().stations[s].attractor != g.attractor) continue;
        const int seen = sim.sky().countInView(int(s), t);
        if (w.site < 0 || seen < w.seen) w = {int(s), seen};
    }
    return w;
}

// GoalState::ticks: the ticks of the present unbroken stretch with every site covered;
// value[0]: the longest stretch so far (ticks); value[1], value[2], value[3]: the first break,
// its site, how many satellites that site saw then, and when (real minutes; -1: no break yet).
double minutesOf(const Sim& sim, double ticks) { return sim.scale().ticksToRealSeconds(ticks) / 60; }

void start(const Sim&, const Goal&, GoalState& st) { st.value[3] = -1; }

void update(const Sim& sim, const Goal& g, GoalState& st) {
    if (st.done) return;
    const Worst w = worstSite(sim, g);
    if (w.site >= 0 && w.seen >= int(g.count)) {
        ++st.ticks;
    } else {
        if (st.value[3] < 0 && w.site >= 0) st.value = {st.value[0], double(w.site), double(w.seen), sim.elapsedRealSeconds() / 60};
        st.ticks = 0;
    }
    st.value[0] = std::max(st.value[0], double(st.ticks));
    st.progress = std::min(1.0, minutesOf(sim, double(st.ticks)) / g.minutes);
    st.done = minutesOf(sim, double(st.ticks)) >= g.minutes;
}

// The stretch so far and all the time left (to the level's time limit) are too short for the
// minutes asked: a break came too late to start again. The flight ends at once, with the gap
// (4-2 used to run the rest of its day to say so). One tick of slack, never a win cut short.
bool hopeless(const Sim& sim, const Goal& g, const GoalState& st) {
    const double left = double(std::max<int64_t>(0, sim.timeLimitTicks() - sim.tick()));
    return minutesOf(sim, double(st.ticks) + left + 1) < g.minutes;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    const std::vector<Number> need = {{"need_count", g.count}, {"need_min", g.minutes}};
    if (st.value[3] < 0) return {"coverage_unbroken", {{"covered_min", minutesOf(sim, double(st.ticks))}, need[1]}};
    return {"coverage_gap",
            {{"at_min", st.value[3]}, {"gap_site", st.value[1]}, {"seen_count", st.value[2]}, need[0],
             {"best_min", minutesOf(sim, st.value[0])}, need[1]}};
}

// Which site is short of satellites now, if one is.
Reason live(const Sim& sim, const Goal& g, const GoalState& st) {
    const Worst w = worstSite(sim, g);
    if (w.site >= 0 && w.seen < int(g.count))
        return {"coverage_short_now", {{"gap_site", double(w.site)}, {"seen_count", double(w.seen)}, {"need_count", g.count}}};
    return {"coverage_held", {{"covered_min", minutesOf(sim, double(st.ticks))}, {"need_min", g.minutes}}};
}

Reason describe(const Goal& g, const Level&) { return {"coverage", {{"need_count", g.count}, {"need_min", g.minutes}}}; }

void validate(const Goal& g, const Level& level, const std::string& at, Problems& out) {
    const bool anySite = std::any_of(level.stations.begin(), level.stations.end(),
                                     [&](const Station& s) { return s.attractor == g.attractor; });
    if (!anySite)
        out.add(at + "/attractor", "no site stands on attractor " + std::to_string(g.attractor) +
                                       " to cover; add stations there (the region's towns)");
    if (!(g.count >= 1) || g.count != double(int(g.count)))
        out.add(at + "/count", "the satellites each site must see is a whole number, at least 1; got " + formatNumber(g.count));
    else if (g.count > double(level.satellites.size()))
        out.add(at + "/count", "asks every site to see " + formatNumber(g.count) + " satellites, but the level has " +
                                   std::to_string(level.satellites.size()) + "; add satellites or ask for fewer");
    if (!(g.minutes > 0)) out.add(at + "/minutes", "the coverage must last some time; got " + formatNumber(g.minutes) + " minutes");
}

} // namespace

const GoalRow& coverageGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Coverage;
        r.key = "coverage";
        r.props = {{"attractor", "attractors"}, {"count"}, {"minutes"}};
        r.validate = validate;
        r.start = start;
        r.update = update;
        r.hopeless = hopeless;
        r.missed = missed;
        r.describe = describe;
        r.live = live;
        r.goalCodes = {"coverage"};
        r.missedCodes = {"coverage_gap", "coverage_unbroken"};
        r.liveCodes = {"coverage_short_now", "coverage_held"};
        return r;
    }();
    return row;
}

} // namespace sp
