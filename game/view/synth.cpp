// The sounds, as small additive/subtractive synthesis recipes. Numbers are by ear: short,
// soft-edged, nothing harsh for a classroom full of laptops.
#include "game/view/synth.h"
#include <algorithm>
#include <cmath>

namespace sp::view::synth {

namespace {
constexpr float kTau = 6.28318530718f;

// A bell-ish note: fundamental plus two soft partials, 4 ms attack, exponential decay.
void addNote(std::vector<float>& buf, int rate, float start, float freq, float dur, float amp, float decay) {
    int s0 = int(start * rate), n = int(dur * rate);
    if (int(buf.size()) < s0 + n) buf.resize(size_t(s0 + n), 0.0f);
    for (int i = 0; i < n; ++i) {
        float t = float(i) / rate;
        float env = std::min(t / 0.004f, 1.0f) * std::exp(-t * decay);
        env *= std::min(1.0f, (dur - t) / 0.02f);   // fade the tail: no click at the end
        float w = std::sin(kTau * freq * t) + 0.28f * std::sin(kTau * 2 * freq * t) +
                  0.08f * std::sin(kTau * 3.01f * freq * t);
        buf[size_t(s0 + i)] += amp * env * w;
    }
}

void normalize(std::vector<float>& buf, float peak) {
    float m = 1e-6f;
    for (float v : buf) m = std::max(m, std::abs(v));
    for (float& v : buf) v *= peak / m;
}
} // namespace

std::vector<float> click(int rate) {
    std::vector<float> b(size_t(rate * 0.035f), 0.0f);
    unsigned seed = 12345;
    for (size_t i = 0; i < b.size(); ++i) {
        float t = float(i) / rate;
        seed = seed * 1664525u + 1013904223u;
        float noise = (float(seed >> 9) / float(1 << 23)) * 2 - 1;
        b[i] = std::sin(kTau * 1650 * t) * std::exp(-t * 260) + 0.25f * noise * std::exp(-t * 900);
    }
    normalize(b, 0.45f);
    return b;
}

std::vector<float> success(int rate) {
    // C major arpeggio up to the octave, then a soft chord to land on.
    std::vector<float> b;
    const float notes[4] = {523.25f, 659.25f, 783.99f, 1046.50f};
    for (int i = 0; i < 4; ++i) addNote(b, rate, i * 0.095f, notes[i], i == 3 ? 0.9f : 0.45f, 1.0f, i == 3 ? 3.5f : 6.0f);
    addNote(b, rate, 0.38f, 1318.51f, 0.7f, 0.35f, 4.0f);
    addNote(b, rate, 0.38f, 1567.98f, 0.7f, 0.25f, 4.0f);
    normalize(b, 0.5f);
    return b;
}

std::vector<float> failure(int rate) {
    // Two falling "wah" tones, a little vibrato, warm triangle-ish timbre.
    std::vector<float> b(size_t(rate * 0.85f), 0.0f);
    float phase = 0;
    for (size_t i = 0; i < b.size(); ++i) {
        float t = float(i) / rate;
        bool second = t >= 0.32f;
        float lt = second ? t - 0.32f : t;
        float f = second ? 311.13f * std::pow(0.5f, lt / 0.9f) : 392.0f * std::pow(0.5f, lt / 1.6f);
        f *= 1.0f + 0.012f * std::sin(kTau * 6.0f * t);
        phase += kTau * f / rate;
        float w = std::sin(phase) - std::sin(3 * phase) / 9.0f + std::sin(5 * phase) / 25.0f;
        float len = second ? 0.53f : 0.3f;
        float env = std::min(lt / 0.01f, 1.0f) * std::min(1.0f, (len - lt) / 0.06f) * (second ? 1.0f : 0.85f);
        b[i] = w * std::max(env, 0.0f);
    }
    normalize(b, 0.45f);
    return b;
}

float Rumble::next(int rate) {
    // Brown noise (integrated white noise) through two one-pole low-passes, with a slow
    // wobble: a rocket's roar, endless and without a loop point.
    seed = seed * 1664525u + 1013904223u;
    float white = (float(seed >> 9) / float(1 << 23)) * 2 - 1;
    brown = (brown + white * 0.02f) * 0.998f;
    float k1 = 1.0f - std::exp(-kTau * 380.0f / rate);
    float k2 = 1.0f - std::exp(-kTau * 900.0f / rate);
    low1 += k1 * (brown * 3.0f + white * 0.05f - low1);
    low2 += k2 * (white - low2);
    lfoPhase += kTau * 7.0f / rate;
    if (lfoPhase > kTau) lfoPhase -= kTau;
    float wobble = 0.85f + 0.15f * std::sin(lfoPhase);
    return (low1 * 1.6f + low2 * 0.12f) * wobble;
}

} // namespace sp::view::synth
