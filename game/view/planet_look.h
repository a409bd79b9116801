// How a planet or moon of a level looks (its `look`: earth, moon, mars), drawn with the
// renderer's planet() in world km. Sizes are to scale; only the atmosphere is drawn a few
// times thicker than it is, because Earth's 100 km would be a hairline (the fact cards say so).
#pragma once
#include "engine/render/renderer.h"
#include "game/sim/level.h"

namespace sp::view {

gfx::PlanetStyle planetStyle(const Attractor& a, double elapsedMinutes);

// The body, its atmosphere glow, and a faint ring where the atmosphere ends (below it an
// orbit does not count). Call with the renderer in camera space (world km).
void drawAttractor(gfx::Renderer& r, const Attractor& a, Vec2 centerKm, double elapsedMinutes);

// How much thicker than real the atmosphere glow is drawn.
constexpr double kAtmosphereExaggeration = 2.5;

} // namespace sp::view
