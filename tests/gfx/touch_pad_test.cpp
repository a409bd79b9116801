// The pilot pad's buttons as fingers meet them (game/view/touch_pad.h): which a press holds,
// and the parachute button a capsule gets in the place an engine's Thrust would have.
#include "game/view/touch_pad.h"

#include <catch2/catch.hpp>

using namespace sp;
using view::TouchPad;

namespace {
platform::PointerEvent finger(platform::PointerType type, int id, Vec2 at) {
    platform::PointerEvent e;
    e.type = type;
    e.id = id;
    e.touch = true;
    e.pos = at;
    return e;
}
} // namespace

TEST_CASE("pilot pad: a capsule that opens its parachute by hand has a parachute button between its turn buttons") {
    TouchPad pad;
    pad.layout(1280, 720, 1.0f, 30, TouchPad::Kind::Turn, 0, true);
    REQUIRE(pad.visible(TouchPad::Chute));
    CHECK_FALSE(pad.visible(TouchPad::Thrust));
    const Vec2 chute = pad.center(TouchPad::Chute);
    CHECK(chute.x > pad.center(TouchPad::Left).x);
    CHECK(chute.x < pad.center(TouchPad::Right).x);
    // A finger on it holds it, and only it, until it lifts; the camera never sees it.
    CHECK(pad.handle({finger(platform::PointerType::Down, 1, chute)}).empty());
    CHECK(pad.held(TouchPad::Chute));
    CHECK_FALSE(pad.held(TouchPad::Left));
    CHECK(pad.handle({finger(platform::PointerType::Up, 1, chute)}).empty());
    CHECK_FALSE(pad.held(TouchPad::Chute));
    // Turning with another finger works alongside.
    pad.handle({finger(platform::PointerType::Down, 2, pad.center(TouchPad::Right))});
    CHECK(pad.held(TouchPad::Right));
}

TEST_CASE("pilot pad: without a hand-opened parachute the middle place is empty (a capsule) or Thrust (an engine)") {
    TouchPad pad;
    pad.layout(1280, 720, 1.0f, 30, TouchPad::Kind::Turn, 0, false);
    CHECK_FALSE(pad.visible(TouchPad::Chute));
    const Vec2 middle = pad.center(TouchPad::Chute);
    CHECK(pad.handle({finger(platform::PointerType::Down, 1, middle)}).size() == 1);   // the camera's
    CHECK_FALSE(pad.held(TouchPad::Chute));
    pad.release();
    pad.layout(1280, 720, 1.0f, 30, TouchPad::Kind::Engine, 0, true);
    CHECK_FALSE(pad.visible(TouchPad::Chute));
    pad.handle({finger(platform::PointerType::Down, 1, pad.center(TouchPad::Thrust))});
    CHECK(pad.held(TouchPad::Thrust));
    CHECK_FALSE(pad.held(TouchPad::Chute));
}
