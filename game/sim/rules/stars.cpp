// The star rows. Each is a few lines: what it asks for, whether a win now would earn it, and
// what a level's own numbers already say about it (warnings the editor shows).
#include "game/sim/rules/stars.h"

#include "game/sim/knobs.h"
#include "game/sim/level_warnings.h"
#include "game/sim/nav.h"
#include "game/sim/props.h"
#include "game/sim/sim.h"

#include <array>
#include <cmath>

namespace sp {

namespace {

std::string percent(double fraction) { return formatNumber(std::round(fraction * 1000) / 10); }

// True if some action can spend the ship's fuel: a planned burn, or the engine while piloting.
bool canSpendFuel(const Level& level) { return level.actions.burn || (level.actions.pilot && level.ship.thrust_m_s2 > 0); }

void noStarChecks(const StarRule&, const Level&, const std::string&, Problems&) {}
void noStarWarnings(const StarRule&, const Level&, const std::string&, std::vector<Problem>&) {}

// [SECTION] fuel_left: at least `value` of the Δv budget left, as a fraction 0..1

StarRow fuelLeftStar() {
    StarRow r;
    r.type = StarType::FuelLeft;
    r.key = "fuel_left";
    r.props = {"value"};
    r.validate = [](const StarRule& s, const Level&, const std::string& at, Problems& out) {
        if (s.value > 1)
            out.add(at + "/value", "a fuel_left star is a fraction of the fuel budget: must be between 0 and 1 (got " +
                                       formatNumber(s.value) + ")");
    };
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        if (!(s.value > 0 && s.value <= 1)) return;
        if (level.ship.fuel_dv_km_s <= 0) {
            out.push_back(warningAt(at + "/value", "star_no_fuel", {percent(s.value)},
                                    "this star asks for " + percent(s.value) +
                                        "% of the fuel left, but the ship has no fuel: no flight can earn it; "
                                        "give the ship fuel or choose another kind of star"));
        } else if (!canSpendFuel(level)) {
            out.push_back(warningAt(at, "star_fuel_unused", {},
                                    "every win earns this star: nothing in this level spends fuel (no planned "
                                    "burns, no engine); allow burns or piloting, or choose another kind of star"));
        }
    };
    r.holds = [](const Sim& sim, const StarRule& s) { return sim.fuelFraction() + 1e-9 >= s.value; };
    r.lostForGood = true;
    r.describe = [](const StarRule& s) { return Reason{"fuel_left", {{"need_pct", s.value * 100}}}; };
    r.starCodes = {"fuel_left"};
    return r;
}

// [SECTION] time: won within `value` real minutes of flight

StarRow timeStar() {
    StarRow r;
    r.type = StarType::Time;
    r.key = "time";
    r.props = {"value"};
    r.validate = noStarChecks;
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        if (s.value < level.time_limit_min) return;
        out.push_back(warningAt(at + "/value", "star_time_free", {formatNumber(s.value), formatNumber(level.time_limit_min)},
                                "every win earns this star: it asks for a win within " + formatNumber(s.value) +
                                    " min, and the level ends at its time limit of " +
                                    formatNumber(level.time_limit_min) + " min anyway; make it shorter"));
    };
    r.holds = [](const Sim& sim, const StarRule& s) { return sim.elapsedRealSeconds() / 60 <= s.value; };
    r.lostForGood = true;
    r.describe = [](const StarRule& s) { return Reason{"time", {{"limit_min", s.value}}}; };
    r.starCodes = {"time"};
    return r;
}

// [SECTION] accuracy: final eccentricity at most `value`

StarRow accuracyStar() {
    StarRow r;
    r.type = StarType::Accuracy;
    r.key = "accuracy";
    r.props = {"value"};
    r.validate = noStarChecks;
    r.warn = noStarWarnings;
    r.holds = [](const Sim& sim, const StarRule& s) { return sim.launched() && sim.elements(sim.dominantAttractor()).e <= s.value; };
    r.describe = [](const StarRule& s) { return Reason{"accuracy", {{"max_e", s.value}}}; };
    r.starCodes = {"accuracy"};
    return r;
}

