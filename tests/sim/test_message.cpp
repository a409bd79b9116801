// Chapter 4's short messages (game/sim/message.h and the message goal): which satellite can
// carry a hiker's message to the rescue centre, when moving satellites rise over the valley
// walls, and that the look ahead the panel shows before the start is what the flight does.
#include "engine/core/file_io.h"
#include "game/sim/constellation.h"
#include "game/sim/flight.h"
#include "game/sim/level_io.h"
#include "game/sim/message.h"
#include "outcome_cases.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace sp;
using test::rescue, test::skyStartLog;

namespace {

// How far (degrees of arc from the Earth's centre) a satellite at `radiusKm` may be from a
// site on a sphere of `earthKm` and stand `elevDeg` above its horizon: the flat-triangle
// formula tan(e) = (cos g - R/r) / sin g, solved by halving (independent of constellation.cpp).
double arcForElevationDeg(double earthKm, double radiusKm, double elevDeg) {
    double lo = 0, hi = 90;
    for (int i = 0; i < 60; ++i) {
        const double g = (lo + hi) / 2 * kPi / 180;
        const double e = std::atan2(std::cos(g) - earthKm / radiusKm, std::sin(g)) * 180 / kPi;
        (e > elevDeg ? lo : hi) = (lo + hi) / 2;
    }
    return (lo + hi) / 2;
}

Level levelFile(const char* id) {
    const auto bytes = readFile(test::dataDir() + "/levels/" + id + ".json");
    REQUIRE(bytes);
    const LevelLoad load = parseLevel(*bytes);
    REQUIRE(load.level);
    return *load.level;
}

} // namespace

TEST_CASE("message: the relay is a switched-on satellite that carries messages and that both stations see") {
    Level level = rescue();   // GEO over 58.75 (behind the hiker's walls), 80 and 110.5 E; two MEO
    CHECK(relayFor(Constellation(level), 0, 1, 0) == 1);   // GEO 58.75 is hidden: GEO 80 carries it
    level.satellites[1].used = 0;
    CHECK(relayFor(Constellation(level), 0, 1, 0) == 2);   // switched off: the next one both see
    level.satellites[2].messages = false;
    CHECK(relayFor(Constellation(level), 0, 1, 0) == -1);  // it carries no messages
    CHECK(anyCarrierOn(Constellation(level)));             // GEO 58.75 does, but the hiker cannot see it
    level.satellites[0].used = 0;
    CHECK_FALSE(anyCarrierOn(Constellation(level)));
    CHECK(switchedOn(Constellation(level)) == 3);

    Level high = rescue();
    high.stations[1].mask_deg = 80;   // Beijing sees nothing that high: no relay, though the hiker does
    CHECK(relayFor(Constellation(high), 0, 1, 0) == -1);
    CHECK(relayFor(Constellation(high), 0, 0, 0) == 1);
}

TEST_CASE("message: an MEO over the equator drifts east and rises over the valley walls when Kepler says") {
    const Level level = rescue();   // the hiker at 100.2 E, walls at 50 degrees
    const Constellation sky(level);
    const Attractor& earth = level.attractors[0];
    const double periodS = 2 * kPi * std::sqrt(std::pow(27907.0, 3) / earth.mu_km3_s2);
    const double dayS = earth.rotation_period_min * 60;
    const double driftDegS = 360 / periodS - 360 / dayS;   // it goes round faster than the Earth turns
    CHECK(driftDegS * 3600 == Approx(12.9).margin(0.05));   // about 12.9 degrees of longitude an hour
    const double arc = arcForElevationDeg(earth.radius_km, 27907, 50);
    // MEO over 64.2 E: 36 degrees west of the hiker, below the walls, rising in the west.
    const double riseS = (36 - arc) / driftDegS, rise = nextCrossingS(sky, 0, 3, 0, 7200, 1);
    CHECK(sky.elevationDeg(0, 3, 0) < 50);
    CHECK(rise == Approx(riseS).margin(2));
    CHECK(sky.elevationDeg(0, 3, rise) >= 50);
    CHECK(sky.elevationDeg(0, 3, rise - 1) < 50);
    // MEO over 120.2 E: 20 degrees east, up now, setting in the east.
    const double setS = (arc - 20) / driftDegS;
    CHECK(sky.elevationDeg(0, 4, 0) >= 50);
    CHECK(nextCrossingS(sky, 0, 4, 0, 7200, 1) == Approx(setS).margin(2));
    // A GEO stands still: it neither rises nor sets.
    CHECK(nextCrossingS(sky, 0, 1, 0, 86164, 60) == -1);
}

