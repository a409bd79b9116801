// The inside of World, shared by world.cpp (bodies, gravity, stepping), world_events.cpp
// (contact collection, bounds) and world_query.cpp (ray casts). Not part of the interface:
// only engine/physics includes it.
#pragma once
#include "engine/physics/world.h"

#include <box2d/box2d.h>

namespace sp::phys {

// Box2D keeps state in float; everything outside this module is double.
inline b2Vec2 toB2(Vec2 v) { return b2Vec2(static_cast<float>(v.x), static_cast<float>(v.y)); }
inline Vec2 fromB2(b2Vec2 v) { return {v.x, v.y}; }

// Records Box2D's begin-contact callbacks. It only appends to vectors: Box2D's world is
// locked during the step, and acting on events here would make the result depend on the
// order in which Box2D happens to visit contacts.
class ContactCollector : public b2ContactListener {
public:
    std::vector<ContactEvent>* contacts = nullptr;
    std::vector<ContactEvent>* sensors = nullptr;
    void BeginContact(b2Contact* contact) override;
};

// One per created body. Slots are never reused or reordered, so a BodyId stays the same
// index for the world's lifetime and creation order is slot order (the hash relies on it).
struct Slot {
    b2Body* body = nullptr;        // null once destroyed
    uint32_t tag = 0;
    bool feelsGravity = true;
    bool reportedLeft = false;     // leftWorld() names a body once
    double mu = 0;                 // > 0 for attractors
    double minRadius = 0;
};

struct World::Impl {
    WorldDef def;
    ContactCollector listener;     // declared before `world`: it must outlive it
    b2World world{b2Vec2(0.0f, 0.0f)};
    std::vector<Slot> slots;
    std::vector<int32_t> attractors;   // slot indices, in the order they became attractors
    int liveCount = 0;

    std::vector<ContactEvent> contacts;
    std::vector<ContactEvent> sensors;
    std::vector<BodyId> left;

    b2Body* body(BodyId id) const {
        if (id.index < 0 || id.index >= static_cast<int32_t>(slots.size())) return nullptr;
        return slots[static_cast<size_t>(id.index)].body;
    }
    // The acceleration at `p` from every attractor except `self` (a body does not pull itself).
    Vec2 gravityAt(Vec2 p, int32_t self) const;
    // After the step: bodies that crossed the bounds for the first time.
    void collectLeftWorld();
    // A destroyed body must not appear in events that were collected before it died.
    void forgetInEvents(BodyId id);
};

// The BodyId that Box2D's body user data holds (the slot index, set at creation).
inline BodyId idOf(b2Body* b) {   // Box2D 2.4 has no const GetUserData
    return BodyId{static_cast<int32_t>(b->GetUserData().pointer)};
}

} // namespace sp::phys
