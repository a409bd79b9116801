// Lunar ground from a seed: a landing site's ground line (Level::ground), made by
// `starpath-cli terrain` (level 3-3's site was). Gentle swells, bowl-shaped craters with raised
// rims, and rocks, sampled every metre and then thinned to the points that matter, so a site of
// a few hundred metres stays a few hundred points (a share link must still carry it). The same recipe gives the
// same ground on every machine (Rng is PCG32, the shapes use only + - * /).
#pragma once
#include "game/sim/level.h"

#include <cstdint>
#include <vector>

namespace sp {

// A stretch of ground left clear of craters and rocks: where a careful lander can come down.
struct ClearSpan {
    double from_km = 0, to_km = 0;
};

struct TerrainRecipe {
    uint64_t seed = 1;
    double from_km = -0.3, to_km = 0.3;     // the site, left to right
    double swell_m = 1.5;                    // the rolling of the plain, up and down
    int craters = 8;
    double crater_min_m = 6, crater_max_m = 40;   // across the rim
    int rocks = 30;
    double rock_min_m = 0.4, rock_max_m = 1.6;    // high
    std::vector<ClearSpan> clear;            // kept flat and free of rocks (its swell stays)
    double tolerance_m = 0.05;               // how far the thinned line may stray from the sampled one
};

std::vector<GroundPoint> generateTerrain(const TerrainRecipe& recipe);

// The line through the fewest of `points` that strays from none by more than `toleranceKm`
// (Douglas-Peucker): the ends are always kept.
std::vector<GroundPoint> thinGround(const std::vector<GroundPoint>& points, double toleranceKm);

} // namespace sp
