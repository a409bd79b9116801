// A small particle system for engine exhaust, sparks and dust. Particles live in world units,
// move with their velocity under drag, and fade through a three-stop color ramp while their
// size goes from sizeStart to sizeEnd (pixels). Drawn as soft discs, additive by default, so
// overlapping exhaust glows. Not part of the simulation: it uses its own random stream.
#pragma once
#include "engine/core/rng.h"
#include "engine/core/vec2.h"
#include "engine/render/renderer.h"
#include <vector>

namespace sp::gfx {

struct EmitParams {
    Vec2 position;               // world
    Vec2 baseVelocity;           // world units/s, e.g. the ship's velocity
    double direction = 0;        // radians, the mean emission direction (world)
    double spread = 0.3;         // radians, half-angle of the cone
    double speedMin = 1, speedMax = 2;          // world units/s
    double lifeMin = 0.4, lifeMax = 0.8;        // seconds
    float sizeStart = 6, sizeEnd = 14;          // pixels
    // Additive: these alphas add up where particles overlap, so keep them well below 1.
    Color colorStart = rgb(0xfff1c4, 0.55f), colorMid = rgb(0xff8a2a, 0.35f), colorEnd = rgb(0xc02a1a, 0.0f);
    double positionJitter = 0;   // world units
    bool additive = true;
};

class ParticleSystem {
public:
    explicit ParticleSystem(int capacity = 2048, uint64_t seed = 12345);
    void emit(const EmitParams& p, int count);
    // Emits at `ratePerSecond` using a carry so low rates still emit evenly.
    void emitContinuous(const EmitParams& p, double ratePerSecond, double dt);
    void update(double dt, double drag = 0.5);
    void draw(Renderer& r) const;        // in the renderer's current space (use the camera)
    int alive() const { return int(parts_.size()); }
    void clear() { parts_.clear(); }

private:
    struct Particle {
        Vec2 pos, vel;
        float age, life, sizeStart, sizeEnd;
        Color c0, c1, c2;
        bool additive;
    };
    std::vector<Particle> parts_;
    int capacity_;
    double carry_ = 0;
    Rng rng_;
};

} // namespace sp::gfx
