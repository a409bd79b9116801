// The editor's gestures without a window: grid steps, snapping, picking what is under the
// pointer, the handles of a selection and what dragging them changes, framing; and a whole
// drag through the Document, which must be one undo step.
#include "engine/core/file_io.h"
#include "game/edit/document.h"
#include "game/edit/gestures.h"
#include "game/sim/level_io.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sp;
using namespace sp::edit;

namespace {

// Earth, a ship in low orbit east of it, a zone, a gate, a rock and a station on top.
Level scene() {
    Level l;
    l.id = "g-1";
    l.attractors.push_back(Attractor{});                 // Earth at the origin, r = 6371 km
    l.ship.x_km = 7000;
    l.ship.y_km = 0;
    l.ship.vy_km_s = 7.5;
    l.zones.push_back(Zone{{}, 0, 20000, 1500});
    l.gates.push_back(Gate{{}, -15000, 0, -9000, 0});
    Debris d;
    d.x_km = 0;
    d.y_km = -9000;
    d.radius_km = 100;
    l.debris.push_back(d);
    l.stations.push_back(Station{{}, 0, 90, 0});        // on Earth's north pole
    return l;
}

double num(const Level& l, Ref r, const char* key) { return std::get<double>(*get(l, r, key)); }

double valueOf(const std::vector<Change>& changes, const char* key) {
    for (const Change& c : changes)
        if (c.first == key) return std::get<double>(c.second);
    FAIL("no change of " << key);
    return 0;
}

} // namespace

TEST_CASE("grid steps are 1, 2 or 5 times a power of ten, never below the minimum") {
    CHECK(gridStep(37) == Approx(50));
    CHECK(gridStep(50) == Approx(50));
    CHECK(gridStep(51) == Approx(100));
    CHECK(gridStep(0.3) == Approx(0.5));
    CHECK(gridStep(1200) == Approx(2000));
    CHECK(gridStep(0) == 1);
    CHECK(gridStep(-5) == 1);
    CHECK(gridStep(NAN) == 1);
}

TEST_CASE("snapping rounds to the nearest multiple, and only when a step is given") {
    CHECK(snapTo(1234.0, 100) == Approx(1200));
    CHECK(snapTo(1251.0, 100) == Approx(1300));
    CHECK(snapTo(1251.0, 0) == 1251.0);
    CHECK(std::signbit(snapTo(-0.2, 1)) == false);   // no "-0" in a saved file
    // A small step gives the decimal a file should say, not 0.15000000000000002.
    CHECK(snapTo(0.1512, 0.05) == 0.15);
    CHECK(snapTo(-0.00071, 0.0002) == -0.0008);
    CHECK(snapTo(0.37, 0.12) == Approx(0.36));
    const Vec2 p = snapTo(Vec2{-149, 251}, 100);
    CHECK(p.x == Approx(-100));
    CHECK(p.y == Approx(300));
}

TEST_CASE("picking finds the small things before the big ones that contain them") {
    const Level l = scene();
    const double kmPerPx = 50;   // a whole low orbit across the window
    CHECK(pick(l, {7000, 0}, kmPerPx) == Ref{Kind::Ship, 0});
    CHECK(pick(l, {7000 + 20 * kmPerPx, 0}, kmPerPx) == Ref{Kind::Ship, 0});     // within the slop
    CHECK(pick(l, {0, 20000}, kmPerPx) == Ref{Kind::Zone, 0});
    CHECK(pick(l, {-12000, 100}, kmPerPx) == Ref{Kind::Gate, 0});
    CHECK(pick(l, {0, -9000}, kmPerPx) == Ref{Kind::Debris, 0});
    CHECK(pick(l, {0, 6371}, kmPerPx) == Ref{Kind::Station, 0});               // on the surface, over Earth
    CHECK(pick(l, {-2000, 0}, kmPerPx) == Ref{Kind::Attractor, 0});
    CHECK_FALSE(pick(l, {30000, -30000}, kmPerPx).has_value());

    // Zoomed far out, a tiny rock is still as easy to hit as it is drawn big.
    CHECK(pick(l, {0, -9000 - 15 * 400.0}, 400) == Ref{Kind::Debris, 0});
}

