// A tap on a predicted path that goes round more than once (catching a station shows three
// laps) must plan the burn on the first pass by that place, not on a later lap that happens
// to lie a pixel nearer.
#include "game/view/maneuver.h"

#include <catch2/catch.hpp>

#include <cmath>

using sp::Vec2;

namespace {
// `laps` laps of a circle of radius 100 around the origin, `perLap` points each, the later
// laps a little wider (a lower orbit's path spirals slightly): one point per tick.
std::vector<Vec2> laps(int count, int perLap, double widening) {
    std::vector<Vec2> out;
    for (int lap = 0; lap < count; ++lap)
        for (int i = 0; i < perLap; ++i) {
            const double a = 2 * M_PI * i / perLap, r = 100 + widening * lap;
            out.push_back({r * std::cos(a), r * std::sin(a)});
        }
    return out;
}

sp::gfx::Camera2D camera() {
    sp::gfx::Camera2D cam;
    cam.lookAt({0, 0}, 2.0);   // 2 px per unit: the circle is 400 px across
    cam.snap();
    return cam;
}
} // namespace

TEST_CASE("a tap on a path of several laps picks the first pass by that place", "[maneuver]") {
    const sp::gfx::Camera2D cam = camera();
    const std::vector<Vec2> path = laps(3, 360, 1.0);   // laps 2 px apart on screen
    // A tap right on the third lap, a quarter of the way round.
    const Vec2 tap = cam.worldToScreen({0, 102});
    const int i = sp::view::pickPathPoint(path, cam, tap, 30);
    CHECK(i == 90);   // the first lap's point there, not 2 * 360 + 90
}

TEST_CASE("a tap picks the nearest point of that pass, and nothing far from the path", "[maneuver]") {
    const sp::gfx::Camera2D cam = camera();
    const std::vector<Vec2> path = laps(1, 360, 0);
    const double a = 2 * M_PI * 45.0 / 360;
    CHECK(sp::view::pickPathPoint(path, cam, cam.worldToScreen({103 * std::cos(a), 103 * std::sin(a)}), 30) == 45);
    CHECK(sp::view::pickPathPoint(path, cam, cam.worldToScreen({0, 0}), 30) == -1);   // the middle: 200 px away
    // Laps far apart on screen (more than a few pixels) are different places: the nearer wins.
    const std::vector<Vec2> apart = laps(2, 360, 20.0);   // 40 px apart
    CHECK(sp::view::pickPathPoint(apart, cam, cam.worldToScreen({0, 120}), 30) == 360 + 90);
}

TEST_CASE("a tap near where the path meets a station picks that meeting's pass", "[maneuver]") {
    const sp::gfx::Camera2D cam = camera();
    const std::vector<Vec2> path = laps(3, 360, 1.0);
    const Vec2 tap = cam.worldToScreen({0, 101});
    CHECK(sp::view::pickPathPoint(path, cam, tap, 30, 360 + 95) == 360 + 90);       // the second lap's
    CHECK(sp::view::pickPathPoint(path, cam, tap, 30, 2 * 360 + 60) == 2 * 360 + 90);   // the third's
    CHECK(sp::view::pickPathPoint(path, cam, tap, 30, 10) == 90);                    // the first's
}
