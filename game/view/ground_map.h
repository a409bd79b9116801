// Chapter 4's map view: the world laid flat (longitude across, latitude up), with each
// navigation satellite's ground track (the line the point under it draws as the Earth turns):
// half a day behind it, fading, and half a day ahead, dashed. A GEO satellite's track is a
// dot that stays put, an IGSO satellite's a figure eight, a MEO satellite's waves that drift.
// The ground sites and the satellites are on it where they are now. The map is centred on the
// level's sites, so the region the level is about never hides under a panel's edge.
#pragma once
#include "engine/render/renderer.h"
#include "game/sim/constellation.h"

namespace sp {
class Strings;
}

namespace sp::view {

// Where the map lies on the window: a 2:1 rectangle, and the longitude at its middle.
struct GroundMap {
    Vec2 lo, hi;                 // window pixels, top-left and bottom-right
    double centreLonDeg = 0;
    int attractor = 0;           // the body it maps

    Vec2 at(LatLon p) const;     // the window pixel of a point of the surface
};

// The largest 2:1 map inside the window rectangle [x0, x1] x [y0, y1], centred on the mean
// longitude of the level's sites on the mapped body (the first satellite's, else body 0).
GroundMap groundMapIn(const Level& level, double x0, double y0, double x1, double y1);

// The map, its grid, the tracks, the sites and the satellites (in screen space). `time` (real
// seconds) only moves the dashes.
void drawGroundMap(gfx::Renderer& r, const GroundMap& map, const Level& level, const Constellation& sky, double seconds, double time);
// The satellites' and sites' names, and the grid's degrees, through the UI font.
void drawGroundMapLabels(const GroundMap& map, const Level& level, const Constellation& sky, double seconds, const Strings& tr);

} // namespace sp::view
