// What happened during a step, read after it: contacts that began, sensor overlaps that
// began, bodies that left the world. Box2D reports through callbacks while its world is
// locked; the collector only records, and the game acts on the lists after step().
#include "engine/physics/world_impl.h"

#include <algorithm>

namespace sp::phys {

void ContactCollector::BeginContact(b2Contact* contact) {
    b2Fixture* fa = contact->GetFixtureA();
    b2Fixture* fb = contact->GetFixtureB();
    b2Body* ba = fa->GetBody();
    b2Body* bb = fb->GetBody();

    // A sensor overlap names the sensor's body first. Box2D 2.4 also overlaps two sensors
    // with each other; each of them then gets its own event.
    if (fa->IsSensor() || fb->IsSensor()) {
        if (fa->IsSensor()) sensors->push_back({idOf(ba), idOf(bb), {}, 0, {}, {}});
        if (fb->IsSensor()) sensors->push_back({idOf(bb), idOf(ba), {}, 0, {}, {}});
        return;
    }

    // Begin-contact runs before the step's velocities are solved (or, for a continuous
    // hit, before the impact is resolved), so these are the velocities of the approach.
    b2WorldManifold wm;
    contact->GetWorldManifold(&wm);
    const int n = contact->GetManifold()->pointCount;
    b2Vec2 point = ba->GetWorldCenter();
    if (n > 0) {
        point = wm.points[0];
        for (int i = 1; i < n; ++i) point += wm.points[i];
        point *= 1.0f / static_cast<float>(n);
    }
    // The normal points from A to B: A approaches B when (vA - vB) . n > 0.
    b2Vec2 rel = ba->GetLinearVelocityFromWorldPoint(point) - bb->GetLinearVelocityFromWorldPoint(point);
    double approach = std::max(0.0, static_cast<double>(b2Dot(rel, wm.normal)));
    contacts->push_back({idOf(ba), idOf(bb), fromB2(point), approach, fromB2(wm.normal), fromB2(rel)});
}

// Measured from the body origin (what state() reports), after the step.
void World::Impl::collectLeftWorld() {
    const double r2 = def.boundsRadius * def.boundsRadius;
    for (Slot& s : slots) {
        if (!s.body || s.reportedLeft || s.body->GetType() == b2_staticBody) continue;
        if (lengthSq(fromB2(s.body->GetPosition()) - def.boundsCenter) > r2) {
            s.reportedLeft = true;
            left.push_back(idOf(s.body));
        }
    }
}

void World::Impl::forgetInEvents(BodyId id) {
    auto names = [id](const ContactEvent& e) { return e.a == id || e.b == id; };
    contacts.erase(std::remove_if(contacts.begin(), contacts.end(), names), contacts.end());
    sensors.erase(std::remove_if(sensors.begin(), sensors.end(), names), sensors.end());
    left.erase(std::remove(left.begin(), left.end(), id), left.end());
}

} // namespace sp::phys
