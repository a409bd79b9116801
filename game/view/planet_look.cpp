#include "game/view/planet_look.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

gfx::PlanetStyle planetStyle(const Attractor& a, double elapsedMinutes) {
    gfx::PlanetStyle s;
    // The sun is up and to the left in every level, so day and night read the same way.
    s.lightAngle = 2.4f;
    s.nightBrightness = 0.16f;
    const float thickness = float(a.atmosphere_km * kAtmosphereExaggeration / std::max(1.0, a.radius_km));
    if (a.look == "moon") {
        s.pattern = gfx::PlanetPattern::Cratered;
        s.surface = gfx::rgb(0xa7a9b0);
        s.secondary = gfx::rgb(0x6c6f78);
        s.atmosphere = gfx::rgb(0, 0.0f);
        s.atmosphereWidth = 0;
        s.seed = 3;
    } else if (a.look == "mars") {
        s.pattern = gfx::PlanetPattern::Cratered;
        s.surface = gfx::rgb(0xc4623a);
        s.secondary = gfx::rgb(0x8c3b22);
        s.atmosphere = gfx::rgb(0xf0a27a, 0.5f);
        s.atmosphereWidth = std::clamp(thickness, 0.0f, 0.2f);
        s.seed = 5;
    } else {   // earth
        s.pattern = gfx::PlanetPattern::Terran;
        s.surface = gfx::rgb(0x1f5fc8);
        s.secondary = gfx::rgb(0x3f9a4a);
        s.atmosphere = gfx::rgb(0x6fc3ff, 0.9f);
        s.atmosphereWidth = std::clamp(thickness, 0.0f, 0.2f);
        s.seed = 1;
    }
    if (a.rotation_period_min != 0) s.rotation = float(std::fmod(elapsedMinutes / a.rotation_period_min, 1.0));
    return s;
}

void drawAttractor(gfx::Renderer& r, const Attractor& a, Vec2 c, double elapsedMinutes) {
    const gfx::PlanetStyle style = planetStyle(a, elapsedMinutes);
    r.planet(c, a.radius_km, style);
    if (a.atmosphere_km > 0 && style.atmosphere.a > 0) {
        // Where the air ends: the floor of every orbit goal. Faint, so it informs without shouting.
        gfx::LineStyle dashed;
        dashed.dash = 6;
        dashed.gap = 8;
        r.arc(c, a.radius_km + a.atmosphere_km, 0, 2 * kPi, 1.0f, gfx::withAlpha(style.atmosphere, 0.3f), dashed);
    }
}

} // namespace sp::view
