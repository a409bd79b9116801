// Kepler's third law through the real Box2D path: a static Earth attractor, a dynamic
// satellite on a circular orbit, World::step at the game's tick. The periods must match
// Kepler and the published figures within 0.5%, and energy must not drift by 0.1% in ten
// orbits. Box2D integrates with semi-implicit Euler in float; this test is the proof that
// the unit scale in game/sim/units.h keeps that good enough.
//
// units.h is header-only arithmetic (constexpr conversions), the one game header the
// engine tests use: it fixes the scale the engine has to be good at.
#include "engine/physics/world.h"
#include "game/sim/units.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

using namespace sp;
using namespace sp::phys;

namespace {

constexpr double kEarthMuKm = 398600.4418;   // km^3/s^2 (IERS / WGS-84)
constexpr double kEarthRadiusKm = 6371.0;    // mean radius

struct OrbitRun {
    double periodMinutes = 0;       // mean over the measured orbits, real minutes
    double firstPeriodMinutes = 0;  // the first orbit alone
    double energyDriftPhase = 0;    // |E(after N orbits) - E(start)| / |E(start)|, same phase
    double energyDriftMean = 0;     // |<E> over orbit N - <E> over orbit 1| / |<E> over orbit 1|
    double energySwing = 0;         // (max E - min E) / |E(start)| over the whole run
    double radiusSwing = 0;         // (max r - min r) / r0
};

// Flies `orbits` circular orbits at `altitudeKm` and measures them. Time is counted in
// ticks (integers) so that the sum does not accumulate rounding.
OrbitRun flyCircularOrbit(double altitudeKm, int orbits) {
    const double mu = units::kOrbitScale.muToUnits(kEarthMuKm);
    const double r0 = units::kOrbitScale.kmToUnits(kEarthRadiusKm + altitudeKm);
    const double dt = units::kTickWorldSeconds;

    World world;
    BodyDef earthDef;
    earthDef.kind = BodyKind::Static;
    BodyId earth = world.createBody(earthDef);
    world.addCircle(earth, units::kOrbitScale.kmToUnits(kEarthRadiusKm));
    world.makeAttractor(earth, mu, units::kOrbitScale.kmToUnits(kEarthRadiusKm));

    BodyDef satDef;
    satDef.position = {r0, 0};
    satDef.velocity = {0, std::sqrt(mu / r0)};
    BodyId sat = world.createBody(satDef);
    world.addCircle(sat, 0.05);

    auto energyOf = [mu](const BodyState& s) {
        return 0.5 * lengthSq(s.velocity) - mu / length(s.position);
    };
    const double e0 = energyOf(world.state(sat));
    double eMin = e0, eMax = e0, rMin = r0, rMax = r0;

    // The satellite starts on the +x axis (angle 0): each later crossing of that axis,
    // interpolated within its tick, ends one orbit.
    std::vector<double> crossings{0.0};   // world seconds
    double sumE = 0, firstOrbitMeanE = 0, lastOrbitMeanE = 0, phaseE = 0;
    long long ticksInOrbit = 0;
    double prevAngle = 0;
    const long long maxTicks = static_cast<long long>(orbits + 1) * 2 * kPi *
                               std::sqrt(r0 * r0 * r0 / mu) / dt;
    for (long long tick = 1; tick <= maxTicks && static_cast<int>(crossings.size()) <= orbits; ++tick) {
        world.step(dt);
        const BodyState s = world.state(sat);
        const double angle = std::atan2(s.position.y, s.position.x);
        const double e = energyOf(s);
        const double r = length(s.position);
        eMin = std::min(eMin, e);
        eMax = std::max(eMax, e);
        rMin = std::min(rMin, r);
        rMax = std::max(rMax, r);
        if (prevAngle < 0 && angle >= 0) {
            const double f = -prevAngle / (angle - prevAngle);   // fraction of this tick
            crossings.push_back((static_cast<double>(tick) - 1 + f) * dt);
            const double meanE = sumE / static_cast<double>(ticksInOrbit);
            if (crossings.size() == 2) firstOrbitMeanE = meanE;
            lastOrbitMeanE = meanE;
            phaseE = e;   // at the tick that closes the orbit: within a tick of the start's phase
            sumE = 0;
            ticksInOrbit = 0;
        }
        sumE += e;
        ++ticksInOrbit;
        prevAngle = angle;
    }
    REQUIRE(static_cast<int>(crossings.size()) == orbits + 1);

    auto toMinutes = [](double worldSeconds) { return worldSeconds * units::kOrbitScale.timeScale / 60.0; };
    OrbitRun run;
    run.periodMinutes = toMinutes((crossings.back() - crossings.front()) / orbits);
    run.firstPeriodMinutes = toMinutes(crossings[1] - crossings[0]);
    run.energyDriftPhase = std::abs(phaseE - e0) / std::abs(e0);
    run.energyDriftMean = std::abs(lastOrbitMeanE - firstOrbitMeanE) / std::abs(firstOrbitMeanE);
    run.energySwing = (eMax - eMin) / std::abs(e0);
    run.radiusSwing = (rMax - rMin) / r0;
    return run;
}

double keplerPeriodMinutes(double altitudeKm) {
    const double a = kEarthRadiusKm + altitudeKm;
    return 2 * kPi * std::sqrt(a * a * a / kEarthMuKm) / 60.0;
}

void report(const char* name, double altitudeKm, double published, const OrbitRun& run) {
    const double kepler = keplerPeriodMinutes(altitudeKm);
    std::printf("[orbit] %-9s alt %7.0f km: simulated %.4f min (first orbit %.4f), Kepler %.4f min "
                "(%+.4f%%), published %.1f min (%+.3f%%)\n",
                name, altitudeKm, run.periodMinutes, run.firstPeriodMinutes, kepler,
                100 * (run.periodMinutes - kepler) / kepler, published,
                100 * (run.periodMinutes - published) / published);
    std::printf("[orbit] %-9s energy drift: same phase %.2e, orbit-mean %.2e; "
                "swing within the run %.2e; radius swing %.2e\n",
                name, run.energyDriftPhase, run.energyDriftMean, run.energySwing, run.radiusSwing);
}

} // namespace

