// A craft's predicted path from now (the ship's, or a station's), one point per tick, kept up
// to date for little work.
//
// Because a prediction is exactly the flight (sim_predict.cpp), a path predicted a while ago
// is still right as long as the craft has done nothing since: its state now is bit for bit
// the path's state at this tick. So each frame only drops the ticks that have passed and adds
// as many at the far end; the whole path is predicted again only after the ship changed its
// own course (a launch, a burn, the engine) or the wanted length grew. What a frame costs is
// then about the ticks it ran, not a lap (starpath-bench prints both).
#pragma once
#include "game/sim/sim.h"

#include <cstdint>
#include <vector>

namespace sp {

class PathAhead {
public:
    // Makes the path start at craft `craft`'s state now (0 = the ship) and reach `ticks` ahead
    // (or to where it stops). Returns how many ticks were predicted by this call.
    int update(const Sim& sim, int ticks, int craft = 0);
    void clear();

    const std::vector<Vec2>& points() const { return points_; }   // points()[k] is k ticks from now
    const std::vector<Coast>& states() const { return states_; }  // the same, as states
    const Coast* stateAt(int64_t tick) const;                       // null when not on the path
    int64_t startTick() const { return start_; }
    bool stops() const { return stops_; }                           // ends at a surface or the edge
    int generation() const { return generation_; }                  // grows at every full re-prediction

private:
    std::vector<Vec2> points_;
    std::vector<Coast> states_;
    int64_t start_ = 0;
    bool stops_ = false;
    int generation_ = 0;
};

} // namespace sp
