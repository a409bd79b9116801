// The core of Chapter 2 (issue 10), through the real sim: docking ports and their limits, hold
// points and rendezvous, translation thrusters, and coming home through the air: the entry
// corridor a prediction draws before the burn against the flight then flown, the parachute and
// its limits, and the Hohmann transfer a star measures against.
#include "engine/core/file_io.h"
#include "game/sim/level_io.h"
#include "game/sim/rules/stars.h"
#include "game/sim/sim.h"
#include "tests/sim/scene_fixture.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

using namespace sp;

namespace {
using test::scene;

std::unique_ptr<Sim> flown(const Level& l, const TickInput& first = {}) {
    auto sim = std::make_unique<Sim>(l);
    sim->step(first);
    while (!sim->over()) sim->step({});
    return sim;
}

// The docking scene (a port that takes 0.2 m/s, 0.3 m/s hard, 30 cm and 5 degrees) with the
// ship drifting in at `closing` m/s, `offset` m off the port's axis, its nose `angle` degrees off.
std::unique_ptr<Sim> docked(double closing, double offset = 0, double angle = 0) {
    Level l = scene("docking");
    l.ship.vx_km_s = closing / 1000;
    l.ship.y_km = offset / 1000;
    l.ship.angle_deg = angle;
    return flown(l);
}

// A land goal whose zone is the whole Earth: a safe touchdown anywhere wins.
void landAnywhere(Level& l) {
    Zone z;
    z.radius_km = 7000;
    l.zones = {z};
    l.goals.list = {Goal{}};
    l.goals.list[0].type = GoalType::Land;
    l.goals.list[0].index = 0;
}

// A capsule on a circular orbit 200 km up, in air whose top is at 130 km (the re-entry scene's
// Earth), lifting a little (L/D 0.3) and with a parachute that opens by itself below 10 km.
Level capsuleInOrbit() {
    Level l = scene("reentry");
    l.ship.y_km = 6571;
    l.ship.vx_km_s = std::sqrt(l.attractors[0].mu_km3_s2 / 6571);
    l.ship.vy_km_s = 0;
    l.ship.angle_deg = 180;   // the shield forward
    l.ship.lift_to_drag = 0.3;
    l.ship.parachute_area_m2 = 1200;
    l.ship.parachute_open_s = 60;
    l.ship.parachute_auto = true;
    l.ship.touchdown_max_vertical_m_s = 10;
    l.ship.max_g = 5;
    landAnywhere(l);
    l.time_limit_min = 300;
    return l;
}

TickInput retro(double kms) {
    TickInput in;
    in.burn = true;
    in.burn_prograde_km_s = -kms;
    return in;
}
} // namespace

TEST_CASE("docking: just inside and just outside each limit of the port, with the numbers") {
    struct Case {
        double closing, offset, angle;
        OutcomeCode code;
    };
    const Case cases[] = {
        {0.19, 0, 0, OutcomeCode::Docked},        {0.21, 0, 0, OutcomeCode::DockedHard},
        {0.29, 0, 0, OutcomeCode::DockedHard},    {0.31, 0, 0, OutcomeCode::DockTooFast},
        {0.15, 0.29, 0, OutcomeCode::Docked},     {0.15, 0.31, 0, OutcomeCode::DockOffCentre},
        {0.15, 0, 4.9, OutcomeCode::Docked},      {0.15, 0, 5.1, OutcomeCode::DockAskew},
    };
    for (const Case& c : cases) {
        INFO("closing " << c.closing << " m/s, offset " << c.offset << " m, angle " << c.angle << " deg");
        const auto sim = docked(c.closing, c.offset, c.angle);
        CHECK(sim->report().code == c.code);
        CHECK(sim->outcome() == (c.code == OutcomeCode::Docked || c.code == OutcomeCode::DockedHard ? Outcome::Won : Outcome::Lost));
        // Every report quotes all three numbers against their limits, whichever broke.
        CHECK(*sim->report().number("closing_m_s") == Approx(c.closing).margin(0.002));   // along the contact normal
        CHECK(*sim->report().number("offset_cm") == Approx(c.offset * 100).margin(1e-3));
        CHECK(*sim->report().number("angle_deg") == Approx(c.angle).margin(1e-6));
        CHECK(*sim->report().number("offset_limit_cm") == Approx(30));
        CHECK(*sim->report().number("angle_limit_deg") == Approx(5));
        // Past the hard limit, the limit quoted is the hard one: the one that was broken.
        CHECK(*sim->report().number("closing_limit_m_s") == Approx(c.code == OutcomeCode::DockTooFast ? 0.3 : 0.2));
        if (sim->outcome() == Outcome::Won) {
            REQUIRE(sim->docking());
            CHECK(sim->docking()->hard == (c.code == OutcomeCode::DockedHard));
        }
    }
}

