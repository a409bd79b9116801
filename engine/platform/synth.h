// Procedural sound effects, rendered once into mono float buffers at startup. Internal to
// engine/platform (audio.cpp plays them).
#pragma once
#include <vector>

namespace sp::platform::synth {

std::vector<float> click(int sampleRate);
std::vector<float> success(int sampleRate);
std::vector<float> failure(int sampleRate);

// The thrust rumble is generated live (it loops forever without a seam): this is its
// per-sample state.
struct Rumble {
    float brown = 0, low1 = 0, low2 = 0, lfoPhase = 0;
    unsigned seed = 0x2545F491u;
    float next(int sampleRate);
};

} // namespace sp::platform::synth