TEST_CASE("Unit scale keeps orbits in Box2D's comfortable range", "[orbit]") {
    // LEO speed per tick is far below b2_maxTranslation (2 units per step).
    const double mu = units::kOrbitScale.muToUnits(kEarthMuKm);
    const double r = units::kOrbitScale.kmToUnits(kEarthRadiusKm + 390);
    const double perTick = std::sqrt(mu / r) * units::kTickWorldSeconds;
    CHECK(perTick < 0.2);
    CHECK(perTick > 0.01);
}

// Ten orbits through the real World: the period must match Kepler and the published figure
// within 0.5%, and the specific energy must drift less than 0.1%.
static void checkOrbit(const char* name, double altitude, double publishedMinutes) {
    const OrbitRun run = flyCircularOrbit(altitude, 10);
    report(name, altitude, publishedMinutes, run);
    const double kepler = keplerPeriodMinutes(altitude);
    INFO(name << ": simulated " << run.periodMinutes << " min, Kepler " << kepler << " min");
    CHECK(std::abs(run.periodMinutes - kepler) / kepler < 0.005);
    CHECK(std::abs(run.periodMinutes - publishedMinutes) / publishedMinutes < 0.005);
    CHECK(run.energyDriftPhase < 0.001);
    CHECK(run.energyDriftMean < 0.001);
}

TEST_CASE("Tiangong orbit (390 km) keeps Kepler's period and its energy", "[orbit]") {
    checkOrbit("Tiangong", 390.0, 92.4);   // FACTS.md: 91.3 min at 340 km, 92.4 at 390, 93.6 at 450
}

TEST_CASE("BeiDou MEO orbit (21,528 km) keeps Kepler's period and its energy", "[orbit]") {
    checkOrbit("BeiDou", 21528.0, 12 * 60 + 53);   // FACTS.md: about 12 h 53 min
}
