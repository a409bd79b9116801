// How long a typical frame takes (hidden: run with "[.perf]"). Under llvmpipe this is the
// number that matters for school laptops without a GPU.
#include "gfx_fixture.h"
#include "game/view/planet_look.h"
#include "engine/render/particles.h"
#include "engine/render/starfield.h"
#include <GLES3/gl3.h>
#include <chrono>
#include <functional>

using namespace sp;
using namespace sp::gfx;

static double msPerFrame(test::Gfx& g, const std::function<void(Renderer&, int)>& draw) {
    const int frames = 20;
    auto t0 = std::chrono::steady_clock::now();
    for (int f = 0; f < frames; ++f) {
        test::beginFrame(g, rgb(0x060b1a));
        draw(g.renderer, f);
        g.renderer.endFrame();
        g.app.endFrame();
    }
    glFinish();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / frames;
}

TEST_CASE("frame time of a busy scene", "[.perf]") {
    auto& g = test::context();
    Starfield stars;
    Camera2D cam;
    cam.setViewport(g.app.windowWidth(), g.app.windowHeight());
    cam.lookAt({0, 0}, 20);
    cam.snap();
    view::PlanetLook earth;
    view::PlanetLook moon;
    moon.pattern = view::SurfacePattern::Cratered;
    moon.atmosphere.a = 0;
    WARN("empty frame: " << msPerFrame(g, [&](Renderer&, int) {}) << " ms");
    WARN("full-screen rect: " << msPerFrame(g, [&](Renderer& r, int) { r.rect({0, 0}, {1280, 720}, rgb(0x102040)); }) << " ms");
    WARN("starfield: " << msPerFrame(g, [&](Renderer& r, int f) { stars.draw(r, cam, f / 60.0); }) << " ms");
    for (double px : {60.0, 150.0, 300.0}) {
        WARN("Earth r=" << px << " px: " << msPerFrame(g, [&](Renderer& r, int) {
            r.useCamera(cam);
            view::drawPlanet(r, {0, 0}, px / 20, earth);
        }) << " ms");
        WARN("Moon r=" << px << " px: " << msPerFrame(g, [&](Renderer& r, int) {
            r.useCamera(cam);
            view::drawPlanet(r, {0, 0}, px / 20, moon);
        }) << " ms");
    }
    WARN("dashed ellipse: " << msPerFrame(g, [&](Renderer& r, int) {
        r.useCamera(cam);
        LineStyle d;
        d.dash = 12;
        r.ellipse({-3, 0}, 18, 12, 0.3, 2.5f, rgb(0x7fd8ff), d);
    }) << " ms");
}
