// engine/physics/free_step: a prediction made with freeStep is the path World::step flies,
// to the bit, under a force that depends on where the body is (gravity toward a point).
#include "engine/physics/free_step.h"
#include "engine/physics/world.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sp;
using namespace sp::phys;

namespace {
// A pull toward the origin like a planet's (mu / r^2), in world units: LEO-like numbers.
Vec2 pull(Vec2 p, double mass) {
    const double mu = 1.5e5, r = length(p);
    return p * (-mu / (r * r * r)) * mass;
}
} // namespace

TEST_CASE("freeStep repeats World::step to the bit over a whole orbit and beyond", "[physics][freestep][determinism]") {
    World world;
    BodyDef def;
    def.position = {68.1, 0.0};
    def.velocity = {0.0, 46.9};
    def.feelsGravity = false;
    def.fixedRotation = true;
    const BodyId id = world.createBody(def);
    world.addCircle(id, 0.3);
    FreeBody shadow = world.freeBody(id);
    REQUIRE(shadow.mass > 0);
    const double dt = 1.0 / 60;
    for (int i = 0; i < 6000; ++i) {
        if (i == 2500) {   // a burn halfway: an impulse on both
            world.applyImpulse(id, Vec2{0.4, -0.2} * double(shadow.mass));
            freeImpulse(shadow, Vec2{0.4, -0.2} * double(shadow.mass));
        }
        const Vec2 f = pull(world.freeBody(id).position(), world.mass(id));
        world.applyForce(id, f);
        world.step(dt);
        freeStep(shadow, pull(shadow.position(), shadow.mass), dt);
        const FreeBody flown = world.freeBody(id);
        INFO("step " << i);
        REQUIRE(flown.x == shadow.x);
        REQUIRE(flown.y == shadow.y);
        REQUIRE(flown.vx == shadow.vx);
        REQUIRE(flown.vy == shadow.vy);
    }
    // It really went around: an orbit of ~9 s at 60 Hz, so 6000 steps is many laps.
    CHECK(std::fabs(world.freeBody(id).x) < 200);
}

TEST_CASE("freeStep clamps a too-fast body exactly as Box2D does", "[physics][freestep]") {
    World world;
    BodyDef def;
    def.velocity = {300.0, 40.0};   // 5 units per step at 60 Hz: over Box2D's limit of 2
    def.feelsGravity = false;
    const BodyId id = world.createBody(def);
    world.addCircle(id, 0.5);
    FreeBody shadow = world.freeBody(id);
    world.step(1.0 / 60);
    freeStep(shadow, {}, 1.0 / 60);
    const FreeBody flown = world.freeBody(id);
    CHECK(flown.x == shadow.x);
    CHECK(flown.vx == shadow.vx);
    CHECK(std::hypot(flown.vx, flown.vy) * (1.0 / 60) == Approx(2.0).epsilon(1e-5));
}
