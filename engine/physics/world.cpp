// World: bodies, shapes, point-mass gravity and the step. Events are in world_events.cpp,
// ray casts in world_query.cpp.
//
// Box2D limits that matter at orbital scale (see game/sim/units.h for the scale):
// - b2_maxTranslation: Box2D silently clamps a body's motion to 2 units per step. At 60
//   ticks per world second that is 120 units/s; faster bodies are slowed without notice.
//   With 1 unit = 100 km and 120 real s per world s this is 100 km/s real, far above
//   escape speed (11.2 km/s = 13.4 units/s), so orbits never reach it.
// - b2_maxRotation: likewise 0.5*pi rad per step (about 94 rad/s at 60 Hz).
// - Box2D stores positions in float: at r = 280 units (BeiDou MEO) one ulp is 3e-5 units
//   (3 m), small against the 0.08 units a satellite moves per tick.
// - The integrator is Box2D's: v += dt*F/m, then x += dt*v (semi-implicit Euler). It is
//   symplectic, so a circular orbit's energy oscillates slightly but does not drift.
#include "engine/physics/world_impl.h"

#include "engine/core/hash.h"

#include <algorithm>
#include <cmath>

namespace sp::phys {

namespace {

b2BodyType b2Type(BodyKind kind) {
    switch (kind) {
    case BodyKind::Static: return b2_staticBody;
    case BodyKind::Kinematic: return b2_kinematicBody;
    case BodyKind::Dynamic: break;
    }
    return b2_dynamicBody;
}

b2FixtureDef fixtureDef(const b2Shape* shape, const ShapeDef& def) {
    b2FixtureDef fd;
    fd.shape = shape;
    fd.density = static_cast<float>(def.density);
    fd.friction = static_cast<float>(def.friction);
    fd.restitution = static_cast<float>(def.restitution);
    fd.isSensor = def.sensor;
    return fd;
}

// Box2D 2.4 turns a degenerate polygon into a 1x1 box without a word (or asserts in a
// debug build). Catch it here: at least 3 points that Box2D will not weld together
// (closer than half a linear slop) and that are not all on one line.
bool polygonIsUsable(const std::vector<Vec2>& points) {
    if (points.size() < 3 || points.size() > static_cast<size_t>(b2_maxPolygonVertices)) return false;
    for (Vec2 p : points)
        if (!isFinite(p)) return false;
    const double weld = 0.5 * b2_linearSlop;
    double largestTwiceArea = 0;
    for (size_t i = 0; i < points.size(); ++i)
        for (size_t j = i + 1; j < points.size(); ++j) {
            if (lengthSq(points[j] - points[i]) < weld * weld) continue;
            for (size_t k = j + 1; k < points.size(); ++k)
                largestTwiceArea = std::max(largestTwiceArea,
                    std::abs(cross(points[j] - points[i], points[k] - points[i])));
        }
    return largestTwiceArea > weld * weld;
}

} // namespace

World::World(const WorldDef& def) : impl_(std::make_unique<Impl>()) {
    impl_->def = def;
    // Orbits must never sleep: Box2D sleeps a body that stays slower than 0.01 units/s for
    // half a second, and a sleeping body ignores forces, so a probe hanging near apoapsis
    // or released from rest in a gravity field would freeze in place.
    impl_->world.SetAllowSleeping(false);
    impl_->listener.contacts = &impl_->contacts;
    impl_->listener.sensors = &impl_->sensors;
    impl_->world.SetContactListener(&impl_->listener);
}

World::~World() = default;

BodyId World::createBody(const BodyDef& def) {
    BodyId id{static_cast<int32_t>(impl_->slots.size())};
    b2BodyDef bd;
    bd.type = b2Type(def.kind);
    bd.position = toB2(def.position);
    bd.angle = static_cast<float>(def.angle);
    bd.linearVelocity = toB2(def.velocity);
    bd.angularVelocity = static_cast<float>(def.angularVelocity);
    bd.fixedRotation = def.fixedRotation;
    bd.bullet = def.bullet;
    bd.allowSleep = false;
    bd.userData.pointer = static_cast<uintptr_t>(id.index);

    Slot slot;
    slot.body = impl_->world.CreateBody(&bd);
    slot.tag = def.tag;
    slot.feelsGravity = def.feelsGravity;
    impl_->slots.push_back(slot);
    ++impl_->liveCount;
    return id;
}

void World::destroyBody(BodyId id) {
    b2Body* b = impl_->body(id);
    if (!b) return;
    impl_->world.DestroyBody(b);
    Slot& slot = impl_->slots[static_cast<size_t>(id.index)];
    slot.body = nullptr;
    slot.mu = 0;
    auto& att = impl_->attractors;
    att.erase(std::remove(att.begin(), att.end(), id.index), att.end());
    --impl_->liveCount;
    impl_->forgetInEvents(id);
}

bool World::alive(BodyId id) const { return impl_->body(id) != nullptr; }

// Shapes. Bad sizes are mistakes of the caller (level data is validated at its border): they
// are refused with a value, before Box2D could assert or invent a shape.
ShapeResult World::addCircle(BodyId id, double radius, Vec2 center, const ShapeDef& def) {
    b2Body* b = impl_->body(id);
    if (!b) return ShapeResult::NoSuchBody;
    if (!(radius > 0) || !std::isfinite(radius)) return ShapeResult::BadSize;
    b2CircleShape shape;
    shape.m_radius = static_cast<float>(radius);
    shape.m_p = toB2(center);
    b2FixtureDef fd = fixtureDef(&shape, def);
    b->CreateFixture(&fd);
    return ShapeResult::Added;
}

ShapeResult World::addPolygon(BodyId id, const std::vector<Vec2>& points, const ShapeDef& def) {
    b2Body* b = impl_->body(id);
    if (!b) return ShapeResult::NoSuchBody;
    if (!polygonIsUsable(points)) return ShapeResult::BadSize;
    b2Vec2 pts[b2_maxPolygonVertices];
    for (size_t i = 0; i < points.size(); ++i) pts[i] = toB2(points[i]);
    b2PolygonShape shape;
    shape.Set(pts, static_cast<int32>(points.size()));   // takes the convex hull
    b2FixtureDef fd = fixtureDef(&shape, def);
    b->CreateFixture(&fd);
    return ShapeResult::Added;
}

ShapeResult World::addBox(BodyId id, double halfWidth, double halfHeight, const ShapeDef& def) {
    b2Body* b = impl_->body(id);
    if (!b) return ShapeResult::NoSuchBody;
    if (!(halfWidth > 0) || !(halfHeight > 0) || !std::isfinite(halfWidth) || !std::isfinite(halfHeight))
        return ShapeResult::BadSize;
    b2PolygonShape shape;
    shape.SetAsBox(static_cast<float>(halfWidth), static_cast<float>(halfHeight));
    b2FixtureDef fd = fixtureDef(&shape, def);
    b->CreateFixture(&fd);
    return ShapeResult::Added;
}

ShapeResult World::addSegment(BodyId id, Vec2 a, Vec2 b, const ShapeDef& def) {
    b2Body* body = impl_->body(id);
    if (!body) return ShapeResult::NoSuchBody;
    if (!isFinite(a) || !isFinite(b) || lengthSq(b - a) <= 0) return ShapeResult::BadSize;
    b2EdgeShape shape;
    shape.SetTwoSided(toB2(a), toB2(b));
    b2FixtureDef fd = fixtureDef(&shape, def);
    body->CreateFixture(&fd);
    return ShapeResult::Added;
}

ShapeResult World::addGround(BodyId id, const std::vector<Vec2>& points, const ShapeDef& def) {
    b2Body* body = impl_->body(id);
    if (!body) return ShapeResult::NoSuchBody;
    if (points.size() < 2) return ShapeResult::BadSize;
    // A Box2D chain's edges collide only on the side their normal (e.y, -e.x) faces: up, for
    // a line that runs right to left. So the points go in reversed.
    std::vector<b2Vec2> v;
    for (auto p = points.rbegin(); p != points.rend(); ++p) {
        if (!isFinite(*p)) return ShapeResult::BadSize;
        if (!v.empty() && b2DistanceSquared(v.back(), toB2(*p)) <= 4 * b2_linearSlop * b2_linearSlop) return ShapeResult::BadSize;
        v.push_back(toB2(*p));
    }
    // The ghost vertices beyond each end carry the line straight on.
    const b2Vec2 before = v[0] + (v[0] - v[1]), after = v.back() + (v.back() - v[v.size() - 2]);
    b2ChainShape shape;
    shape.CreateChain(v.data(), int32(v.size()), before, after);
    b2FixtureDef fd = fixtureDef(&shape, def);
    body->CreateFixture(&fd);
    return ShapeResult::Added;
}

// Gravity --------------------------------------------------------------------------------

void World::makeAttractor(BodyId id, double mu, double minRadius) {
    if (!impl_->body(id)) return;
    Slot& slot = impl_->slots[static_cast<size_t>(id.index)];
    auto& att = impl_->attractors;
    bool listed = std::find(att.begin(), att.end(), id.index) != att.end();
    slot.mu = mu > 0 && std::isfinite(mu) ? mu : 0;
    slot.minRadius = minRadius > 0 ? minRadius : 0;
    if (slot.mu > 0 && !listed) att.push_back(id.index);
    if (slot.mu == 0 && listed) att.erase(std::remove(att.begin(), att.end(), id.index), att.end());
}

double World::gravityMu(BodyId id) const {
    return impl_->body(id) ? impl_->slots[static_cast<size_t>(id.index)].mu : 0;
}

Vec2 World::gravityAt(Vec2 point) const { return impl_->gravityAt(point, -1); }

// In double, rounded to float once when handed to Box2D, so the only float error in an
// orbit is Box2D's own storage of position and velocity.
Vec2 World::Impl::gravityAt(Vec2 p, int32_t self) const {
    Vec2 acc;
    for (int32_t i : attractors) {
        if (i == self) continue;
        const Slot& s = slots[static_cast<size_t>(i)];
        Vec2 d = fromB2(s.body->GetWorldCenter()) - p;
        double r = length(d);
        if (!(r > 0)) continue;   // at the center the direction is undefined: no pull
        double rr = std::max(r, s.minRadius);
        acc += d * (s.mu / (rr * rr * r));
    }
    return acc;
}

// State ----------------------------------------------------------------------------------

BodyState World::state(BodyId id) const {
    BodyState s;
    if (const b2Body* b = impl_->body(id)) {
        s.position = fromB2(b->GetPosition());
        s.velocity = fromB2(b->GetLinearVelocity());
        s.angle = b->GetAngle();
        s.angularVelocity = b->GetAngularVelocity();
    }
    return s;
}

void World::setState(BodyId id, const BodyState& s) {
    b2Body* b = impl_->body(id);
    if (!b) return;
    b->SetTransform(toB2(s.position), static_cast<float>(s.angle));
    b->SetLinearVelocity(toB2(s.velocity));
    b->SetAngularVelocity(static_cast<float>(s.angularVelocity));
}

double World::mass(BodyId id) const {
    const b2Body* b = impl_->body(id);
    return b ? b->GetMass() : 0;
}

FreeBody World::freeBody(BodyId id) const {
    FreeBody f;
    if (const b2Body* b = impl_->body(id)) {
        f.x = b->GetWorldCenter().x;
        f.y = b->GetWorldCenter().y;
        f.vx = b->GetLinearVelocity().x;
        f.vy = b->GetLinearVelocity().y;
        f.mass = b->GetMass();
        f.invMass = b->GetMass() > 0 ? 1.0f / b->GetMass() : 0.0f;   // as b2Body::ResetMassData
    }
    return f;
}

uint32_t World::tag(BodyId id) const {
    return impl_->body(id) ? impl_->slots[static_cast<size_t>(id.index)].tag : 0;
}

void World::applyForce(BodyId id, Vec2 force) {
    if (b2Body* b = impl_->body(id)) b->ApplyForceToCenter(toB2(force), true);
}

void World::applyImpulse(BodyId id, Vec2 impulse) {
    if (b2Body* b = impl_->body(id)) b->ApplyLinearImpulseToCenter(toB2(impulse), true);
}

// Step -----------------------------------------------------------------------------------

void World::step(double dt) {
    Impl& w = *impl_;
    w.contacts.clear();
    w.sensors.clear();
    w.left.clear();
    if (!(dt > 0) || !std::isfinite(dt)) return;

    // Gravity as a force on each body, all computed from the same start-of-step positions
    // (bodies do not move until Step), in slot order so the float sums are reproducible.
    if (!w.attractors.empty()) {
        for (size_t i = 0; i < w.slots.size(); ++i) {
            Slot& s = w.slots[i];
            if (!s.body || !s.feelsGravity || s.body->GetType() != b2_dynamicBody) continue;
            Vec2 acc = w.gravityAt(fromB2(s.body->GetWorldCenter()), static_cast<int32_t>(i));
            s.body->ApplyForceToCenter(toB2(acc * static_cast<double>(s.body->GetMass())), true);
        }
    }
    w.world.Step(static_cast<float>(dt), w.def.velocityIterations, w.def.positionIterations);
    w.collectLeftWorld();
}

const std::vector<ContactEvent>& World::contacts() const { return impl_->contacts; }
const std::vector<ContactEvent>& World::sensorEvents() const { return impl_->sensors; }
const std::vector<BodyId>& World::leftWorld() const { return impl_->left; }

// Determinism ----------------------------------------------------------------------------

uint64_t World::stateHash() const {
    Hasher h;
    for (const Slot& s : impl_->slots) {
        if (!s.body) continue;
        const b2Vec2 p = s.body->GetPosition();
        const b2Vec2 v = s.body->GetLinearVelocity();
        h.add(p.x);
        h.add(p.y);
        h.add(v.x);
        h.add(v.y);
        h.add(s.body->GetAngle());
        h.add(s.body->GetAngularVelocity());
    }
    h.add(impl_->liveCount);
    return h.value;
}

int World::bodyCount() const { return impl_->liveCount; }

} // namespace sp::phys
