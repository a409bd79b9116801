// What the view needs to show a planned burn (the plan itself is sim::BurnPlan, in
// game/sim/flight.h; the state at a path point and the orbit after a burn come from the sim:
// Sim::burned, Sim::coastElements, PathAhead::stateAt): which path point a tap picks.
#pragma once
#include "engine/render/camera.h"
#include "engine/core/vec2.h"

#include <vector>

namespace sp::view {

// Index of the path point (one per tick) a tap at `screen` means, within `maxPx`; -1 if none.
// A path of several laps passes the same place more than once: the tap means one of the
// passes that come about as near as any (within a few pixels of the nearest), at its nearest
// point: the pass nearest in time to `prefer` (an index: where the path meets a station), or
// without one the first.
int pickPathPoint(const std::vector<Vec2>& pathPerTick, const gfx::Camera2D& cam, Vec2 screen, double maxPx, int prefer = -1);

} // namespace sp::view
