// Two-body orbit math, in real units (km, km/s, km^3/s^2). Pure functions; tested against
// analytic values.
#pragma once
#include "engine/core/vec2.h"

#include <vector>

namespace sp::orbit {

struct Elements {
    double a = 0;            // semi-major axis, km (negative for hyperbolic)
    double e = 0;            // eccentricity
    double periapsis = 0;    // radius, km
    double apoapsis = 0;     // radius, km (infinity when unbound)
    double period = 0;       // seconds (infinity when unbound)
    double energy = 0;       // specific orbital energy, km^2/s^2
    double argPeriapsis = 0; // angle of periapsis from +x, radians
    bool bound = false;
    bool prograde = true;    // counter-clockwise
};

// r, v relative to the attractor.
Elements fromState(Vec2 r, Vec2 v, double mu);
double circularSpeed(double mu, double r);
double escapeSpeed(double mu, double r);
double periodFromA(double mu, double a);        // Kepler's third law
double aFromPeriod(double mu, double period);
// Speed at radius r on an orbit with semi-major axis a (vis-viva).
double visViva(double mu, double r, double a);
// The two burns of a Hohmann transfer between circular orbits of radius r1 and r2 (km/s, both
// positive): the least Δv two burns can do it with.
double hohmannDeltaV(double mu, double r1, double r2);
// Seconds the orbit spends above radius r on each lap: from climbing through r to falling
// back through it (a capsule's skip out of the air and back). 0 if it never climbs past r;
// infinity if it never comes back (unbound).
double secondsAbove(const Elements& el, double r, double mu);

// A body on rails: an ellipse with its focus at the origin, in km, radians and seconds.
struct Ellipse {
    double a = 0, e = 0;
    double periapsisRad = 0;   // direction of periapsis from +x
    double startRad = 0;       // mean anomaly at time 0
    double period = 0;         // seconds, > 0
    bool clockwise = false;
};
struct State {
    Vec2 r;   // km, relative to the focus
    Vec2 v;   // km/s
};
// Where a body on the ellipse is, and how fast it moves, `seconds` after time 0 (Kepler's
// equation, solved with det_math: the same bits on every platform).
State stateOnEllipse(const Ellipse& o, double seconds);

} // namespace sp::orbit