// [SECTION] soft: a docking within the port's own limits, a touchdown within the legs' (not
// only within their hard limits): "perfect", not "hard but held"

StarRow softStar() {
    StarRow r;
    r.type = StarType::Soft;
    r.key = "soft";
    r.props = {};
    r.validate = noStarChecks;
    r.warn = [](const StarRule&, const Level& level, const std::string& at, std::vector<Problem>& out) {
        bool graded = level.ship.touchdown_hard_vertical_m_s > level.ship.touchdown_max_vertical_m_s;
        for (const Ship& c : level.craft) graded = graded || c.dock_hard_closing_m_s > c.dock_max_closing_m_s;
        if (!graded)
            out.push_back(warningAt(at, "star_soft_free", {},
                                    "every win earns this star: nothing in this level can be hard but held (set "
                                    "ship.touchdown_hard_vertical_m_s or a craft's dock_hard_closing_m_s above its limit)"));
    };
    r.holds = [](const Sim& sim, const StarRule&) {
        return !(sim.docking() && sim.docking()->hard) && !(sim.touchdown() && sim.touchdown()->hard);
    };
    r.lostForGood = true;
    r.describe = [](const StarRule&) { return Reason{"soft", {}}; };
    r.starCodes = {"soft"};
    return r;
}

// [SECTION] hohmann: Δv spent within `value` (a fraction: 0.05 = 5%) of the Hohmann transfer
// from the ship's starting orbit to the orbit of the craft its rendezvous or dock goal names
// (or the first craft): the least two burns can do it with (hohmannKms).

StarRow hohmannStar() {
    StarRow r;
    r.type = StarType::Hohmann;
    r.key = "hohmann";
    r.props = {"value"};
    r.validate = [](const StarRule& s, const Level& level, const std::string& at, Problems& out) {
        if (level.craft.empty() || level.attractors.empty())
            out.add(at, "a hohmann star compares your Δv with a transfer to another craft's orbit: the level needs a planet and a craft");
        if (s.value > 1)
            out.add(at + "/value", "a hohmann star allows a fraction more than the best transfer: must be between 0 and 1 (got " +
                                       formatNumber(s.value) + ")");
    };
    r.warn = noStarWarnings;
    r.holds = [](const Sim& sim, const StarRule& s) { return sim.spentKms() <= hohmannKms(sim.level()) * (1 + s.value) + 1e-9; };
    r.lostForGood = true;
    r.describe = [](const StarRule& s) { return Reason{"hohmann", {{"need_pct", s.value * 100}}}; };
    r.starCodes = {"hohmann"};
    return r;
}

// [SECTION] on_target: down within `value` km of the middle of the land goal's zone (a capsule
// aimed as finely as Chang'e 5's returner, which came down within 1.5 km of its aim point)

// The zone of the level's first land goal, or null.
const Zone* landZone(const Level& level) {
    for (const Goal& g : level.goals.list)
        if (g.type == GoalType::Land && g.index >= 0 && size_t(g.index) < level.zones.size()) return &level.zones[size_t(g.index)];
    return nullptr;
}

StarRow onTargetStar() {
    StarRow r;
    r.type = StarType::OnTarget;
    r.key = "on_target";
    r.props = {"value"};
    r.validate = [](const StarRule&, const Level& level, const std::string& at, Problems& out) {
        if (!landZone(level)) out.add(at, "an on_target star measures a landing from the middle of the land goal's zone: the level needs a land goal");
    };
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        const Zone* z = landZone(level);
        if (!z || s.value < z->radius_km) return;
        out.push_back(warningAt(at + "/value", "star_on_target_free", {formatNumber(s.value), formatNumber(z->radius_km)},
                                "every win earns this star: it asks for a landing within " + formatNumber(s.value) +
                                    " km of the middle of the site, which reaches only " + formatNumber(z->radius_km) +
                                    " km from it anyway; make it smaller"));
    };
    r.holds = [](const Sim& sim, const StarRule& s) {
        const Zone* z = landZone(sim.level());
        return z && sim.touchdown() && length(sim.touchdown()->pointKm - Vec2{z->x_km, z->y_km}) <= s.value;
    };
    r.describe = [](const StarRule& s) { return Reason{"on_target", {{"within_km", s.value}}}; };
    r.starCodes = {"on_target"};
    return r;
}

