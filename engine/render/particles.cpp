// The particle system: a flat array, swap-remove on death, no allocation after warm-up.
#include "engine/render/particles.h"
#include <algorithm>
#include <cmath>

namespace sp::gfx {

ParticleSystem::ParticleSystem(int capacity, uint64_t seed) : capacity_(capacity), rng_(seed) {
    parts_.reserve(size_t(capacity));
}

void ParticleSystem::emit(const EmitParams& p, int count) {
    for (int i = 0; i < count; ++i) {
        if (int(parts_.size()) >= capacity_) {
            // Full: replace the oldest-looking one (index 0 after swaps is roughly old).
            parts_[size_t(rng_.next() % parts_.size())] = parts_.back();
            parts_.pop_back();
        }
        Particle q;
        double ang = p.direction + rng_.range(-p.spread, p.spread);
        double speed = rng_.range(p.speedMin, p.speedMax);
        q.vel = p.baseVelocity + fromAngle(ang) * speed;
        q.pos = p.position;
        if (p.positionJitter > 0) q.pos += Vec2{rng_.range(-1, 1), rng_.range(-1, 1)} * p.positionJitter;
        q.age = 0;
        q.life = float(rng_.range(p.lifeMin, p.lifeMax));
        q.sizeStart = p.sizeStart;
        q.sizeEnd = p.sizeEnd;
        q.c0 = p.colorStart;
        q.c1 = p.colorMid;
        q.c2 = p.colorEnd;
        q.additive = p.additive;
        parts_.push_back(q);
    }
}

void ParticleSystem::emitContinuous(const EmitParams& p, double rate, double dt) {
    carry_ += rate * dt;
    int n = int(carry_);
    carry_ -= n;
    if (n > 0) emit(p, n);
}

void ParticleSystem::update(double dt, double drag) {
    if (!(dt > 0)) return;
    double damp = std::exp(-drag * dt);
    for (size_t i = 0; i < parts_.size();) {
        Particle& q = parts_[i];
        q.age += float(dt);
        if (q.age >= q.life) {
            q = parts_.back();
            parts_.pop_back();
            continue;
        }
        q.vel *= damp;
        q.pos += q.vel * dt;
        ++i;
    }
}

void ParticleSystem::draw(Renderer& r) const {
    double perPx = r.scale() > 0 ? 1.0 / r.scale() : 1.0;
    for (const Particle& q : parts_) {
        float t = q.age / q.life;
        Color c = t < 0.5f ? mix(q.c0, q.c1, t * 2) : mix(q.c1, q.c2, (t - 0.5f) * 2);
        float size = q.sizeStart + (q.sizeEnd - q.sizeStart) * t;
        r.softCircle(q.pos, size * 0.5 * perPx, size * 0.5f, c, q.additive);
    }
}

} // namespace sp::gfx
