#include "game/sim/landing.h"

#include "game/sim/ground.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

// The highest ground under a footprint from x - half to x + half: what the feet meet first.
double highestUnderKm(const std::vector<GroundPoint>& g, double x, double half) {
    double top = std::max(groundHeightKm(g, x - half).value_or(-1e9), groundHeightKm(g, x + half).value_or(-1e9));
    for (const GroundPoint& p : g)
        if (p.x_km > x - half && p.x_km < x + half) top = std::max(top, p.y_km);
    return top;
}

} // namespace

LandingReadout landingReadout(const Sim& sim) {
    LandingReadout out;
    const Level& level = sim.level();
    const Ship& ship = level.ship;
    if (level.frame.kind != "local" || level.ground.size() < 2) return out;
    const Vec2 p = sim.shipPosKm(), v = sim.shipVelKms() * 1000.0;
    const double half = ship.radius_km;
    out.overGround = p.x - half >= level.ground.front().x_km && p.x + half <= level.ground.back().x_km;
    if (!out.overGround) return out;
    out.heightM = std::max(0.0, (p.y - half - highestUnderKm(level.ground, p.x, half)) * 1000);
    out.downMs = -v.y;
    out.sidewaysMs = std::fabs(v.x);
    out.tiltDeg = angleBetweenDeg(fromAngle(sim.shipHeadingRad()), {0, 1});
    out.groundLeanDeg = std::fabs(groundLeanDeg(level.ground, p.x, half));
    const double g = std::hypot(level.frame.gravity_x_m_s2, level.frame.gravity_y_m_s2);
    const double vy = std::max(0.0, out.downMs);
    // Climbing or falling, free fall meets the ground at the same speed: v^2 + 2 g h.
    out.engineOffMs = std::sqrt(out.downMs * out.downMs + 2 * g * out.heightM);
    Touchdown t;
    t.verticalMs = vy;
    t.horizontalMs = out.sidewaysMs;
    t.tiltDeg = out.tiltDeg;
    t.slopeDeg = out.groundLeanDeg;
    out.ifNow = touchdownReport(ship, t).code;
    t.verticalMs = out.engineOffMs;
    out.ifEngineOff = touchdownReport(ship, t).code;
    return out;
}

} // namespace sp