// [SECTION] steady: a sky level's satellites with knobs drift at most `value` degrees of
// longitude over the flight (the point under each, from the start to the end)

StarRow steadyStar() {
    StarRow r;
    r.type = StarType::Steady;
    r.key = "steady";
    r.props = {"value"};
    r.validate = [](const StarRule&, const Level& level, const std::string& at, Problems& out) {
        if (!level.actions.sky) out.add(at, "a steady star measures how far the satellites the student sets drift: the level needs the sky action");
    };
    r.warn = noStarWarnings;
    r.holds = [](const Sim& sim, const StarRule& s) {
        const Constellation& sky = sim.sky();
        const double now = sim.elapsedRealSeconds();
        for (int i = 0; i < sky.count(); ++i) {
            if (!freeField(sim.level().satellites[size_t(i)].free)) continue;
            if (std::fabs(longitudeGapDeg(sky.groundPoint(i, 0).lonDeg, sky.groundPoint(i, now).lonDeg)) > s.value) return false;
        }
        return true;
    };
    r.describe = [](const StarRule& s) { return Reason{"steady", {{"within_deg", s.value}}}; };
    r.starCodes = {"steady"};
    return r;
}

// [SECTION] in_view: every site has seen at least `value` navigation satellites above its mask
// at every moment of the flight (one to spare beyond a coverage goal's count)

StarRow inViewStar() {
    StarRow r;
    r.type = StarType::InView;
    r.key = "in_view";
    r.props = {"value"};
    r.validate = [](const StarRule& s, const Level& level, const std::string& at, Problems& out) {
        if (level.satellites.empty() || level.stations.empty()) {
            out.add(at, "an in_view star counts the satellites each site sees: the level needs satellites and stations");
        } else if (!(s.value >= 1) || s.value != double(int(s.value)) || s.value > double(level.satellites.size())) {
            out.add(at + "/value", "an in_view star asks each site to see a whole number of satellites, from 1 to the " +
                                       std::to_string(level.satellites.size()) + " the level has; got " + formatNumber(s.value));
        }
    };
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        for (const Goal& g : level.goals.list) {
            if (g.type != GoalType::Coverage || s.value > g.count) continue;
            out.push_back(warningAt(at + "/value", "star_in_view_free", {formatNumber(s.value), formatNumber(g.count)},
                                    "every win earns this star: it asks for " + formatNumber(s.value) +
                                        " satellites in view, and the coverage goal already needs " + formatNumber(g.count) +
                                        "; ask for more"));
            return;
        }
    };
    // Before the first tick nothing has been seen, and nothing is lost yet.
    r.holds = [](const Sim& sim, const StarRule& s) { return sim.fewestInView() < 0 || sim.fewestInView() >= int(s.value); };
    r.lostForGood = true;
    r.describe = [](const StarRule& s) { return Reason{"in_view", {{"need_count", s.value}}}; };
    r.starCodes = {"in_view"};
    return r;
}

// [SECTION] pinpoint: a locate goal's mark within `value` km of the receiver

// The level's first goal of type `type` (and its index), or null.
const Goal* firstGoal(const Level& level, GoalType type, size_t* index = nullptr) {
    for (size_t i = 0; i < level.goals.list.size(); ++i) {
        if (level.goals.list[i].type != type) continue;
        if (index) *index = i;
        return &level.goals.list[i];
    }
    return nullptr;
}
const Goal* locateGoal(const Level& level, size_t* index = nullptr) { return firstGoal(level, GoalType::Locate, index); }

