// Predicted paths and orbit markers. A path is dashed, flows in the direction of motion
// (so a still screenshot and a moving one both say "this is where you are going"), and
// fades toward its end (the far future is less certain once you act).
#pragma once
#include "engine/render/renderer.h"
#include "game/sim/level.h"
#include "game/sim/orbit.h"

#include <vector>

namespace sp {
class Strings;
}

namespace sp::view {

struct PathStyle {
    gfx::Color color = gfx::rgb(0x7fd8ff);
    float width = 2.5f;
    float endAlpha = 0.15f;   // alpha at the far end, relative to the start
    float dash = 12, gap = 9;
    float flowPxPerSecond = 28;
};

// `pts` in world km; the renderer must be in camera space.
void drawPath(gfx::Renderer& r, const std::vector<Vec2>& pts, const PathStyle& style, double time);

// The lowest and highest points of an orbit around `a` (whose centre is at `centerKm` now),
// with their altitude in km. Skips what would not help: a nearly round orbit has no
// meaningful apsides, and a periapsis under the ground is not a place the ship will ever be.
void drawApsides(gfx::Renderer& r, const gfx::Camera2D& cam, const Strings& tr, const Attractor& a, Vec2 centerKm,
                 const orbit::Elements& el, gfx::Color color);

} // namespace sp::view
