// Where a predicted path comes closest to another craft's: the meeting a planned burn sets up
// ("closest to the station: 3.2 km at 4 m/s, in 1 h 05 min"). Both paths are predictions
// (sim_predict.cpp), so the meeting shown is the one then flown.
#pragma once
#include "game/sim/path_ahead.h"
#include "game/sim/sim.h"

#include <cstdint>
#include <vector>

namespace sp {

// Nearer than this, the two craft's relative speed says how they meet; farther apart, their
// relative motion is a drift round the planet more than an approach, and a screen should not
// show it as one.
constexpr double kMeetNearKm = 100;

struct Closest {
    bool found = false;        // the two paths share a tick
    bool meets = false;        // within both meeting limits (closestApproach's meetKm, meetKms)
    bool passes = false;       // within meetKm, but faster than meetKms
    int64_t tick = 0;          // when
    double rangeKm = 0;
    double relSpeedKms = 0;    // how fast the two move apart or together then (Sim::relativeVelKms)
    Vec2 shipKm, targetKm;     // where each is then
};

// How `path` (states at any ticks, e.g. every third) comes by `target`, the other craft's
// path from now, compared tick by tick where both have one. With meeting limits (a rendezvous
// goal's), the first of:
//   - the first moment within both (a meeting);
//   - the first pass within meetKm, at its slowest: where a burn that matches the target's
//     speed makes it a meeting (catching a station: the top of the lowered orbit);
//   - else the closest the two come.
Closest closestApproach(const Sim& sim, const std::vector<Coast>& path, const PathAhead& target, double meetKm = 0, double meetKms = 0);

// How `path` comes by attractor `body` (a moon on its orbit): the lowest it passes over the
// body's surface, and when, with the body where it will be then (Bodies::positionAt), not
// where it is now. On a path sampled every few ticks, the lowest sample.
struct BodyPass {
    bool found = false;
    int64_t tick = 0;
    double heightKm = 0;       // above the surface
    Vec2 shipKm, bodyKm;       // where each is then
};
BodyPass closestToBody(const Sim& sim, const std::vector<Coast>& path, int body);

} // namespace sp
