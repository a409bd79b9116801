#include "game/sim/bodies.h"

#include <cmath>

namespace sp {

Bodies::Bodies(const std::vector<Attractor>& attractors) : list_(attractors), ellipses_(attractors.size()) {
    for (size_t i = 0; i < list_.size(); ++i) {
        // Validation asks for a parent listed earlier; a level being edited may not have one
        // yet, and then the body stays where it is put (no endless nesting, no stray index).
        if (list_[i].orbits >= int(i)) list_[i].orbits = -1;
        const Attractor& a = list_[i];
        if (a.orbits < 0) continue;
        orbit::Ellipse& o = ellipses_[i];
        o.a = a.orbit_a_km;
        o.e = a.orbit_e;
        o.periapsisRad = degToRad(a.orbit_periapsis_deg);
        o.startRad = degToRad(a.orbit_start_deg);
        o.clockwise = a.orbit_clockwise;
        // Kepler's third law for two bodies about their common centre: G(M + m).
        const double mu = list_[size_t(a.orbits)].mu_km3_s2 + a.mu_km3_s2;
        o.period = a.orbit_period_min > 0 ? a.orbit_period_min * 60 : orbit::periodFromA(mu, o.a);
    }
}

const Attractor& Bodies::operator[](int i) const {
    static const Attractor none = [] {
        Attractor a;
        a.radius_km = 0;
        a.mu_km3_s2 = 0;
        a.atmosphere_km = 0;
        return a;
    }();
    return i >= 0 && i < count() ? list_[size_t(i)] : none;
}

orbit::State Bodies::stateAt(int i, double seconds) const {
    if (i < 0 || i >= count()) return {};
    const Attractor& a = list_[size_t(i)];
    if (a.orbits < 0) return {{a.x_km, a.y_km}, {}};
    // Validation guarantees a parent listed earlier, so this ends.
    const orbit::State parent = stateAt(a.orbits, seconds);
    const orbit::State rel = orbit::stateOnEllipse(ellipses_[size_t(i)], seconds);
    return {parent.r + rel.r, parent.v + rel.v};
}

double Bodies::spinAt(int i, double seconds) const {
    if (i < 0 || i >= count()) return 0;
    const double period = list_[size_t(i)].rotation_period_min;
    if (period == 0) return 0;
    // Positive periods turn counter-clockwise, negative ones clockwise (level.h). Whole turns
    // are taken out first so the angle stays small.
    const double turns = seconds / (60 * period);
    return 2 * kPi * (turns - std::floor(turns));
}

double Bodies::spinRate(int i) const {
    const double period = (*this)[i].rotation_period_min;
    return period != 0 ? 2 * kPi / (60 * period) : 0;
}

Vec2 Bodies::gravityAt(Vec2 p, double seconds) const {
    Vec2 acc;
    for (int i = 0; i < count(); ++i) {
        const Attractor& a = list_[size_t(i)];
        const Vec2 at = positionAt(i, seconds);
        const Vec2 d = at - p;
        const double r = length(d);
        if (r > 0) {   // at the centre the direction is undefined: no pull
            const double rr = std::max(r, a.radius_km);
            acc += d * (a.mu_km3_s2 / (rr * rr * r));
        }
        // The frame is fixed to the body a moon circles, but that body is really pulled toward
        // the moon too: everything in the frame feels the opposite of that pull. Without it a
        // probe near the Moon would drift away from a Moon that keeps its Kepler orbit.
        if (a.orbits >= 0 && list_[size_t(a.orbits)].orbits < 0) {
            const Vec2 rel = at - positionAt(a.orbits, seconds);
            const double rl = length(rel);
            if (rl > 0) acc -= rel * (a.mu_km3_s2 / (rl * rl * rl));
        }
    }
    return acc;
}

int Bodies::dominantAt(Vec2 p, double seconds) const {
    int best = count() > 0 ? 0 : -1;
    double bestPull = -1;
    for (int i = 0; i < count(); ++i) {
        const Attractor& a = list_[size_t(i)];
        const double r2 = std::max(lengthSq(p - positionAt(i, seconds)), a.radius_km * a.radius_km);
        const double pull = a.mu_km3_s2 / r2;
        if (pull > bestPull) {
            bestPull = pull;
            best = i;
        }
    }
    return best;
}

int Bodies::insideAt(Vec2 p, double seconds) const {
    for (int i = 0; i < count(); ++i)
        if (lengthSq(p - positionAt(i, seconds)) < list_[size_t(i)].radius_km * list_[size_t(i)].radius_km) return i;
    return -1;
}

} // namespace sp
