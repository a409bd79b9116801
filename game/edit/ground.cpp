#include "game/edit/ground.h"

#include "game/edit/document.h"
#include "game/sim/level_types.h"

#include "game/sim/ground.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sp::edit {

double groundGapKm(const Level& level) {
    // checkGround asks for 0.01 units; twice that is still far below anything one drags.
    return 2 * 0.01 * level.frame.km_per_unit;
}

double clampGroundX(const Level& level, int index, double x) {
    const std::vector<GroundPoint>& g = level.ground;
    if (index < 0 || size_t(index) >= g.size()) return x;
    const double gap = groundGapKm(level);
    const double inf = std::numeric_limits<double>::infinity();
    const double lo = index > 0 ? g[size_t(index) - 1].x_km + gap : -inf;
    const double hi = size_t(index) + 1 < g.size() ? g[size_t(index) + 1].x_km - gap : inf;
    if (!(lo <= hi)) return g[size_t(index)].x_km;
    if (x >= lo && x <= hi) return x;
    // Held at a neighbour: to a tenth of the gap's decimals, so the file says 0.29998 rather
    // than 0.29997999999999997 (the rounding moves it by a twentieth of the gap at most).
    const double p = std::pow(10.0, std::ceil(-std::log10(gap / 10)));
    const double held = std::clamp(x, lo, hi);
    const double rounded = std::round(held * p) / p;
    return rounded >= lo - gap / 4 && rounded <= hi + gap / 4 ? rounded : held;
}

double groundHeightAt(const Level& level, double x) {
    const std::vector<GroundPoint>& g = level.ground;
    if (g.empty()) return 0;
    if (x <= g.front().x_km) return g.front().y_km;   // past an end: the line carries on flat
    if (x >= g.back().x_km) return g.back().y_km;
    return groundHeightKm(g, x).value_or(g.front().y_km);
}

std::vector<GroundInsert> groundInsertion(const Level& level, Vec2 km, double clearanceKm) {
    const std::vector<GroundPoint>& g = level.ground;
    const double gap = groundGapKm(level);
    clearanceKm = std::max(clearanceKm, 4 * gap);
    if (g.empty()) return {{0, {km.x - clearanceKm, km.y}}, {1, {km.x + clearanceKm, km.y}}};

    // The point nearest the press: too near, and the new one goes beside it instead.
    size_t near = 0;
    for (size_t i = 1; i < g.size(); ++i)
        if (std::abs(g[i].x_km - km.x) < std::abs(g[near].x_km - km.x)) near = i;
    double x = km.x;
    if (std::abs(g[near].x_km - km.x) < clearanceKm) {
        // Past an end counts as the longest side: the line grows there.
        const double inf = std::numeric_limits<double>::infinity();
        const double left = near > 0 ? g[near].x_km - g[near - 1].x_km : inf;
        const double right = near + 1 < g.size() ? g[near + 1].x_km - g[near].x_km : inf;
        if (left > right) x = near > 0 ? g[near].x_km - left / 2 : g[near].x_km - clearanceKm;
        else x = near + 1 < g.size() ? g[near].x_km + right / 2 : g[near].x_km + clearanceKm;
    }
    const size_t index = size_t(std::count_if(g.begin(), g.end(), [&](const GroundPoint& p) { return p.x_km < x; }));
    const double lo = index > 0 ? g[index - 1].x_km + gap : -std::numeric_limits<double>::infinity();
    const double hi = index < g.size() ? g[index].x_km - gap : std::numeric_limits<double>::infinity();
    if (!(lo <= hi)) return {};
    x = std::clamp(x, lo, hi);
    return {{int(index), {x, groundHeightAt(level, x)}}};
}

TerrainRecipe groundRecipe(const Level& level, uint64_t seed) {
    TerrainRecipe r;
    r.seed = seed;
    const std::vector<GroundPoint>& g = level.ground;
    if (g.size() >= 2 && g.back().x_km > g.front().x_km) {
        r.from_km = g.front().x_km;
        r.to_km = g.back().x_km;
    }
    for (const Zone& z : level.zones) {
        if (2 * z.radius_km > (r.to_km - r.from_km) / 2) continue;   // a zone over the whole site, as 3-3's: the ground is the puzzle
        const double from = std::max(r.from_km, z.x_km - z.radius_km), to = std::min(r.to_km, z.x_km + z.radius_km);
        if (from < to) r.clear.push_back({from, to});
    }
    return r;
}

std::vector<GroundPoint> groundFromSeed(const Level& level, uint64_t seed) {
    TerrainRecipe r = groundRecipe(level, seed);
    std::vector<GroundPoint> points = generateTerrain(r);
    while (points.size() > kMaxGround && r.tolerance_m < 5) {   // a wide site: centimetres matter less
        r.tolerance_m *= 2;
        points = generateTerrain(r);
    }
    return points;
}

bool replaceGround(Document& doc, const std::vector<GroundPoint>& points) {
    if (points.size() > kMaxGround) return false;
    const std::vector<GroundPoint>& now = doc.level().ground;
    if (now == points) return false;
    const bool own = !doc.inGroup();
    if (own) doc.beginGroup("new ground");
    for (int i = int(now.size()) - 1; i >= 0; --i) doc.remove({Kind::GroundPoint, i});
    for (size_t i = 0; i < points.size(); ++i) doc.insert({Kind::GroundPoint, int(i)}, points[i]);
    if (own) doc.endGroup();
    doc.select(std::nullopt);   // not the last point put in: the whole line is new
    return true;
}

} // namespace sp::edit
