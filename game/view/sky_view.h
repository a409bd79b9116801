// Chapter 4's sky over a level with navigation satellites (game/sim/constellation.h), seen
// from above the north pole like its planets (planet_look.h, seenFromPole): each satellite's
// orbit as a faint ring (a tilted circle seen from above is an ellipse), the satellite with a
// fading tail of where it has just been, dimmed while the Earth hides it from above; the
// ground sites at their real latitudes, inside the disc; a line of sight from each site to
// every satellite it sees above its elevation mask. The play screen and the editor's canvas
// both draw it, at the flight's time or at the start.
#pragma once
#include "engine/render/camera.h"
#include "engine/render/renderer.h"
#include "game/sim/constellation.h"

namespace sp {
class Strings;
}

namespace sp::view {

// The colour a satellite's look is drawn in (meo, igso, geo), the same on the globe and the map.
gfx::Color satelliteColor(const std::string& look);

// Orbits, tails, satellites, sites and lines of sight, in camera space. `time` (real seconds)
// only moves the lines' dashes.
void drawSky(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, double time);
// The satellites' and the sites' names, through the UI font (after drawSky).
void drawSkyLabels(const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, const Strings& tr);

// True while satellite i is behind its body for a viewer above the north pole (below the
// equator's plane and inside the body's disc).
bool hiddenFromPole(const Level& level, const Constellation& sky, int i, double seconds);

} // namespace sp::view