StarRow pinpointStar() {
    StarRow r;
    r.type = StarType::Pinpoint;
    r.key = "pinpoint";
    r.props = {"value"};
    r.validate = [](const StarRule&, const Level& level, const std::string& at, Problems& out) {
        if (!locateGoal(level)) out.add(at, "a pinpoint star measures the student's mark from the receiver: the level needs a locate goal");
    };
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        const Goal* g = locateGoal(level);
        if (!g || s.value < g->distance_km) return;
        out.push_back(warningAt(at + "/value", "star_pinpoint_free", {formatNumber(s.value), formatNumber(g->distance_km)},
                                "every win earns this star: it asks for a mark within " + formatNumber(s.value) +
                                    " km of the receiver, and the locate goal already needs one within " + formatNumber(g->distance_km) +
                                    " km; make it smaller"));
    };
    r.holds = [](const Sim& sim, const StarRule& s) {
        size_t i = 0;
        if (!locateGoal(sim.level(), &i) || !sim.begun()) return false;
        return sim.goals()[i].value[0] <= s.value;
    };
    r.describe = [](const StarRule& s) { return Reason{"pinpoint", {{"within_km", s.value}}}; };
    r.starCodes = {"pinpoint"};
    return r;
}

// [SECTION] clock: a locate goal's clock knob within `value` µs of the receiver's clock error

StarRow clockStar() {
    StarRow r;
    r.type = StarType::Clock;
    r.key = "clock";
    r.props = {"value"};
    r.validate = [](const StarRule&, const Level& level, const std::string& at, Problems& out) {
        const Goal* g = locateGoal(level);
        if (!g || !hasClockKnob(level, *g))
            out.add(at, "a clock star measures how well the student set the receiver's clock: the level needs a locate goal whose "
                        "receiver's clock is off (its station's clock_error_us)");
    };
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        const Goal* g = locateGoal(level);
        if (!g || !hasClockKnob(level, *g)) return;
        const double off = std::fabs(level.stations[size_t(g->index)].clock_error_us - g->clock_us);
        if (off > s.value) return;
        out.push_back(warningAt(at + "/value", "star_clock_free", {formatNumber(s.value), formatNumber(off)},
                                "every win earns this star without touching the clock: it asks for the clock within " +
                                    formatNumber(s.value) + " µs, and the clock knob starts " + formatNumber(off) +
                                    " µs from the receiver's error; make it smaller, or start the knob further off"));
    };
    r.holds = [](const Sim& sim, const StarRule& s) {
        size_t i = 0;
        if (!locateGoal(sim.level(), &i) || !sim.begun()) return false;
        const double off = sim.goals()[i].value[1];
        return off >= 0 && off <= s.value;
    };
    r.describe = [](const StarRule& s) { return Reason{"clock", {{"within_us", s.value}, {"within_km", s.value * 1e-6 * nav::kLightKmS}}}; };
    r.starCodes = {"clock"};
    return r;
}

// [SECTION] sharp: a fix goal's error region at most `value` m long, half across

// The goal whose fix a sharp star measures: a fix goal's, or the fix a message goal sent.
const Goal* fixGoal(const Level& level, size_t* index = nullptr) {
    const Goal* g = firstGoal(level, GoalType::Fix, index);
    return g ? g : firstGoal(level, GoalType::Message, index);
}