TEST_CASE("docking: a soft star for a docking within the port's own limits, not for a hard one") {
    Level l = scene("docking");
    StarRule soft;
    soft.type = StarType::Soft;
    l.stars.push_back(soft);
    CHECK(flown(l)->stars() == 2);
    l.ship.vx_km_s = 0.00025;   // hard but held
    const auto hard = flown(l);
    CHECK(hard->outcome() == Outcome::Won);
    CHECK(hard->stars() == 1);
}

TEST_CASE("translation thrusters push along and across the nose without turning it, and spend fuel") {
    Level l = scene("docking");
    l.ship.vx_km_s = 0;
    l.ship.angle_deg = 90;   // the nose up: "left" is -x
    Sim sim(l);
    TickInput in;
    in.rcs_left = 1;
    const double heading = sim.shipHeadingRad();
    for (int i = 0; i < 60; ++i) sim.step(in);   // 2 real seconds at 0.05 m/s^2
    CHECK(sim.shipHeadingRad() == heading);
    CHECK(sim.shipVelKms().x * 1000 == Approx(-0.1).epsilon(0.02));
    CHECK(std::fabs(sim.shipVelKms().y) < 1e-9);
    CHECK(sim.spentKms() * 1000 == Approx(0.1).epsilon(0.02));
    CHECK(length(sim.rcsKms2()) * 1000 == Approx(0.05));
    in.rcs_left = 0;
    in.rcs_forward = -1;   // backwards along the nose: down
    for (int i = 0; i < 30; ++i) sim.step(in);
    CHECK(sim.shipVelKms().y * 1000 == Approx(-0.05).epsilon(0.02));
}

TEST_CASE("a hold point counts only while the craft stays inside it, slow enough, without a break") {
    Level l = scene("docking");
    l.ship.vx_km_s = 0;
    Zone z;
    z.x_km = -0.02, z.radius_km = 0.003;
    l.zones.push_back(z);
    Goal hold;
    hold.type = GoalType::Hold;
    hold.index = 0, hold.minutes = 0.5, hold.speed_m_s = 0.1;
    l.goals.list.insert(l.goals.list.begin(), hold);
    Sim sim(l);
    for (int i = 0; i < 400; ++i) sim.step({});   // 400 ticks = 13.3 s held
    CHECK(sim.goals()[0].progress == Approx(13.33 / 30).epsilon(0.01));
    CHECK_FALSE(sim.goals()[0].done);
    TickInput push;
    push.rcs_forward = 1;   // now 0.15 m/s after 3 s: too fast to count, and the count starts again
    for (int i = 0; i < 90; ++i) sim.step(push);
    CHECK(sim.goals()[0].progress == 0);
}

TEST_CASE("rendezvous: the goal reads the range and relative speed to the target craft") {
    Level l = scene("catch-up");
    l.goals.list[0].type = GoalType::Rendezvous;
    l.goals.list[0].index = 0;
    l.goals.list[0].distance_km = 25;
    l.goals.list[0].speed_m_s = 40;
    Sim sim(l);
    const Approach a = sim.approach(0, 1);
    CHECK(a.rangeKm == Approx(length(Vec2{6740.815664 - 6761, -49.851638})).epsilon(1e-6));
    // The chaser circles 20 km under the target: seen from the target, it overtakes at
    // 1.5 n dr (n its turn rate), about 34 m/s: not what the two velocities differ by.
    const double n = 7.6782707 / 6761, overtake = 1.5 * n * 20.2 * 1000;
    double closest = 1e9, speedThen = 0, inertialThen = 0;
    while (!sim.over()) {
        sim.step({});
        const Approach now = sim.approach(0, 1);
        if (now.rangeKm < closest) {
            closest = now.rangeKm;
            speedThen = now.relSpeedKms * 1000;
            inertialThen = length(sim.craftVelKms(0) - sim.craftVelKms(1)) * 1000;
        }
    }
    CHECK(sim.outcome() == Outcome::Won);
    CHECK(closest <= 25);
    CHECK(speedThen == Approx(overtake).epsilon(0.05));
    CHECK(std::fabs(inertialThen - speedThen) > 10);
}

TEST_CASE("rendezvous: two craft in one circular orbit keep still relative to each other") {
    // Ten km apart on the same orbit: their velocities differ by v * 10 / r = 11 m/s in
    // direction, but neither moves as the other's crew sees it.
    Level l = scene("catch-up");
    const double r = 6761, v = 7.6782707, th = 10.0 / r;
    l.ship.x_km = r * std::cos(th), l.ship.y_km = -r * std::sin(th);
    l.ship.vx_km_s = v * std::sin(th), l.ship.vy_km_s = v * std::cos(th);
    Sim sim(l);
    for (int i = 0; i < 600; ++i) sim.step({});   // 20 minutes on
    const Approach a = sim.approach(0, 1);
    CHECK(a.rangeKm == Approx(10).epsilon(0.01));
    CHECK(a.relSpeedKms * 1000 < 0.05);
    CHECK(length(sim.craftVelKms(0) - sim.craftVelKms(1)) * 1000 == Approx(v * 1000 * th).epsilon(0.01));
}

