// The simulation core's test scenes (issue 9): each a level file in tests/scenes/, flown
// through the real sim (real Box2D, the real force model), checked against what physics says.
// Scene 1 (the Moon's period, read from starpath-cli's trace) is tests/cli/moon_period.py.
#include "engine/core/file_io.h"
#include "game/sim/ground.h"
#include "game/sim/level_io.h"
#include "game/sim/forces.h"
#include "game/sim/sim.h"
#include "tests/sim/scene_fixture.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace sp;

namespace {
using test::scene;
} // namespace

TEST_CASE("scene 2: a probe 100 km above the moving Moon stays bound for 10 laps at Kepler's period") {
    const Level l = scene("lunar-orbit");
    Sim sim(l);
    const Attractor& moon = l.attractors[1];
    const double r = moon.radius_km + 100;
    const double kepler = 2 * kPi * std::sqrt(r * r * r / moon.mu_km3_s2);   // ~7,070 s
    // Count laps by the angle swept about the Moon, wherever the Moon has moved.
    auto angle = [&] {
        const Vec2 d = sim.shipPosKm() - sim.attractorPosKm(1);
        return std::atan2(d.y, d.x);
    };
    double swept = 0, last = angle(), lowest = 1e9, highest = 0;
    while (swept < 10 * 2 * kPi && !sim.over() && sim.elapsedRealSeconds() < 12 * kepler) {
        sim.step({});
        const double a = angle();
        swept += std::remainder(a - last, 2 * kPi);
        last = a;
        const orbit::Elements el = sim.elements(1);
        REQUIRE(el.bound);
        const double alt = length(sim.shipPosKm() - sim.attractorPosKm(1)) - moon.radius_km;
        lowest = std::min(lowest, alt);
        highest = std::max(highest, alt);
    }
    REQUIRE_FALSE(sim.over());
    REQUIRE(swept >= 10 * 2 * kPi);
    const double period = sim.elapsedRealSeconds() / (swept / (2 * kPi));
    INFO("period " << period << " s, Kepler " << kepler << " s; altitude " << lowest << " to " << highest << " km");
    CHECK(period == Approx(kepler).epsilon(0.005));
    CHECK(lowest > 80);
    CHECK(highest < 120);
}

TEST_CASE("scene 5: a capsule entering at 7.8 km/s is slowed below 300 m/s before 10 km, and without air it is not") {
    const Level withAir = scene("reentry");
    Level noAir = withAir;
    noAir.attractors[0].air_density_kg_m3 = 0;
    for (const Level* l : std::initializer_list<const Level*>{&withAir, &noAir}) {
        Sim sim(*l);
        double speedAt10km = -1, peakG = 0, peakModelG = 0, peakHeat = 0;
        while (!sim.over() && speedAt10km < 0) {
            sim.step({});
            peakG = std::max(peakG, sim.shipGLoad());
            peakModelG = std::max(peakModelG, sim.shipForces().gLoad());
            peakHeat = std::max(peakHeat, sim.shipHeatingKwM2());
            if (sim.altitudeKm() < 10) speedAt10km = sim.speedKms() * 1000;
        }
        INFO((l == &withAir ? "with air" : "no air") << ": " << speedAt10km << " m/s at 10 km, peak " << peakG << " g (model "
                                                      << peakModelG << " g), peak heating " << peakHeat << " kW/m2, after "
                                                      << sim.elapsedRealSeconds() << " s");
        REQUIRE(speedAt10km > 0);
        if (l == &withAir) {
            CHECK(speedAt10km < 300);
            CHECK(peakG > 2);    // a real shallow entry peaks at a few g
            CHECK(peakG < 15);
            // The g-load felt (from the change of velocity) is the drag the model applied.
            CHECK(peakG == Approx(peakModelG).epsilon(0.02));
            // Sutton-Graves at a 1 m nose: hundreds of kW/m^2, as orbital entries see.
            CHECK(peakHeat > 100);
            CHECK(peakHeat < 5000);
        } else {
            CHECK(speedAt10km > 7000);
            CHECK(peakG < 0.01);   // free fall: only the float rounding of the measurement
            CHECK(peakHeat == 0);
        }
    }
}

