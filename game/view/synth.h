// The game's sound effects as synthesis recipes, rendered once into mono float buffers at
// startup (no audio files to ship or license). Internal to game/view (sounds.cpp hands them
// to the engine's mixer).
#pragma once
#include <vector>

namespace sp::view::synth {

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

} // namespace sp::view::synth
