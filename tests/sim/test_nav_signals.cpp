// Chapter 4's signals as the receiver hears them (game/sim/nav_signals.h), and the clock knob
// of a locate goal (knobs.h): a clock error swells every circle alike, and only the right clock
// makes three of them meet at one point.
#include "game/sim/constellation.h"
#include "game/sim/flight.h"
#include "game/sim/knobs.h"
#include "game/sim/level_io.h"
#include "game/sim/level_warnings.h"
#include "game/sim/nav.h"
#include "game/sim/nav_signals.h"
#include "engine/core/file_io.h"
#include "outcome_cases.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sp;
using test::findReceiver, test::findReceiverLate, test::skyStartLog;

TEST_CASE("signals: a receiver's clock error swells every circle by the same distance, and taking it off restores them") {
    const Level right = findReceiver(), late = findReceiverLate();   // late: its clock 1,000 µs ahead
    const Constellation skyRight(right), skyLate(late);
    const std::vector<SkySignal> truth = signalsAt(skyRight, 0, 0), heard = signalsAt(skyLate, 0, 0);
    REQUIRE(truth.size() == 3);
    REQUIRE(heard.size() == truth.size());
    const double swellKm = 1000e-6 * nav::kLightKmS;   // 1 µs ≈ 300 m: 1,000 µs ≈ 300 km
    CHECK(swellKm == Approx(299.792458));
    for (size_t i = 0; i < truth.size(); ++i) {
        CHECK(heard[i].satellite == truth[i].satellite);
        CHECK(heard[i].travelS - truth[i].travelS == Approx(1000e-6).margin(1e-12));
        CHECK(heard[i].rangeKm - truth[i].rangeKm == Approx(swellKm).epsilon(1e-9));
    }
    const std::vector<SkySignal> fixed = signalsAt(skyLate, 0, 0, 1000e-6);
    for (size_t i = 0; i < truth.size(); ++i) CHECK(fixed[i].rangeKm == Approx(truth[i].rangeKm).epsilon(1e-12));
}

TEST_CASE("signals: three circles meet at one point only when the clock is right") {
    const Level late = findReceiverLate();
    const Constellation sky(late);
    const Vec2 earth{0, 0};
    // The right clock: every pair crosses at the receiver.
    CHECK(circlesSpreadKm(signalsAt(sky, 0, 0, 1000e-6), earth) == Approx(0).margin(1e-3));
    // Left off, or turned too far, the pairs cross apart, the further the more it is off.
    const double off = circlesSpreadKm(signalsAt(sky, 0, 0), earth);
    const double half = circlesSpreadKm(signalsAt(sky, 0, 0, 500e-6), earth);
    const double over = circlesSpreadKm(signalsAt(sky, 0, 0, 1500e-6), earth);
    INFO("spread " << off << " km off, " << half << " km half set, " << over << " km over");
    CHECK(off > 100);
    CHECK(half > 10);
    CHECK(half < off);
    CHECK(over > 10);
    // Two circles cannot say: nothing to compare.
    std::vector<SkySignal> two = signalsAt(sky, 0, 0);
    two.resize(2);
    CHECK(circlesSpreadKm(two, earth) == -1);
}

TEST_CASE("signals: a receiver whose clock is off gives its locate goal a clock knob, before the mark") {
    Level late = findReceiverLate();
    const std::vector<KnobRef> knobs = knobsOf(late);
    REQUIRE(knobs.size() == 2);
    CHECK(knobs[0].goal == 0);
    CHECK(knobs[0].clock);
    CHECK(knobs[1].goal == 0);
    CHECK_FALSE(knobs[1].clock);
    CHECK(knobSpan(late, knobs[0]).step == kClockSpan.step);
    // The knob keeps to its span and steps.
    CHECK(setKnobValue(late, knobs[0], 1234) == 1230);
    CHECK(late.goals.list[0].clock_us == 1230);
    CHECK(setKnobValue(late, knobs[0], 1e9) == kClockSpan.max);
    CHECK(setKnobValue(late, knobs[0], std::nan("")) == kClockSpan.min);
    // A right clock has no knob: Circles (4-3) keeps its one.
    CHECK(knobsOf(findReceiver()).size() == 1);
    // A clock error the knob's steps cannot reach is refused, with the steps named.
    Level odd = findReceiverLate();
    odd.stations[0].clock_error_us = 1234;
    const std::vector<Problem> p = validateLevel(odd);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/stations/0/clock_error_us");
    CHECK(p[0].message.find("10 µs a step") != std::string::npos);
}

