#include "game/sim/closest.h"

namespace sp {

Closest closestApproach(const Sim& sim, const std::vector<Coast>& path, const PathAhead& target, double meetKm, double meetKms) {
    Closest nearest, pass;
    for (const Coast& c : path) {
        const Coast* t = target.stateAt(c.tick);
        if (!t) continue;
        const Vec2 a = sim.coastPosKm(c), b = sim.coastPosKm(*t);
        const Vec2 v = sim.relativeVelKms(a, sim.coastVelKms(c), b, sim.coastVelKms(*t), c.tick);
        const Closest here{true, false, false, c.tick, length(a - b), length(v), a, b};
        if (here.rangeKm <= meetKm) {
            if (here.relSpeedKms <= meetKms) return {true, true, false, here.tick, here.rangeKm, here.relSpeedKms, a, b};
            if (!pass.found || here.relSpeedKms < pass.relSpeedKms) pass = here;
        } else if (pass.found) {
            break;   // the first pass is over
        }
        if (!nearest.found || here.rangeKm < nearest.rangeKm) nearest = here;
    }
    if (pass.found) {
        pass.passes = true;
        return pass;
    }
    return nearest;
}

BodyPass closestToBody(const Sim& sim, const std::vector<Coast>& path, int body) {
    BodyPass best;
    if (body < 0 || body >= sim.bodies().count()) return best;
    const double radius = sim.level().attractors[size_t(body)].radius_km;
    for (const Coast& c : path) {
        const Vec2 ship = sim.coastPosKm(c), at = sim.bodies().positionAt(body, sim.scale().ticksToRealSeconds(double(c.tick)));
        const double h = length(ship - at) - radius;
        if (!best.found || h < best.heightKm) best = {true, c.tick, h, ship, at};
    }
    return best;
}

} // namespace sp
