// A local frame's ground line (Level::ground): its height under a point. One function for the
// sim (altitudes, predictions) and the editor (placing points on the line).
#pragma once
#include "engine/core/vec2.h"
#include "game/sim/level.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace sp {

// The ground's height (km) at x, between its points (which run left to right); nothing
// outside its ends or without a line.
inline std::optional<double> groundHeightKm(const std::vector<GroundPoint>& g, double x) {
    if (g.size() < 2 || x < g.front().x_km || x > g.back().x_km) return std::nullopt;
    const auto after = std::upper_bound(g.begin(), g.end(), x, [](double v, const GroundPoint& p) { return v < p.x_km; });
    const GroundPoint& b = after == g.end() ? g.back() : *after;
    const GroundPoint& a = after == g.end() ? g[g.size() - 2] : *(after - 1);
    const double span = b.x_km - a.x_km;
    return span > 0 ? a.y_km + (b.y_km - a.y_km) * (x - a.x_km) / span : a.y_km;
}

// How far a lander standing at x on legs spread from x - half to x + half leans, in degrees (0
// = level; positive = down to the right). It rests on the highest ground under its feet: the
// upper hull of the line over the footprint, and the hull's piece under its middle is the tilt.
// So a small crater between the legs is bridged, a rock under the middle rocks it onto two
// feet, and a slope tilts it by the slope. 0 where the footprint runs off the line.
inline double groundLeanDeg(const std::vector<GroundPoint>& g, double x, double half) {
    const auto left = groundHeightKm(g, x - half), right = groundHeightKm(g, x + half);
    if (!left || !right || half <= 0) return 0;
    // The footprint's points, left to right: its two ends and every point of the line between.
    std::vector<GroundPoint> under = {{x - half, *left}};
    for (const GroundPoint& p : g)
        if (p.x_km > x - half && p.x_km < x + half) under.push_back(p);
    under.push_back({x + half, *right});
    // The upper hull (Andrew's monotone chain, top half): keep only turns to the right.
    std::vector<GroundPoint> hull;
    for (const GroundPoint& p : under) {
        while (hull.size() >= 2) {
            const GroundPoint& a = hull[hull.size() - 2];
            const GroundPoint& b = hull.back();
            if ((b.x_km - a.x_km) * (p.y_km - a.y_km) - (b.y_km - a.y_km) * (p.x_km - a.x_km) < 0) break;
            hull.pop_back();
        }
        hull.push_back(p);
    }
    for (size_t i = 0; i + 1 < hull.size(); ++i) {
        if (x > hull[i + 1].x_km && i + 2 < hull.size()) continue;
        // Straight on a hull point (a rock's top), it tips the steeper way. dm:: maths, as the
        // sim's: a lean decides a flight, so native and browser must agree to the bit.
        auto lean = [&](size_t k) { return -radToDeg(dm::atan2(hull[k + 1].y_km - hull[k].y_km, hull[k + 1].x_km - hull[k].x_km)); };
        double deg = lean(i);
        if (x == hull[i + 1].x_km && i + 2 < hull.size() && std::fabs(lean(i + 1)) > std::fabs(deg)) deg = lean(i + 1);
        return deg;
    }
    return 0;
}

} // namespace sp