TEST_CASE("signals: the clock star asks how close the clock was set, and warns when the knob starts there") {
    Level late = findReceiverLate();
    late.stars.resize(1);
    late.stars[0].type = StarType::Clock;
    late.stars[0].value = 50;
    REQUIRE(validateLevel(late).empty());
    struct Case {
        double clockUs, markDeg;
        bool won;
        int stars;
    };
    const Case cases[] = {
        {1000, 92.4, true, 2},   // the clock right, the mark on the receiver
        {960, 92.4, true, 2},    // 40 µs off: still the star
        {940, 92.4, true, 1},    // 60 µs off: won, no star
        {0, 92.4, true, 1},      // left off, but the mark happens to be there: the mark decides
        {1000, 89.8, false, 0},  // the clock right, the mark 300 km off
    };
    for (const Case& c : cases) {
        INFO("clock " << c.clockUs << " µs, mark " << c.markDeg);
        const InputLog log = skyStartLog(std::vector<double>{c.clockUs, c.markDeg});
        Flight f(late, &log);
        f.runTicks(100);
        CHECK((f.sim().outcome() == Outcome::Won) == c.won);
        CHECK(f.sim().stars() == c.stars);
        CHECK(f.sim().goals()[0].value[1] == Approx(std::fabs(1000 - c.clockUs)));
    }
    // A knob that already starts within the star's reach would give it away.
    late.goals.list[0].clock_us = 980;
    bool warned = false;
    for (const Problem& p : levelWarnings(late)) warned = warned || p.code == "star_clock_free";
    CHECK(warned);
    // A clock star needs a receiver whose clock is off.
    Level right = findReceiver();
    right.stars = late.stars;
    const std::vector<Problem> p = validateLevel(right);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/stars/0");
}

TEST_CASE("signals: Good Geometry (4-5): the receiver fixes itself and its clock, and the region the panel shows is the one flown") {
    const auto bytes = readFile(test::dataDir() + "/levels/4-5.json");
    REQUIRE(bytes);
    const LevelLoad load = parseLevel(*bytes);
    REQUIRE(load.level);
    const Level& level = *load.level;
    struct Case {
        std::vector<double> used;
        double errorM;   // the error region's half-length for 1 m ranges (-1: no fix; 0: not compared)
        int stars;       // 0: lost
    };
    const Case cases[] = {
        {{0, 0, 1, 1, 0, 1, 1, 0}, 14.05, 0},   // as it starts: four high overhead
        {{1, 0, 1, 0, 0, 1, 0, 1}, 1.65, 1},    // spread, but not the best
        {{1, 0, 1, 1, 0, 0, 0, 1}, 1.49, 2},
        {{1, 0, 1, 0, 0, 0, 1, 1}, 1.44, 3},    // the best four of the 70
        {{1, 1, 1, 1, 1, 0, 0, 0}, 0, 0},       // five: more than its channels (a fix, not compared)
        {{0, 0, 0, 0, 0, 0, 1, 0}, -1, 0},      // one: no fix
    };
    for (const Case& c : cases) {
        INFO("satellites on: " << c.used[0] << c.used[1] << c.used[2] << c.used[3] << c.used[4] << c.used[5] << c.used[6] << c.used[7]);
        const InputLog log = skyStartLog(c.used);
        Flight f(level, &log);
        f.runTicks(100);
        CHECK(f.sim().stars() == c.stars);
        // The fix the panel works out before the start, from the same sky.
        const nav::Fix fix = fixAt(Constellation(f.sim().level()), 0, 0, 0.001);
        if (c.errorM < 0) {
            CHECK(f.sim().goals()[0].value[1] == -1);
            continue;
        }
        REQUIRE(fix.ok);
        CHECK(fix.clockBiasS * 1e6 == Approx(2000).margin(1e-3));   // its clock found, with no knob
        CHECK(f.sim().goals()[0].value[1] == Approx(fix.error.majorKm * 1000));
        CHECK(f.sim().goals()[0].value[2] < 1e-3);                   // exact ranges: the fix is on the ship
        if (c.errorM > 0) CHECK(fix.error.majorKm * 1000 == Approx(c.errorM).margin(0.005));
    }
}
