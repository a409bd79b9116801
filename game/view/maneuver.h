// A planned burn (a "maneuver node"): a point on the predicted path, a Δv in the ship's
// prograde / radial frame, and what the orbit would become. The frame is exactly the one
// Sim::applyBurn uses (prograde = along the velocity; radial = the part of "away from the
// planet" square to it, outward positive), so the preview and the real burn agree.
#pragma once
#include "engine/render/camera.h"
#include "game/sim/level.h"
#include "game/sim/orbit.h"
#include "game/sim/sim.h"

#include <cstdint>
#include <vector>

namespace sp::view {

struct ManeuverNode {
    bool placed = false;
    int64_t tick = 0;            // the sim tick on which the burn fires
    double prograde = 0;         // km/s
    double radial = 0;           // km/s, outward positive
    bool armed = false;          // confirmed: the play screen fires it when the sim gets there
    double cost() const;         // km/s of Δv spent
};

struct NodeState {
    bool valid = false;
    Vec2 pos, vel;               // km, km/s, at the node
};

// The state `tick` ticks ahead of `nowTick`, from a path predicted one point per tick
// (Sim::predictShip(n, 1)). The integrator is semi-implicit Euler, so the velocity after a
// tick is exactly that tick's displacement over its duration.
NodeState nodeState(const Sim& sim, const std::vector<Vec2>& pathPerTick, int64_t nowTick, int64_t tick);

// The attractor that pulls hardest at `pos` (what Sim::dominantAttractor does for the ship).
int dominantAttractorAt(const Level& level, Vec2 posKm);

// Δv in world axes (km/s) for prograde / radial amounts at a state.
Vec2 burnVector(const Level& level, Vec2 posKm, Vec2 velKms, double prograde, double radial);

// The new orbit after the burn, around the attractor that dominates at the node.
orbit::Elements orbitAfter(const Level& level, const NodeState& at, Vec2 dvKms, int* attractor);

// Index of the path point (one per tick) nearest to `screen`, within `maxPx`; -1 if none.
int pickPathPoint(const std::vector<Vec2>& pathPerTick, const gfx::Camera2D& cam, Vec2 screen, double maxPx);

} // namespace sp::view
