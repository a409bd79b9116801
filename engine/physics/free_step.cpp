#include "engine/physics/free_step.h"

#include <box2d/box2d.h>

namespace sp::phys {

FreeBody freeCircle(double radius, double density, Vec2 position, Vec2 velocity) {
    b2CircleShape shape;
    shape.m_radius = static_cast<float>(radius);
    b2MassData md;
    shape.ComputeMass(&md, static_cast<float>(density));
    FreeBody b;
    b.mass = 0.0f + md.mass;   // b2Body::ResetMassData sums its fixtures' masses from zero
    b.invMass = b.mass > 0 ? 1.0f / b.mass : 0.0f;
    b.x = static_cast<float>(position.x);
    b.y = static_cast<float>(position.y);
    b.vx = static_cast<float>(velocity.x);
    b.vy = static_cast<float>(velocity.y);
    return b;
}

// The order of every float operation below is Box2D 2.4's (b2_island.cpp, b2_body.h); the
// build turns off fused multiply-add (CMakeLists.txt), as it must be off for Box2D itself.
void freeStep(FreeBody& b, Vec2 force, double dt) {
    const float h = static_cast<float>(dt);
    // b2Body::ApplyForceToCenter on a cleared force: m_force = 0 + f.
    const b2Vec2 f(0.0f + static_cast<float>(force.x), 0.0f + static_cast<float>(force.y));
    // v += h * invMass * (gravityScale * mass * gravity + force), with the world's gravity zero.
    const b2Vec2 g = (1.0f * b.mass) * b2Vec2(0.0f, 0.0f);
    b2Vec2 v(b.vx, b.vy);
    v += h * b.invMass * (g + f);
    v *= 1.0f / (1.0f + h * 0.0f);   // linear damping 0
    // The translation clamp: Box2D slows a body that would move more than b2_maxTranslation.
    const b2Vec2 translation = h * v;
    if (b2Dot(translation, translation) > b2_maxTranslationSquared) {
        const float ratio = b2_maxTranslation / translation.Length();
        v *= ratio;
    }
    b2Vec2 c(b.x, b.y);
    c += h * v;
    b.x = c.x;
    b.y = c.y;
    b.vx = v.x;
    b.vy = v.y;
}

void freeImpulse(FreeBody& b, Vec2 impulse) {
    // b2Body::ApplyLinearImpulseToCenter: m_linearVelocity += m_invMass * impulse.
    b2Vec2 v(b.vx, b.vy);
    v += b.invMass * b2Vec2(static_cast<float>(impulse.x), static_cast<float>(impulse.y));
    b.vx = v.x;
    b.vy = v.y;
}

} // namespace sp::phys
