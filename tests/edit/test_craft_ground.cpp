// The editor's other craft and a local frame's ground line, on the map: picking and dragging
// them as the canvas does (edit/gestures.h through the Document), a new craft's orbit, and a
// ground line that every edit keeps valid (points left to right: checkGround), checked by
// saving and loading the bytes as the game will.
#include "engine/core/file_io.h"
#include "game/edit/document.h"
#include "game/edit/gestures.h"
#include "game/edit/ground.h"
#include "game/sim/bodies.h"
#include "game/sim/level_io.h"
#include "game/sim/level_types.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sp;
using namespace sp::edit;

namespace {

// Earth, the ship east of it, and another craft north of it, inside a big zone.
Level orbitScene() {
    Level l;
    l.id = "craft-1";
    l.attractors.push_back(Attractor{});   // Earth at the origin
    l.ship.x_km = 7000;
    l.ship.y_km = 0;
    l.ship.vy_km_s = 7.5;
    l.zones.push_back(Zone{{}, 0, 9000, 3000});
    Ship station;
    station.name = Text{"Tiangong", u8"天宫"};
    station.x_km = 0;
    station.y_km = 9000;
    station.vx_km_s = -6.6;
    l.craft.push_back(station);
    l.goals.list.push_back(Goal{});   // reach zone 0
    l.actions.burn = true;
    return l;
}

// tests/scenes/lunar-landing.json: a local frame a metre per unit, a flat ground line of five
// points from -200 m to 200 m, a lander 5.8 m up.
Level landing() {
    const auto bytes = readFile(test::dataDir() + "/tests/scenes/lunar-landing.json");
    REQUIRE(bytes);
    LevelLoad load = parseLevel(*bytes);
    INFO((load.problems.empty() ? "" : load.problems[0].message));
    REQUIRE(load.ok());
    REQUIRE(load.level->ground.size() == 5);
    return *load.level;
}

// The level as the game would load it from the editor's file: no problems at all.
void requireLoads(const Level& l) {
    const LevelLoad back = parseLevel(saveLevel(l));
    std::string said;
    for (const Problem& p : back.problems) said += p.pointer + ": " + p.message + "\n";
    INFO(said);
    CHECK(back.problems.empty());
    REQUIRE(back.ok());
}

// A whole drag as the canvas makes it: one group, the move recomputed every frame from the
// object's start and the pointer's way so far.
void drag(Document& doc, Ref r, std::initializer_list<Vec2> way, double gridKm) {
    const Vec2 start = *positionOf(doc.level(), r);
    doc.beginGroup("move");
    for (Vec2 d : way) {
        const Vec2 step = moveDelta(doc.level(), r, start, d, gridKm);
        if (step.x != 0 || step.y != 0) doc.moveBy(r, step);
    }
    doc.endGroup();
}

} // namespace

TEST_CASE("edit: another craft is picked before the zone around it, and dragged on the grid") {
    Document doc(orbitScene());
    const double kmPerPx = 50;
    const Ref craft{Kind::Craft, 0};
    CHECK(isPlaced(Kind::Craft));
    CHECK(pick(doc.level(), {0, 9000}, kmPerPx) == craft);
    CHECK(pick(doc.level(), {15 * kmPerPx, 9000}, kmPerPx) == craft);             // within its drawn size
    CHECK(pick(doc.level(), {0, 9000 + 2000}, kmPerPx) == Ref{Kind::Zone, 0});     // the zone, away from it
    CHECK(pick(doc.level(), {7000, 0}, kmPerPx) == Ref{Kind::Ship, 0});

    drag(doc, craft, {{130, 40}, {980, -260}, {1234, -567}}, 100);
    CHECK(doc.level().craft[0].x_km == Approx(1200));
    CHECK(doc.level().craft[0].y_km == Approx(8400));
    CHECK(doc.level().craft[0].vx_km_s == Approx(-6.6));   // a move changes only where it is
    CHECK(doc.level().ship.x_km == Approx(7000));
    requireLoads(doc.level());

    REQUIRE(doc.undo());   // the whole drag is one step
    CHECK(doc.level().craft[0].x_km == 0);
    CHECK(doc.level().craft[0].y_km == 9000);
}

