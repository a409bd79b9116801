// The entry corridor (game/sim/corridor.h) on the chapter's own capsules, 2-1 and 2-5: found
// before the burn, then flown. A burn just short of it skips off the air, one inside comes
// down within the limits, one past it breaks the crew's g-limit or the shield's heating.
#include "game/sim/corridor.h"
#include "tests/sim/scene_fixture.h"

#include <catch2/catch.hpp>

using namespace sp;

namespace {
// The flight after a backward burn of `backKms` now, to its end.
std::unique_ptr<Sim> flownAfter(const Level& l, double backKms) {
    auto sim = std::make_unique<Sim>(l);
    TickInput burn;
    burn.burn = true;
    burn.burn_prograde_km_s = -backKms;
    sim->step(burn);
    while (!sim->over()) sim->step({});
    return sim;
}

// Half a lap and more: every path in the corridor is down by then.
constexpr int kHorizonTicks = 3600;

void flyTheCorridor(const Level& l, OutcomeCode steepCode) {
    Sim before(l);
    const EntryCorridor c = entryCorridor(before, before.shipCoast(), 0, l.ship.fuel_dv_km_s, kHorizonTicks);
    INFO(l.id << ": corridor " << c.fromKms << " .. " << c.toKms << " km/s of " << c.maxKms);
    REQUIRE(c.known);
    REQUIRE(c.found);
    REQUIRE(c.steepInFuel);
    CHECK(c.fromKms > 0);
    CHECK(c.toKms - c.fromKms > 0.02);   // wide enough to aim a burn in
    CHECK(c.belowFrom == Entry::Skips);   // just below the corridor the path dips in and out; further below it misses the air
    // The two edges are paths into the air that come down.
    CHECK(c.shallowPath.entersAir);
    CHECK(c.steepPath.entersAir);
    CHECK(c.shallowPath.hitsSurface);
    CHECK(c.steepPath.peakG > c.shallowPath.peakG);

    // Just outside each edge, just inside, and in the middle: the prediction's verdict on each
    // burn, and the flight's end after it, agree.
    const double edge = l.ship.fuel_dv_km_s / (CorridorSearch::kSamples << CorridorSearch::kHalvings);
    struct Probe {
        double backKms;
        bool inside;
    };
    for (const Probe p : {Probe{c.fromKms - 2 * edge, false}, Probe{c.fromKms + 2 * edge, true}, Probe{(c.fromKms + c.toKms) / 2, true},
                          Probe{c.toKms - 2 * edge, true}, Probe{c.toKms + 2 * edge, false}}) {
        INFO("backward burn " << p.backKms << " km/s");
        Sim sim(l);
        const Entry predicted = judgeEntry(l.ship, sim.predict(sim.burned(sim.shipCoast(), -p.backKms, 0), kHorizonTicks, 4));
        CHECK((predicted == Entry::Good) == p.inside);
        const auto flight = flownAfter(l, p.backKms);
        const OutcomeCode code = flight->report().code;
        switch (predicted) {
        case Entry::Misses: CHECK(code == OutcomeCode::Timeout); break;   // still up there when time ran out
        case Entry::Skips: CHECK(code == OutcomeCode::SkippedOut); break;
        case Entry::Good:
            CHECK(flight->touchdown());
            CHECK(code != steepCode);
            break;
        case Entry::TooSteep: CHECK(code == steepCode); break;
        }
        if (!p.inside && p.backKms > c.toKms) CHECK(predicted == Entry::TooSteep);
        if (!p.inside && p.backKms < c.fromKms) CHECK((predicted == Entry::Misses || predicted == Entry::Skips));
    }
}
} // namespace

TEST_CASE("entry corridor of Yang Liwei's capsule (2-1): skips below it, too many g above it") {
    Level l = test::levelFile("levels/2-1.json");
    l.ship.fuel_dv_km_s = 1.2;   // enough fuel to reach the steep edge, which 2-1's 0.3 km/s cannot
    flyTheCorridor(l, OutcomeCode::TooManyG);
}

TEST_CASE("entry corridor of 2-5: the shield's heating is the steep edge") {
    Level l = test::levelFile("levels/2-5.json");
    // The flight keeps its shield to the flow here (a student turns it by hand): judge only the path.
    l.ship.shield_max_angle_deg = 0;
    l.ship.parachute_auto = true;
    flyTheCorridor(l, OutcomeCode::Overheated);
}

