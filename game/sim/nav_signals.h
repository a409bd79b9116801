// What a receiver on the ground hears (Chapter 4's navigation levels): each satellite it sees
// above its mask sends the time; the signal arrives after its travel at the speed of light
// (nav.h), and that time, read as a distance, is a circle round the satellite on which the
// receiver must be. Where the circles cross, on the ground, is the receiver. Pure functions of
// the constellation and the time, like the rest of constellation.h.
#pragma once
#include "game/sim/constellation.h"
#include "game/sim/nav.h"

#include <vector>

namespace sp {

struct SkySignal {
    int satellite = 0;
    Vec2 satPlaneKm;      // where it was when it sent (the circle's centre in the plane)
    double travelS = 0;   // as the receiver's clock reads it
    double rangeKm = 0;   // the travel time as a distance: the circle's radius
};

// The signals station `receiver` hears at `seconds`, from every satellite in view that it listens
// to (Satellite::used), as its clock
// reads them: off by its error (Station::clock_error_us: every circle swells by the same
// distance), less `clockTakenOffS`, the error the student (or a fix) has found and taken off.
std::vector<SkySignal> signalsAt(const Constellation& sky, int receiver, double seconds, double clockTakenOffS = 0);

// The fix station `receiver` makes by itself at `seconds` from the signals it hears, its clock
// one more unknown (nav::solve from its planet's centre), the error ellipse for ranges each off
// by `sigmaKm`. `heard`: how many signals it used.
nav::Fix fixAt(const Constellation& sky, int receiver, double seconds, double sigmaKm, int* heard = nullptr);

// How far apart the circles cross each other: the widest gap between the crossings of the pairs
// of circles (of each pair's two crossings, the one nearer `nearKm`, the receiver's planet). 0
// when they all meet at one point, as they do when the clock is right; -1 with fewer than three
// circles, or two that do not cross.
double circlesSpreadKm(const std::vector<SkySignal>& signals, Vec2 nearKm);

// How far station `station` is, along the ground (km), from the point of its latitude at
// `longitudeDeg`: how far a mark there misses it.
double groundGapKm(const Constellation& sky, int station, double longitudeDeg, double seconds);

} // namespace sp