TEST_CASE("edit: another craft has a nose and a velocity to drag, as the ship has") {
    const Level l = orbitScene();
    HandleScale scale;
    scale.kmPerPx = 20;
    const Ref craft{Kind::Craft, 0};
    const auto handles = handlesOf(l, craft, scale);
    REQUIRE(handles.size() == 2);
    CHECK(pickHandle(l, craft, handles[0].km, scale) == HandleKind::Nose);
    CHECK(pickHandle(l, craft, handles[1].km, scale) == HandleKind::Velocity);

    const auto turn = dragHandle(l, craft, HandleKind::Nose, {0, 9000 + 1000}, scale, 0);
    REQUIRE(turn.size() == 1);
    CHECK(std::get<double>(turn[0].second) == Approx(90));
    const double perKms = scale.pxPerKms * scale.kmPerPx;
    const auto aim = dragHandle(l, craft, HandleKind::Velocity, Vec2{0, 9000} + Vec2{-7.04, 0.23} * perKms, scale, 1);
    REQUIRE(aim.size() == 2);
    CHECK(std::get<double>(aim[0].second) == Approx(-7.0));
    CHECK(std::get<double>(aim[1].second) == Approx(0.2));

    // At rest (a craft on a landing site), its velocity's tip would be under it: no handle
    // there, so a press on it moves it.
    Level still = l;
    still.craft[0].vx_km_s = 0;
    CHECK(handlesOf(still, craft, scale).size() == 1);
}

TEST_CASE("edit: a new craft starts on a circular orbit about what pulls hardest there, or at rest") {
    Level l = orbitScene();
    const Vec2 v = circularVelocity(l, {0, -8000});
    CHECK(v.x == Approx(std::sqrt(l.attractors[0].mu_km3_s2 / 8000)));   // counter-clockwise
    CHECK(v.y == Approx(0).margin(1e-12));
    const auto o = orbitFrom(l, {0, -8000}, v);
    REQUIRE(o.has_value());
    CHECK(o->elements.a == Approx(8000).epsilon(1e-9));
    CHECK(o->elements.e == Approx(0).margin(1e-9));

    // Near a moon that orbits the Earth: about the moon, moving with it.
    Attractor moon;
    moon.look = "moon";
    moon.radius_km = 1737;
    moon.mu_km3_s2 = 4902.8;
    moon.orbits = 0;
    l.attractors.push_back(moon);
    const Vec2 moonAt{moon.orbit_a_km, 0};   // periapsis along +x, starting there
    const Vec2 near = moonAt + Vec2{0, 2500};
    const auto around = orbitFrom(l, near, circularVelocity(l, near));
    REQUIRE(around.has_value());
    CHECK(around->attractor == 1);
    CHECK(around->elements.a == Approx(2500).epsilon(1e-6));
    CHECK(around->elements.e == Approx(0).margin(1e-6));

    // No attractors (a landing site): at rest.
    const Level site = landing();
    const Vec2 none = circularVelocity(site, {0.1, 0.05});
    CHECK(none.x == 0);
    CHECK(none.y == 0);
}

TEST_CASE("edit: a ground point is picked and dragged, and never past its neighbours") {
    Document doc(landing());
    const Ref third{Kind::GroundPoint, 2};   // at x 0, between -0.05 and 0.05
    CHECK(isPlaced(Kind::GroundPoint));
    // 1 px = 1 m: the points are 50 m apart, the lander (drawn 18 px) 5.8 m above x 0.
    CHECK(pick(doc.level(), {-0.05, 0.001}, 0.001) == Ref{Kind::GroundPoint, 1});
    CHECK(pick(doc.level(), {0, 0.0058}, 0.001) == Ref{Kind::Ship, 0});
    // Zoomed in 20 times, the point under the lander is clear of it.
    CHECK(pick(doc.level(), {0, 0.0001}, 0.00005) == third);

    SECTION("up and sideways, on the grid") {
        drag(doc, third, {{0.012, 0.018}, {0.021, 0.031}}, 0.01);
        CHECK(doc.level().ground[2].x_km == Approx(0.02));
        CHECK(doc.level().ground[2].y_km == Approx(0.03));
        requireLoads(doc.level());
    }
    SECTION("far past the next point: it stops short of it, and the file still loads") {
        drag(doc, third, {{0.04, 0}, {0.09, -0.01}, {0.3, -0.02}}, 0.01);
        const auto& g = doc.level().ground;
        CHECK(g[2].x_km < g[3].x_km);
        CHECK(g[2].x_km > 0.0499);
        CHECK(saveLevel(doc.level()).find("\"x_km\": 0.04998,") != std::string::npos);   // not 0.049979999...
        CHECK(g[2].y_km == Approx(-0.02));
        CHECK(g[3].x_km == Approx(0.05));   // the neighbour stays where it was
        requireLoads(doc.level());
        // Unsnapped, and leftwards past both neighbours to the far end.
        drag(doc, third, {{-0.5, 0}}, 0);
        CHECK(g[1].x_km < g[2].x_km);
        CHECK(g[2].x_km < -0.0499);
        requireLoads(doc.level());
    }
    SECTION("the end points go as far as one likes outwards") {
        drag(doc, {Kind::GroundPoint, 4}, {{0.3, 0.1}}, 0.01);
        CHECK(doc.level().ground[4].x_km == Approx(0.5));
        drag(doc, {Kind::GroundPoint, 0}, {{0.6, 0}}, 0.01);   // inwards: stops at its neighbour
        CHECK(doc.level().ground[0].x_km < doc.level().ground[1].x_km);
        requireLoads(doc.level());
    }
    SECTION("arrow-key nudges (moveBy) are held the same way") {
        for (int i = 0; i < 20; ++i) doc.moveBy(third, {0.01, 0});
        CHECK(doc.level().ground[2].x_km < doc.level().ground[3].x_km);
        requireLoads(doc.level());
    }
}

