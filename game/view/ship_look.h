// The spacecraft silhouettes, one per `look`: capsule (a crew capsule), dfh1 (Dong Fang
// Hong 1: a 72-faced polyhedron about 1 m across, drawn as a faceted ball with its four whip
// antennas), rocket, station (Tiangong), lander (Chang'e 3 with Yutu on top). A real satellite would be far below one pixel, so the ship is drawn at
// a fixed size on screen; the fact cards say it is not to scale.
#pragma once
#include "engine/render/renderer.h"

#include <string>

namespace sp::view {

struct ShipPose {
    Vec2 screen;            // window pixels
    double heading = 0;     // world radians, counter-clockwise from +x (the nose)
    float lengthPx = 30;    // overall size on screen
    double time = 0;        // seconds, for the slow spin of dfh1
};

// Draws in screen space; leaves the renderer in screen space.
void drawShip(gfx::Renderer& r, const std::string& look, const ShipPose& pose);

// Where the engine is (the tail), in window pixels, for exhaust.
Vec2 shipTail(const std::string& look, const ShipPose& pose);

} // namespace sp::view
