// The play camera: it frames what matters by itself (the planet, the ship and its predicted
// path) and eases there smoothly; the player can take over with the wheel, a pinch or a
// drag, and give it back with one key or button (recenter). Also tells a tap from a drag,
// since a tap on the world means "put a burn here".
#pragma once
#include "engine/platform/input.h"
#include "engine/render/camera.h"

#include <optional>

namespace sp::view {

class CameraRig {
public:
    gfx::Camera2D cam;

    // Zoom limits from the size of the world (km).
    void setLimits(double worldRadiusKm, double closestKmAcross);
    // Window pixels along each edge that panels cover: framing keeps the box out of them.
    struct Insets {
        double top = 80, bottom = 110, left = 40, right = 40;
    };
    void setInsets(const Insets& insets) { insets_ = insets; }
    // Jumps to frame the box at once (a new flight).
    void snapTo(Vec2 lo, Vec2 hi, int viewportW, int viewportH);
    // Pointer, wheel and pinch. Returns a tap (window pixels) when the pointer went down and
    // up without moving: the caller decides what a tap on the world means.
    std::optional<Vec2> handleInput(const platform::FrameInput& in);
    // While following, eases toward framing the box (world km).
    void follow(Vec2 lo, Vec2 hi, int viewportW, int viewportH, double dt);
    void recenter() { following_ = true; }

private:
    void frameBox(Vec2 lo, Vec2 hi);   // sets the targets

    Insets insets_;
    bool following_ = true;
    int pointerId_ = -1;        // the pointer that went down on the world
    Vec2 downAt_, lastAt_;
    bool dragging_ = false;
};

} // namespace sp::view