TEST_CASE("scene 6: a geostationary satellite stays over its ground site within 0.1 degrees for 24 hours") {
    const Level l = scene("geostationary");
    Sim sim(l);
    double worst = 0;
    const double day = 24 * 3600;
    while (sim.elapsedRealSeconds() < day && !sim.over()) {
        sim.step({});
        const Vec2 ship = sim.shipPosKm(), site = sim.stationPosKm(0);
        const double off = std::fabs(std::remainder(std::atan2(ship.y, ship.x) - std::atan2(site.y, site.x), 2 * kPi));
        worst = std::max(worst, radToDeg(off));
    }
    REQUIRE_FALSE(sim.over());
    INFO("largest drift from the site: " << worst << " deg");
    CHECK(worst < 0.1);
    // The site really turned with the Earth: a full turn in a sidereal day.
    CHECK(sim.elapsedRealSeconds() >= day);
    CHECK(sim.stationSees(0));
}

TEST_CASE("scene 3: a chaser 50 km behind and 20 km below its target catches up unpowered at Kepler's rate") {
    const Level l = scene("catch-up");
    Sim sim(l);
    REQUIRE(sim.craftCount() == 2);
    const double mu = l.attractors[0].mu_km3_s2;
    const double rt = length(sim.craftPosKm(1)), rc = length(sim.craftPosKm(0));
    const double kepler = std::sqrt(mu / (rc * rc * rc)) - std::sqrt(mu / (rt * rt * rt));   // rad/s, lower is faster
    auto phase = [&] {   // how far the target is ahead, radians
        const Vec2 t = sim.craftPosKm(1), c = sim.craftPosKm(0);
        return std::remainder(std::atan2(t.y, t.x) - std::atan2(c.y, c.x), 2 * kPi);
    };
    const double start = phase();
    CHECK(start * rt == Approx(50).epsilon(0.01));   // 50 km ahead along the orbit
    const double lap = 2 * kPi * std::sqrt(rt * rt * rt / mu);
    while (sim.elapsedRealSeconds() < 3 * lap && !sim.over()) sim.step({});
    REQUIRE_FALSE(sim.over());
    const double rate = (start - phase()) / sim.elapsedRealSeconds();
    INFO("closing " << rate * rt * 3600 << " km/h along the orbit; Kepler says " << kepler * rt * 3600 << " km/h");
    CHECK(rate == Approx(kepler).epsilon(0.01));
    CHECK(sim.craftAlive(1));
    CHECK(sim.craftContacts().empty());
}

namespace {
struct Drop {
    Touchdown touch;
    Outcome outcome = Outcome::Flying;
    OutcomeReport report;
    bool landed = false;
    double restingG = 0, fallingG = 1;
    double heightAtStartM = 0;
};
// Lets the scene's lander fall and reports its first touch of the ground.
Drop drop(const Level& l) {
    Sim sim(l);
    Drop d;
    d.heightAtStartM = sim.altitudeKm() * 1000;
    sim.step({});
    d.fallingG = sim.shipGLoad();
    while (!sim.touchdown() && !sim.over() && sim.elapsedRealSeconds() < 60) sim.step({});
    REQUIRE(sim.touchdown());
    d.touch = *sim.touchdown();
    for (int i = 0; i < 300 && !sim.over(); ++i) sim.step({});   // 5 s: the touchdown's jolt has left the g-load average
    d.outcome = sim.outcome();
    d.report = sim.report();
    d.landed = sim.landed();
    if (!sim.over()) d.restingG = sim.shipGLoad();
    return d;
}
} // namespace

TEST_CASE("scene 4: a lander dropped from 4 m in lunar gravity touches down at 3.6 m/s, and the touchdown says so") {
    const Level l = scene("lunar-landing");
    const double expected = std::sqrt(2 * 1.62 * 4.0);   // 3.6 m/s
    const Drop d = drop(l);
    INFO("touched at " << d.touch.verticalMs << " m/s down, " << d.touch.horizontalMs << " m/s sideways, " << d.touch.tiltDeg << " deg");
    CHECK(d.heightAtStartM == Approx(4.0).epsilon(1e-6));
    CHECK(d.touch.verticalMs == Approx(expected).epsilon(0.01));
    CHECK(d.touch.horizontalMs < 0.01);
    CHECK(d.touch.tiltDeg < 0.01);
    CHECK(d.touch.pointKm.y == Approx(0).margin(0.0001));
    CHECK(d.touch.safe);
    // Within the legs' 4 m/s: a landing, which is the scene's goal.
    CHECK(d.outcome == Outcome::Won);
    CHECK(d.fallingG < 1e-3);   // free fall feels like nothing
}

