#include "game/view/maneuver.h"

#include "engine/render/camera.h"

namespace sp::view {

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
