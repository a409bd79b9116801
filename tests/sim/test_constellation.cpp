// Navigation satellites on their orbits (game/sim/constellation.h), as the issue asks of
// Chapter 4: a GEO satellite stands still over one longitude for a day (within 0.1 degrees);
// a BeiDou MEO satellite's ground track repeats after 7 sidereal days, 13 turns (within 1
// degree) and not before; an IGSO satellite draws its figure eight about its node; the Earth
// hides what is under a site's horizon, and a receiver's mask hides what is low. Levels read
// from JSON keep their satellites, and a bad orbit is refused with the numbers.
#include "game/sim/bodies.h"
#include "game/sim/constellation.h"
#include "game/sim/flight.h"
#include "game/sim/input.h"
#include "game/sim/level_io.h"
#include "game/sim/level_warnings.h"
#include "engine/core/file_io.h"
#include "tests/test_paths.h"
#include "outcome_cases.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

using namespace sp;

namespace {

constexpr double kSiderealDayS = 86164.0905;   // FACTS.md §6

// The Earth turning once a sidereal day, its longitude 0 along +x at the start.
Level earthLevel() {
    Level level;
    Attractor earth;
    earth.name = {"Earth", "地球"};
    earth.rotation_period_min = kSiderealDayS / 60;
    level.attractors.push_back(earth);
    return level;
}

Satellite sat(double radiusKm, double inclinationDeg, double nodeLonDeg, double phaseDeg = 0) {
    Satellite s;
    s.radius_km = radiusKm;
    s.inclination_deg = inclinationDeg;
    s.node_longitude_deg = nodeLonDeg;
    s.phase_deg = phaseDeg;
    return s;
}

Station site(double latDeg, double lonDeg, double maskDeg = 0) {
    Station s;
    s.latitude_deg = latDeg;
    s.longitude_deg = lonDeg;
    s.mask_deg = maskDeg;
    return s;
}

// How far two ground points are apart, in degrees of latitude and of longitude.
double gapDeg(LatLon a, LatLon b) { return std::max(std::fabs(a.latDeg - b.latDeg), std::fabs(longitudeGapDeg(a.lonDeg, b.lonDeg))); }

} // namespace

TEST_CASE("constellation: a GEO satellite at 42,164 km stands still over 110.5 E for a whole day") {
    Level level = earthLevel();
    level.satellites.push_back(sat(42164, 0, 110.5));
    const Constellation sky(level);
    const LatLon start = sky.groundPoint(0, 0);
    CHECK(start.latDeg == Approx(0).margin(1e-9));
    CHECK(start.lonDeg == Approx(110.5).margin(1e-9));
    double worst = 0;
    for (double t = 0; t <= 86400; t += 600) worst = std::max(worst, gapDeg(start, sky.groundPoint(0, t)));
    CHECK(worst < 0.1);
    // 1,000 km lower it runs ahead of the turning Earth: degrees a day, so the test can tell.
    level.satellites[0].radius_km = 41164;
    const Constellation low(level);
    CHECK(longitudeGapDeg(110.5, low.groundPoint(0, 86400).lonDeg) > 10);
}

TEST_CASE("constellation: a BeiDou MEO satellite repeats its ground track after 7 sidereal days, 13 turns") {
    Level level = earthLevel();
    level.satellites.push_back(sat(27907, 55, 40, 30));
    const Constellation sky(level);
    CHECK(sky.circle(0).periodS / 60 == Approx(773.3).margin(0.1));   // 12 h 53 min (FACTS.md §4, derived)
    for (double t0 : {0.0, 5000.0, 20000.0}) {
        const LatLon a = sky.groundPoint(0, t0), b = sky.groundPoint(0, t0 + 7 * kSiderealDayS);
        CHECK(gapDeg(a, b) < 1.0);
        // One day on, the track has not come back: the repeat is the seventh day's.
        CHECK(gapDeg(a, sky.groundPoint(0, t0 + kSiderealDayS)) > 5.0);
    }
    // It reaches as far north and south as its orbit is tilted.
    double north = -90, south = 90;
    for (double t = 0; t < sky.circle(0).periodS; t += 60) {
        north = std::max(north, sky.groundPoint(0, t).latDeg);
        south = std::min(south, sky.groundPoint(0, t).latDeg);
    }
    CHECK(north == Approx(55).margin(0.1));
    CHECK(south == Approx(-55).margin(0.1));
}

