// Sound effects synthesized at startup (no audio files to ship or license): a loopable thrust
// rumble, a UI click, a rising "success" arpeggio and a falling "failure" tone. The game calls
// play() / setThrust() from its thread; mixing happens in SDL's audio callback and only talks
// to the game thread through atomics and a lock-free queue, so nothing ever blocks.
//
// No audio device (Xvfb, CI, a browser before the first click) is normal, not an error:
// init() logs once and the Audio keeps accepting calls silently. mix() is public so tests can
// hear the output without a device.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>

namespace sp::platform {

enum class Sound : uint8_t { Click, Success, Failure, Count };

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

    void play(Sound s);                       // one-shot; overlapping plays mix
    void setThrust(bool on, float intensity = 1.0f);   // the loop fades in and out smoothly
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
