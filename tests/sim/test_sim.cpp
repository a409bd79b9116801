// The simulation's rules through real Box2D: launching, falling, escaping, gates, debris,
// stations, fuel, burns and determinism.
#include "game/sim/replay.h"
#include "game/sim/sim.h"
#include "game/sim/units.h"
#include "sim_fixtures.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace sp;

static TickInput launchAt(double kms) {
    TickInput in;
    in.launch = true;
    in.launch_km_s = kms;
    return in;
}

static std::unique_ptr<Sim> flyUntilOver(const Level& level, TickInput first) {
    auto sim = std::make_unique<Sim>(level);
    sim->step(first);
    while (!sim->over()) sim->step({});
    return sim;
}

TEST_CASE("Newton's cannon: too slow falls back, with a report that names the speed needed") {
    auto simPtr = flyUntilOver(test::cannonLevel(), launchAt(6.0));
    Sim& sim = *simPtr;
    CHECK(sim.outcome() == Outcome::Lost);
    CHECK(sim.report().code == OutcomeCode::FellBack);
    CHECK(sim.report().number("need_km_s").value_or(0) == Approx(7.73).epsilon(0.002));   // sqrt(mu / 6671 km)
    CHECK(sim.report().number("launched_km_s").value_or(0) == Approx(6.0));
    CHECK(sim.report().number("altitude_km").value_or(0) == Approx(300));
    CHECK(sim.stars() == 0);
}

TEST_CASE("Newton's cannon: circular speed goes all the way around") {
    auto simPtr = flyUntilOver(test::cannonLevel(), launchAt(7.73));
    Sim& sim = *simPtr;
    CHECK(sim.outcome() == Outcome::Won);
    CHECK(sim.stars() == 2);   // round enough for the accuracy star
    // One revolution of a 300 km orbit takes about 90.5 minutes.
    CHECK(sim.elapsedRealSeconds() / 60 == Approx(90.5).epsilon(0.02));
}

TEST_CASE("Newton's cannon: faster than escape speed leaves for good") {
    auto simPtr = flyUntilOver(test::cannonLevel(), launchAt(11.5));
    Sim& sim = *simPtr;
    CHECK(sim.outcome() == Outcome::Lost);
    CHECK(sim.report().code == OutcomeCode::Escaped);
    CHECK(sim.report().number("escape_km_s").value_or(0) == Approx(10.93).epsilon(0.002));   // sqrt(2 mu / 6671 km)
    CHECK(sim.report().number("launched_km_s").value_or(0) == Approx(11.5));
}

TEST_CASE("launch speeds are held to the level's range") {
    Level l = test::cannonLevel();
    l.actions.launch_max_km_s = 7.0;
    auto simPtr = flyUntilOver(l, launchAt(9.0));
    Sim& sim = *simPtr;
    CHECK(sim.report().code == OutcomeCode::FellBack);
    CHECK(sim.report().number("launched_km_s").value_or(0) == Approx(7.0));
}

TEST_CASE("no input never wins: the clock runs out") {
    Sim sim(test::cannonLevel());
    while (!sim.over()) sim.step({});
    CHECK(sim.outcome() == Outcome::Timeout);
    CHECK(sim.elapsedRealSeconds() / 60 == Approx(300).margin(0.1));
    CHECK(sim.report().code == OutcomeCode::Timeout);
    CHECK(sim.report().number("limit_min").value_or(0) == Approx(300));
    REQUIRE(sim.report().goals.size() == 1);
    CHECK(std::string(sim.report().goals[0].code) == "not_launched");
}

TEST_CASE("a prograde burn raises the opposite side of the orbit") {
    Level l = test::orbitLevel();
    Sim sim(l);
    sim.step({});
    const double before = sim.elements(0).apoapsis;
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = 0.5;
    sim.step(burn);
    orbit::Elements el = sim.elements(0);
    CHECK(el.apoapsis - before > 1500);                      // far side went up by ~2000 km
    CHECK(el.periapsis == Approx(6371 + 400).epsilon(0.01));   // this side stays
    CHECK(sim.fuelKms() == Approx(1.5).epsilon(1e-9));
}

TEST_CASE("burns cannot spend more fuel than there is") {
    Sim sim(test::orbitLevel());
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = 5;
    sim.step(burn);
    CHECK(sim.fuelKms() == 0);
    CHECK(sim.speedKms() == Approx(7.6686 + 2).epsilon(0.01));
}

TEST_CASE("pilot thrust spends fuel at the engine's rate and pushes along the nose") {
    Level l = test::orbitLevel();
    Sim sim(l);
    TickInput thrust;
    thrust.thrust = true;
    const double v0 = 7.6686;
    for (int i = 0; i < 10; ++i) sim.step(thrust);
    // 10 m/s^2 for 10 ticks of 2 real seconds = 0.2 km/s.
    CHECK(sim.fuelKms() == Approx(2 - 0.2).epsilon(1e-9));
    CHECK(sim.speedKms() == Approx(v0 + 0.2).epsilon(0.01));
    CHECK(sim.thrusting());
}

