// Ray casts: what a line from one point to another hits first. Used for line of sight
// (a relay that must see Earth, a lander behind the Moon) and for aiming.
#include "engine/physics/world_impl.h"

#include <algorithm>

namespace sp::phys {

namespace {

class ClosestHit : public b2RayCastCallback {
public:
    explicit ClosestHit(const std::vector<BodyId>& ignore) : ignore_(ignore) {}
    RayHit hit;

    float ReportFixture(b2Fixture* fixture, const b2Vec2& point, const b2Vec2&, float fraction) override {
        // -1 tells Box2D to skip this fixture and keep the ray's length.
        if (fixture->IsSensor()) return -1.0f;
        BodyId id = idOf(fixture->GetBody());
        if (std::find(ignore_.begin(), ignore_.end(), id) != ignore_.end()) return -1.0f;
        hit.hit = true;
        hit.body = id;
        hit.point = fromB2(point);
        hit.fraction = fraction;
        // Clip the ray here: Box2D visits fixtures in tree order, not by distance, so only
        // hits nearer than this one are reported from now on and the last one is closest.
        return fraction;
    }

private:
    const std::vector<BodyId>& ignore_;
};

} // namespace

RayHit World::rayCast(Vec2 from, Vec2 to, const std::vector<BodyId>& ignore) const {
    const b2Vec2 p1 = toB2(from), p2 = toB2(to);
    // Box2D asserts on a zero-length ray (and NaN would poison the tree walk).
    if (!p1.IsValid() || !p2.IsValid() || (p2 - p1).LengthSquared() <= 0.0f) return {};
    ClosestHit callback(ignore);
    impl_->world.RayCast(&callback, p1, p2);
    return callback.hit;
}

bool World::lineOfSight(Vec2 from, Vec2 to, const std::vector<BodyId>& ignore) const {
    return !rayCast(from, to, ignore).hit;
}

} // namespace sp::phys
