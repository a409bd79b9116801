// engine/physics World: contacts, sensors, bounds, ray casts, destruction and determinism.
#include "engine/core/rng.h"
#include "engine/physics/world.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sp;
using namespace sp::phys;

namespace {

constexpr double kDt = 1.0 / 60.0;

BodyId staticCircle(World& w, Vec2 at, double radius, bool sensor = false) {
    BodyDef d;
    d.kind = BodyKind::Static;
    d.position = at;
    BodyId id = w.createBody(d);
    ShapeDef s;
    s.sensor = sensor;
    w.addCircle(id, radius, {}, s);
    return id;
}

BodyId ball(World& w, Vec2 at, Vec2 velocity, double radius = 0.5, uint32_t tag = 0) {
    BodyDef d;
    d.position = at;
    d.velocity = velocity;
    d.tag = tag;
    BodyId id = w.createBody(d);
    w.addCircle(id, radius);
    return id;
}

bool names(const ContactEvent& e, BodyId x, BodyId y) {
    return (e.a == x && e.b == y) || (e.a == y && e.b == x);
}

} // namespace

TEST_CASE("A falling body hits a static planet once, at the speed it fell", "[world][contact]") {
    World w;
    const double mu = 250, R = 5;   // surface gravity 10 units/s^2
    BodyId ground = staticCircle(w, {0, 0}, R);
    w.makeAttractor(ground, mu, R);
    BodyId b = ball(w, {0, 8}, {0, 0});

    int events = 0;
    ContactEvent first{};
    for (int i = 0; i < 180; ++i) {
        w.step(kDt);
        for (const ContactEvent& e : w.contacts()) {
            if (events++ == 0) first = e;
        }
        CHECK(w.sensorEvents().empty());
    }
    REQUIRE(events == 1);
    CHECK(names(first, ground, b));
    CHECK(first.point.x == Approx(0).margin(0.02));
    CHECK(first.point.y == Approx(R).margin(0.02));
    // Free fall from r = 8 to r = 5.5 (ball radius 0.5): v^2 = 2 mu (1/5.5 - 1/8).
    const double expected = std::sqrt(2 * mu * (1 / 5.5 - 1 / 8.0));
    INFO("approach " << first.approachSpeed << " expected " << expected);
    CHECK(first.approachSpeed == Approx(expected).epsilon(0.01));
    // And it came to rest on the surface: no bounce, no tunnelling.
    CHECK(length(w.state(b).position) == Approx(5.5).margin(0.03));
}

TEST_CASE("Approach speed is zero for bodies that touch while separating", "[world][contact]") {
    World w;
    BodyId a = ball(w, {0, 0}, {-1, 0});
    BodyId b = ball(w, {0.9, 0}, {1, 0});   // already overlapping, flying apart
    w.step(kDt);
    REQUIRE(w.contacts().size() == 1);
    CHECK(names(w.contacts()[0], a, b));
    CHECK(w.contacts()[0].approachSpeed == 0);
}

TEST_CASE("A body passing through a sensor gives one sensor event naming the sensor first", "[world][sensor]") {
    World w;
    BodyDef zoneDef;
    zoneDef.kind = BodyKind::Static;
    BodyId zone = w.createBody(zoneDef);
    ShapeDef sensor;
    sensor.sensor = true;
    w.addBox(zone, 1, 1, sensor);
    BodyId probe = ball(w, {-5, 0}, {10, 0}, 0.25, 7);

    std::vector<ContactEvent> seen;
    for (int i = 0; i < 120; ++i) {
        w.step(kDt);
        seen.insert(seen.end(), w.sensorEvents().begin(), w.sensorEvents().end());
        CHECK(w.contacts().empty());
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].a == zone);
    CHECK(seen[0].b == probe);
    CHECK(w.tag(seen[0].b) == 7);
    CHECK(w.state(probe).position.x > 10);   // it went straight through
    CHECK(w.state(probe).velocity.x == Approx(10));
}

