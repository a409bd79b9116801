// A thin wrapper over a Box2D 2.4 world for games with point-mass gravity.
//
// Why a wrapper: Box2D's global gravity is uniform; here attractor bodies pull every
// dynamic body with mu/r^2 each tick. Contacts and sensor overlaps are collected during the
// step and read after it (never acted on inside a Box2D callback). Bodies that leave the
// world's bounds are reported once, so the game can decide what that means.
// Handles (BodyId) cross the module border, never b2Body pointers.
#pragma once
#include "engine/core/vec2.h"
#include "engine/physics/free_step.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace sp::phys {

struct BodyId {
    int32_t index = -1;
    bool valid() const { return index >= 0; }
    friend bool operator==(BodyId a, BodyId b) { return a.index == b.index; }
    friend bool operator!=(BodyId a, BodyId b) { return a.index != b.index; }
};

enum class BodyKind { Static, Kinematic, Dynamic };

struct BodyDef {
    BodyKind kind = BodyKind::Dynamic;
    Vec2 position;
    Vec2 velocity;
    double angle = 0;             // radians
    double angularVelocity = 0;   // radians per second
    bool fixedRotation = false;
    bool bullet = false;          // continuous collision against other dynamic bodies
    bool feelsGravity = true;     // pulled by attractors (dynamic bodies only)
    uint32_t tag = 0;             // the caller's own label (entity kind, index...), returned in events
};

struct ShapeDef {
    double density = 1;
    double friction = 0.3;
    double restitution = 0;
    bool sensor = false;
};

struct BodyState {
    Vec2 position;
    Vec2 velocity;
    double angle = 0;
    double angularVelocity = 0;
};

// A contact that began (two solid shapes touched) or a sensor overlap that began during the
// last step. For sensor events `a` is the sensor's body and `b` the other body.
// One event per pair of touching shapes (fixtures), so a body with two shapes can touch
// another body twice in one step.
struct ContactEvent {
    BodyId a, b;
    Vec2 point;                // world point of first contact, mean of the manifold points (solid only)
    double approachSpeed = 0;  // relative speed along the normal at contact, >= 0 (solid only)
    Vec2 normal;               // from A toward B (solid only)
    Vec2 relativeVelocity;     // of A's point relative to B's point at contact (solid only)
};

struct RayHit {
    bool hit = false;
    BodyId body;
    Vec2 point;
    double fraction = 1;   // 0 at `from`, 1 at `to`
};

struct WorldDef {
    Vec2 boundsCenter;
    double boundsRadius = 1e4;   // bodies farther than this from the center "left the world"
    int velocityIterations = 8;
    int positionIterations = 3;
};

// What adding a shape did. Nothing crosses this module's border as an exception: a shape
// Box2D cannot use (radius <= 0, a degenerate polygon) is refused and said so here, and the
// body is left as it was. Callers that built the sizes from checked data may ignore it.
enum class ShapeResult : uint8_t {
    Added,
    NoSuchBody,   // the BodyId was destroyed or never valid
    BadSize,      // not a shape Box2D can use
};

// Calls naming a destroyed or invalid BodyId do nothing, and queries about one return
// zeros: a game that holds on to an old id does not crash.
class World {
public:
    explicit World(const WorldDef& def = {});
    ~World();
    World(const World&) = delete;
    World& operator=(const World&) = delete;

    BodyId createBody(const BodyDef& def);
    void destroyBody(BodyId id);
    bool alive(BodyId id) const;

    // Shapes in body-local coordinates.
    ShapeResult addCircle(BodyId id, double radius, Vec2 center = {}, const ShapeDef& def = {});
    ShapeResult addPolygon(BodyId id, const std::vector<Vec2>& points, const ShapeDef& def = {});   // convex, 3..8 points
    ShapeResult addBox(BodyId id, double halfWidth, double halfHeight, const ShapeDef& def = {});
    ShapeResult addSegment(BodyId id, Vec2 a, Vec2 b, const ShapeDef& def = {});
    // A ground line through `points` (2 or more, each a little apart from the next): one
    // smooth surface, with no snags where its segments meet (a Box2D chain). It is solid from
    // above when the points run left to right (one-sided: a body below passes up through it).
    ShapeResult addGround(BodyId id, const std::vector<Vec2>& points, const ShapeDef& def = {});

    // An attractor pulls every dynamic body that feels gravity with mu * m / r^2.
    // Inside `minRadius` the pull is held at its value at minRadius (no singularity).
    void makeAttractor(BodyId id, double mu, double minRadius);
    double gravityMu(BodyId id) const;   // 0 when the body is not an attractor
    Vec2 gravityAt(Vec2 point) const;    // acceleration from all attractors

    // Position and angle of the body origin; velocity of the center of mass.
    BodyState state(BodyId id) const;
    void setState(BodyId id, const BodyState& s);
    double mass(BodyId id) const;
    FreeBody freeBody(BodyId id) const;   // what freeStep needs to predict the body (zeros if none)
    uint32_t tag(BodyId id) const;
    void applyForce(BodyId id, Vec2 force);            // at the center of mass, for the next step
    void applyImpulse(BodyId id, Vec2 impulse);        // an instant change of velocity * mass

    // Advances by dt: gravity forces, then one Box2D step, then event collection. A dt that
    // is not positive and finite only clears the events.
    void step(double dt);

    // Events of the last step only.
    const std::vector<ContactEvent>& contacts() const;
    const std::vector<ContactEvent>& sensorEvents() const;
    const std::vector<BodyId>& leftWorld() const;   // once per body, even if it comes back

    // Closest hit along from->to, ignoring sensors and the bodies in `ignore`. A shape that
    // contains `from` is not hit (Box2D rays only enter shapes), so a ray leaving a planet's
    // surface from just inside it still sees the sky.
    RayHit rayCast(Vec2 from, Vec2 to, const std::vector<BodyId>& ignore = {}) const;
    bool lineOfSight(Vec2 from, Vec2 to, const std::vector<BodyId>& ignore = {}) const;

    // Hash of every live body's state, in creation order: equal states give equal hashes.
    uint64_t stateHash() const;
    int bodyCount() const;

    struct Impl;
private:
    std::unique_ptr<Impl> impl_;
};

} // namespace sp::phys