TEST_CASE("constellation: an IGSO satellite draws a figure eight centred on its node's longitude") {
    Level level = earthLevel();
    level.satellites.push_back(sat(42164, 55, 118, 30));
    const Constellation sky(level);
    double west = 180, east = -180, north = -90, south = 90;
    int crossings = 0;
    double lastLat = 0;
    for (double t = 0; t <= kSiderealDayS; t += 300) {
        const LatLon p = sky.groundPoint(0, t);
        west = std::min(west, p.lonDeg);
        east = std::max(east, p.lonDeg);
        north = std::max(north, p.latDeg);
        south = std::min(south, p.latDeg);
        // It crosses the equator twice a day, both times at the node's longitude (the eight's waist).
        if (t > 0 && (lastLat < 0) != (p.latDeg < 0)) {
            ++crossings;
            CHECK(p.lonDeg == Approx(118).margin(0.5));
        }
        lastLat = p.latDeg;
    }
    CHECK(crossings == 2);
    CHECK(north == Approx(55).margin(0.5));
    CHECK(south == Approx(-55).margin(0.5));
    // The loops reach about 16 degrees either side of 118 E: east and west of the waist alike.
    CHECK(east - 118 == Approx(118 - west).margin(0.5));
    CHECK(east - 118 == Approx(15.7).margin(0.5));
}

TEST_CASE("constellation: a site sees what is over its horizon, and its mask hides what is low") {
    Level level = earthLevel();
    level.stations.push_back(site(0, 110));          // on the equator under a GEO at 110 E
    level.stations.push_back(site(0, -70));          // the other side of the Earth
    level.stations.push_back(site(0, 110 + 75, 10)); // 75 degrees east of it, with a 10 degree mask
    level.satellites.push_back(sat(42164, 0, 110));
    const Constellation sky(level);
    CHECK(sky.elevationDeg(0, 0, 0) == Approx(90).margin(1e-6));
    CHECK(sky.elevationDeg(1, 0, 0) < -80);
    // From 75 degrees of longitude away a GEO satellite stands about 6 degrees up: over the
    // horizon (6.4), but under a 10 degree mask.
    const double low = sky.elevationDeg(2, 0, 0);
    CHECK(low == Approx(6.4).margin(0.2));
    CHECK(sky.countInView(0, 0) == 1);
    CHECK(sky.countInView(1, 0) == 0);
    CHECK(sky.countInView(2, 0) == 0);
    // The site turns with the Earth, the GEO satellite with it: half a day later nothing changed.
    CHECK(sky.elevationDeg(0, 0, kSiderealDayS / 2) == Approx(90).margin(0.01));
    // A site's position is where the view draws it: its latitude takes it off the plane.
    const Vec3 beijing = pointAt({39.9, 116.4}, 6371, 0, 0);
    CHECK(length(beijing) == Approx(6371));
    CHECK(beijing.z == Approx(6371 * std::sin(39.9 * 3.14159265358979 / 180)));
}