TEST_CASE("Events are cleared at the start of each step", "[world][contact]") {
    World w;
    ball(w, {0, 0}, {});
    ball(w, {0.9, 0}, {});
    w.step(kDt);
    CHECK(w.contacts().size() == 1);
    w.step(kDt);   // still touching: no new begin
    CHECK(w.contacts().empty());
}

TEST_CASE("Leaving the world is reported exactly once", "[world][bounds]") {
    WorldDef def;
    def.boundsCenter = {1, 0};
    def.boundsRadius = 10;
    World w(def);
    BodyId runaway = ball(w, {1, 0}, {5, 0});
    staticCircle(w, {100, 0}, 1);   // static bodies outside never count
    BodyId stayer = ball(w, {1, 3}, {0, 0});

    int reports = 0;
    for (int i = 0; i < 300; ++i) {
        w.step(kDt);
        for (BodyId id : w.leftWorld()) {
            ++reports;
            CHECK(id == runaway);
            CHECK(w.state(id).position.x - 1 > 10);
            CHECK(w.state(id).position.x - 1 < 10 + 5 * kDt * 1.01);   // reported on the tick it crossed
        }
    }
    CHECK(reports == 1);
    CHECK(w.alive(runaway));   // reported, not removed: the game decides
    CHECK(w.alive(stayer));
}

TEST_CASE("rayCast finds the closest body, skipping sensors and ignored bodies", "[world][ray]") {
    World w;
    // Created far-first so that "closest" cannot come from creation order.
    BodyId far = staticCircle(w, {15, 0}, 1);
    BodyId near = staticCircle(w, {5, 0}, 1);
    BodyId mid = staticCircle(w, {10, 0}, 1);
    staticCircle(w, {2, 0}, 0.5, true);   // a sensor on the path

    RayHit h = w.rayCast({0, 0}, {20, 0});
    REQUIRE(h.hit);
    CHECK(h.body == near);
    CHECK(h.point.x == Approx(4).margin(1e-4));
    CHECK(h.point.y == Approx(0).margin(1e-4));
    CHECK(h.fraction == Approx(0.2).margin(1e-5));

    h = w.rayCast({0, 0}, {20, 0}, {near});
    REQUIRE(h.hit);
    CHECK(h.body == mid);
    CHECK(h.point.x == Approx(9).margin(1e-4));

    h = w.rayCast({0, 0}, {20, 0}, {near, mid});
    REQUIRE(h.hit);
    CHECK(h.body == far);

    h = w.rayCast({20, 0}, {0, 0});
    REQUIRE(h.hit);
    CHECK(h.body == far);
    CHECK(h.point.x == Approx(16).margin(1e-4));

    CHECK_FALSE(w.rayCast({0, 0}, {20, 0}, {near, mid, far}).hit);
    CHECK_FALSE(w.rayCast({0, 5}, {20, 5}).hit);
    CHECK_FALSE(w.rayCast({3, 3}, {3, 3}).hit);   // zero length: no hit, no Box2D assert
}

TEST_CASE("lineOfSight is blocked by a planet and clear around it", "[world][ray]") {
    World w;
    BodyId moon = staticCircle(w, {0, 0}, 2);
    BodyId relay = ball(w, {0, 6}, {});
    const Vec2 earth{-50, 0}, farSide{3, 0};

    CHECK_FALSE(w.lineOfSight(earth, farSide));
    CHECK(w.lineOfSight(earth, farSide, {moon}));
    CHECK(w.lineOfSight(earth, {-50, 10}));
    // The relay can see both ends; it ignores its own body.
    CHECK(w.lineOfSight({0, 6}, earth, {relay}));
    CHECK(w.lineOfSight({0, 6}, farSide, {relay}));
    // A ray that starts inside a shape does not hit that shape (Box2D rays only enter).
    CHECK(w.lineOfSight({0, 6}, earth));
    CHECK(w.lineOfSight({0, 0}, {0, 5}, {relay}));   // from the moon's center, outward
    CHECK_FALSE(w.lineOfSight({0, 0}, {0, 10}));     // ...but the relay is in the way
}