TEST_CASE("edit: a new ground point goes in x order, on the line, and the level stays valid") {
    Document doc(landing());
    auto insertAt = [&](Vec2 km, double clearance) {
        const std::vector<GroundInsert> at = groundInsertion(doc.level(), km, clearance);
        REQUIRE(at.size() == 1);
        REQUIRE(doc.insert({Kind::GroundPoint, at[0].index}, at[0].point));
        return at[0];
    };
    // Between -0.2 and -0.05, where the line is flat at 0: the new point is the second.
    const GroundInsert a = insertAt({-0.12, 0.3}, 0.01);
    CHECK(a.index == 1);
    CHECK(a.point.x_km == Approx(-0.12));
    CHECK(a.point.y_km == Approx(0));
    CHECK(doc.selection() == Ref{Kind::GroundPoint, 1});
    REQUIRE(doc.level().ground.size() == 6);
    for (size_t i = 1; i < doc.level().ground.size(); ++i) CHECK(doc.level().ground[i - 1].x_km < doc.level().ground[i].x_km);
    requireLoads(doc.level());

    // On a slope, the point sits on it: raise point 5 (x 0.2) to 0.1 and add at x 0.125.
    REQUIRE(doc.set({Kind::GroundPoint, 5}, "y_km", 0.1));
    const GroundInsert slope = insertAt({0.125, 0}, 0.01);
    CHECK(slope.index == 5);
    CHECK(slope.point.y_km == Approx(0.05));

    // On top of a point: beside it instead, halfway along its longer side.
    const GroundInsert beside = insertAt({0, 0}, 0.01);   // neighbours at -0.05 and 0.05
    CHECK(beside.point.x_km == Approx(0.025));
    // Past the right end: the line grows there.
    const size_t n = doc.level().ground.size();
    const GroundInsert end = insertAt({0.2, 0}, 0.01);
    CHECK(end.index == int(n));
    CHECK(end.point.x_km == Approx(0.21));
    CHECK(end.point.y_km == Approx(0.1));
    requireLoads(doc.level());

    // One undo removes the last point; the rest is as it was.
    REQUIRE(doc.undo());
    CHECK(doc.level().ground.size() == n);
}

TEST_CASE("edit: the first ground point of a landing site makes a line of two") {
    Level l = landing();
    l.ground.clear();
    const auto first = groundInsertion(l, {0.1, -0.01}, 0.05);
    REQUIRE(first.size() == 2);
    Document doc(l);
    for (const GroundInsert& g : first) REQUIRE(doc.insert({Kind::GroundPoint, g.index}, g.point));
    CHECK(doc.level().ground[0].x_km == Approx(0.05));
    CHECK(doc.level().ground[1].x_km == Approx(0.15));
    CHECK(doc.level().ground[1].y_km == Approx(-0.01));
    requireLoads(doc.level());

    // Points closer than the editor's gap (a file may have them: validation asks for half of
    // it) leave no room between them, and nothing is added.
    Level packed = l;
    const double gap = groundGapKm(packed);
    packed.ground = {{0, 0}, {gap * 1.5, 0}, {gap * 3, 0}};
    CHECK(groundInsertion(packed, {gap * 1.5, 0}, 0.05).empty());
    // Near an end there is always room: past it.
    const auto past = groundInsertion(packed, {0, 0}, 0.05);
    REQUIRE(past.size() == 1);
    CHECK(past[0].index == 0);
    CHECK(past[0].point.x_km == Approx(-0.05));
}

