#include "game/sim/orbit.h"

#include <cmath>
#include <limits>

namespace sp::orbit {

Elements fromState(Vec2 r, Vec2 v, double mu) {
    Elements el;
    const double rLen = length(r);
    const double v2 = lengthSq(v);
    if (!(rLen > 0) || !(mu > 0)) return el;
    const double h = cross(r, v);                 // specific angular momentum (z component)
    el.energy = 0.5 * v2 - mu / rLen;
    el.prograde = h >= 0;
    // Eccentricity vector: points at periapsis. e = (v x h)/mu - r/|r|; in 2D v x (0,0,h) = (v.y*h, -v.x*h).
    const Vec2 eVec = Vec2{v.y * h, -v.x * h} / mu - r / rLen;
    el.e = length(eVec);
    el.argPeriapsis = el.e > 1e-12 ? std::atan2(eVec.y, eVec.x) : std::atan2(r.y, r.x);
    const double inf = std::numeric_limits<double>::infinity();
    if (el.energy < 0) {
        el.bound = true;
        el.a = -mu / (2 * el.energy);
        el.periapsis = el.a * (1 - el.e);
        el.apoapsis = el.a * (1 + el.e);
        el.period = periodFromA(mu, el.a);
    } else {
        el.bound = false;
        el.a = el.energy > 0 ? -mu / (2 * el.energy) : inf;
        // Periapsis from the angular momentum: p = h^2/mu, rp = p/(1+e).
        el.periapsis = (h * h / mu) / (1 + el.e);
        el.apoapsis = inf;
        el.period = inf;
    }
    return el;
}

double circularSpeed(double mu, double r) { return std::sqrt(mu / r); }
double escapeSpeed(double mu, double r) { return std::sqrt(2 * mu / r); }
double periodFromA(double mu, double a) { return 2 * kPi * std::sqrt(a * a * a / mu); }
double aFromPeriod(double mu, double period) { return std::cbrt(mu * period * period / (4 * kPi * kPi)); }
double visViva(double mu, double r, double a) { return std::sqrt(mu * (2 / r - 1 / a)); }

} // namespace sp::orbit