TEST_CASE("constellation: a level file keeps its satellites, and refuses an orbit inside the Earth") {
    const std::string text = R"({
        "version": 4, "id": "sky", "title": {"en": "Sky"},
        "attractors": [{"name": {"en": "Earth"}, "rotation_period_min": 1436.068}],
        "ship": {"x_km": 0, "y_km": 7000, "vx_km_s": 7.5},
        "stations": [{"name": {"en": "Beijing"}, "latitude_deg": 39.9, "longitude_deg": 116.4, "mask_deg": 10}],
        "satellites": [{"name": {"en": "G1"}, "look": "geo", "radius_km": 42164, "inclination_deg": 0, "node_longitude_deg": 140}],
        "actions": {"pilot": true},
        "goals": {"list": [{"type": "survive", "minutes": 10}]}
    })";
    const LevelLoad loaded = parseLevel(text);
    REQUIRE(loaded.problems.empty());
    REQUIRE(loaded.level->satellites.size() == 1);
    const Satellite& g = loaded.level->satellites[0];
    CHECK(g.look == "geo");
    CHECK(g.node_longitude_deg == 140);
    CHECK(loaded.level->stations[0].mask_deg == 10);
    // Written back and read again, the same.
    const LevelLoad again = parseLevel(saveLevel(*loaded.level));
    REQUIRE(again.problems.empty());
    CHECK(again.level->satellites[0].radius_km == 42164);

    std::string inside = text;
    inside.replace(inside.find("42164"), 5, "6000");
    const LevelLoad bad = parseLevel(inside);
    REQUIRE_FALSE(bad.problems.empty());
    CHECK(bad.problems[0].pointer == "/satellites/0/radius_km");
    CHECK(bad.problems[0].message.find("6000 km") != std::string::npos);
    CHECK(bad.problems[0].message.find("6371 km") != std::string::npos);
}

TEST_CASE("constellation: three GEO satellites over Asia keep Beijing and Urumqi covered, and the goal is won") {
    using test::coverageLevel, test::navSatellite;
    const Level level = coverageLevel({navSatellite("geo", 42164, 0, 80), navSatellite("geo", 42164, 0, 110.5),
                                       navSatellite("geo", 42164, 0, 140)},
                                      3, 120, 200);
    REQUIRE(validateLevel(level).empty());
    Flight f(level);
    f.runTicks(1000000);
    CHECK(f.sim().outcome() == Outcome::Won);
    CHECK(f.sim().elapsedRealSeconds() / 60 == Approx(120).margin(1));
    // Asking each town for a fourth satellite the level does not have is refused, with the count.
    Level greedy = level;
    greedy.goals.list[0].count = 4;
    const std::vector<Problem> problems = validateLevel(greedy);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pointer == "/goals/list/0/count");
    CHECK(problems[0].message.find("the level has 3") != std::string::npos);
}

TEST_CASE("constellation: seen from above the pole, a site stands inside the disc at its latitude, turning with the Earth") {
    Level level = earthLevel();
    level.stations.push_back(site(39.9, 116.4));
    level.stations.push_back(site(-33.9, 18.4));   // Cape Town, under the disc
    const Constellation sky(level);
    const double R = level.attractors[0].radius_km;
    CHECK(length(sky.sitePlaneKm(0, 0)) == Approx(R * std::cos(degToRad(39.9))));
    CHECK(radToDeg(std::atan2(sky.sitePlaneKm(0, 0).y, sky.sitePlaneKm(0, 0).x)) == Approx(116.4));
    CHECK(sky.siteRelativeKm(1, 0).z < 0);
    // A quarter of a sidereal day on, 90 degrees further round, east (counter-clockwise).
    const Vec2 later = sky.sitePlaneKm(0, kSiderealDayS / 4);
    CHECK(radToDeg(std::atan2(later.y, later.x)) == Approx(116.4 + 90 - 360));
    CHECK(seenFromPole(level) == false);
    level.satellites.push_back(sat(42164, 0, 110));
    CHECK(seenFromPole(level));
}

using test::skyStartLog, test::standStill;

