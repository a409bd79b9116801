// The surfaces of the game's planets, baked once on the CPU into the maps the renderer's
// spheres read (engine/render/renderer.h, SphereStyle): the procedural noise that makes
// continents, clouds, maria and craters is far too slow to evaluate per pixel per frame on a
// software renderer, so it is worked out here, with the look's colors, polar caps, clouds,
// the gloss of the oceans and the lights of cities on the night side.
#pragma once
#include "engine/render/color.h"

#include <cstdint>
#include <vector>

namespace sp::view {

enum class SurfacePattern : uint8_t {
    Plain,       // just the shaded disc
    Terran,      // oceans (surface color), continents (secondary), polar caps, a cloud layer, cities
    Cratered,    // maria and craters in the secondary color
    Banded,      // gas-giant bands mixing surface and secondary
};

struct SurfaceMaps {
    std::vector<uint8_t> day;     // empty for Plain
    std::vector<uint8_t> night;   // empty unless something glows in the dark
};

// gfx::kSurfaceMapWidth x kSurfaceMapHeight, in the renderer's format. Deterministic for a
// given pattern, seed and pair of colors.
SurfaceMaps bakeSurface(SurfacePattern pattern, uint32_t seed, gfx::Color surface, gfx::Color secondary);

} // namespace sp::view
