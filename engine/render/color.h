// Colors for the renderer: straight (not premultiplied) RGBA floats in 0..1.
#pragma once
#include <cstdint>

namespace sp::gfx {

struct Color {
    float r = 1, g = 1, b = 1, a = 1;
};

// 0xRRGGBB, with a separate alpha.
constexpr Color rgb(uint32_t hex, float alpha = 1.0f) {
    return {((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha};
}
constexpr Color withAlpha(Color c, float a) { return {c.r, c.g, c.b, a}; }
constexpr Color mix(Color a, Color b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t};
}
// Packs to 0xAABBGGRR, the byte order GL reads as RGBA from memory.
uint32_t packColor(Color c);

} // namespace sp::gfx