TEST_CASE("a touchdown past a landing leg's limit ends the flight naming that limit and by how much") {
    Level l = scene("lunar-landing");
    SECTION("too fast") {
        l.ship.touchdown_max_vertical_m_s = 3.0;
        const Drop d = drop(l);
        CHECK(d.outcome == Outcome::Lost);
        CHECK(d.report.code == OutcomeCode::TouchdownTooFast);
        CHECK(*d.report.number("vertical_m_s") == Approx(3.6).epsilon(0.01));
        CHECK(*d.report.number("vertical_limit_m_s") == 3.0);
        CHECK_FALSE(d.touch.safe);
    }
    SECTION("sliding sideways") {
        l.ship.vx_km_s = 0.002;   // 2 m/s across the ground; the legs take 1
        const Drop d = drop(l);
        CHECK(d.report.code == OutcomeCode::TouchdownSideways);
        CHECK(*d.report.number("horizontal_m_s") == Approx(2.0).epsilon(0.01));
        CHECK(*d.report.number("horizontal_limit_m_s") == 1.0);
        CHECK(*d.report.number("vertical_m_s") == Approx(3.6).epsilon(0.01));   // kept, and said to be within its limit
    }
    SECTION("leaning") {
        l.ship.angle_deg = 75;   // 15 degrees from upright; the legs take 10
        const Drop d = drop(l);
        CHECK(d.report.code == OutcomeCode::TouchdownTilted);
        CHECK(*d.report.number("tilt_deg") == Approx(15).epsilon(1e-6));
        CHECK(*d.report.number("tilt_limit_deg") == 10.0);
    }
    SECTION("no legs at all") {
        l.ship.touchdown_max_vertical_m_s = 0;
        l.goals.list[0].type = GoalType::Survive;
        const Drop d = drop(l);
        CHECK(d.report.code == OutcomeCode::HitTerrain);
        CHECK(*d.report.number("speed_m_s") == Approx(3.6).epsilon(0.01));
    }
}

TEST_CASE("a lander that stands on the ground feels the Moon's 0.17 g, and has landed") {
    Level l = scene("lunar-landing");
    l.goals.list[0].type = GoalType::Survive;   // keep flying after the touchdown
    l.goals.list[0].minutes = 5;
    const Drop d = drop(l);
    CHECK(d.outcome == Outcome::Flying);
    CHECK(d.landed);
    CHECK(d.restingG == Approx(1.62 / kStandardGravity).epsilon(0.02));
}

TEST_CASE("a ground line with craters and boulders: the lander comes to rest on a slope and the prediction stops at the ground") {
    Level l = scene("lunar-landing");
    l.ground = {{-0.2, 0.01}, {-0.01, 0.0}, {0.0, -0.001}, {0.01, 0.0}, {0.2, 0.0}};   // a 1 m deep crater
    l.ship.x_km = 0.05;
    l.ship.y_km = 0.02;
    Sim sim(l);
    CHECK(sim.groundYKm(-0.1).value() == Approx(0.01 * 0.09 / 0.19));
    CHECK(sim.groundYKm(0.005).value() == Approx(-0.0005));
    CHECK_FALSE(sim.groundYKm(0.3));
    CHECK(sim.altitudeKm() * 1000 == Approx(20 - 1.8).epsilon(1e-6));
    const Prediction p = sim.predict(sim.shipCoast(), 60 * 60, 1);
    REQUIRE(p.hitsSurface);
    CHECK(p.points.back().y - l.ship.radius_km <= 1e-5);
    // The drawn fall ends within a tick's travel of where the flown one touches.
    while (!sim.touchdown() && sim.elapsedRealSeconds() < 60) sim.step({});
    REQUIRE(sim.touchdown());
    CHECK(std::fabs(sim.touchdown()->verticalMs - std::sqrt(2 * 1.62 * (20 - 1.8 - 0.0))) < 0.2);
}

TEST_CASE("the ground's lean under a lander's legs: level ground, a slope, a crater bridged, a rock under the middle") {
    const double half = 0.002;   // legs 4 m apart
    const std::vector<GroundPoint> flat = {{-0.1, 0}, {0.1, 0}};
    CHECK(groundLeanDeg(flat, 0.0, half) == Approx(0).margin(1e-9));
    // A 10 degree slope rising to the right: the lander leans by the slope, up to the right.
    const double rise = std::tan(10 * kPi / 180);
    const std::vector<GroundPoint> slope = {{-0.1, -0.1 * rise}, {0.1, 0.1 * rise}};
    CHECK(groundLeanDeg(slope, 0.0, half) == Approx(-10).epsilon(1e-9));
    // A crater 3 m wide and 1 m deep between the legs is bridged: the feet stand on its rims.
    const std::vector<GroundPoint> crater = {{-0.1, 0}, {-0.0015, 0}, {0, -0.001}, {0.0015, 0}, {0.1, 0}};
    CHECK(groundLeanDeg(crater, 0.0, half) == Approx(0).margin(1e-9));
    // A rock 0.5 m high and 1 m across just right of the middle: the lander rocks onto it and
    // the left feet, atan(0.5 / 2.25) = 12.5 degrees down to the left (negative).
    const std::vector<GroundPoint> rock = {{-0.1, 0}, {-0.0002, 0}, {0.00025, 0.0005}, {0.0007, 0}, {0.1, 0}};
    CHECK(groundLeanDeg(rock, 0.0, half) == Approx(-std::atan(0.5 / 2.25) * 180 / kPi).epsilon(1e-9));
    // Off the end of the line: nothing to stand on, no lean.
    CHECK(groundLeanDeg(flat, 0.0995, half) == 0);
}