TEST_CASE("each kind has the handles its shape needs") {
    const Level l = scene();
    HandleScale scale;
    scale.kmPerPx = 20;
    CHECK(handlesOf(l, {Kind::Zone, 0}, scale).size() == 1);
    CHECK(handlesOf(l, {Kind::Attractor, 0}, scale).size() == 1);
    CHECK(handlesOf(l, {Kind::Gate, 0}, scale).size() == 2);
    CHECK(handlesOf(l, {Kind::Ship, 0}, scale).size() == 2);     // nose and start velocity
    CHECK(handlesOf(l, {Kind::Station, 0}, scale).empty());
    CHECK(handlesOf(l, {Kind::Goal, 0}, scale).empty());
    CHECK(handlesOf(l, {Kind::Zone, 5}, scale).empty());         // no such zone

    Level launch = l;
    launch.actions.launch = true;   // the launch sets the speed: no velocity arrow to drag
    CHECK(handlesOf(launch, {Kind::Ship, 0}, scale).size() == 1);

    // The rim handle is on the rim; picking near it finds it, far from it finds nothing.
    const Handle rim = handlesOf(l, {Kind::Zone, 0}, scale)[0];
    CHECK(length(rim.km - Vec2{0, 20000}) == Approx(1500));
    CHECK(pickHandle(l, {Kind::Zone, 0}, rim.km + Vec2{5 * scale.kmPerPx, 0}, scale) == HandleKind::Radius);
    CHECK_FALSE(pickHandle(l, {Kind::Zone, 0}, rim.km + Vec2{80 * scale.kmPerPx, 0}, scale).has_value());
}

TEST_CASE("dragging a handle resizes, turns, moves an end or sets a velocity, snapped or not") {
    const Level l = scene();
    HandleScale scale;
    scale.kmPerPx = 20;

    SECTION("radius follows the pointer's distance from the center") {
        const auto c = dragHandle(l, {Kind::Zone, 0}, HandleKind::Radius, {0, 20000 + 2345}, scale, 0);
        CHECK(valueOf(c, "radius_km") == Approx(2345));
        const auto snapped = dragHandle(l, {Kind::Zone, 0}, HandleKind::Radius, {0, 20000 + 2345}, scale, 500);
        CHECK(valueOf(snapped, "radius_km") == Approx(2500));
        // Never below the smallest radius a file allows, even dragged onto the center.
        const auto tiny = dragHandle(l, {Kind::Zone, 0}, HandleKind::Radius, {0, 20000}, scale, 500);
        CHECK(valueOf(tiny, "radius_km") == Approx(1));
    }
    SECTION("the nose points at the pointer, in 15 degree steps when snapping") {
        const auto c = dragHandle(l, {Kind::Ship, 0}, HandleKind::Nose, {7000, 1000}, scale, 0);
        CHECK(valueOf(c, "angle_deg") == Approx(90));
        const auto s = dragHandle(l, {Kind::Ship, 0}, HandleKind::Nose, {7000 + 1000, 1100}, scale, 100);
        CHECK(valueOf(s, "angle_deg") == Approx(45));
    }
    SECTION("a gate's end goes where it is dragged") {
        const auto c = dragHandle(l, {Kind::Gate, 0}, HandleKind::End2, {-8840, 260}, scale, 100);
        CHECK(valueOf(c, "x2_km") == Approx(-8800));
        CHECK(valueOf(c, "y2_km") == Approx(300));
    }
    SECTION("the velocity arrow's tip sets the start velocity at the arrow's scale") {
        const double perKms = scale.pxPerKms * scale.kmPerPx;
        const auto c = dragHandle(l, {Kind::Ship, 0}, HandleKind::Velocity, Vec2{7000, 0} + Vec2{-1.04, 7.66} * perKms, scale, 1);
        CHECK(valueOf(c, "vx_km_s") == Approx(-1.0));
        CHECK(valueOf(c, "vy_km_s") == Approx(7.7));
    }
    SECTION("dragging to where it already is changes nothing") {
        CHECK(dragHandle(l, {Kind::Zone, 0}, HandleKind::Radius, {0, 21500}, scale, 0).empty());
        CHECK(dragHandle(l, {Kind::Station, 0}, HandleKind::Radius, {0, 0}, scale, 0).empty());
    }
}

TEST_CASE("a drag moves an object to its start plus the drag, on the grid") {
    const Level l = scene();
    const Vec2 d = moveDelta(l, {Kind::Zone, 0}, {0, 20000}, {1234, -567}, 100);
    CHECK(d.x == Approx(1200));
    CHECK(d.y == Approx(-600));
    const Vec2 free = moveDelta(l, {Kind::Zone, 0}, {0, 20000}, {1234, -567}, 0);
    CHECK(free.x == Approx(1234));
    CHECK_FALSE(moveDelta(l, {Kind::Goal, 0}, {}, {10, 10}, 0).x != 0);
}