StarRow sharpStar() {
    StarRow r;
    r.type = StarType::Sharp;
    r.key = "sharp";
    r.props = {"value"};
    r.validate = [](const StarRule&, const Level& level, const std::string& at, Problems& out) {
        if (!fixGoal(level)) out.add(at, "a sharp star measures the receiver's own fix: the level needs a fix or a message goal");
    };
    r.warn = [](const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) {
        const Goal* g = fixGoal(level);
        if (!g || s.value < g->error_m) return;
        out.push_back(warningAt(at + "/value", "star_sharp_free", {formatNumber(s.value), formatNumber(g->error_m)},
                                "every win earns this star: it asks for an error region within " + formatNumber(s.value) +
                                    " m, and the fix goal already needs one within " + formatNumber(g->error_m) + " m; make it smaller"));
    };
    r.holds = [](const Sim& sim, const StarRule& s) {
        size_t i = 0;
        if (!fixGoal(sim.level(), &i) || !sim.begun()) return false;
        const GoalState& st = sim.goals()[i];
        const bool message = sim.level().goals.list[i].type == GoalType::Message;
        const double error = message ? (st.done ? st.value[3] : -1) : st.value[1];
        return error >= 0 && error <= s.value;
    };
    r.describe = [](const StarRule& s) { return Reason{"sharp", {{"within_m", s.value}}}; };
    r.starCodes = {"sharp"};
    return r;
}

const std::array<StarRow, kStarTypes>& rows() {
    static const std::array<StarRow, kStarTypes> table = {fuelLeftStar(), timeStar(), accuracyStar(), softStar(), hohmannStar(), onTargetStar(),
                                                          steadyStar(), inViewStar(), pinpointStar(), clockStar(), sharpStar()};
    return table;
}

} // namespace

const StarRow& starRow(StarType t) { return rows()[size_t(t)]; }

int targetCraft(const Level& level) {
    for (const Goal& g : level.goals.list)
        if ((g.type == GoalType::Rendezvous || g.type == GoalType::Dock) && g.index >= 0 && size_t(g.index) < level.craft.size())
            return g.index + 1;
    return level.craft.empty() ? 0 : 1;
}

double hohmannKms(const Level& level) {
    const int target = targetCraft(level);
    if (target == 0 || level.attractors.empty()) return 0;
    const Bodies bodies(level.attractors);
    const Ship& s = level.ship;
    const Ship& c = level.craft[size_t(target - 1)];
    const int d = std::max(0, bodies.dominantAt({s.x_km, s.y_km}, 0));
    const orbit::State body = bodies.stateAt(d, 0);
    const double mu = bodies[d].mu_km3_s2;
    // Orbits by their size: a nearly round one's radius is its semi-major axis.
    const double r1 = orbit::fromState(Vec2{s.x_km, s.y_km} - body.r, Vec2{s.vx_km_s, s.vy_km_s} - body.v, mu).a;
    const double r2 = orbit::fromState(Vec2{c.x_km, c.y_km} - body.r, Vec2{c.vx_km_s, c.vy_km_s} - body.v, mu).a;
    if (!(r1 > 0) || !(r2 > 0)) return 0;
    return orbit::hohmannDeltaV(mu, r1, r2);
}

const char* keyOf(StarType t) { return starRow(t).key; }

bool fromKey(const std::string& key, StarType& out) {
    for (const StarRow& r : rows()) {
        if (key == r.key) {
            out = r.type;
            return true;
        }
    }
    return false;
}

std::vector<const char*> enumKeys(StarType) {
    std::vector<const char*> keys;
    for (const StarRow& r : rows()) keys.push_back(r.key);
    return keys;
}

StarState starState(const Sim& sim, size_t index) {
    const StarRule& s = sim.level().stars[index];
    const StarRow& row = starRow(s.type);
    const bool holds = row.holds(sim, s);
    if (sim.outcome() == Outcome::Won) return holds ? StarState::Earned : StarState::Missed;
    if (sim.over()) return StarState::Missed;
    // Before the launch nothing is on track yet: a full tank and an unstarted clock say nothing.
    if (!sim.begun()) return row.lostForGood && !holds ? StarState::Missed : StarState::NotYet;
    if (holds) return StarState::OnTrack;
    return row.lostForGood ? StarState::Missed : StarState::NotYet;
}

} // namespace sp