TEST_CASE("edit: a duplicated ground point lands beside the original, in x order") {
    Document doc(landing());
    const auto copy = doc.duplicate({Kind::GroundPoint, 4});   // the last one, at 0.2
    REQUIRE(copy);
    CHECK(copy->index == 5);
    CHECK(doc.level().ground[5].x_km > 0.2);
    const auto middle = doc.duplicate({Kind::GroundPoint, 1});   // between -0.2 and 0
    REQUIRE(middle);
    const auto& g = doc.level().ground;
    for (size_t i = 1; i < g.size(); ++i) CHECK(g[i - 1].x_km < g[i].x_km);
    requireLoads(doc.level());
}

TEST_CASE("edit: the inspector lists other craft and ground points, and problems find them") {
    const Level l = landing();
    std::vector<std::string> keys;
    for (const PropInfo* p : propsOf(Kind::GroundPoint)) keys.push_back(p->key);
    CHECK(keys == std::vector<std::string>{"x_km", "y_km"});
    const auto craftProps = propsOf(Kind::Craft);
    const auto shipProps = propsOf(Kind::Ship);
    REQUIRE(craftProps.size() == shipProps.size());
    for (size_t i = 0; i < craftProps.size(); ++i) CHECK(craftProps[i] == shipProps[i]);   // the ship's own table

    CHECK(std::get<double>(*get(l, {Kind::GroundPoint, 4}, "x_km")) == Approx(0.2));
    CHECK(refFromPointer("/ground/3/x_km") == Ref{Kind::GroundPoint, 3});
    CHECK(refFromPointer("/craft/0") == Ref{Kind::Craft, 0});

    // A point typed into the inspector left of its neighbour is a problem that names it.
    Level bad = l;
    REQUIRE(set(bad, {Kind::GroundPoint, 3}, "x_km", Value(-0.1)));
    const auto problems = validateLevel(bad);
    REQUIRE_FALSE(problems.empty());
    CHECK(refFromPointer(problems[0].pointer) == Ref{Kind::GroundPoint, 3});

    // The map's frame holds the whole ground line.
    const Box all = boundsOf(l);
    CHECK(all.lo.x <= -0.2);
    CHECK(all.hi.x >= 0.2);
}

TEST_CASE("edit: new ground from a seed replaces the line in one command, and keeps the zone flat") {
    Level scene = landing();
    REQUIRE_FALSE(scene.zones.empty());
    const Zone site = scene.zones[0];
    Document doc(scene);
    const std::vector<GroundPoint> before = doc.level().ground;

    // The recipe keeps the line's span and leaves the zone clear.
    const TerrainRecipe r = groundRecipe(doc.level(), 7);
    CHECK(r.seed == 7);
    CHECK(r.from_km == before.front().x_km);
    CHECK(r.to_km == before.back().x_km);
    REQUIRE(r.clear.size() == 1);
    CHECK(r.clear[0].from_km == Approx(std::max(r.from_km, site.x_km - site.radius_km)));

    const std::vector<GroundPoint> made = groundFromSeed(doc.level(), 7);
    CHECK(made.size() > before.size());   // craters and rocks take more than five points
    CHECK(made.size() <= kMaxGround);
    CHECK(made == groundFromSeed(doc.level(), 7));   // the same seed, the same ground
    CHECK_FALSE(made == groundFromSeed(doc.level(), 8));
    REQUIRE(replaceGround(doc, made));
    CHECK(doc.level().ground == made);
    CHECK(doc.undoLabel() == "new ground");
    requireLoads(doc.level());
    // Over the zone the ground only swells: no rock or crater rim (a step of centimetres per
    // metre at most).
    for (size_t i = 1; i < made.size(); ++i) {
        const GroundPoint &a = made[i - 1], &b = made[i];
        if (a.x_km < site.x_km - site.radius_km || b.x_km > site.x_km + site.radius_km) continue;
        CHECK(std::abs(b.y_km - a.y_km) / (b.x_km - a.x_km) < 0.05);
    }
    // The same again changes nothing; one undo brings back the old five points.
    CHECK_FALSE(replaceGround(doc, made));
    REQUIRE(doc.undo());
    CHECK(doc.level().ground == before);
    REQUIRE(doc.redo());
    CHECK(doc.level().ground == made);
    // Too many points for a level file are refused, the line untouched.
    CHECK_FALSE(replaceGround(doc, std::vector<GroundPoint>(kMaxGround + 1)));
    CHECK(doc.level().ground == made);
}

