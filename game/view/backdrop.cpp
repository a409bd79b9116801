#include "game/view/backdrop.h"

#include "engine/ui/ui.h"
#include "game/view/planet_look.h"
#include "game/view/ship_look.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

void drawBackdrop(gfx::Renderer& r, const gfx::Starfield& stars, double time, int w, int h, BackdropLayout layout) {
    // A camera in screen-sized units drifting slowly, so the stars' parallax layers move.
    gfx::Camera2D cam;
    cam.setViewport(w, h);
    cam.center = cam.targetCenter = Vec2{time * 6.0, time * 1.5};
    r.useScreen();
    stars.draw(r, cam, time);

    const bool title = layout == BackdropLayout::Title;
    const double radius = title ? h * 0.34 : w * 0.75;
    // On the title the menu column takes up to 48% of the width: keep Earth's left edge
    // right of it, even in a narrow window, and let Earth slip off the right edge instead.
    const Vec2 earth = title ? Vec2{std::max(w * 0.68, w * 0.49 + radius), h * 0.56} : Vec2{w * 0.5, h + radius * 0.82};

    Attractor a;   // the default attractor is Earth
    a.rotation_period_min = 1;
    PlanetLook style = planetLook(a, time / 90.0);   // one turn every 90 s on screen
    style.atmosphereWidth = 0.05f;
    style.lightAngle = 2.5f;   // from the upper left, where the title stands
    if (!title) style.nightBrightness = 0.1f;

    // Dong Fang Hong 1's orbit was an oval (439 x 2,384 km): so is this one.
    const double rx = radius * (title ? 1.5 : 1.03), ry = radius * (title ? 1.16 : 1.01);
    const double tilt = title ? -0.32 : 0.0;
    // It starts at the upper left, between the logo and the planet, where the eye goes first.
    const double phase = time * (title ? 0.22 : 0.05) + 3.9;
    auto orbitPoint = [&](double t) {
        const Vec2 p{std::cos(t) * rx, std::sin(t) * ry};
        return earth + rotate(p, tilt) + Vec2{rx * 0.18 * std::cos(tilt), rx * 0.18 * std::sin(tilt)};
    };

    drawPlanet(r, earth, radius, style);
    if (!title) {
        // Menus put text over the lower half: a dusk gradient keeps it readable over the clouds.
        r.rectGradient(Vec2{0, h * 0.45}, Vec2{double(w), double(h)}, gfx::rgb(0x060b1a, 0.0f), gfx::rgb(0x060b1a, 0.78f));
    }
    if (title) {
        gfx::LineStyle dashed;
        dashed.dash = 8;
        dashed.gap = 10;
        dashed.dashOffset = float(-time * 20);
        dashed.closed = true;
        std::vector<Vec2> ring;
        for (int i = 0; i < 160; ++i) ring.push_back(orbitPoint(2 * kPi * i / 160.0));
        r.polyline(ring, 1.5f, gfx::rgb(0x7fd8ff, 0.25f), dashed);
        // A glowing trail behind the satellite.
        std::vector<Vec2> trail;
        for (int i = 0; i <= 40; ++i) trail.push_back(orbitPoint(phase - 0.9 + 0.9 * i / 40.0));
        r.polyline(trail, 2.5f, gfx::rgb(0x7fd8ff, 0.55f));
        const Vec2 sat = orbitPoint(phase);
        const Vec2 ahead = orbitPoint(phase + 0.01);
        ShipPose pose;
        pose.screen = sat;
        pose.heading = std::atan2(-(ahead.y - sat.y), ahead.x - sat.x);
        pose.lengthPx = 34.0f * ui::scale();
        pose.time = time;
        drawShip(r, "dfh1", pose);
    }
}

} // namespace sp::view
