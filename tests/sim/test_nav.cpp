// Navigation (game/sim/nav.h), Chapter 4's core: from exact travel times the fix is the true
// position; with a receiver clock error and one signal more it recovers both; signals along
// one line through the receiver are reported as a geometry that cannot be solved, not as a
// wrong answer; the dilution of precision matches cases worked by hand; the Earth hides
// satellites below the horizon.
#include "game/sim/nav.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace sp;
using namespace sp::nav;

namespace {

constexpr double kHalfTurnRad = 3.14159265358979323846;
constexpr double kEarthKm = 6371, kMeoKm = 6371 + 21528;   // a BeiDou MEO orbit's radius (FACTS.md §4)

Vec2 at(double radiusKm, double deg) { return {radiusKm * std::cos(deg * kHalfTurnRad / 180), radiusKm * std::sin(deg * kHalfTurnRad / 180)}; }

std::vector<Signal> heard(Vec2 receiver, const std::vector<Vec2>& sats, double clockBiasS) {
    std::vector<Signal> out;
    for (const Vec2& s : sats) out.push_back({s, travelTimeS(s, receiver, clockBiasS)});
    return out;
}

} // namespace

TEST_CASE("nav: a signal's travel time is its distance over the speed of light, plus the clock's error") {
    // Straight overhead from MEO: about 72 ms (FACTS.md §4, derived).
    CHECK(travelTimeS(at(kMeoKm, 90), at(kEarthKm, 90)) * 1000 == Approx(71.81).margin(0.01));
    // 1 microsecond of clock error is about 300 m of range (FACTS.md §4, [52]).
    CHECK(rangeKm(travelTimeS(at(kMeoKm, 90), at(kEarthKm, 90), 1e-6)) - 21528 == Approx(0.2998).margin(1e-4));
}

TEST_CASE("nav: from exact times the fix is the true position, with or without the clock as an unknown") {
    const Vec2 receiver = at(kEarthKm, 100);
    const std::vector<Vec2> sats = {at(kMeoKm, 60), at(kMeoKm, 105), at(kMeoKm, 150)};
    const Fix three = solve(heard(receiver, sats, 0), {0, 0});
    REQUIRE(three.ok);
    CHECK(length(three.posKm - receiver) < 1e-6);
    CHECK(std::fabs(three.clockBiasS) < 1e-15);
    CHECK(three.residualKm < 1e-6);
    // Two circles cross twice: without a clock to solve for, two signals fix the crossing nearer the guess.
    const Fix two = solve(heard(receiver, {sats[0], sats[2]}, 0), at(kEarthKm, 90), false);
    REQUIRE(two.ok);
    CHECK(length(two.posKm - receiver) < 1e-6);
}

TEST_CASE("nav: a receiver clock 1 microsecond fast swells every circle by 300 m; one more satellite fixes it") {
    const Vec2 receiver = at(kEarthKm, 30);
    const std::vector<Vec2> sats = {at(kMeoKm, -20), at(kMeoKm, 15), at(kMeoKm, 50), at(kMeoKm, 80)};
    const std::vector<Signal> signals = heard(receiver, sats, 1e-6);
    // Ignoring the clock, the best point of the four swollen circles is off, and they disagree.
    const Fix naive = solve(signals, {0, 0}, false);
    REQUIRE(naive.ok);
    CHECK(length(naive.posKm - receiver) > 0.1);
    CHECK(naive.residualKm > 0.01);
    // With the clock as an unknown: the position to a millimetre and the error itself.
    const Fix fixed = solve(signals, {0, 0});
    REQUIRE(fixed.ok);
    CHECK(length(fixed.posKm - receiver) < 1e-6);
    CHECK(fixed.clockBiasS == Approx(1e-6).epsilon(1e-6));
    CHECK(fixed.residualKm < 1e-6);
    // Three are enough in the plane (x, y and the clock).
    const Fix three = solve(heard(receiver, {sats[0], sats[1], sats[3]}, 1e-6), {0, 0});
    REQUIRE(three.ok);
    CHECK(length(three.posKm - receiver) < 1e-6);
}