TEST_CASE("a lander that comes down on a rock or a crater's wall tips over, and the report says how far the ground leaned") {
    Level l = scene("lunar-landing");
    l.ship.touchdown_max_slope_deg = 12;
    SECTION("on a rock under its middle: lost, naming the lean and the limit") {
        l.ground = {{-0.2, 0}, {-0.0002, 0}, {0.00025, 0.0005}, {0.0007, 0}, {0.2, 0}};
        const Drop d = drop(l);
        CHECK(d.outcome == Outcome::Lost);
        CHECK(d.report.code == OutcomeCode::TouchdownSlope);
        CHECK(*d.report.number("slope_deg") == Approx(std::atan(0.5 / 2.05) * 180 / kPi).epsilon(1e-6));
        CHECK(*d.report.number("slope_limit_deg") == 12.0);
        CHECK_FALSE(d.touch.safe);
    }
    SECTION("on an 8 degree slope, within the 12 it stands on: a landing") {
        const double rise = std::tan(8 * kPi / 180);
        l.ground = {{-0.2, -0.2 * rise}, {0.2, 0.2 * rise}};
        const Drop d = drop(l);
        CHECK(d.touch.slopeDeg == Approx(8).epsilon(1e-6));
        CHECK(d.touch.safe);
        CHECK(d.outcome == Outcome::Won);
    }
}

TEST_CASE("two craft that touch report their closing speed, how well they lined up and how far off the axis") {
    // A free local frame (no gravity): a chaser 10 m behind a target, nose to nose, 12 cm to
    // the side and turned 1.1 degrees, closing at 0.2 m/s.
    Level l = scene("lunar-landing");
    l.frame.gravity_y_m_s2 = 0;
    l.ground.clear();
    l.goals.list[0].type = GoalType::Survive;
    l.ship.touchdown_max_vertical_m_s = 0;
    l.ship.x_km = -0.010;
    l.ship.y_km = 0.00012;
    l.ship.vx_km_s = 0.0002;
    l.ship.vy_km_s = 0;
    l.ship.angle_deg = 1.1;
    l.ship.radius_km = 0.001;
    Ship target = l.ship;
    target.x_km = 0;
    target.y_km = 0;
    target.vx_km_s = 0;
    target.angle_deg = 180;
    l.craft.push_back(target);
    Sim sim(l);
    std::optional<CraftContact> contact;
    while (!contact && sim.elapsedRealSeconds() < 120) {
        sim.step({});
        if (!sim.craftContacts().empty()) contact = sim.craftContacts().front();
    }
    REQUIRE(contact);
    CHECK(contact->a == 0);
    CHECK(contact->b == 1);
    CHECK(contact->closingKms * 1000 == Approx(0.2).epsilon(0.02));
    CHECK(contact->relVelKms.x * 1000 == Approx(0.2).epsilon(0.02));
    CHECK(contact->alignDeg == Approx(1.1).epsilon(1e-6));
    CHECK(contact->offsetKm * 1000 == Approx(0.12).epsilon(0.01));
}

TEST_CASE("Sutton-Graves heating: 1 km/s through sea-level air at a 1 m nose is 193 kW/m^2") {
    Level l = scene("reentry");
    l.attractors[0].rotation_period_min = 0;   // still air
    const Bodies bodies(l.attractors);
    const ForceModel forces(l, bodies);
    Ship capsule = l.ship;
    capsule.nose_radius_m = 1;
    const Vec2 ground{0, l.attractors[0].radius_km};
    // 1.7415e-4 * sqrt(1.225 / 1) * 1000^3 W/m^2
    CHECK(forces.heatingKwM2(capsule, ground, {1, 0}, 0) == Approx(192.75).epsilon(1e-3));
    capsule.nose_radius_m = 4;   // a blunter shield heats half as much
    CHECK(forces.heatingKwM2(capsule, ground, {1, 0}, 0) == Approx(192.75 / 2).epsilon(1e-3));
    CHECK(forces.heatingKwM2(capsule, ground + Vec2{0, 200}, {1, 0}, 0) == 0);   // above the air
}

