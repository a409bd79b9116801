// Starfield: stars live in a repeating 1024-pixel tile per layer, offset by the camera times
// the layer's parallax, so the sky is endless, deterministic and costs O(visible stars).
#include "engine/render/starfield.h"
#include "engine/core/rng.h"
#include <cmath>

namespace sp::gfx {

namespace {
constexpr float kTile = 1024.0f;
const float kParallax[4] = {0.015f, 0.04f, 0.09f, 0.16f};
const Color kTints[4] = {rgb(0xffffff), rgb(0xcfe0ff), rgb(0xfff1d6), rgb(0xffd6c2)};

} // namespace

Starfield::Starfield(const StarfieldConfig& cfg) : cfg_(cfg) {
    Rng rng(cfg.seed * 2654435761u + 17);
    int layers = cfg.layers < 1 ? 1 : (cfg.layers > 4 ? 4 : cfg.layers);
    layers_.resize(size_t(layers));
    for (int l = 0; l < layers; ++l) {
        // Far layers: many faint small stars. Near layers: fewer, bigger, brighter.
        int count = int(cfg.starsPerLayer * (kTile * kTile) / 1e6f / (1.0f + l * 0.8f));
        for (int i = 0; i < count; ++i) {
            Star s;
            s.x = float(rng.uniform()) * kTile;
            s.y = float(rng.uniform()) * kTile;
            double m = rng.uniform();
            s.size = float(0.55 + 0.35 * l + (m > 0.97 ? 0.9 : 0.0) + 0.3 * rng.uniform());
            s.bright = float(0.25 + 0.55 * std::pow(rng.uniform(), 2.0) + 0.12 * l + (m > 0.97 ? 0.25 : 0.0));
            s.phase = float(rng.uniform() * 6.2831853);
            s.speed = float(0.6 + 2.2 * rng.uniform());
            s.tint = uint32_t(rng.next() % 4);
            layers_[size_t(l)].push_back(s);
        }
    }
    if (cfg.nebula) {
        for (int i = 0; i < 7; ++i) {
            Blob b;
            b.x = float(rng.uniform()) * kTile * 2;
            b.y = float(rng.uniform()) * kTile * 2;
            b.r = float(180 + 260 * rng.uniform());
            b.which = int(rng.next() % 2);
            blobs_.push_back(b);
        }
    }
}

void Starfield::draw(Renderer& r, const Camera2D& cam, double time) const {
    r.useScreen();
    double w = cam.viewportWidth, h = cam.viewportHeight;
    Vec2 camPx = cam.center * cam.zoom;   // the camera's position in pixels at this zoom

    // Nebula: very soft, very slow, two colors.
    for (const Blob& b : blobs_) {
        double period = kTile * 2;
        double ox = std::fmod(b.x - camPx.x * 0.006, period), oy = std::fmod(b.y + camPx.y * 0.006, period);
        if (ox < 0) ox += period;
        if (oy < 0) oy += period;
        for (double x = ox - period; x < w + b.r; x += period)
            for (double y = oy - period; y < h + b.r; y += period)
                r.softCircle({x, y}, b.r, b.r, b.which ? cfg_.nebulaA : cfg_.nebulaB, true);
    }

    for (size_t l = 0; l < layers_.size(); ++l) {
        double px = -camPx.x * kParallax[l], py = camPx.y * kParallax[l];
        double offX = std::fmod(px, double(kTile)), offY = std::fmod(py, double(kTile));
        if (offX < 0) offX += kTile;
        if (offY < 0) offY += kTile;
        for (const Star& s : layers_[l]) {
            float tw = 1.0f - cfg_.twinkle * 0.5f * (1.0f + std::sin(float(time) * s.speed + s.phase));
            float a = s.bright * tw;
            Color c = withAlpha(kTints[s.tint], a > 1 ? 1 : a);
            for (double x = s.x + offX - kTile; x < w + 4; x += kTile) {
                if (x < -4) continue;
                for (double y = s.y + offY - kTile; y < h + 4; y += kTile) {
                    if (y < -4) continue;
                    r.softCircle({x, y}, s.size, s.size * 0.9f, c, true);
                    if (s.size > 1.6f)   // the brightest few get a faint halo
                        r.softCircle({x, y}, s.size * 3.5, s.size * 3.5f, withAlpha(c, a * 0.18f), true);
                }
            }
        }
    }
}

} // namespace sp::gfx