TEST_CASE("entry corridor: found a few predictions at a time, the same as all at once") {
    const Level l = test::levelFile("levels/2-1.json");
    Sim sim(l);
    const EntryCorridor whole = entryCorridor(sim, sim.shipCoast(), 0, l.ship.fuel_dv_km_s, kHorizonTicks);
    CorridorSearch s;
    s.start(sim.shipCoast(), 0, l.ship.fuel_dv_km_s, kHorizonTicks);
    int runs = 0;
    while (!s.run(sim, 3)) ++runs;
    CHECK(runs >= (CorridorSearch::kSamples + 1) / 3);
    CHECK(s.corridor().found == whole.found);
    CHECK(s.corridor().fromKms == whole.fromKms);
    CHECK(s.corridor().toKms == whole.toKms);
    // 2-1's fuel cannot come in too steep: the corridor runs to the end of the fuel.
    CHECK_FALSE(whole.steepInFuel);
    CHECK(whole.toKms == Approx(l.ship.fuel_dv_km_s));
}

// [SECTION] a skip re-entry (3-7, Chang'e 5 coming home from the Moon at 11 km/s)

TEST_CASE("skip re-entry (3-7): the dips the prediction sees are the ones the flight makes, and a skip too high is told so") {
    const Level l = test::levelFile("levels/3-7.json");
    REQUIRE(l.ship.max_skips == 1);
    // The recorded solution's burn, 60 m/s back at once: two dips, the first the hotter one.
    Sim before(l);
    const Prediction p = before.predict(before.burned(before.shipCoast(), -0.060, 0), 9000, 3);
    REQUIRE(p.dips.size() == 2);
    CHECK(p.skips == 1);
    CHECK_FALSE(p.skipsOut);
    CHECK(p.hitsSurface);
    CHECK(p.dips[0].peakHeatingKwM2 > 2 * p.dips[1].peakHeatingKwM2);
    CHECK(p.dips[0].peakHeatingKwM2 < l.ship.max_heating_kw_m2);
    CHECK(p.dips[0].lowestKm > 40);   // out again: it dips, it does not dive
    // The heating profile (the inset's curve) holds every tick in the air, in two runs, and the
    // worst of each run is its dip's worst.
    REQUIRE_FALSE(p.heat.empty());
    size_t breaks = 0;
    float worst[2] = {0, 0};
    for (size_t i = 0; i < p.heat.size(); ++i) {
        if (i > 0 && p.heat[i].tick != p.heat[i - 1].tick + 1) ++breaks;
        REQUIRE(breaks < 2);
        worst[breaks] = std::max(worst[breaks], p.heat[i].kwM2);
    }
    CHECK(breaks == 1);
    CHECK(worst[0] == Approx(p.dips[0].peakHeatingKwM2));
    CHECK(worst[1] == Approx(p.dips[1].peakHeatingKwM2));

    // Flown: the same two dips, and a landing.
    const auto flight = flownAfter(l, 0.060);
    CHECK(flight->touchdown());
    REQUIRE(flight->dips().size() == 2);
    CHECK(flight->dips()[0].peakHeatingKwM2 == Approx(p.dips[0].peakHeatingKwM2).epsilon(0.01));
    CHECK(flight->dips()[1].peakHeatingKwM2 == Approx(p.dips[1].peakHeatingKwM2).epsilon(0.01));

    // Too small a burn: thrown so high it would be back in the air only after the time limit.
    // The flight says how high, when it would be back and how long is left.
    const auto longSkip = flownAfter(l, 0.030);
    const OutcomeReport& r = longSkip->report();
    CHECK(r.code == OutcomeCode::SkippedLong);
    REQUIRE(r.number("top_km"));
    REQUIRE(r.number("back_min"));
    REQUIRE(r.number("left_min"));
    CHECK(*r.number("top_km") > 120);
    CHECK(*r.number("back_min") > *r.number("left_min"));
    // Too big a burn: one dip, too deep, over the shield's limit.
    const auto steep = flownAfter(l, 0.110);
    CHECK(steep->report().code == OutcomeCode::Overheated);
    Sim again(l);
    const Prediction one = again.predict(again.burned(again.shipCoast(), -0.110, 0), 9000, 3);
    CHECK(one.dips.size() == 1);
    CHECK(one.peakHeatingKwM2 > l.ship.max_heating_kw_m2);
}