TEST_CASE("edit: a moon on its orbit is where the flight starts it, and dragging it turns and resizes its orbit") {
    const auto bytes = readFile(test::dataDir() + "/levels/templates/6-moving-moon.json");
    REQUIRE(bytes);
    LevelLoad load = parseLevel(*bytes);
    REQUIRE(load.ok());
    Level level = *load.level;
    REQUIRE(level.attractors.size() == 2);
    REQUIRE(level.attractors[1].orbits == 0);
    // A station on the Moon, to see it ride along.
    Station st;
    st.attractor = 1;
    st.longitude_deg = 90;
    level.stations.push_back(st);
    Document doc(level);

    const Bodies bodies(doc.level().attractors);
    const Vec2 moon = bodies.positionAt(1, 0);
    CHECK(length(moon) == Approx(384400).epsilon(0.01));   // not its x_km, y_km of (0, 0)
    CHECK(length(attractorAt(doc.level(), 1) - moon) < 1e-6);
    CHECK(length(*positionOf(doc.level(), {Kind::Attractor, 1}) - moon) < 1e-6);
    CHECK(length(*positionOf(doc.level(), {Kind::Station, 0}) - (moon + Vec2{0, 1737.4})) < 1e-3);
    // Picked where it is drawn; the Earth's middle is the Earth, not the Moon.
    CHECK(pick(doc.level(), moon, 10) == Ref{Kind::Attractor, 1});
    CHECK(pick(doc.level(), {0, 0}, 10) == Ref{Kind::Attractor, 0});

    // Dragged 50,000 km sideways: it lands there, its orbit turned and stretched to match, and
    // the station comes with it. One undo puts it back.
    const Vec2 side = normalized(Vec2{-moon.y, moon.x}) * 50000.0;
    REQUIRE(doc.moveBy({Kind::Attractor, 1}, side));
    const Vec2 moved = attractorAt(doc.level(), 1);
    CHECK(length(moved - (moon + side)) < 1e-3);
    CHECK(doc.level().attractors[1].orbit_a_km == Approx(length(moon + side)));
    CHECK(doc.level().attractors[1].x_km == 0);   // the fixed position is not what moved
    CHECK(length(*positionOf(doc.level(), {Kind::Station, 0}) - (moved + Vec2{0, 1737.4})) < 1e-3);
    requireLoads(doc.level());
    REQUIRE(doc.undo());
    CHECK(length(attractorAt(doc.level(), 1) - moon) < 1e-6);

    // A draft whose moon names itself (or a later body) as its parent stays where it is put.
    REQUIRE(doc.set({Kind::Attractor, 1}, "orbits", 1));
    CHECK(attractorAt(doc.level(), 1) == Vec2{doc.level().attractors[1].x_km, doc.level().attractors[1].y_km});
}

TEST_CASE("edit: seen from the pole, a site stands at its latitude inside the disc, and a drag moves it north or along") {
    Level level;
    level.attractors.push_back(Attractor{});
    Station beijing;
    beijing.latitude_deg = 39.9;
    beijing.longitude_deg = 116.4;
    level.stations.push_back(beijing);
    const double R = level.attractors[0].radius_km;
    const double lon = 116.4 * kPi / 180;
    // Without satellites the view is side on: the site is on the rim.
    CHECK(length(*positionOf(level, {Kind::Station, 0})) == Approx(R));
    // With one, the level is seen from above the north pole: R cos(latitude) from the centre.
    level.satellites.push_back(Satellite{});
    Document doc(level);
    const Vec2 at = *positionOf(doc.level(), {Kind::Station, 0});
    CHECK(length(at) == Approx(R * std::cos(39.9 * kPi / 180)));
    CHECK(std::atan2(at.y, at.x) == Approx(lon));
    // Dragged halfway to the centre along its meridian: further north, same longitude.
    REQUIRE(doc.moveBy({Kind::Station, 0}, at * -0.5));
    const Station& moved = doc.level().stations[0];
    CHECK(moved.longitude_deg == Approx(116.4));
    CHECK(moved.latitude_deg == Approx(std::acos(0.5 * std::cos(39.9 * kPi / 180)) * 180 / kPi));
    // Dragged out past the rim: it stops at the equator.
    REQUIRE(doc.moveBy({Kind::Station, 0}, normalized(at) * (2 * R)));
    CHECK(doc.level().stations[0].latitude_deg == Approx(0).margin(1e-9));
}
