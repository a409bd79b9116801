#include "game/view/maneuver.h"

#include "engine/render/camera.h"
#include "game/sim/units.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

double ManeuverNode::cost() const { return std::hypot(prograde, radial); }

NodeState nodeState(const Sim& sim, const std::vector<Vec2>& path, int64_t nowTick, int64_t tick) {
    NodeState s;
    const int64_t k = tick - nowTick;
    if (k < 0 || k >= int64_t(path.size())) return s;
    s.valid = true;
    s.pos = path[size_t(k)];
    s.vel = k == 0 ? sim.shipVelKms() : (path[size_t(k)] - path[size_t(k - 1)]) / units::kRealSecondsPerTick;
    return s;
}

int dominantAttractorAt(const Level& level, Vec2 p) {
    int best = 0;
    double bestPull = -1;
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        const Attractor& a = level.attractors[i];
        const double r2 = std::max(lengthSq(p - Vec2{a.x_km, a.y_km}), a.radius_km * a.radius_km);
        const double pull = a.mu_km3_s2 / r2;
        if (pull > bestPull) {
            bestPull = pull;
            best = int(i);
        }
    }
    return best;
}

Vec2 burnVector(const Level& level, Vec2 pos, Vec2 vel, double prograde, double radial) {
    const Attractor& a = level.attractors[dominantAttractorAt(level, pos)];
    const Vec2 r = pos - Vec2{a.x_km, a.y_km};
    const Vec2 pro = normalized(vel);
    Vec2 rad = normalized(r - pro * dot(r, pro));
    if (!(lengthSq(rad) > 0)) rad = perpLeft(pro);
    return pro * prograde + rad * radial;
}

orbit::Elements orbitAfter(const Level& level, const NodeState& at, Vec2 dv, int* attractor) {
    const int d = dominantAttractorAt(level, at.pos);
    if (attractor) *attractor = d;
    const Attractor& a = level.attractors[d];
    return orbit::fromState(at.pos - Vec2{a.x_km, a.y_km}, at.vel + dv, a.mu_km3_s2);
}

int pickPathPoint(const std::vector<Vec2>& path, const gfx::Camera2D& cam, Vec2 screen, double maxPx) {
    int best = -1;
    double bestD = maxPx * maxPx;
    for (size_t i = 1; i < path.size(); ++i) {
        const double d = lengthSq(cam.worldToScreen(path[i]) - screen);
        if (d < bestD) {
            bestD = d;
            best = int(i);
        }
    }
    return best;
}

} // namespace sp::view
