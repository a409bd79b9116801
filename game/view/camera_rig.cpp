#include "game/view/camera_rig.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

namespace {
constexpr double kTapSlopPx = 8;    // movement below this is still a tap (fingers wobble)
constexpr double kFrameMarginPx = 24;
} // namespace

void CameraRig::frameBox(Vec2 lo, Vec2 hi) {
    // Fit the box into the part of the window the panels leave free, centered there.
    const double w = std::max(hi.x - lo.x, 1e-9), h = std::max(hi.y - lo.y, 1e-9);
    const double availW = std::max(cam.viewportWidth - insets_.left - insets_.right - 2 * kFrameMarginPx, 50.0);
    const double availH = std::max(cam.viewportHeight - insets_.top - insets_.bottom - 2 * kFrameMarginPx, 50.0);
    const double zoom = cam.clampZoom(std::min(availW / w, availH / h));
    // The free area's center is off the window's center by half the difference of the insets.
    const Vec2 shiftPx{(insets_.left - insets_.right) * 0.5, (insets_.top - insets_.bottom) * 0.5};
    cam.targetZoom = zoom;
    cam.targetCenter = (lo + hi) * 0.5 - Vec2{shiftPx.x, -shiftPx.y} / zoom;
}

void CameraRig::setLimits(double worldRadiusKm, double closestKmAcross) {
    // Zoomed out: the whole world fits in about 700 px. Zoomed in: `closestKmAcross` fills ~300 px.
    cam.minZoom = 350.0 / std::max(1e-6, worldRadiusKm);
    cam.maxZoom = 300.0 / std::max(1e-6, closestKmAcross);
}

void CameraRig::snapTo(Vec2 lo, Vec2 hi, int w, int h) {
    cam.setViewport(w, h);
    frameBox(lo, hi);
    cam.snap();
    following_ = true;
}

std::optional<Vec2> CameraRig::handleInput(const platform::FrameInput& in) {
    std::optional<Vec2> tap;
    if (in.wheel != 0) {
        cam.zoomAt(in.mousePos, std::pow(1.15, in.wheel));
        following_ = false;
    }
    if (in.pinch != 1.0) {
        cam.zoomAt(in.pinchCenter, in.pinch);
        following_ = false;
        dragging_ = true;   // a pinch is never a tap
    }
    for (const platform::PointerEvent& p : in.pointers) {
        if (p.type == platform::PointerType::Down && pointerId_ < 0 && p.button == platform::PointerButton::Left) {
            pointerId_ = p.id;
            downAt_ = lastAt_ = p.pos;
            dragging_ = false;
        } else if (p.id == pointerId_ && p.type == platform::PointerType::Move) {
            if (!dragging_ && length(p.pos - downAt_) > kTapSlopPx) dragging_ = true;
            if (dragging_) {
                cam.panPixels(p.pos - lastAt_);
                following_ = false;
            }
            lastAt_ = p.pos;
        } else if (p.id == pointerId_ && (p.type == platform::PointerType::Up || p.type == platform::PointerType::Cancel)) {
            if (!dragging_ && p.type == platform::PointerType::Up) tap = p.pos;
            pointerId_ = -1;
            dragging_ = false;
        }
    }
    return tap;
}

void CameraRig::follow(Vec2 lo, Vec2 hi, int viewportW, int viewportH, double dt) {
    cam.setViewport(viewportW, viewportH);
    if (following_) frameBox(lo, hi);   // moves the targets; update() eases there
    cam.update(dt);
}

} // namespace sp::view