TEST_CASE("a handle drag and a move through the Document are one undo step each") {
    Document doc(scene());
    HandleScale scale;
    scale.kmPerPx = 20;
    const Ref zone{Kind::Zone, 0};

    // Frame by frame, as the canvas does it.
    doc.beginGroup("resize");
    for (double r : {1600.0, 1800.0, 2100.0, 2400.0}) {
        const auto c = dragHandle(doc.level(), zone, HandleKind::Radius, {0, 20000 + r}, scale, 0);
        REQUIRE(doc.setMany(zone, c, "resize"));
    }
    doc.endGroup();
    CHECK(num(doc.level(), zone, "radius_km") == Approx(2400));

    const Vec2 start = *positionOf(doc.level(), zone);
    doc.beginGroup("move");
    for (Vec2 drag : {Vec2{100, 0}, Vec2{450, 120}, Vec2{1000, 1000}})
        doc.moveBy(zone, moveDelta(doc.level(), zone, start, drag, 500));
    doc.endGroup();
    CHECK(doc.level().zones[0].x_km == Approx(1000));
    CHECK(doc.level().zones[0].y_km == Approx(21000));

    REQUIRE(doc.undo());
    CHECK(doc.level().zones[0].y_km == Approx(20000));
    CHECK(num(doc.level(), zone, "radius_km") == Approx(2400));
    REQUIRE(doc.undo());
    CHECK(num(doc.level(), zone, "radius_km") == Approx(1500));
    CHECK_FALSE(doc.canUndo());
}

TEST_CASE("the frame of a real level holds all of it") {
    std::string error;
    const auto bytes = readFile(test::dataDir() + "/levels/1-6.json", &error);
    REQUIRE(bytes);
    const LevelLoad load = parseLevel(*bytes);
    REQUIRE(load.ok());
    const Level& l = *load.level;
    const Box all = boundsOf(l);
    REQUIRE_FALSE(all.empty);
    for (const Attractor& a : l.attractors) {
        CHECK(all.lo.x <= a.x_km - a.radius_km);
        CHECK(all.hi.y >= a.y_km + a.radius_km);
    }
    CHECK(all.lo.x <= l.ship.x_km);
    CHECK(all.hi.x >= l.ship.x_km);
    CHECK(boundsOf(Level{}).empty == false);   // a default level still has its ship
    Level nothing;
    CHECK(boundsOf(nothing, {Kind::Zone, 0}).empty);
}

TEST_CASE("the ship's starting orbit: an ellipse around the body that pulls hardest, none for a launch") {
    Level l = scene();
    l.ship.vy_km_s = std::sqrt(l.attractors[0].mu_km3_s2 / 7000);   // circular at 7,000 km
    const auto o = startOrbit(l);
    REQUIRE(o.has_value());
    CHECK(o->attractor == 0);
    CHECK(o->elements.a == Approx(7000).epsilon(1e-6));
    CHECK(o->semiMinorKm == Approx(7000).epsilon(1e-6));
    CHECK(length(o->centerKm) == Approx(0).margin(1e-3));

    l.ship.vy_km_s *= 1.1;   // faster: an oval, its center on the far side from the periapsis
    const auto oval = startOrbit(l);
    REQUIRE(oval.has_value());
    CHECK(oval->elements.e > 0.1);
    CHECK(oval->centerKm.x < 0);

    l.ship.vy_km_s *= 2;     // past escape speed: no closed orbit to show
    CHECK_FALSE(startOrbit(l).has_value());
    Level launch = scene();
    launch.actions.launch = true;
    CHECK_FALSE(startOrbit(launch).has_value());
}

TEST_CASE("a new object goes where the map's middle is, or the nearest free place") {
    const Level l = scene();
    // Empty space: right there.
    const Vec2 free = freeSpot(l, {30000, 30000}, 500);
    CHECK(free.x == Approx(30000));
    CHECK(free.y == Approx(30000));
    // Inside the Earth: out past its atmosphere, clear of everything else.
    const Vec2 out = freeSpot(l, {0, 0}, 1000);
    CHECK(length(out) > 6371 + 100 + 1000);
    CHECK(length(out - Vec2{l.ship.x_km, l.ship.y_km}) >= 1000 - 1e-6);
    CHECK(length(out - Vec2{0, 20000}) > 1500 + 1000);
    // A second object near the first one is not put on top of it.
    Level more = l;
    Zone z;
    z.x_km = out.x;
    z.y_km = out.y;
    z.radius_km = 300;
    more.zones.push_back(z);
    CHECK(length(freeSpot(more, {0, 0}, 1000) - out) > 300 + 1000 - 1e-6);
}
