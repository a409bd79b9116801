// What the view needs to show a planned burn (the plan itself is sim::BurnPlan, in
// game/sim/flight.h; the state at a path point and the orbit after a burn come from the sim:
// Sim::burned, Sim::coastElements, PathAhead::stateAt): which path point a tap picks.
#pragma once
#include "engine/render/camera.h"
#include "engine/core/vec2.h"

#include <vector>

namespace sp::view {

// Index of the path point (one per tick) nearest to `screen`, within `maxPx`; -1 if none.
int pickPathPoint(const std::vector<Vec2>& pathPerTick, const gfx::Camera2D& cam, Vec2 screen, double maxPx);

} // namespace sp::view
