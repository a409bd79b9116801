// A small mixer on SDL's audio device: one-shot sounds the game hands over as samples, and
// one endless loop it generates live, faded in and out (an engine's rumble, wind). What the
// sounds are is the game's business (game/view/sounds.h makes its own); this only plays them.
// The game calls play() / setLoopLevel() from its thread; mixing happens in SDL's audio
// callback and only talks to the game thread through atomics and a lock-free queue, so
// nothing ever blocks.
//
// No audio device (Xvfb, CI, a browser before the first click) is normal, not an error:
// init() logs once and the Audio keeps accepting calls silently. mix() is public so tests can
// hear the output without a device.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace sp::platform {

// A sound added with addSound(); play() of an id never added does nothing.
using SoundId = int;

// The loop's samples, made one at a time on the audio thread (so it never repeats a seam).
class LoopSource {
public:
    virtual ~LoopSource() = default;
    virtual float next(int sampleRate) = 0;
};

class Audio {
public:
    Audio();
    ~Audio();
    Audio(const Audio&) = delete;
    Audio& operator=(const Audio&) = delete;

    // Opens the default output device. Returns true if a device is open; false is fine.
    bool init();
    void shutdown();
    bool hasDevice() const { return device_ != 0; }

    // Sounds and the loop are given before init(), while no audio thread runs: mono float
    // samples at sampleRate(). Up to kMaxSounds.
    static constexpr int kMaxSounds = 32;
    SoundId addSound(std::vector<float> samples);
    void setLoop(std::unique_ptr<LoopSource> loop);

    void play(SoundId s);                     // one-shot; overlapping plays mix
    void setLoopLevel(float level);           // 0 = silent; the loop fades in and out smoothly
    void setMasterVolume(float v);            // 0..1
    float masterVolume() const { return volume_.load(); }
    void setMuted(bool m) { muted_.store(m); }
    bool muted() const { return muted_.load(); }

    // Mixes `frames` stereo float frames into `out` (interleaved L R). Called by the device
    // callback; tests call it directly.
    void mix(float* out, int frames);
    int sampleRate() const { return sampleRate_; }

private:
    struct Mixer;
    std::unique_ptr<Mixer> mixer_;
    uint32_t device_ = 0;
    int sampleRate_ = 44100;
    std::atomic<float> volume_{0.8f};
    std::atomic<bool> muted_{false};
};

} // namespace sp::platform
