#include "game/view/planet_look.h"

#include "engine/core/log.h"
#include "engine/platform/image.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace sp::view {

PlanetLook planetLook(const Attractor& a, double elapsedMinutes, bool fromPole) {
    PlanetLook s;
    // The sun is up and to the left in every level, so day and night read the same way.
    s.lightAngle = 2.4f;
    s.nightBrightness = 0.16f;
    const float thickness = float(a.atmosphere_km * kAtmosphereExaggeration / std::max(1.0, a.radius_km));
    if (a.look == "moon") {
        s.pattern = SurfacePattern::Cratered;
        s.surface = gfx::rgb(0xa7a9b0);
        s.secondary = gfx::rgb(0x6c6f78);
        s.atmosphere = gfx::rgb(0, 0.0f);
        s.atmosphereWidth = 0;
        s.seed = 3;
    } else if (a.look == "mars") {
        s.pattern = SurfacePattern::Cratered;
        s.surface = gfx::rgb(0xc4623a);
        s.secondary = gfx::rgb(0x8c3b22);
        s.atmosphere = gfx::rgb(0xf0a27a, 0.5f);
        s.atmosphereWidth = std::clamp(thickness, 0.0f, 0.2f);
        s.seed = 5;
    } else {   // earth
        s.pattern = SurfacePattern::Terran;
        s.surface = gfx::rgb(0x1f5fc8);
        s.secondary = gfx::rgb(0x3f9a4a);
        s.atmosphere = gfx::rgb(0x6fc3ff, 0.9f);
        s.atmosphereWidth = std::clamp(thickness, 0.0f, 0.2f);
        s.seed = 1;
    }
    if (a.rotation_period_min != 0) s.rotation = float(std::fmod(elapsedMinutes / a.rotation_period_min, 1.0));
    if (fromPole) {   // where longitude 0 points: the prime meridian, turned with the body
        const double turn = a.prime_meridian_deg / 360 + (a.rotation_period_min != 0 ? elapsedMinutes / a.rotation_period_min : 0);
        s.rotation = float(turn - std::floor(turn));
        s.fromPole = true;
    }
    return s;
}

namespace {
uint32_t hex(gfx::Color c) {
    auto b = [](float v) { return uint32_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return b(c.r) << 16 | b(c.g) << 8 | b(c.b);
}

constexpr const char* kEarthImagery = "planet/earth-imagery";

// The renderer keeps each baked surface under a name that says everything it was baked from.
int surfaceMap(gfx::Renderer& r, const PlanetLook& look) {
    if (look.pattern == SurfacePattern::Plain) return -1;
    if (look.pattern == SurfacePattern::Terran)
        if (int photo = r.findSurfaceMap(kEarthImagery); photo >= 0) return photo;
    char name[64];
    std::snprintf(name, sizeof name, "planet/%d/%u/%06x/%06x", int(look.pattern), unsigned(look.seed),
                  unsigned(hex(look.surface)), unsigned(hex(look.secondary)));
    if (int found = r.findSurfaceMap(name); found >= 0) return found;
    const auto t0 = std::chrono::steady_clock::now();
    const SurfaceMaps maps = bakeSurface(look.pattern, look.seed, look.surface, look.secondary);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    logInfo(std::string("surface ") + name + " baked in " + std::to_string(int(ms)) + " ms");
    return r.addSurfaceMap(name, maps.day, maps.night);
}
} // namespace

bool loadEarthImagery(gfx::Renderer& r, const std::string& dir) {
    const auto t0 = std::chrono::steady_clock::now();
    const platform::Image day = platform::loadImage(dir + "day.jpg"), night = platform::loadImage(dir + "night.jpg");
    const int w = gfx::kSurfaceMapWidth, h = gfx::kSurfaceMapHeight;
    for (const platform::Image* img : {&day, &night}) {
        if (img->width == w && img->height == h) continue;
        if (img->width > 0)
            logWarn("the Earth's pictures in " + dir + " are " + std::to_string(img->width) + "x" + std::to_string(img->height) +
                    ", not " + std::to_string(w) + "x" + std::to_string(h) + ": the Earth is painted instead");
        return false;
    }
    // The renderer's maps start at the south pole (the pictures at the north), hold the day's
    // color at half brightness with the gloss of water in alpha, and the night's glow.
    std::vector<uint8_t> dayMap(size_t(w) * h * 4), nightMap(size_t(w) * h * 4);
    for (int y = 0; y < h; ++y) {
        const uint8_t* dayRow = day.rgba.data() + size_t(h - 1 - y) * w * 4;
        const uint8_t* nightRow = night.rgba.data() + size_t(h - 1 - y) * w * 4;
        for (int x = 0; x < w; ++x) {
            const uint8_t* d = dayRow + x * 4;
            const uint8_t* n = nightRow + x * 4;
            uint8_t* outDay = dayMap.data() + (size_t(y) * w + x) * 4;
            uint8_t* outNight = nightMap.data() + (size_t(y) * w + x) * 4;
            // Open sea in the Blue Marble is dark and blue: it glints in the sunlight, land and ice do not.
            const bool sea = d[2] > d[0] + 24 && d[2] >= d[1] && d[0] < 90;
            for (int c = 0; c < 3; ++c) outDay[c] = uint8_t(d[c] / 2);
            outDay[3] = sea ? 200 : 0;
            // City lights only: the picture's faint glow of dark land is left out.
            for (int c = 0; c < 3; ++c) outNight[c] = uint8_t(std::clamp((int(n[c]) - 24) * 5 / 4, 0, 255));
            outNight[3] = 255;
        }
    }
    if (r.addSurfaceMap(kEarthImagery, dayMap, nightMap) < 0) return false;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    logInfo("the Earth's pictures read from " + dir + " in " + std::to_string(int(ms)) + " ms");
    return true;
}

void drawPlanet(gfx::Renderer& r, Vec2 center, double radius, const PlanetLook& look) {
    gfx::SphereStyle s;
    s.color = look.surface;
    s.map = surfaceMap(r, look);
    s.spin = look.rotation;
    s.lightAngle = look.lightAngle;
    s.nightBrightness = look.nightBrightness;
    s.glow = look.atmosphere;
    s.glowWidth = look.atmosphereWidth;
    s.fromPole = look.fromPole;
    r.sphere(center, radius, s);
}

int surfaceMapOf(gfx::Renderer& r, const Attractor& a) { return surfaceMap(r, planetLook(a, 0)); }

void drawAttractor(gfx::Renderer& r, const Attractor& a, Vec2 c, double elapsedMinutes, bool fromPole) {
    const PlanetLook style = planetLook(a, elapsedMinutes, fromPole);
    drawPlanet(r, c, a.radius_km, style);
    if (a.atmosphere_km > 0 && style.atmosphere.a > 0) {
        // Where the air ends: the floor of every orbit goal. Faint, so it informs without shouting.
        gfx::LineStyle dashed;
        dashed.dash = 6;
        dashed.gap = 8;
        r.arc(c, a.radius_km + a.atmosphere_km, 0, 2 * kPi, 1.0f, gfx::withAlpha(style.atmosphere, 0.3f), dashed);
    }
}

} // namespace sp::view
