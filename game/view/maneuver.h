// What the view needs to show a planned burn (the plan itself is sim::BurnPlan, in
// game/sim/flight.h): the state at a point of the predicted path, the orbit after the burn,
// and which path point a tap picks. The burn's frame is Sim::burnVectorKms, the one the
// flight itself uses, so a preview and the real burn agree.
#pragma once
#include "engine/render/camera.h"
#include "game/sim/orbit.h"
#include "game/sim/sim.h"

#include <cstdint>
#include <vector>

namespace sp::view {

struct NodeState {
    bool valid = false;
    Vec2 pos, vel;               // km, km/s, at the node
};

// The state `tick` ticks ahead of `nowTick`, from a path predicted one point per tick
// (Sim::predictShip(n, 1)). The integrator is semi-implicit Euler, so the velocity after a
// tick is exactly that tick's displacement over its duration.
NodeState nodeState(const Sim& sim, const std::vector<Vec2>& pathPerTick, int64_t nowTick, int64_t tick);

// The new orbit after the burn, around the attractor that dominates at the node.
orbit::Elements orbitAfter(const Sim& sim, const NodeState& at, Vec2 dvKms, int* attractor);

// Index of the path point (one per tick) nearest to `screen`, within `maxPx`; -1 if none.
int pickPathPoint(const std::vector<Vec2>& pathPerTick, const gfx::Camera2D& cam, Vec2 screen, double maxPx);

} // namespace sp::view
