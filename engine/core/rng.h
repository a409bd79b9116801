// A small deterministic random number generator (PCG32). Same seed, same sequence, on
// every platform, which std::mt19937's distributions do not promise.
#pragma once
#include <cstdint>

namespace sp {

class Rng {
public:
    explicit Rng(uint64_t seed = 0x853c49e6748fea9bull) { reseed(seed); }

    void reseed(uint64_t seed) {
        state_ = 0;
        next();
        state_ += seed;
        next();
    }
    uint32_t next() {
        uint64_t old = state_;
        state_ = old * 6364136223846793005ull + 1442695040888963407ull;
        uint32_t xorshifted = static_cast<uint32_t>(((old >> 18u) ^ old) >> 27u);
        uint32_t rot = static_cast<uint32_t>(old >> 59u);
        return (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
    }
    // Uniform in [0, 1).
    double uniform() { return next() * (1.0 / 4294967296.0); }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }

private:
    uint64_t state_ = 0;
};

} // namespace sp
