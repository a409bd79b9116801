// What a receiver on the ground hears (Chapter 4's navigation levels): each satellite it sees
// above its mask sends the time; the signal arrives after its travel at the speed of light
// (nav.h), and that time, read as a distance, is a circle round the satellite on which the
// receiver must be. Where the circles cross, on the ground, is the receiver. Pure functions of
// the constellation and the time, like the rest of constellation.h.
#pragma once
#include "game/sim/constellation.h"

#include <vector>

namespace sp {

struct SkySignal {
    int satellite = 0;
    Vec2 satPlaneKm;      // where it was when it sent (the circle's centre in the plane)
    double travelS = 0;   // as the receiver's clock reads it
    double rangeKm = 0;   // the travel time as a distance: the circle's radius
};

// The signals station `receiver` hears at `seconds`, from every satellite in view, its clock
// `clockBiasS` ahead (every circle swells by the same distance).
std::vector<SkySignal> signalsAt(const Constellation& sky, int receiver, double seconds, double clockBiasS = 0);

// How far station `station` is, along the ground (km), from the point of its latitude at
// `longitudeDeg`: how far a mark there misses it.
double groundGapKm(const Constellation& sky, int station, double longitudeDeg, double seconds);

} // namespace sp
