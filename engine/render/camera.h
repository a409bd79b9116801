// A 2D camera: world units (y up) to window pixels (y down). `zoom` is pixels per world
// unit. The game moves the *targets*; update(dt) eases center and zoom toward them
// exponentially (frame-rate independent), and snap() jumps there. zoomAt() keeps the world
// point under the cursor still, which is what pinch and wheel zoom should feel like.
#pragma once
#include "engine/core/vec2.h"

namespace sp::gfx {

struct Camera2D {
    Vec2 center;                 // world point at the middle of the viewport
    double zoom = 1;             // pixels per world unit
    Vec2 targetCenter;
    double targetZoom = 1;
    double viewportWidth = 1280, viewportHeight = 720;   // window pixels
    double halfLife = 0.12;      // seconds to cover half the distance to the target
    double minZoom = 1e-9, maxZoom = 1e9;

    void setViewport(double w, double h) { viewportWidth = w; viewportHeight = h; }
    void lookAt(Vec2 c, double z) { targetCenter = c; targetZoom = clampZoom(z); }
    void snap() { center = targetCenter; zoom = targetZoom; }
    void update(double dt);

    Vec2 worldToScreen(Vec2 w) const;
    Vec2 screenToWorld(Vec2 s) const;
    double pixelsToWorld(double px) const { return px / zoom; }
    double worldToPixels(double u) const { return u * zoom; }

    // Interaction helpers: they move the targets (and, for immediacy, the current values).
    void panPixels(Vec2 screenDelta);                   // drag: the world follows the pointer
    void zoomAt(Vec2 screenPoint, double factor);       // wheel / pinch
    // Chooses a target so the world rectangle [lo, hi] fits with `marginPx` around it.
    void frame(Vec2 lo, Vec2 hi, double marginPx = 40);

    // Visible world rectangle (lo = bottom-left, hi = top-right).
    Vec2 visibleMin() const;
    Vec2 visibleMax() const;
    double clampZoom(double z) const { return z < minZoom ? minZoom : (z > maxZoom ? maxZoom : z); }
};

// A direction in the world (y up) as a direction on the screen (y down).
inline Vec2 flipY(Vec2 v) { return {v.x, -v.y}; }

} // namespace sp::gfx