TEST_CASE("longitudes: a geostationary satellite keeps the longitude of its ground site as the Earth turns") {
    Level l = scene("geostationary");
    l.attractors[0].prime_meridian_deg = -20;   // longitude 0 drawn 20 degrees clockwise of +x
    l.stations[0].longitude_deg += 20;          // so the site stays under the satellite
    Sim sim(l);
    const double site = sim.stationLongitudeDeg(0);
    // The site stands at its own longitude, east of the turned longitude 0.
    CHECK(site == Approx(std::remainder(l.stations[0].longitude_deg, 360.0)).margin(1e-9));
    const Vec2 at = sim.stationPosKm(0);
    CHECK(radToDeg(std::atan2(at.y, at.x)) == Approx(std::remainder(l.stations[0].longitude_deg - 20, 360.0)).margin(1e-9));
    CHECK(radToDeg(std::atan2(at.y, at.x)) == Approx(90).margin(1e-9));   // straight under the satellite
    double worst = 0;
    while (sim.elapsedRealSeconds() < 12 * 3600) {
        sim.step({});
        worst = std::max(worst, std::fabs(std::remainder(sim.longitudeDeg(0, sim.shipPosKm()) - site, 360.0)));
        CHECK(sim.stationLongitudeDeg(0) == Approx(site).margin(1e-6));
    }
    CHECK(worst < 0.1);
}

TEST_CASE("a local frame riding an orbit: a craft 100 m below the centre drifts ahead at Hill's rate, 3/2 n per metre") {
    // A station's neighbourhood (Hill's, or Clohessy-Wiltshire, equations): +x along the orbit,
    // +y away from the planet, 1 m a physics unit, real time, riding a 92.4 min orbit.
    Level l = scene("lunar-landing");
    l.frame.gravity_y_m_s2 = 0;
    l.frame.orbit_period_min = 92.4;
    l.ground.clear();
    l.zones.clear();
    l.goals.list[0].type = GoalType::Survive;
    l.goals.list[0].minutes = 1000;
    l.time_limit_min = 1000;
    l.world_radius_km = 10;
    l.frame.time_scale = 20;   // a lap in under 5 minutes of play
    l.ship.touchdown_max_vertical_m_s = 0;
    const double n = 2 * kPi / (92.4 * 60), y0 = -0.1;   // km
    l.ship.x_km = 0;
    l.ship.y_km = y0;
    l.ship.vx_km_s = -1.5 * n * y0;   // the drift that keeps a craft at its height
    l.ship.vy_km_s = 0;
    Sim sim(l);
    double lowest = 0, highest = -1;
    while (sim.elapsedRealSeconds() < 92.4 * 60) {
        sim.step({});
        lowest = std::min(lowest, sim.shipPosKm().y);
        highest = std::max(highest, sim.shipPosKm().y);
    }
    REQUIRE_FALSE(sim.over());
    const double expected = -1.5 * n * y0 * sim.elapsedRealSeconds();   // 3 pi * 100 m a lap
    INFO("drifted " << sim.shipPosKm().x * 1000 << " m (Hill: " << expected * 1000 << " m), height " << lowest * 1000 << " to "
                    << highest * 1000 << " m");
    CHECK(sim.shipPosKm().x == Approx(expected).epsilon(0.01));
    CHECK(lowest == Approx(y0).epsilon(0.01));
    CHECK(highest == Approx(y0).epsilon(0.01));
    // Released at rest instead, it is too slow for its height: it sinks, and lower is faster,
    // so it draws ahead. Hill's solution: y = 4 y0 - 3 y0 cos nt, x = -6 y0 (nt - sin nt).
    l.ship.vx_km_s = 0;
    Sim still(l);
    while (still.elapsedRealSeconds() < 92.4 * 60 / 2) still.step({});
    const double nt = n * still.elapsedRealSeconds();
    CHECK(still.shipPosKm().x == Approx(-6 * y0 * (nt - std::sin(nt))).epsilon(0.01));   // 1.88 km ahead
    CHECK(still.shipPosKm().y == Approx(4 * y0 - 3 * y0 * std::cos(nt)).epsilon(0.01));   // 700 m below
}
