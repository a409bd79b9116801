// The simulation core: predictions that are the flight to the bit, orbit numbers that hold
// still along a free orbit, attractors that move on their orbits. Real levels, real Box2D.
#include "engine/core/file_io.h"
#include "game/sim/campaign.h"
#include "game/sim/level_io.h"
#include "game/sim/path_ahead.h"
#include "game/sim/sim.h"
#include "tests/sim/sim_fixtures.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace sp;

namespace {

const Level& campaignLevel(const std::string& id) {
    static Campaign c = loadCampaign(test::dataDir() + "/levels");
    const Level* l = c.find(id);
    REQUIRE(l);
    return *l;
}

// The Earth with the Moon on its real orbit (27.32 days), at a scale for the Moon's distance.
Level earthMoonLevel() {
    Level l;
    l.id = "test-earth-moon";
    l.frame.km_per_unit = 1000;
    l.frame.time_scale = 2880;   // a tick is 48 real seconds
    l.world_radius_km = 600000;
    l.time_limit_min = 60 * 24 * 40;
    l.attractors.push_back(test::earth());
    Attractor moon;
    moon.name = {"Moon", "月球"};
    moon.look = "moon";
    moon.radius_km = 1737.4;
    moon.mu_km3_s2 = 4902.8;
    moon.atmosphere_km = 0;
    moon.orbits = 0;
    moon.orbit_a_km = 384400;
    moon.orbit_period_min = 27.321661 * 24 * 60;
    l.attractors.push_back(moon);
    return l;
}

// Bit equality of two coasts.
bool same(const Coast& a, const Coast& b) {
    return a.tick == b.tick && a.body.x == b.body.x && a.body.y == b.body.y && a.body.vx == b.body.vx && a.body.vy == b.body.vy;
}

} // namespace

TEST_CASE("a predicted path is the flown path to the bit over a whole orbit, with the Moon moving") {
    Level l = earthMoonLevel();
    // A probe in a 100 km orbit about the Moon, which moves at ~1 km/s about the Earth.
    const double r = 1737.4 + 100, v = std::sqrt(4902.8 / r);
    l.ship.x_km = 384400 + r;
    l.ship.y_km = 0;
    l.ship.vx_km_s = 0;
    l.ship.vy_km_s = 1.0183 + v;   // the Moon's speed plus the orbit's
    l.ship.radius_km = 5;
    Sim sim(l);
    const int lap = int(2 * kPi * std::sqrt(r * r * r / 4902.8) / sim.tickRealSeconds()) + 1;
    const Prediction p = sim.predict(sim.shipCoast(), lap, 1);
    REQUIRE(int(p.states.size()) == lap + 1);
    for (int i = 1; i <= lap; ++i) {
        sim.step({});
        INFO("tick " << i);
        REQUIRE(same(sim.shipCoast(), p.states[size_t(i)]));
    }
    CHECK_FALSE(sim.over());
}

TEST_CASE("a burn previewed on the path flies the previewed path to the bit") {
    const Level& l = campaignLevel("1-3");
    Sim sim(l);
    PathAhead ahead;
    ahead.update(sim, 3000);
    const int64_t node = 700;
    const Coast after = sim.burned(*ahead.stateAt(node), 0.46, 0.0);
    const Prediction preview = sim.predict(after, 1500, 1);
    InputLog log;
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = 0.46;
    for (int64_t t = 0; t < node; ++t) sim.step({});
    sim.step(burn);
    for (int k = 2; k <= 1400 && !sim.over(); ++k) sim.step({});
    // The level is won on the way (the zone); until then the flight was on the preview.
    const size_t k = size_t(sim.tick() - node);
    REQUIRE(k < preview.states.size());
    CHECK(same(sim.shipCoast(), preview.states[k]));
}

TEST_CASE("the path ahead is extended, not predicted again, while the ship coasts") {
    const Level& l = campaignLevel("1-3");
    Sim sim(l);
    PathAhead ahead;
    CHECK(ahead.update(sim, 3000) == 3000);
    const int generation = ahead.generation();
    for (int i = 0; i < 5; ++i) sim.step({});
    CHECK(ahead.update(sim, 3000) == 5);   // only the five new ticks at the far end
    CHECK(ahead.generation() == generation);
    CHECK(ahead.startTick() == sim.tick());
    CHECK(ahead.points().front() == sim.shipPosKm());
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = 0.1;
    sim.step(burn);
    CHECK(ahead.update(sim, 3000) == 3000);   // a burn changed the course: a new path
    CHECK(ahead.generation() == generation + 1);
}