TEST_CASE("the entry corridor drawn before the burn is the flight then flown: shallow, good and steep") {
    const Level l = capsuleInOrbit();
    struct Case {
        double retroKms;
        OutcomeCode flown;
    };
    for (const Case c : {Case{0.022, OutcomeCode::SkippedOut}, Case{0.2, OutcomeCode::Won}, Case{1.5, OutcomeCode::TooManyG}}) {
        INFO("retro burn " << c.retroKms << " km/s");
        // The prediction, from the state the burn leaves, as the planning screen draws it.
        Sim before(l);
        const Prediction p = before.predict(before.burned(before.shipCoast(), -c.retroKms, 0), 20000, 1);
        const auto sim = flown(l, retro(c.retroKms));
        CHECK(sim->report().code == c.flown);
        CHECK(p.entersAir);
        CHECK(p.skipsOut == (c.flown == OutcomeCode::SkippedOut));
        CHECK((p.peakG > l.ship.max_g) == (c.flown == OutcomeCode::TooManyG));
        if (c.flown == OutcomeCode::Won) {
            CHECK(p.hitsSurface);
            REQUIRE(sim->touchdown());
            // The predicted path ends where the capsule came down.
            CHECK(length(p.points.back() - sim->touchdown()->pointKm) < 20);
            CHECK(p.peakG > 1.5);
            CHECK(p.peakHeatingKwM2 > 50);
        }
        if (c.flown == OutcomeCode::TooManyG) CHECK(*sim->report().number("load_g") > 5);
    }
}

TEST_CASE("the parachute opens only low and slow enough, says why not, and brings the capsule down gently") {
    Level l = capsuleInOrbit();
    l.ship.parachute_auto = false;
    Sim sim(l);
    sim.step(retro(0.2));
    TickInput chute;
    chute.parachute = true;
    sim.step(chute);
    CHECK_FALSE(sim.parachuteOpen());
    CHECK(std::string(sim.parachuteRefusal().code) == "parachute_no_air");   // 200 km up: no air
    // Down to 30 km: too high. Then below 10 km, in the thick air, slow enough.
    while (!sim.over() && sim.altitudeKm() > 30) sim.step({});
    sim.step(chute);
    CHECK_FALSE(sim.parachuteOpen());
    CHECK(std::string(sim.parachuteRefusal().code) == "parachute_too_high");
    CHECK(*sim.parachuteRefusal().number("limit_km") == 10);
    while (!sim.over() && sim.altitudeKm() > 8) sim.step({});
    REQUIRE(sim.parachuteProblem().empty());
    sim.step(chute);
    CHECK(sim.parachuteOpen());
    while (!sim.over()) sim.step({});
    REQUIRE(sim.touchdown());
    // Under 1,200 m^2 of canopy: about sqrt(2 m g / (rho Cd A)), a few m/s at the ground.
    CHECK(sim.touchdown()->verticalMs < 10);
    CHECK(sim.touchdown()->verticalMs > 3);
    CHECK(sim.outcome() == Outcome::Won);
}

TEST_CASE("drag integrated over a step falls at the terminal speed whatever the step") {
    // A capsule under its full canopy near the ground: sqrt(2 m g / (rho Cd A)) (no lift).
    for (int substeps : {1, 16}) {
        Level l = scene("reentry");
        l.frame.substeps = substeps;
        l.ship.y_km = 6371 + 2;
        l.ship.vx_km_s = 0, l.ship.vy_km_s = 0;
        l.ship.drag_area_m2 = 1200;
        l.ship.radius_km = 0.01;
        Sim sim(l);
        while (!sim.over() && sim.altitudeKm() > 0.2) sim.step({});
        const double rho = 1.225 * std::exp(-sim.altitudeKm() / 8.5);
        const double g = l.attractors[0].mu_km3_s2 / std::pow(length(sim.shipPosKm()), 2) * 1000;
        const double terminal = std::sqrt(2 * l.ship.mass_kg * g / (rho * l.ship.drag_cd * 1200));
        INFO(substeps << " substeps: " << length(sim.shipVelKms()) * 1000 << " m/s, terminal " << terminal);
        CHECK(length(sim.shipVelKms()) * 1000 == Approx(terminal).epsilon(0.01));
    }
}

TEST_CASE("a Hohmann transfer from 300 km to 400 km takes 57.3 m/s, as the star measures") {
    Level l;
    l.attractors.push_back(Attractor{});
    l.ship.y_km = 6671;
    l.ship.vx_km_s = -std::sqrt(398600.4418 / 6671);
    Ship station;
    station.y_km = 6771;
    station.vx_km_s = -std::sqrt(398600.4418 / 6771);
    l.craft.push_back(station);
    CHECK(hohmannKms(l) * 1000 == Approx(57.29).margin(0.01));
    CHECK(orbit::hohmannDeltaV(398600.4418, 6771, 6671) == Approx(orbit::hohmannDeltaV(398600.4418, 6671, 6771)));
}
