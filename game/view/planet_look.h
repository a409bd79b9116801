// How a planet or moon of a level looks (its `look`: earth, moon, mars), and drawing it with
// the renderer's lit sphere in world km. The renderer draws a textured disc; this decides it
// is Earth: the pattern and colors baked into its surface (planet_maps.h), the light, the
// atmosphere's glow. Sizes are to scale; only the atmosphere is drawn a few times thicker
// than it is, because Earth's 100 km would be a hairline (the fact cards say so).
#pragma once
#include "engine/render/renderer.h"
#include "game/sim/level.h"
#include "game/view/planet_maps.h"

#include <string>

namespace sp::view {

struct PlanetLook {
    SurfacePattern pattern = SurfacePattern::Terran;
    gfx::Color surface = gfx::rgb(0x2a6fdb);
    gfx::Color secondary = gfx::rgb(0x3f9a4a);
    uint32_t seed = 1;                        // varies the continents/craters
    gfx::Color atmosphere = gfx::rgb(0x6fc3ff, 0.9f);   // alpha scales the glow; 0 = airless
    float atmosphereWidth = 0.12f;            // glow thickness as a fraction of the radius
    float lightAngle = 0.6f;                  // radians, direction *toward* the sun (world, CCW from +x)
    float rotation = 0;                       // how far it has turned, 0..1 (animate to spin)
    float nightBrightness = 0.08f;            // how much of the dark side stays visible
    bool fromPole = false;                    // seen from above the north pole: `rotation` is then
                                              // where longitude 0 points, 0..1 of a turn from +x
};

// `fromPole`: seen from above its north pole, as the plane of the game is (the equator), so a
// real place on the picture is where the game puts it (Chapter 4: seenFromPole, level.h).
PlanetLook planetLook(const Attractor& a, double elapsedMinutes, bool fromPole = false);

// Draws the body in its look. Its surface is baked on the CPU the first time the renderer
// draws that look (~0.5 s for Earth), then kept on the GPU.
void drawPlanet(gfx::Renderer& r, Vec2 center, double radius, const PlanetLook& look);

// The Earth as it is: NASA's Blue Marble and its night lights (cmake/Imagery.cmake makes
// `dir`/day.jpg and night.jpg at the surface maps' size), given to the renderer once at start.
// Every body that looks like the Earth is then drawn from them; false (and a warning) if they
// cannot be read, and the Earth is painted from noise as before (planet_maps.h).
bool loadEarthImagery(gfx::Renderer& r, const std::string& dir);

// The surface map the renderer holds for the body's look (made the first time it is asked
// for), or -1 for a plain one: what the map view lays flat.
int surfaceMapOf(gfx::Renderer& r, const Attractor& a);

// The body, its atmosphere glow, and a faint ring where the atmosphere ends (below it an
// orbit does not count). Call with the renderer in camera space (world km).
void drawAttractor(gfx::Renderer& r, const Attractor& a, Vec2 centerKm, double elapsedMinutes, bool fromPole = false);

// How much thicker than real the atmosphere glow is drawn.
constexpr double kAtmosphereExaggeration = 2.5;

} // namespace sp::view
