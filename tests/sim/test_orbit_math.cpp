// Orbit math against analytic values (no physics engine involved).
#include "game/sim/orbit.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace sp;

static constexpr double kMuEarth = 398600.4418;
static constexpr double kREarth = 6371.0;

TEST_CASE("circular orbit: e = 0, a = r, period from Kepler's third law") {
    const double r = kREarth + 400;
    const double v = orbit::circularSpeed(kMuEarth, r);
    orbit::Elements el = orbit::fromState({r, 0}, {0, v}, kMuEarth);
    CHECK(el.bound);
    CHECK(el.prograde);
    CHECK(el.e == Approx(0).margin(1e-9));
    CHECK(el.a == Approx(r).epsilon(1e-12));
    CHECK(el.periapsis == Approx(r).epsilon(1e-12));
    CHECK(el.apoapsis == Approx(r).epsilon(1e-12));
    CHECK(el.period == Approx(2 * kPi * std::sqrt(r * r * r / kMuEarth)));
    CHECK(el.period / 60 == Approx(92.41).epsilon(0.001));   // Tiangong-like: ~92.4 min at 400 km
}

TEST_CASE("first and second cosmic velocities at the surface") {
    CHECK(orbit::circularSpeed(kMuEarth, kREarth) == Approx(7.91).epsilon(0.001));
    CHECK(orbit::escapeSpeed(kMuEarth, kREarth) == Approx(11.19).epsilon(0.001));
}

TEST_CASE("ellipse from periapsis state: Dong Fang Hong 1's 439 x 2384 km orbit") {
    const double rp = kREarth + 439, ra = kREarth + 2384;
    const double a = (rp + ra) / 2;
    const double vp = orbit::visViva(kMuEarth, rp, a);
    orbit::Elements el = orbit::fromState({0, rp}, {-vp, 0}, kMuEarth);   // counter-clockwise at the top
    CHECK(el.bound);
    CHECK(el.a == Approx(a).epsilon(1e-9));
    CHECK(el.e == Approx((ra - rp) / (ra + rp)).epsilon(1e-9));
    CHECK(el.periapsis == Approx(rp).epsilon(1e-9));
    CHECK(el.apoapsis == Approx(ra).epsilon(1e-9));
    CHECK(el.argPeriapsis == Approx(kPi / 2).margin(1e-9));
    CHECK(el.period / 60 == Approx(114.0).epsilon(0.01));   // the published period: 114 min
}

TEST_CASE("clockwise orbits are retrograde, elements are the same") {
    const double r = 8000, v = orbit::circularSpeed(kMuEarth, r) * 1.1;
    orbit::Elements ccw = orbit::fromState({r, 0}, {0, v}, kMuEarth);
    orbit::Elements cw = orbit::fromState({r, 0}, {0, -v}, kMuEarth);
    CHECK(ccw.prograde);
    CHECK_FALSE(cw.prograde);
    CHECK(cw.a == Approx(ccw.a));
    CHECK(cw.e == Approx(ccw.e));
}

TEST_CASE("escape speed is the bound/unbound border") {
    const double r = 7000, ve = orbit::escapeSpeed(kMuEarth, r);
    CHECK(orbit::fromState({r, 0}, {0, ve * 0.999}, kMuEarth).bound);
    orbit::Elements hyper = orbit::fromState({r, 0}, {0, ve * 1.2}, kMuEarth);
    CHECK_FALSE(hyper.bound);
    CHECK(hyper.e > 1);
    CHECK(std::isinf(hyper.apoapsis));
    CHECK(hyper.periapsis == Approx(r).epsilon(1e-9));
}

TEST_CASE("Kepler's third law both ways: BeiDou MEO and geostationary") {
    const double aGeo = 42164.0;
    CHECK(orbit::periodFromA(kMuEarth, aGeo) / 3600 == Approx(23.934).epsilon(0.001));   // a sidereal day
    CHECK(orbit::aFromPeriod(kMuEarth, 86164.1) == Approx(aGeo).epsilon(0.0005));
    const double aMeo = kREarth + 21528;
    CHECK(orbit::periodFromA(kMuEarth, aMeo) / 60 == Approx(12 * 60 + 53).epsilon(0.005));   // about 12 h 53 min
}

TEST_CASE("degenerate states do not produce NaN") {
    orbit::Elements el = orbit::fromState({0, 0}, {1, 0}, kMuEarth);
    CHECK_FALSE(el.bound);
    CHECK_FALSE(std::isnan(el.e));
}