TEST_CASE("destroyBody keeps other handles stable and is never named again", "[world][destroy]") {
    World w;
    const double R = 5;
    BodyId ground = staticCircle(w, {0, 0}, R);
    w.makeAttractor(ground, 250, R);
    BodyId a = ball(w, {0, 8}, {}, 0.5, 1);
    BodyId b = ball(w, {0, -8}, {}, 0.5, 2);
    REQUIRE(w.bodyCount() == 3);

    w.destroyBody(a);
    CHECK_FALSE(w.alive(a));
    CHECK(w.alive(b));
    CHECK(w.bodyCount() == 2);
    CHECK(w.tag(b) == 2);
    CHECK(w.tag(a) == 0);
    CHECK(w.mass(a) == 0);
    CHECK(w.state(a).position == Vec2{});
    w.applyForce(a, {1, 1});   // harmless no-ops on a dead id
    w.setState(a, {});
    w.destroyBody(a);
    CHECK(w.bodyCount() == 2);

    BodyId c = ball(w, {8, 0}, {}, 0.5, 3);
    CHECK(c.index == 3);   // slots are not reused
    CHECK(w.tag(c) == 3);

    // b and c fall and hit the ground; a never appears.
    int contacts = 0;
    for (int i = 0; i < 120; ++i) {
        w.step(kDt);
        for (const ContactEvent& e : w.contacts()) {
            ++contacts;
            CHECK(e.a != a);
            CHECK(e.b != a);
        }
    }
    CHECK(contacts == 2);

    // Destroying a body right after the step that reported it removes it from the events.
    World w2;
    BodyId p = ball(w2, {0, 0}, {});
    BodyId q = ball(w2, {0.9, 0}, {});
    w2.step(kDt);
    REQUIRE(w2.contacts().size() == 1);
    w2.destroyBody(q);
    CHECK(w2.contacts().empty());
    CHECK(w2.alive(p));
}

TEST_CASE("Attractors: inverse square, held inside minRadius, never self-pulling", "[world][gravity]") {
    World w;
    BodyDef d;
    d.kind = BodyKind::Kinematic;
    BodyId planet = w.createBody(d);
    w.makeAttractor(planet, 100, 2);
    CHECK(w.gravityMu(planet) == 100);

    Vec2 g = w.gravityAt({10, 0});
    CHECK(g.x == Approx(-1.0));
    CHECK(g.y == Approx(0).margin(1e-12));
    CHECK(length(w.gravityAt({0, 1})) == Approx(25.0));   // held at mu / 2^2
    CHECK(length(w.gravityAt({0, 0})) == 0);

    // A dynamic attractor with a second attractor: each pulls the other, neither itself.
    World w2;
    BodyId s1 = ball(w2, {-5, 0}, {});
    BodyId s2 = ball(w2, {5, 0}, {});
    w2.makeAttractor(s1, 10, 0.5);
    w2.makeAttractor(s2, 10, 0.5);
    w2.step(kDt);
    CHECK(w2.state(s1).velocity.x > 0);
    CHECK(w2.state(s2).velocity.x < 0);
    CHECK(w2.state(s1).velocity.x == Approx(-w2.state(s2).velocity.x));
    CHECK(w2.state(s1).velocity.x == Approx(10.0 / 100 * kDt).epsilon(1e-5));

    // feelsGravity = false is left alone; so is a dynamic body far from everything.
    World w3;
    staticCircle(w3, {}, 1);
    w3.makeAttractor(BodyId{0}, 100, 1);
    BodyDef free;
    free.position = {5, 0};
    free.feelsGravity = false;
    BodyId drifter = w3.createBody(free);
    w3.addCircle(drifter, 0.1);
    for (int i = 0; i < 60; ++i) w3.step(kDt);
    CHECK(w3.state(drifter).position.x == 5);
    w3.makeAttractor(BodyId{0}, 0, 1);
    CHECK(w3.gravityMu(BodyId{0}) == 0);
    CHECK(length(w3.gravityAt({5, 0})) == 0);
}