TEST_CASE("turning changes the heading at the ship's turn rate") {
    Level l = test::orbitLevel();
    l.ship.turn_deg_s = 60;
    Sim sim(l);
    TickInput left;
    left.turn = 1;
    for (int i = 0; i < units::kTicksPerSecond; ++i) sim.step(left);
    CHECK(radToDeg(sim.shipHeadingRad()) == Approx(90 + l.ship.turn_deg_s).margin(1e-6));
}

TEST_CASE("flying through a gate sensor is noticed, and a gate goal wins") {
    Level l = test::orbitLevel();
    Gate gate;   // across the orbit a quarter turn ahead (counter-clockwise: at the top)
    gate.x1_km = 0;
    gate.y1_km = 6371 + 200;
    gate.x2_km = 0;
    gate.y2_km = 6371 + 600;
    l.gates.push_back(gate);
    l.goals.list[0].type = GoalType::Gate;
    l.goals.list[0].index = 0;
    Sim sim(l);
    while (!sim.over()) sim.step({});
    CHECK(sim.outcome() == Outcome::Won);
    CHECK(sim.gatePassed(0));
    // A quarter of a 92.6 minute orbit.
    CHECK(sim.elapsedRealSeconds() / 60 == Approx(92.6 / 4).epsilon(0.03));
}

TEST_CASE("debris in the way ends the flight through a Box2D contact") {
    Level l = test::orbitLevel();
    Debris d;   // parked on the orbit ahead, going the other way
    d.x_km = 0;
    d.y_km = 6371 + 400;
    d.vx_km_s = 7.6686;
    d.radius_km = 50;
    l.debris.push_back(d);
    Sim sim(l);
    while (!sim.over()) sim.step({});
    CHECK(sim.outcome() == Outcome::Lost);
    CHECK(sim.report().code == OutcomeCode::HitDebris);
    // Head-on in the same orbit: they close at about twice the orbital speed.
    CHECK(sim.report().number("impact_km_s").value_or(0) == Approx(2 * 7.67).epsilon(0.05));
    CHECK(sim.elapsedRealSeconds() / 60 < 20);
}

TEST_CASE("a ground station hears the ship only above its horizon") {
    Level l = test::orbitLevel();
    Station st;
    st.longitude_deg = 0;   // right under the ship's starting point
    l.stations.push_back(st);
    l.goals.list[0].type = GoalType::Contact;
    l.goals.list[0].index = 0;
    l.goals.list[0].minutes = 5;
    Sim sim(l);
    sim.step({});
    CHECK(sim.stationSees(0));
    // Half an orbit later the ship is on the far side of the Earth.
    Level far = test::orbitLevel();
    far.stations.push_back(st);
    far.stations[0].longitude_deg = 180;
    Sim hidden(far);
    hidden.step({});
    CHECK_FALSE(hidden.stationSees(0));
    while (!sim.over()) sim.step({});
    CHECK(sim.outcome() == Outcome::Won);
    CHECK(sim.elapsedRealSeconds() / 60 == Approx(5).margin(0.1));
}

TEST_CASE("the orbit goal needs the right orbit held, clear of the atmosphere") {
    Level l = test::orbitLevel();
    Goal g;
    g.type = GoalType::Orbit;
    g.a_min_km = 6371 + 1000;
    g.a_max_km = 6371 + 1400;
    g.e_max = 0.2;
    l.goals.list = {g};
    Sim sim(l);
    for (int i = 0; i < 100; ++i) sim.step({});
    CHECK_FALSE(sim.over());   // 400 km circular is too low
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = 0.45;   // a ~ 6771 + ~1000: into the range
    sim.step(burn);
    while (!sim.over() && sim.tick() < 1000) sim.step({});
    CHECK(sim.outcome() == Outcome::Won);
}

TEST_CASE("determinism: the same inputs give the same hash, other inputs another") {
    Level l = test::orbitLevel();
    InputLog log;
    TickInput in;
    for (int64_t t = 0; t < 600; ++t) {
        in.thrust = (t / 50) % 2 == 0;
        in.turn = (t / 70) % 3 - 1;
        log.record(t, in);
    }
    ReplayResult a = runReplay(l, log, 2000);
    ReplayResult b = runReplay(l, log, 2000);
    CHECK(a.hash == b.hash);
    CHECK(a.ticks == 2000);
    InputLog other = log;
    other.events[0].input.thrust = false;   // the engine starts 50 ticks later
    ReplayResult c = runReplay(l, other, 2000);
    CHECK(c.hash != a.hash);
}

TEST_CASE("the predicted path matches the flight") {
    Level l = test::orbitLevel();
    l.ship.vy_km_s = 8.2;   // an ellipse
    Sim sim(l);
    std::vector<Vec2> path = sim.predictShip(1200, 1);
    for (int i = 0; i < 1200; ++i) sim.step({});
    Vec2 actual = sim.shipPosKm();
    CHECK(length(path.back() - actual) < 5.0);   // km, after 40 real minutes
}