TEST_CASE("constellation: a sky level starts with the student's knobs, and only the right radius stands still") {
    const Level level = standStill();
    REQUIRE(validateLevel(level).empty());
    // At 42,164 km the satellite keeps pace with the Earth: overhead all day, a win.
    {
        const InputLog log = skyStartLog(42164);
        Flight f(level, &log);
        f.runTicks(1000000);
        CHECK(f.sim().outcome() == Outcome::Won);
        CHECK(f.sim().level().satellites[0].radius_km == 42164);
    }
    // 1,000 km lower it runs ahead and leaves the cone over the site before the day is out.
    {
        const InputLog log = skyStartLog(41164);
        Flight f(level, &log);
        f.runTicks(1000000);
        // Once it has left, the rest of the day is too short for a whole day covered: the
        // flight ends there, with the gap, not at the time limit.
        CHECK(f.sim().outcome() == Outcome::Lost);
        CHECK(f.sim().report().code == OutcomeCode::Missed);
        REQUIRE(f.sim().report().goals.size() == 1);
        CHECK(std::string(f.sim().report().goals[0].code) == "coverage_gap");
        CHECK(f.sim().tick() < f.sim().timeLimitTicks());
    }
    // With "any", a hopeless coverage does not end a flight another goal can still win: here
    // surviving 1,200 minutes, which the satellite off its station still does. (It leaves the
    // site's cone, 8.5 degrees of longitude either way, after about 15 hours.)
    {
        Level either = level;
        Goal survive;
        survive.type = GoalType::Survive;
        survive.minutes = 1200;
        either.goals.list.push_back(survive);
        either.goals.combine = "any";
        REQUIRE(validateLevel(either).empty());
        const InputLog log = skyStartLog(41164);
        Flight f(either, &log);
        f.runTicks(1000000);
        CHECK(f.sim().outcome() == Outcome::Won);
        CHECK(f.sim().elapsedRealSeconds() / 60 == Approx(1200).margin(1));
        // And with "all" the same flight ends at the coverage's gap, as above.
        either.goals.combine = "all";
        Flight g(either, &log);
        g.runTicks(1000000);
        CHECK(g.sim().outcome() == Outcome::Lost);
        CHECK(g.sim().elapsedRealSeconds() / 60 < 1200);
    }
    // Knobs keep to their range and steps; a start with no values leaves them where they were.
    {
        const InputLog log = skyStartLog(99999.6);
        Flight f(level, &log);
        f.runTicks(1);
        CHECK(f.sim().level().satellites[0].radius_km == 50000);
    }
    // Without a start nothing counts: the time runs out.
    {
        const InputLog empty{"sky", {}};
        Flight f(level, &empty);
        f.runTicks(1000000);
        CHECK(f.sim().outcome() == Outcome::Timeout);
        CHECK(f.sim().report().code == OutcomeCode::Timeout);
    }
    // Played: the flight holds still until Start, and records the knob it started with.
    Flight played(level);
    CHECK(played.knobCount() == 1);
    CHECK(played.knob(0) == 35000);
    played.setKnob(0, 42163.7);
    CHECK(played.knob(0) == 42164);
    CHECK(played.skyAsSet().satellites[0].radius_km == 42164);
    played.advance(1.0);
    CHECK(played.sim().tick() == 0);
    played.startSky();
    played.advance(0.1);
    REQUIRE(played.log().events.size() == 1);
    CHECK(played.log().events[0].input.start);
    CHECK(played.log().events[0].input.sky_values[0] == 42164);
    // The log's file form keeps the start and its values.
    const InputLoad back = parseInputLog(saveInputLog(played.log()));
    REQUIRE(back.log);
    CHECK(back.log->events[0].input.start);
    CHECK(back.log->events[0].input.sky_count == 1);
    CHECK(back.log->events[0].input.sky_values[0] == 42164);
    INFO(saveInputLog(played.log()));
    CHECK(saveInputLog(played.log()).find(R"({"tick":0,"start":{"values":[42164.0]}})") != std::string::npos);
}

