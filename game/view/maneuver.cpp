#include "game/view/maneuver.h"

#include "engine/render/camera.h"
#include "game/sim/units.h"

namespace sp::view {

NodeState nodeState(const Sim& sim, const std::vector<Vec2>& path, int64_t nowTick, int64_t tick) {
    NodeState s;
    const int64_t k = tick - nowTick;
    if (k < 0 || k >= int64_t(path.size())) return s;
    s.valid = true;
    s.pos = path[size_t(k)];
    s.vel = k == 0 ? sim.shipVelKms() : (path[size_t(k)] - path[size_t(k - 1)]) / units::kRealSecondsPerTick;
    return s;
}

orbit::Elements orbitAfter(const Sim& sim, const NodeState& at, Vec2 dv, int* attractor) {
    const int d = sim.dominantAttractorAt(at.pos);
    if (attractor) *attractor = d;
    const Attractor& a = sim.level().attractors[d];
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