TEST_CASE("Bodies never fall asleep, even when barely moving", "[world][gravity]") {
    // Box2D would sleep a body slower than 0.01 units/s after 0.5 s; a sleeping body
    // ignores forces. This pull gives 1e-4 units/s after one second.
    World w;
    BodyId anchor = staticCircle(w, {1000, 0}, 1);
    w.makeAttractor(anchor, 1e-4 * 1000 * 1000, 1);
    BodyId probe = ball(w, {}, {});
    for (int i = 0; i < 120; ++i) w.step(kDt);
    const double x2 = w.state(probe).position.x;
    for (int i = 0; i < 120; ++i) w.step(kDt);
    CHECK(w.state(probe).velocity.x == Approx(4 * 1e-4).epsilon(0.01));
    CHECK(w.state(probe).position.x > x2);
}

TEST_CASE("Shapes Box2D cannot use are refused", "[world][shapes]") {
    World w;
    BodyId b = w.createBody({});
    CHECK(w.addCircle(b, 0) == ShapeResult::BadSize);
    CHECK(w.addCircle(b, std::nan("")) == ShapeResult::BadSize);
    CHECK(w.addBox(b, 1, -1) == ShapeResult::BadSize);
    CHECK(w.addPolygon(b, {{0, 0}, {1, 0}}) == ShapeResult::BadSize);
    CHECK(w.addPolygon(b, {{0, 0}, {1, 0}, {2, 0}}) == ShapeResult::BadSize);
    CHECK(w.addPolygon(b, {{0, 0}, {1e-4, 0}, {0, 1e-4}}) == ShapeResult::BadSize);
    CHECK(w.addSegment(b, {1, 1}, {1, 1}) == ShapeResult::BadSize);
    CHECK(w.addPolygon(b, {{0, 0}, {2, 0}, {0, 1}}) == ShapeResult::Added);
    CHECK(w.mass(b) == Approx(1.0).epsilon(1e-5));   // area 1, density 1
    CHECK(w.addSegment(b, {0, 0}, {1, 1}) == ShapeResult::Added);
    // A destroyed body takes no shape, and says so.
    w.destroyBody(b);
    CHECK(w.addCircle(b, 1) == ShapeResult::NoSuchBody);
}

namespace {

// A small busy scene: orbits around a planet, a stack of boxes resting on it, a
// thrusting probe driven by a seeded RNG. Returns the hash after `ticks` ticks.
uint64_t runScenario(int ticks, double nudge) {
    World w;
    const double mu = 5739.8, R = 63.71;
    BodyId earth = staticCircle(w, {}, R);
    w.makeAttractor(earth, mu, R);
    for (int i = 0; i < 5; ++i) {
        const double r = 68 + 4 * i;
        const double a = 0.7 * i;
        ball(w, fromAngle(a) * r, perpLeft(fromAngle(a)) * std::sqrt(mu / r), 0.2);
    }
    for (int i = 0; i < 4; ++i) {
        BodyDef d;
        d.position = {0, R + 0.5 + 1.05 * i};
        BodyId box = w.createBody(d);
        w.addBox(box, 0.5, 0.5);
    }
    BodyId probe = ball(w, {0, -(R + 2) - nudge}, {4, 0}, 0.3);
    Rng rng(2024);
    for (int t = 0; t < ticks; ++t) {
        w.applyForce(probe, {rng.range(-0.5, 0.5), rng.range(-0.5, 0.5)});
        w.step(kDt);
    }
    return w.stateHash();
}

} // namespace

TEST_CASE("Identical worlds give identical hashes, a tiny change does not", "[world][determinism]") {
    const uint64_t h1 = runScenario(1000, 0);
    const uint64_t h2 = runScenario(1000, 0);
    CHECK(h1 == h2);
    CHECK(runScenario(1000, 1e-3) != h1);   // one probe 100 m lower at the start
    CHECK(runScenario(999, 0) != h1);

    World w;
    BodyId a = ball(w, {}, {});
    const uint64_t one = w.stateHash();
    ball(w, {5, 0}, {});
    CHECK(w.stateHash() != one);
    w.destroyBody(a);
    CHECK(w.stateHash() != one);
}
