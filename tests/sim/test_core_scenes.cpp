// The simulation core's test scenes (issue 9): each a level file in tests/scenes/, flown
// through the real sim (real Box2D, the real force model), checked against what physics says.
// Scene 1 (the Moon's period, read from starpath-cli's trace) is tests/cli/moon_period.py.
#include "engine/core/file_io.h"
#include "game/sim/level_io.h"
#include "game/sim/sim.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>

using namespace sp;

namespace {
Level scene(const std::string& name) {
    auto bytes = readFile(test::dataDir() + "/tests/scenes/" + name + ".json");
    REQUIRE(bytes);
    LevelLoad load = parseLevel(*bytes);
    for (const Problem& p : load.problems) INFO(p.pointer << ": " << p.message);
    REQUIRE(load.level);
    return *load.level;
}
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
        double speedAt10km = -1, peakG = 0;
        while (!sim.over() && speedAt10km < 0) {
            sim.step({});
            peakG = std::max(peakG, sim.shipForces().gLoad());
            if (sim.altitudeKm() < 10) speedAt10km = sim.speedKms() * 1000;
        }
        INFO((l == &withAir ? "with air" : "no air") << ": " << speedAt10km << " m/s at 10 km, peak " << peakG << " g, after "
                                                      << sim.elapsedRealSeconds() << " s");
        REQUIRE(speedAt10km > 0);
        if (l == &withAir) {
            CHECK(speedAt10km < 300);
            CHECK(peakG > 2);    // a real shallow entry peaks at a few g
            CHECK(peakG < 15);
        } else {
            CHECK(speedAt10km > 7000);
            CHECK(peakG == 0);
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
