// A deterministic starfield behind the world: a few parallax layers of stars (far layers
// move less when the camera pans), each star twinkling at its own phase, plus faint nebula
// clouds for depth. Same seed, same sky. Drawn in screen space, so call it first.
#pragma once
#include "engine/render/renderer.h"
#include <cstdint>
#include <vector>

namespace sp::gfx {

struct StarfieldConfig {
    uint32_t seed = 7;
    int starsPerLayer = 220;      // per 1000x1000 window pixels
    int layers = 3;
    float twinkle = 0.35f;        // 0 = steady, 1 = strong
    bool nebula = true;
    Color nebulaA = rgb(0x3b2a7a, 0.22f);
    Color nebulaB = rgb(0x145a6e, 0.20f);
};

class Starfield {
public:
    explicit Starfield(const StarfieldConfig& cfg = {});
    void draw(Renderer& r, const Camera2D& cam, double timeSeconds) const;

private:
    struct Star { float x, y, size, bright, phase, speed; uint32_t tint; };
    StarfieldConfig cfg_;
    std::vector<std::vector<Star>> layers_;   // positions in a repeating 1024 px tile
    struct Blob { float x, y, r; int which; };
    std::vector<Blob> blobs_;
};

} // namespace sp::gfx
