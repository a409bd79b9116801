// A local frame's ground line (Level::ground): its height under a point. One function for the
// sim (altitudes, predictions) and the editor (placing points on the line).
#pragma once
#include "game/sim/level.h"

#include <algorithm>
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

} // namespace sp
