// Reaching a moving Moon (level 3-1): the pass the burn panel predicts (closestToBody, with the
// Moon where it will be) is the pass then flown, and the flyby goal counts the same height.
#include "game/sim/closest.h"
#include "tests/sim/scene_fixture.h"

#include <catch2/catch.hpp>

using namespace sp;

TEST_CASE("aiming at the Moon: the predicted pass, with the Moon where it will be, is the one flown") {
    const Level level = test::levelFile("levels/3-1.json");
    Sim sim(level);
    while (sim.tick() < 54) sim.step({});   // the recorded solution's burn tick
    const int days = int(5 * 24 * 3600 / sim.scale().tickRealSeconds());
    const Coast after = sim.burned(sim.shipCoast(), 3.13, 0);
    const BodyPass pass = closestToBody(sim, sim.predict(after, days, 1).states, 1);
    REQUIRE(pass.found);
    CHECK(pass.heightKm < 10000);   // within the goal: "Reaches Moon"
    // Where the Moon is now is far from where the path meets it: aiming at it now would miss.
    CHECK(length(pass.bodyKm - sim.attractorPosKm(1)) > 300000);

    // The same burn, flown: the lowest height over the Moon on the way, tick by tick (with a
    // goal out of reach, so the flight goes on past the lowest point).
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = 3.13;
    Level unreachable = level;
    unreachable.goals.list[0].distance_km = 1;
    Sim flown(unreachable);
    while (flown.tick() < 54) flown.step({});
    flown.step(burn);
    double lowest = 1e12;
    int64_t when = 0;
    while (!flown.over() && flown.tick() < pass.tick + 200) {
        const double h = length(flown.shipPosKm() - flown.attractorPosKm(1)) - level.attractors[1].radius_km;
        if (h < lowest) lowest = h, when = flown.tick();
        flown.step({});
    }
    CHECK(when == pass.tick);   // a prediction is the flight (sim_predict.cpp)
    CHECK(lowest == Approx(pass.heightKm).margin(1e-6));
    // And with the level's own goal, the flight is won as it comes within 10,000 km.
    sim.step(burn);
    while (!sim.over()) sim.step({});
    CHECK(sim.outcome() == Outcome::Won);
}

TEST_CASE("aiming at the Moon where it is now misses it: no burn, no pass") {
    const Level level = test::levelFile("levels/3-1.json");
    Sim sim(level);
    // Without a burn the parking orbit never leaves the Earth: the closest is the distance now.
    const BodyPass pass = closestToBody(sim, sim.predict(sim.shipCoast(), 200, 1).states, 1);
    REQUIRE(pass.found);
    CHECK(pass.heightKm > 370000);
    CHECK(closestToBody(sim, {}, 1).found == false);
    CHECK(closestToBody(sim, sim.predict(sim.shipCoast(), 10, 1).states, 7).found == false);   // no such body
}
