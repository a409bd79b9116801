// The renderer against real pixels: shapes land where they should with the right colors,
// edges are antialiased, and a busy frame stays within a handful of draw calls.
#include "gfx_fixture.h"
#include <cmath>

using namespace sp;
using namespace sp::gfx;
using sp::test::context;

TEST_CASE("a filled circle covers its center and not the background", "[gfx][render]") {
    auto& g = context();
    const Color bg = rgb(0x102040), red = rgb(0xff3020);
    auto& in = test::beginFrame(g, bg);
    Vec2 c{in.windowWidth * 0.5, in.windowHeight * 0.5};
    g.renderer.useScreen();
    g.renderer.circle(c, 100.5, red);   // the edge cuts pixel 100 in half
    g.renderer.endFrame();
    test::Pixels px = test::readBack(g);
    g.app.endFrame();

    CHECK(test::near(px.at(int(c.x), int(c.y)), red));
    CHECK(test::near(px.at(int(c.x) + 90, int(c.y)), red));
    CHECK(test::near(px.at(int(c.x) + 110, int(c.y)), bg));
    CHECK(test::near(px.at(5, 5), bg));
    CHECK(test::near(px.at(int(c.x), int(c.y) - 120), bg));
    // The edge is antialiased: a pixel straddling it is a blend, neither color.
    bool blended = false;
    for (int x = int(c.x) + 97; x <= int(c.x) + 102; ++x) {
        const uint8_t* p = px.at(x, int(c.y) + 1);
        if (!test::near(p, red, 10) && !test::near(p, bg, 10)) blended = true;
    }
    CHECK(blended);
}

TEST_CASE("world-space shapes go through the camera", "[gfx][render]") {
    auto& g = context();
    const Color bg = rgb(0x000000), green = rgb(0x20e040);
    auto& in = test::beginFrame(g, bg);
    Camera2D cam;
    cam.setViewport(in.windowWidth, in.windowHeight);
    cam.lookAt({100, 50}, 20);
    cam.snap();
    g.renderer.useCamera(cam);
    g.renderer.circle({103, 52}, 1.0, green);          // 3 units right, 2 up of center
    g.renderer.rect({90, 40}, {91, 41}, green);         // 10 left, 10 down
    g.renderer.endFrame();
    test::Pixels px = test::readBack(g);
    g.app.endFrame();
    int cx = in.windowWidth / 2, cy = in.windowHeight / 2;
    CHECK(test::near(px.at(cx + 60, cy - 40), green));
    CHECK(test::near(px.at(cx, cy), bg));
    CHECK(test::near(px.at(cx - 190, cy + 190), green));
}

TEST_CASE("lines: thick, dashed, rings and polygons draw where expected", "[gfx][render]") {
    auto& g = context();
    const Color bg = rgb(0x000000), w = rgb(0xffffff);
    test::beginFrame(g, bg);
    Renderer& r = g.renderer;
    r.line({100, 100}, {500, 100}, 8, w);
    LineStyle dashed;
    dashed.dash = 20;
    dashed.gap = 20;
    r.line({100, 200}, {100, 200}, 8, w);                 // degenerate: must not crash
    r.polyline(std::vector<Vec2>{{100, 200}, {500, 200}}, 8, w, dashed);
    r.ring({800, 300}, 100, 6, w);
    Vec2 tri[3] = {{600, 600}, {700, 600}, {650, 500}};
    r.convexPolygon(tri, 3, w);
    r.endFrame();
    test::Pixels px = test::readBack(g);
    g.app.endFrame();
    CHECK(test::near(px.at(300, 100), w));
    CHECK(test::near(px.at(300, 103), w));
    CHECK(test::near(px.at(300, 110), bg));
    CHECK(test::near(px.at(110, 200), w));      // first dash: 100..120
    CHECK(test::near(px.at(130, 200), bg));     // first gap: 120..140
    CHECK(test::near(px.at(150, 200), w));
    CHECK(test::near(px.at(900, 300), w));      // on the ring
    CHECK(test::near(px.at(800, 300), bg));     // its hole
    CHECK(test::near(px.at(650, 570), w));      // inside the triangle
    CHECK(test::near(px.at(610, 520), bg));
}

