// Planet surface maps, baked once on the CPU: the procedural noise that makes continents,
// clouds, maria and craters is far too slow to evaluate per pixel per frame on a software
// renderer, so it is rendered into an equirectangular RGBA map (longitude x latitude) and the
// planet shader only looks it up. Channels hold fields, not colors, so the same map serves
// any palette:
//   Terran:   R height (sea below ~0.52), G dryness, B cloud density, A detail
//   Cratered: R maria, G mottling, B crater shading (0.5 = flat), A unused
//   Banded:   R band mix, G turbulence
// Internal to engine/render.
#pragma once
#include "engine/render/renderer.h"
#include <cstdint>
#include <vector>

namespace sp::gfx::detail {

constexpr int kPlanetMapWidth = 1024;
constexpr int kPlanetMapHeight = 512;

// RGBA8, row 0 = south pole. Deterministic for a given pattern and seed.
std::vector<uint8_t> bakePlanetMap(PlanetPattern pattern, uint32_t seed);

} // namespace sp::gfx::detail
