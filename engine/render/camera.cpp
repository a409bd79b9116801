// Camera2D. Zoom eases in log space, so zooming from 1 to 1000 feels as even as 1 to 10.
#include "engine/render/camera.h"
#include <algorithm>
#include <cmath>

namespace sp::gfx {

void Camera2D::update(double dt) {
    if (!(dt > 0)) return;
    targetZoom = clampZoom(targetZoom);
    // Fraction of the remaining distance left after dt: 0.5 per halfLife, any frame rate.
    double keep = halfLife > 0 ? std::exp2(-dt / halfLife) : 0.0;
    center = targetCenter + (center - targetCenter) * keep;
    if (zoom > 0 && targetZoom > 0) zoom = targetZoom * std::pow(zoom / targetZoom, keep);
    else zoom = targetZoom;
    if (lengthSq(center - targetCenter) * zoom * zoom < 1e-4) center = targetCenter;
    if (std::abs(zoom / targetZoom - 1) < 1e-6) zoom = targetZoom;
}

Vec2 Camera2D::worldToScreen(Vec2 w) const {
    return {(w.x - center.x) * zoom + viewportWidth * 0.5, (center.y - w.y) * zoom + viewportHeight * 0.5};
}

Vec2 Camera2D::screenToWorld(Vec2 s) const {
    return {center.x + (s.x - viewportWidth * 0.5) / zoom, center.y - (s.y - viewportHeight * 0.5) / zoom};
}

void Camera2D::panPixels(Vec2 d) {
    Vec2 delta{-d.x / zoom, d.y / zoom};
    center += delta;
    targetCenter += delta;
}

void Camera2D::zoomAt(Vec2 screenPoint, double factor) {
    if (!(factor > 0)) return;
    // Keep the world point under the cursor where it is, for the target and the current view.
    double newTarget = clampZoom(targetZoom * factor);
    Vec2 anchor = screenToWorld(screenPoint);
    Vec2 offsetPx{screenPoint.x - viewportWidth * 0.5, viewportHeight * 0.5 - screenPoint.y};
    targetCenter = anchor - offsetPx / newTarget;
    targetZoom = newTarget;
}

void Camera2D::frame(Vec2 lo, Vec2 hi, double marginPx) {
    double w = std::max(std::abs(hi.x - lo.x), 1e-12), h = std::max(std::abs(hi.y - lo.y), 1e-12);
    double availW = std::max(viewportWidth - 2 * marginPx, 1.0), availH = std::max(viewportHeight - 2 * marginPx, 1.0);
    lookAt((lo + hi) * 0.5, std::min(availW / w, availH / h));
}

Vec2 Camera2D::visibleMin() const { return screenToWorld({0, viewportHeight}); }
Vec2 Camera2D::visibleMax() const { return screenToWorld({viewportWidth, 0}); }

} // namespace sp::gfx
