// A lone body's step, done exactly as World::step does it, for predictions.
//
// Why: a game draws where a craft will coast, then the craft flies there through Box2D. If
// the prediction used its own integrator (in double, say), the drawn path and the flown one
// would part by a little every orbit, and a burn planned on the drawn path would fire a few
// hundred metres off it. FreeBody holds what Box2D holds (float position, velocity, mass) and
// freeStep repeats Box2D 2.4's own arithmetic for a body that touches nothing (b2Island::Solve:
// v += h * invMass * f, the translation clamp, x += h * v), operation for operation, so a
// prediction lands on the same bits as the flight. tests/engine/test_free_step.cpp holds the
// two to bit equality over thousands of steps.
#pragma once
#include "engine/core/vec2.h"

namespace sp::phys {

struct FreeBody {
    float x = 0, y = 0;     // position of the center of mass, world units
    float vx = 0, vy = 0;   // linear velocity, units per second
    float mass = 0;         // as Box2D computed it from the shapes
    float invMass = 0;

    Vec2 position() const { return {x, y}; }
    Vec2 velocity() const { return {vx, vy}; }
};

// The body Box2D would make of one circle of this radius and density at rest at `position`
// (its mass computed by Box2D itself), for predicting a body that does not exist yet.
FreeBody freeCircle(double radius, double density, Vec2 position, Vec2 velocity);

// One step of dt under `force` (applied at the center, as World::applyForce would), for a
// body with no contacts, no damping and no world gravity.
void freeStep(FreeBody& b, Vec2 force, double dt);
// An instant change of momentum, as World::applyImpulse.
void freeImpulse(FreeBody& b, Vec2 impulse);

} // namespace sp::phys