TEST_CASE("constellation: a sky level's knobs are checked with the numbers") {
    Level level = standStill();
    level.satellites[0].radius_km = 60000;   // starts outside its knob's range
    std::vector<Problem> p = validateLevel(level);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/satellites/0/radius_km");
    INFO(p[0].message);
    CHECK(p[0].message.find("30000 to 50000") != std::string::npos);
    level = standStill();
    level.satellites[0].free_min = 5000;     // inside the Earth
    p = validateLevel(level);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/satellites/0/free_min");
    level = standStill();
    level.satellites[0].free = "none";       // nothing to set
    p = validateLevel(level);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/satellites");
    level = standStill();
    level.actions.pilot = true;              // a craft to fly as well
    p = validateLevel(level);
    REQUIRE(!p.empty());
    CHECK(p[0].pointer == "/actions/sky");
    // A hostile start in a log: too many values, or not numbers.
    CHECK_FALSE(parseInputLog(R"({"version":1,"level":"x","events":[{"tick":0,"start":{"values":[1,2,3,4,5,6,7,8,9]}}]})").log);
    CHECK_FALSE(parseInputLog(R"({"version":1,"level":"x","events":[{"tick":0,"start":{"values":["big"]}}]})").log);
    CHECK_FALSE(parseInputLog(R"({"version":1,"level":"x","events":[{"tick":0,"start":{}}]})").log);
}

namespace {

Level coverChina() {
    const auto bytes = readFile(test::dataDir() + "/levels/4-2.json");
    REQUIRE(bytes);
    LevelLoad load = parseLevel(*bytes);
    REQUIRE(load.level);
    return *load.level;
}

} // namespace

TEST_CASE("constellation: Cover China (4-2): the day the panel works out is the day flown, and each satellite to spare is a star") {
    const Level level = coverChina();
    struct Case {
        std::vector<double> knobs;
        int least;      // the fewest any town sees through the day
        int stars;      // 0: not won
    };
    const Case cases[] = {
        {{-135, -45, 45, 135, -90, 30, 150}, 1, 0},   // as the level starts: spread round the world
        {{80, 100, 120, 140, -90, 30, 150}, 4, 1},    // the GEO satellites over Asia: four, a win
        {{80, 100, 120, 140, 60, 60, 60}, 5, 2},      // one IGSO always up as well: one to spare
        {{80, 100, 120, 140, 95, 95, 95}, 6, 3},      // their figure eight over 95 E: two to spare
    };
    for (const Case& c : cases) {
        INFO("IGSO nodes " << c.knobs[4] << ", GEO " << c.knobs[0] << "..." << c.knobs[3]);
        const InputLog log = skyStartLog(c.knobs);
        Flight f(level, &log);
        f.runTicks(1000000);
        // What the panel shows before the start, from the same sky: the day ahead.
        const LeastInView ahead = leastInView(Constellation(f.sim().level()), level.goals.list[0].minutes * 60, f.sim().tickRealSeconds());
        CHECK(ahead.count == c.least);
        if (c.stars > 0) CHECK(f.sim().fewestInView() == ahead.count);
        else CHECK(f.sim().fewestInView() >= ahead.count);   // a lost flight ends at its first gap
        CHECK(f.sim().outcome() == (c.stars > 0 ? Outcome::Won : Outcome::Lost));
        CHECK(f.sim().stars() == c.stars);
    }
    // An in_view star that asks no more than the goal is flagged: every win earns it.
    Level free = level;
    free.stars[0].value = 4;
    bool warned = false;
    for (const Problem& p : levelWarnings(free)) warned = warned || p.code == "star_in_view_free";
    CHECK(warned);
    // And one that asks for more satellites than the level has is refused.
    free.stars[0].value = 8;
    const std::vector<Problem> p = validateLevel(free);
    REQUIRE(p.size() == 1);
    CHECK(p[0].pointer == "/stars/0/value");
}
