#include "game/view/maneuver.h"

#include "engine/render/camera.h"

#include <algorithm>
#include <cstdlib>

namespace sp::view {

int pickPathPoint(const std::vector<Vec2>& path, const gfx::Camera2D& cam, Vec2 screen, double maxPx, int prefer) {
    std::vector<double> d(path.size(), 1e300);
    double nearest = maxPx;
    for (size_t i = 1; i < path.size(); ++i) {
        d[i] = length(cam.worldToScreen(path[i]) - screen);
        nearest = std::min(nearest, d[i]);
    }
    const double near = std::min(maxPx, nearest + 6.0);
    // Each run of points within `near` is a pass; its nearest point stands for it.
    int best = -1, pass = -1;
    for (size_t i = 1; i <= path.size(); ++i) {
        const bool in = i < path.size() && d[i] <= near;
        if (in && (pass < 0 || d[i] < d[size_t(pass)])) pass = int(i);
        if (in || pass < 0) continue;
        if (prefer < 0) return pass;
        if (best < 0 || std::abs(pass - prefer) < std::abs(best - prefer)) best = pass;
        pass = -1;
    }
    return best;
}

} // namespace sp::view
