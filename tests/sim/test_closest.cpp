// Where a planned path meets a station to catch (game/sim/closest.h), on level 2-2 itself:
// what the burn panel says before each of the two burns, and that the flight then agrees.
#include "game/sim/closest.h"
#include "tests/sim/scene_fixture.h"

#include <catch2/catch.hpp>

using namespace sp;

namespace {
constexpr double kMeetKm = 10, kMeetKms = 0.005;   // 2-2's rendezvous goal

TickInput burn(double prograde) {
    TickInput in;
    in.burn = true;
    in.burn_prograde_km_s = prograde;
    return in;
}

// The ship's path from now for `ticks`, after a burn now of `prograde` (0 = none), and the
// station's path as far.
struct Paths {
    std::vector<Coast> ship;
    PathAhead station;
};
Paths paths(const Sim& sim, double prograde, int ticks) {
    Paths p;
    const Coast from = prograde != 0 ? sim.burned(sim.shipCoast(), prograde, 0) : sim.shipCoast();
    p.ship = sim.predict(from, ticks, 3).states;
    p.station.update(sim, ticks, 1);
    return p;
}
} // namespace

TEST_CASE("catching the station: a backward burn passes it too fast a lap later, a forward one there meets it") {
    const Level level = test::levelFile("levels/2-2.json");
    Sim sim(level);
    const int lap = 2740;   // ticks: 91.3 min at 2 s a tick

    // Before anything: the two keep their 487 km apart, and the closest is just that.
    Paths now = paths(sim, 0, 3 * lap);
    Closest c = closestApproach(sim, now.ship, now.station, kMeetKm, kMeetKms);
    REQUIRE(c.found);
    CHECK_FALSE(c.passes);
    CHECK(c.rangeKm == Approx(487).epsilon(0.01));

    // A 30 m/s backward burn: a lap later the ship passes within 10 km, at about the 30 m/s it
    // is behind on speed at the top of its lower orbit, where the station's orbit touches it.
    Paths after = paths(sim, -0.030, 3 * lap);
    c = closestApproach(sim, after.ship, after.station, kMeetKm, kMeetKms);
    REQUIRE(c.passes);
    CHECK_FALSE(c.meets);
    CHECK(c.rangeKm < kMeetKm);
    CHECK(c.relSpeedKms * 1000 == Approx(30).epsilon(0.05));
    CHECK(double(c.tick) == Approx(lap).epsilon(0.02));

    // Fly it: the burn, then the coast to where the panel said the pass would be.
    sim.step(burn(-0.030));
    const int64_t passTick = c.tick;
    while (sim.tick() < passTick) sim.step({});
    CHECK(sim.approach(0, 1).rangeKm == Approx(c.rangeKm).margin(0.01));
    CHECK(sim.approach(0, 1).relSpeedKms == Approx(c.relSpeedKms).margin(1e-5));

    // A 30 m/s forward burn there: the panel now says it meets the station, and it does.
    Paths there = paths(sim, 0.030, 300);
    c = closestApproach(sim, there.ship, there.station, kMeetKm, kMeetKms);
    REQUIRE(c.meets);
    CHECK(c.relSpeedKms * 1000 < 5);
    sim.step(burn(0.030));
    for (int i = 0; i < 5 && !sim.over(); ++i) sim.step({});
    CHECK(sim.outcome() == Outcome::Won);
}

TEST_CASE("the closest approach compares the two paths only where both have a state") {
    const Level level = test::levelFile("levels/2-2.json");
    Sim sim(level);
    PathAhead station;
    station.update(sim, 100, 1);
    const std::vector<Coast> far = sim.predict(sim.shipCoast(), 400, 1).states;
    const Closest c = closestApproach(sim, far, station);
    REQUIRE(c.found);
    CHECK(c.tick <= 100);   // beyond the station's 100 ticks there is nothing to compare
    CHECK_FALSE(closestApproach(sim, {}, station).found);
}
