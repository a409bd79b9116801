// Satellite navigation in the plane of the game (Chapter 4, BeiDou): a receiver hears each
// satellite's signal after its travel time at the speed of light; its own clock is off by an
// unknown bias, which adds the same time to every signal ("pseudoranges": every circle swells
// together). A least-squares fix finds the position and, with one satellite more, the clock
// bias; the geometry decides how sharp it is (dilution of precision and an error ellipse).
// Headless, pure functions over positions in km: the levels, goals and view build on these.
#pragma once
#include "engine/core/vec2.h"

#include <vector>

namespace sp::nav {

constexpr double kLightKmS = 299792.458;   // exact by definition (FACTS.md §6, [53])

// What the receiver measures of one satellite: where the satellite was when it sent (its
// message says so) and the time the signal seemed to travel, by the receiver's clock.
struct Signal {
    Vec2 satKm;
    double travelS = 0;
};

// The time a signal from `satKm` seems to take to `receiverKm`, read by a clock `clockBiasS`
// ahead of the satellites' (a clock ahead reads every signal as that much later).
double travelTimeS(Vec2 satKm, Vec2 receiverKm, double clockBiasS = 0);
// A travel time as the distance light covers in it (the circle's radius the student sees).
inline double rangeKm(double travelS) { return travelS * kLightKmS; }

// The error ellipse of a fix: the region where the receiver is with about 39% odds (1 sigma)
// when every range is off by `sigma` at random.
struct Ellipse {
    double majorKm = 0, minorKm = 0;   // semi-axes
    double angleRad = 0;               // of the major axis, from +x
};

struct Fix {
    bool ok = false;           // solved: the unknowns are determined and the iteration settled
    bool degenerate = false;   // the geometry cannot tell the unknowns apart (too few signals,
                               // or all of them along one line through the receiver)
    Vec2 posKm;
    double clockBiasS = 0;     // the receiver clock's error that was solved for (0 if not)
    double residualKm = 0;     // what the ranges still disagree by (rms), after the fix
    int iterations = 0;
    // Dilution of precision: how much the geometry multiplies a range error. PDOP for the
    // position (x and y; the plane has no height), TDOP for the clock, GDOP for both.
    double pdop = 0, tdop = 0, gdop = 0;
    Ellipse error;             // for ranges off by the `sigmaKm` given to solve()
};

// The least-squares fix from `signals`, starting from `guessKm` (the centre of the Earth will
// do for a receiver on it). With `solveClock` the clock bias is a third unknown: three signals
// determine it, more average it out; without it two signals fix the point (the one of the
// two circle crossings nearer the guess). `sigmaKm` scales the error ellipse.
Fix solve(const std::vector<Signal>& signals, Vec2 guessKm, bool solveClock = true, double sigmaKm = 0.001);

// The satellite's height above the receiver's horizon (degrees, -90..90) on a round body
// centred at `centreKm`: 90 straight overhead, below 0 behind the Earth.
double elevationDeg(Vec2 receiverKm, Vec2 centreKm, Vec2 satKm);
// True if the receiver sees the satellite at least `maskDeg` above its horizon (receivers
// ignore the lowest satellites: their signals cross the most air and bounce off the ground).
inline bool visible(Vec2 receiverKm, Vec2 centreKm, Vec2 satKm, double maskDeg = 0) {
    return elevationDeg(receiverKm, centreKm, satKm) >= maskDeg;
}

} // namespace sp::nav
