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
    el.argPeriapsis = el.e > 1e-12 ? dm::atan2(eVec.y, eVec.x) : dm::atan2(r.y, r.x);
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

double secondsAbove(const Elements& el, double r, double mu) {
    if (!el.bound) return std::numeric_limits<double>::infinity();
    if (!(r < el.apoapsis) || !(el.e > 0)) return 0;
    if (!(r > el.periapsis)) return el.period;
    // r = a (1 - e cos E): the eccentric anomaly where the orbit crosses r on the way up, and
    // Kepler's equation for the time from the lowest point; the way down mirrors it.
    const double c = (1 - r / el.a) / el.e;
    const double E = dm::atan2(std::sqrt(std::max(0.0, 1 - c * c)), c);
    const double fromLowest = (E - el.e * dm::sin(E)) * std::sqrt(el.a * el.a * el.a / mu);
    return std::max(0.0, el.period - 2 * fromLowest);
}

// Kepler's equation E - e sin E = M by Newton's method. At most 50 steps, each a fixed
// sequence of det_math operations, so the same M gives the same E everywhere.
static double eccentricAnomaly(double M, double e) {
    double E = e < 0.8 ? M : kPi;
    for (int i = 0; i < 50; ++i) {
        double s, c;
        dm::sincos(E, &s, &c);
        const double step = (E - e * s - M) / (1 - e * c);
        E -= step;
        if (std::fabs(step) < 1e-14) break;
    }
    return E;
}

State stateOnEllipse(const Ellipse& o, double seconds) {
    // The mean anomaly, kept within one turn so that E stays small and exact.
    const double n = 2 * kPi / o.period;
    const double M = std::remainder(o.startRad + n * seconds, 2 * kPi);
    const double E = eccentricAnomaly(M, o.e);
    double s, c;
    dm::sincos(E, &s, &c);
    const double b = o.a * std::sqrt(1 - o.e * o.e);
    const double rate = n / (1 - o.e * c);   // dE/dt
    const double side = o.clockwise ? -1.0 : 1.0;
    State st;
    st.r = rotate({o.a * (c - o.e), side * b * s}, o.periapsisRad);
    st.v = rotate({-o.a * s * rate, side * b * c * rate}, o.periapsisRad);
    return st;
}

double hohmannDeltaV(double mu, double r1, double r2) {
    const double a = (r1 + r2) / 2;
    const double burn1 = std::fabs(std::sqrt(mu * (2 / r1 - 1 / a)) - std::sqrt(mu / r1));
    const double burn2 = std::fabs(std::sqrt(mu / r2) - std::sqrt(mu * (2 / r2 - 1 / a)));
    return burn1 + burn2;
}

} // namespace sp::orbit