// Box2D's velocity is half a tick behind its position; read as if they were at the same
// moment, a round orbit looks like an ellipse whose long axis turns with the craft (it read
// 436 x 442 km at 7 min and 424 x 454 km at 39 min in 1-3 before this was fixed).
TEST_CASE("the orbit numbers hold still along a free orbit") {
    const Level& l = campaignLevel("1-3");
    Sim sim(l);
    const double R = l.attractors[0].radius_km;
    double loMin = 1e9, loMax = 0, hiMin = 1e9, hiMax = 0;
    const int lap = int(sim.elements(0).period / sim.tickRealSeconds());
    for (int i = 0; i < lap; ++i) {
        sim.step({});
        const orbit::Elements el = sim.elements(0);
        loMin = std::min(loMin, el.periapsis - R);
        loMax = std::max(loMax, el.periapsis - R);
        hiMin = std::min(hiMin, el.apoapsis - R);
        hiMax = std::max(hiMax, el.apoapsis - R);
    }
    INFO("lowest point " << loMin << " to " << loMax << " km, highest " << hiMin << " to " << hiMax << " km");
    CHECK(loMax - loMin < 1.0);
    CHECK(hiMax - hiMin < 1.0);
    // And the level's round orbit is what its briefing says: 439 km.
    CHECK(loMin == Approx(439).margin(3));
}

TEST_CASE("an attractor on an orbit is where Kepler puts it, in the sim, its bodies and its Box2D body") {
    Level l = earthMoonLevel();
    l.attractors[1].orbit_e = 0.0549;
    l.attractors[1].orbit_start_deg = 30;
    Sim sim(l);
    const Bodies& b = sim.bodies();
    for (int i = 0; i < 500; ++i) sim.step({});
    const double t = sim.elapsedRealSeconds();
    const orbit::State s = b.stateAt(1, t);
    const double r = length(s.r);
    // On the ellipse: between perigee and apogee, and energy per vis-viva for its period.
    CHECK(r >= 384400 * (1 - 0.0549) - 1e-6);
    CHECK(r <= 384400 * (1 + 0.0549) + 1e-6);
    const double n = 2 * kPi / (l.attractors[1].orbit_period_min * 60);
    const double muEff = n * n * std::pow(384400.0, 3);   // the mu this period implies
    CHECK(lengthSq(s.v) == Approx(muEff * (2 / r - 1 / 384400.0)).epsilon(1e-9));
    CHECK(sim.attractorPosKm(1) == s.r);
    // The velocity is the derivative of the position.
    const Vec2 ahead = b.positionAt(1, t + 1), behind = b.positionAt(1, t - 1);
    CHECK(length((ahead - behind) / 2.0 - s.v) < 1e-6);
}

TEST_CASE("input names the craft it acts on, and the log keeps the name") {
    auto bytes = readFile(test::dataDir() + "/tests/scenes/catch-up.json");
    REQUIRE(bytes);
    Level l = *parseLevel(*bytes).level;
    l.craft[0].fuel_dv_km_s = 1.0;
    Sim sim(l);
    const double shipA = sim.craftElements(0, 0).a, targetA = sim.craftElements(1, 0).a;
    TickInput burn;
    burn.craft = 1;
    burn.burn = true;
    burn.burn_prograde_km_s = 0.05;
    sim.step(burn);
    CHECK(sim.craftElements(1, 0).a == Approx(targetA + 88).margin(3));   // the target rose (2a^2 v dv / mu)
    CHECK(sim.craftElements(0, 0).a == Approx(shipA).margin(0.5));   // the ship did not
    CHECK(sim.craftFuelKms(1) == Approx(0.95));
    CHECK(sim.craftFuelKms(0) == Approx(l.ship.fuel_dv_km_s));
    InputLog log{l.id, {}};
    log.record(3, burn);
    TickInput after;
    after.craft = 1;
    log.record(4, after);   // still craft 1: no new event
    InputLoad back = parseInputLog(saveInputLog(log));
    REQUIRE(back.log);
    REQUIRE(back.log->events.size() == 1);
    InputLog::Cursor cursor;
    CHECK(back.log->at(3, cursor).craft == 1);
    CHECK(back.log->at(9, cursor).craft == 1);
}