TEST_CASE("nav: satellites along one line through the receiver cannot fix it, and say so") {
    const Vec2 receiver = at(kEarthKm, 0);
    // Two on one side, one straight opposite: every line of sight is the same line.
    const std::vector<Vec2> line = {receiver + Vec2{0, 20000}, receiver + Vec2{0, 30000}, receiver + Vec2{0, -25000}};
    const Fix f = solve(heard(receiver, line, 2e-6), receiver + Vec2{1, 1});
    CHECK(f.degenerate);
    CHECK_FALSE(f.ok);
    // Too few signals for the unknowns is the same answer, never a guess.
    CHECK(solve(heard(receiver, {line[0], line[2]}, 0), {0, 0}).degenerate);
    CHECK(solve({}, {0, 0}, false).degenerate);
}

TEST_CASE("nav: the dilution of precision and the error ellipse match the cases worked by hand") {
    // Three satellites far away at 120 degrees from each other: H^T H = diag(3/2, 3/2, 3), so
    // the covariance is diag(2/3, 2/3, 1/3): PDOP sqrt(4/3), TDOP sqrt(1/3), GDOP sqrt(5/3), and
    // the ellipse a circle of radius sigma * sqrt(2/3).
    const Vec2 receiver{0, 0};
    const std::vector<Vec2> spread = {at(1e6, 90), at(1e6, 210), at(1e6, 330)};
    const Fix even = solve(heard(receiver, spread, 0), {10, -10}, true, 0.005);
    REQUIRE(even.ok);
    CHECK(even.pdop == Approx(std::sqrt(4.0 / 3)).epsilon(1e-9));
    CHECK(even.tdop == Approx(std::sqrt(1.0 / 3)).epsilon(1e-9));
    CHECK(even.gdop == Approx(std::sqrt(5.0 / 3)).epsilon(1e-9));
    CHECK(even.error.majorKm == Approx(0.005 * std::sqrt(2.0 / 3)).epsilon(1e-6));
    CHECK(even.error.minorKm == Approx(0.005 * std::sqrt(2.0 / 3)).epsilon(1e-6));
    // Without the clock, two at right angles: H^T H = I, PDOP sqrt(2).
    const Fix square = solve(heard(receiver, {at(1e6, 0), at(1e6, 90)}, 0), {3, 4}, false);
    REQUIRE(square.ok);
    CHECK(square.pdop == Approx(std::sqrt(2.0)).epsilon(1e-9));
    // Bunched in the sky, the same three balloon the error. It is long along the lines of sight,
    // not across them: moving toward all three at once looks just like a clock running late,
    // so the height and the clock trade off (why GPS and BeiDou fix height worst).
    const std::vector<Vec2> bunched = {at(1e6, 80), at(1e6, 90), at(1e6, 100)};
    const Fix tight = solve(heard(receiver, bunched, 0), {10, -10}, true, 0.005);
    REQUIRE(tight.ok);
    CHECK(tight.pdop > 10 * even.pdop);
    CHECK(tight.error.majorKm > 10 * tight.error.minorKm);
    CHECK(std::fabs(std::sin(tight.error.angleRad)) > 0.99);   // the long axis up, along y
}

TEST_CASE("nav: the Earth hides a satellite below the horizon, and a mask the lowest ones") {
    const Vec2 centre{0, 0}, receiver = at(kEarthKm, 90);
    CHECK(elevationDeg(receiver, centre, at(kMeoKm, 90)) == Approx(90));
    CHECK(visible(receiver, centre, at(kMeoKm, 60)));
    CHECK_FALSE(visible(receiver, centre, at(kMeoKm, -90)));   // the far side of the Earth
    // Where the line of sight grazes the Earth: the horizon, elevation 0.
    const double edge = 90 - std::acos(kEarthKm / kMeoKm) * 180 / kHalfTurnRad;
    CHECK(elevationDeg(receiver, centre, at(kMeoKm, edge)) == Approx(0).margin(1e-9));
    CHECK(visible(receiver, centre, at(kMeoKm, edge + 1)));
    CHECK_FALSE(visible(receiver, centre, at(kMeoKm, edge + 1), 10));   // under a 10 degree mask
}