TEST_CASE("1000 circles and 1000 lines take a handful of draw calls", "[gfx][render]") {
    auto& g = context();
    auto& in = test::beginFrame(g, rgb(0x000000));
    Renderer& r = g.renderer;
    for (int i = 0; i < 1000; ++i) {
        double x = (i * 37) % in.windowWidth, y = (i * 91) % in.windowHeight;
        r.circle({x, y}, 3 + i % 5, rgb(0x40a0ff, 0.8f));
        r.line({x, y}, {x + 30, y + 10}, 2, rgb(0xffb23f));
    }
    r.endFrame();
    RenderStats st = r.stats();
    g.app.endFrame();
    INFO("draw calls " << st.drawCalls << ", vertices " << st.vertices);
    CHECK(st.drawCalls >= 1);
    CHECK(st.drawCalls <= 3);
    CHECK(st.shapes == 2000);
    CHECK(st.vertices == 8000);
}

TEST_CASE("camera screen/world round trip and zoom about a point", "[gfx][camera]") {
    Camera2D cam;
    cam.setViewport(1280, 720);
    cam.lookAt({384.4, -12.5}, 3.7);
    cam.snap();
    for (Vec2 s : {Vec2{0, 0}, Vec2{640, 360}, Vec2{1279, 719}, Vec2{13.25, 700.5}}) {
        Vec2 back = cam.worldToScreen(cam.screenToWorld(s));
        CHECK(back.x == Approx(s.x).margin(1e-9));
        CHECK(back.y == Approx(s.y).margin(1e-9));
    }
    // y is up in the world, down on the screen.
    CHECK(cam.worldToScreen({384.4, -12.5 + 10}).y < 360);
    // Zooming about a point keeps the world point under it once the easing settles.
    Vec2 cursor{200, 150};
    Vec2 before = cam.screenToWorld(cursor);
    cam.zoomAt(cursor, 4.0);
    for (int i = 0; i < 200; ++i) cam.update(1.0 / 60.0);
    CHECK(cam.zoom == Approx(3.7 * 4.0));
    Vec2 after = cam.screenToWorld(cursor);
    CHECK(after.x == Approx(before.x).epsilon(1e-6));
    CHECK(after.y == Approx(before.y).epsilon(1e-6));
    // Easing is frame-rate independent: one 0.5 s step == thirty 1/60 s steps.
    Camera2D a = cam, b = cam;
    a.lookAt({0, 0}, 1);
    b.lookAt({0, 0}, 1);
    a.update(0.5);
    for (int i = 0; i < 30; ++i) b.update(0.5 / 30);
    CHECK(a.center.x == Approx(b.center.x).epsilon(1e-9));
    CHECK(a.zoom == Approx(b.zoom).epsilon(1e-9));
}

// The renderer knows nothing of planets: a sphere is a lit disc whose surface is whatever map
// the caller baked (the game's planets are game/view/planet_look.cpp).
TEST_CASE("a sphere is lit from its light's side and shows the map it is given", "[gfx][render]") {
    auto& g = context();
    Renderer& r = g.renderer;
    // Left half of the longitudes red, right half blue; glossless; nothing glows at night.
    std::vector<uint8_t> day(size_t(kSurfaceMapWidth) * kSurfaceMapHeight * 4, 0);
    for (int y = 0; y < kSurfaceMapHeight; ++y)
        for (int x = 0; x < kSurfaceMapWidth; ++x) {
            uint8_t* p = &day[(size_t(y) * kSurfaceMapWidth + x) * 4];
            (x < kSurfaceMapWidth / 2 ? p[0] : p[2]) = 110;   // half brightness: 220 once lit
        }
    CHECK(r.addSurfaceMap("test/bad", std::vector<uint8_t>(16, 0)) == -1);   // not the map size
    const int map = r.addSurfaceMap("test/halves", day);
    REQUIRE(map >= 0);
    CHECK(r.findSurfaceMap("test/halves") == map);
    CHECK(r.addSurfaceMap("test/halves", day) == map);   // a name is baked once

    auto& in = test::beginFrame(g, rgb(0x000000));
    const Vec2 plain{in.windowWidth * 0.25, in.windowHeight * 0.5}, mapped{in.windowWidth * 0.75, in.windowHeight * 0.5};
    r.useScreen();
    SphereStyle s;
    s.color = rgb(0xffffff);
    s.lightAngle = 0;              // light from the right (+x)
    s.nightBrightness = 0.05f;
    r.sphere(plain, 120, s);
    s.map = map;
    r.sphere(mapped, 120, s);
    r.endFrame();
    test::Pixels px = test::readBack(g);
    g.app.endFrame();

    const uint8_t* litSide = px.at(int(plain.x) + 60, int(plain.y));
    const uint8_t* darkSide = px.at(int(plain.x) - 90, int(plain.y));
    CHECK(litSide[0] > 150);
    CHECK(darkSide[0] < 40);
    // The disc's center looks at longitude 0, where the halves meet: left of it red, right blue.
    const uint8_t* west = px.at(int(mapped.x) - 20, int(mapped.y));
    const uint8_t* east = px.at(int(mapped.x) + 20, int(mapped.y));
    CHECK(west[0] > 80);
    CHECK(west[2] < 20);
    CHECK(east[2] > 80);
    CHECK(east[0] < 20);
}