TEST_CASE("message: Short-Message Rescue (4-6): what the panel works out before the start is what the flight does") {
    const Level level = levelFile("4-6");
    struct Case {
        std::vector<double> used;
        double sentMin;   // -1: never sent
        int stars;
    };
    const Case cases[] = {
        {{0, 1, 1, 0, 0, 1, 0, 1}, 20.7, 3},   // the solution: MEO 2 rises in the west while MEO 4 is still up in the east
        {{0, 0, 1, 0, 0, 1, 0, 1}, 20.7, 2},   // the same two MEO, one GEO: sent as soon, its fix less sharp
        {{0, 1, 1, 0, 0, 0, 0, 1}, 35.9, 1},   // MEO 4 alone, once it is low enough in the east
        {{1, 0, 0, 1, 1, 0, 1, 0}, -1, 0},     // as it starts: behind the walls, or set
        {{0, 1, 1, 0, 0, 0, 1, 0}, -1, 0},     // MEO 3 rises in time, but alone high with two GEO: too wide
    };
    for (const Case& c : cases) {
        INFO("satellites on: " << c.used[0] << c.used[1] << c.used[2] << c.used[3] << c.used[4] << c.used[5] << c.used[6] << c.used[7]);
        Flight panel(level);
        for (int k = 0; k < panel.knobCount(); ++k) panel.setKnob(k, c.used[size_t(k)]);
        const Goal& g = level.goals.list[0];
        const MessageAhead ahead = messageAhead(Constellation(panel.skyAsSet()), g.index, g.to, g.range_error_m / 1000, g.error_m,
                                                level.time_limit_min * 60, panel.sim().tickRealSeconds());
        const InputLog log = skyStartLog(c.used);
        Flight f(level, &log);
        while (!f.sim().over()) f.runTicks(600);
        CHECK(f.sim().stars() == c.stars);
        if (c.sentMin < 0) {
            CHECK(ahead.sentAtS == -1);
            CHECK(f.sim().goals()[0].value[1] == -1);
            continue;
        }
        CHECK(ahead.sentAtS / 60 == Approx(c.sentMin).margin(0.05));
        CHECK(f.sim().goals()[0].value[1] == Approx(ahead.sentAtS / 60));
        CHECK(f.sim().elapsedRealSeconds() == Approx(ahead.sentAtS));
        CHECK(ahead.relay == relayFor(Constellation(f.sim().level()), 0, 1, ahead.sentAtS));
    }
}

TEST_CASE("message: a level author's mistakes in a message goal are refused, each at its field, with the fix goal's checks") {
    REQUIRE(validateLevel(rescue()).empty());
    Level bad = rescue();
    Goal& g = bad.goals.list[0];
    bad.stations[0].latitude_deg = 12.5;   // the hiker off the equator
    g.to = 0;                              // to itself
    g.count = 2;                           // too few channels for a fix
    g.error_m = 0;
    g.range_error_m = 0;
    for (Satellite& s : bad.satellites) s.messages = false;
    const std::vector<Problem> problems = validateLevel(bad);
    auto at = [&](const std::string& pointer, const std::string& words) {
        for (const Problem& p : problems)
            if (p.pointer == pointer && p.message.find(words) != std::string::npos) return true;
        return false;
    };
    std::string all;
    for (const Problem& p : problems) all += p.pointer + ": " + p.message + "\n";
    INFO(all);
    CHECK(at("/goals/list/0/index", "it is at 12.5°"));
    CHECK(at("/goals/list/0/to", "both are station 0"));
    CHECK(at("/goals/list/0/count", "got 2"));
    CHECK(at("/goals/list/0/error_m", "got 0 m"));
    CHECK(at("/goals/list/0/range_error_m", "got 0 m"));
    CHECK(at("/goals/list/0", "no satellite carries messages"));
    // The fix goal makes the same checks through the same function.
    Level fix = bad;
    fix.goals.list[0].type = GoalType::Fix;
    const std::vector<Problem> fixProblems = validateLevel(fix);
    for (const char* field : {"/index", "/count", "/error_m", "/range_error_m"}) {
        INFO(field);
        CHECK(std::any_of(fixProblems.begin(), fixProblems.end(),
                          [&](const Problem& p) { return p.pointer == std::string("/goals/list/0") + field; }));
    }
}
