// The game's sounds: a UI click, a rising "success" arpeggio, a falling "failure" tone, and
// the rumble of a thrusting engine (the recipes are synth.cpp). They are made once, before
// the audio device opens, and played through the engine's mixer (engine/platform/audio.h),
// which knows them only as samples.
#pragma once
#include "engine/platform/audio.h"

#include <array>
#include <cstdint>

namespace sp::view {

enum class Sound : uint8_t { Click, Success, Failure, Count };

class Sounds {
public:
    Sounds();                                  // renders every sound (no device needed)
    bool init() { return audio_.init(); }      // opens the device; false (no sound) is fine
    void shutdown() { audio_.shutdown(); }

    void play(Sound s) { audio_.play(ids_[size_t(s)]); }
    void click() { play(Sound::Click); }
    void setThrust(bool on) { audio_.setLoopLevel(on ? 1.0f : 0.0f); }
    void setVolume(float v) { audio_.setMasterVolume(v); }
    void setMuted(bool m) { audio_.setMuted(m); }

    platform::Audio& audio() { return audio_; }   // tests listen to mix()

private:
    platform::Audio audio_;
    std::array<platform::SoundId, size_t(Sound::Count)> ids_{};
};

} // namespace sp::view
