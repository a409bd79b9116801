// What the player asks for during one tick, and an entry of a sparse input log. Its own
// header because two files hold them: input logs (input.h) and a level's own recorded
// solution (Level::solution, level.h).
#pragma once
#include <array>
#include <cstdint>

namespace sp {

// What the player asks for during one tick.
struct TickInput {
    bool launch = false;          // launch action: fire now with the speed and angle below
    double launch_km_s = 0;
    double launch_deg = 0;        // above the local horizon, counter-clockwise positive
    bool thrust = false;          // pilot action: engine on during this tick
    int turn = 0;                 // pilot action: -1 right (clockwise), +1 left
    bool burn = false;            // burn action: an instant delta-v now
    double burn_prograde_km_s = 0;
    double burn_radial_km_s = 0;  // outward positive
    bool separate = false;        // drop the spent stage, where the level has one
    bool parachute = false;       // open the parachute (Ship::parachute_*), where it is allowed
    int rcs_forward = 0;          // translation thrusters (Ship::rcs_m_s2), in the craft's own
    int rcs_left = 0;             // axes: +1 along the nose / to its left, -1 the other way (held)
    int craft = 0;                // which craft the controls above act on: 0 = the player's ship,
                                  // i = the level's craft[i - 1] (held, like thrust and turn)
    bool start = false;           // sky action: start the clock with the knobs below
    int sky_count = 0;            // the values of the level's knobs, in their order (knobs.h:
    std::array<double, 8> sky_values{};   // satellites' free numbers, then clocks and marks); the rest unused
};

constexpr int kMaxSkyKnobs = 8;   // TickInput::sky_values

// The log is stored sparsely: an entry where the held controls (thrust, turn) change, and
// one for every one-off action (launch, burn). Between entries the held controls persist.
struct InputEvent {
    int64_t tick = 0;
    TickInput input;
};

} // namespace sp