// Chapter 4 sees the Earth from above its north pole, and laid flat on the map view: each
// longitude must land where the game puts it (east counter-clockwise from +x, turned by the
// spin; on the flat map, the middle at the longitude asked for).
TEST_CASE("a map seen from the pole and laid flat puts each longitude in its place", "[gfx][render]") {
    auto& g = context();
    Renderer& r = g.renderer;
    // Four quarters of longitude: -180..-90 red, -90..0 green, 0..90 blue, 90..180 yellow.
    const uint8_t quarter[4][3] = {{110, 0, 0}, {0, 110, 0}, {0, 0, 110}, {110, 110, 0}};
    std::vector<uint8_t> day(size_t(kSurfaceMapWidth) * kSurfaceMapHeight * 4, 0);
    for (int y = 0; y < kSurfaceMapHeight; ++y)
        for (int x = 0; x < kSurfaceMapWidth; ++x)
            for (int c = 0; c < 3; ++c) day[(size_t(y) * kSurfaceMapWidth + x) * 4 + size_t(c)] = quarter[x * 4 / kSurfaceMapWidth][c];
    const int map = r.addSurfaceMap("test/quarters", day);
    REQUIRE(map >= 0);
    enum { Red, Green, Blue, Yellow, Other };
    auto hue = [](const uint8_t* p) {
        const bool R = p[0] > 60, G = p[1] > 60, B = p[2] > 60;
        if (R && G && !B) return Yellow;
        if (R && !G && !B) return Red;
        if (G && !R && !B) return Green;
        if (B && !R && !G) return Blue;
        return Other;
    };

    test::beginFrame(g, rgb(0x000000));
    const Vec2 still{320, 240}, turned{960, 240};
    r.useScreen();
    SphereStyle s;
    s.map = map;
    s.fromPole = true;
    s.nightBrightness = 1;   // the night side keeps its colour: only where each colour lands matters
    r.sphere(still, 150, s);
    s.spin = 0.25f;          // longitude 0 now points up (+y)
    r.sphere(turned, 150, s);
    r.flatMap({100, 450}, {500, 650}, map, 0);       // longitude 0 in the middle
    r.flatMap({700, 450}, {1100, 650}, map, 135);    // 135 E in the middle
    r.endFrame();
    test::Pixels px = test::readBack(g);
    g.app.endFrame();

    // Seen from the pole (screen y is down): 45 E up-right, 135 E up-left, 135 W down-left, 45 W down-right.
    auto at = [&](Vec2 c, double dx, double dy) { return hue(px.at(int(c.x + dx), int(c.y - dy))); };
    CHECK(at(still, 80, 80) == Blue);
    CHECK(at(still, -80, 80) == Yellow);
    CHECK(at(still, -80, -80) == Red);
    CHECK(at(still, 80, -80) == Green);
    // Turned a quarter: up-right is now 45 W, up-left 45 E.
    CHECK(at(turned, 80, 80) == Green);
    CHECK(at(turned, -80, 80) == Blue);
    // Flat: west to east across; the middle is the longitude asked for.
    CHECK(hue(px.at(150, 550)) == Red);      // 157 W
    CHECK(hue(px.at(250, 550)) == Green);    // 45 W
    CHECK(hue(px.at(350, 550)) == Blue);     // 45 E
    CHECK(hue(px.at(450, 550)) == Yellow);   // 157 E
    CHECK(hue(px.at(920, 550)) == Yellow);   // 135 E, the middle
    CHECK(hue(px.at(760, 550)) == Blue);     // 9 E
    CHECK(hue(px.at(1080, 550)) == Green);   // 63 W, round the back of the map
}
