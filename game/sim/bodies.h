// Where every attractor is at any moment, how fast it moves and how far it has turned: the
// one source of truth the sim, the prediction and the view all read, so the Moon a probe
// aims at is where the Moon will be. Pure functions of time, deterministic (det_math).
//
// An attractor either stays where the level fixed it or moves on a Kepler orbit about an
// attractor listed before it (level.h, Attractor::orbits), so positions nest: the Moon about
// the Earth, a probe's target about the Moon.
#pragma once
#include "engine/core/vec2.h"
#include "game/sim/level.h"
#include "game/sim/orbit.h"

#include <vector>

namespace sp {

class Bodies {
public:
    explicit Bodies(const std::vector<Attractor>& attractors);

    // A local frame may have no attractor at all: then dominantAt is -1, and body -1 is
    // "none" (at the origin, at rest, no size, no pull), so a query about it reads zeros.
    int count() const { return int(list_.size()); }
    const Attractor& operator[](int i) const;
    bool moves(int i) const { return i >= 0 && list_[size_t(i)].orbits >= 0; }

    // Position (km) and velocity (km/s) in the level's frame, `seconds` of real time after
    // the start of the flight.
    orbit::State stateAt(int i, double seconds) const;
    Vec2 positionAt(int i, double seconds) const { return stateAt(i, seconds).r; }
    // How far the body has turned since the start, radians (counter-clockwise positive).
    double spinAt(int i, double seconds) const;
    double spinRate(int i) const;   // radians per second (counter-clockwise positive)
    // The orbit attractor i is on, about its parent (for the period, the view's ring...).
    const orbit::Ellipse& ellipse(int i) const { return ellipses_[size_t(i)]; }

    // The pull of them all at a point, km/s^2; inside a body it is held at its surface value.
    Vec2 gravityAt(Vec2 posKm, double seconds) const;
    // The one whose pull is strongest there: the body a craft's orbit is read around (-1: none).
    int dominantAt(Vec2 posKm, double seconds) const;
    // The body whose surface a point is under, or -1.
    int insideAt(Vec2 posKm, double seconds) const;

private:
    std::vector<Attractor> list_;
    std::vector<orbit::Ellipse> ellipses_;
};

} // namespace sp
