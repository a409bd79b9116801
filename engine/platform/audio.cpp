// The audio device and the mixer. The game thread only writes atomics and pushes one-shot
// triggers into a single-producer/single-consumer ring; the callback owns all voice state.
#include "engine/platform/audio.h"
#include "engine/core/log.h"
#include <SDL.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#ifdef __EMSCRIPTEN__
// Browsers start sound only from a user gesture. SDL resumes its audio context once, on the
// first touchstart, mousedown or keydown, but a touchstart is not a gesture on phones and
// tablets (its touchend is): keep trying on every gesture until the sound runs.
EM_JS(void, spWebResumeAudioOnGestures, (), {
    var ctx = Module['SDL2'] && Module['SDL2'].audioContext;
    if (!ctx || ctx.state === 'running') return;
    var events = ['pointerup', 'touchend', 'mousedown', 'keydown'];
    var resume = function() {
        ctx.resume().then(function() {
            if (ctx.state !== 'running') return;
            events.forEach(function(e) { document.removeEventListener(e, resume, true); });
        }, function() {});
    };
    events.forEach(function(e) { document.addEventListener(e, resume, true); });
});
#endif

namespace sp::platform {

struct Audio::Mixer {
    std::vector<std::vector<float>> sounds;
    std::unique_ptr<LoopSource> loop;

    // Triggers: game thread writes at head, audio thread reads at tail.
    static constexpr unsigned kRing = 64;
    std::array<std::atomic<uint8_t>, kRing> ring{};
    std::atomic<unsigned> head{0}, tail{0};

    std::atomic<float> loopTarget{0.0f};

    // Audio-thread state.
    struct Voice { int sound = -1; size_t pos = 0; };
    std::array<Voice, 16> voices{};
    float loopGain = 0, masterGain = 0;
};

Audio::Audio() : mixer_(std::make_unique<Mixer>()) {}
Audio::~Audio() { shutdown(); }

static void SDLCALL audioCallback(void* user, Uint8* stream, int bytes) {
    static_cast<Audio*>(user)->mix(reinterpret_cast<float*>(stream), bytes / int(2 * sizeof(float)));
}

bool Audio::init() {
    if (device_) return true;
    if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        logInfo(std::string("no audio (") + SDL_GetError() + "): sound is off");
        return false;
    }
    SDL_AudioSpec want{}, have{};
    want.freq = sampleRate_;
    want.format = AUDIO_F32SYS;
    want.channels = 2;
    want.samples = 1024;     // ~23 ms: low enough for a click to feel immediate
    want.callback = audioCallback;
    want.userdata = this;
    // allowed_changes = 0: SDL converts to whatever the device wants, we always mix F32 stereo.
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (!device_) {
        logInfo(std::string("no audio device (") + SDL_GetError() + "): sound is off");
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    logInfo(std::string("audio: ") + SDL_GetCurrentAudioDriver());
    SDL_PauseAudioDevice(device_, 0);
#ifdef __EMSCRIPTEN__
    spWebResumeAudioOnGestures();
#endif
    return true;
}

void Audio::shutdown() {
    if (!device_) return;
    SDL_CloseAudioDevice(device_);
    device_ = 0;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

SoundId Audio::addSound(std::vector<float> samples) {
    // Only before the device runs: the audio thread reads the list without a lock.
    if (device_ || int(mixer_->sounds.size()) >= kMaxSounds || samples.empty()) return -1;
    mixer_->sounds.push_back(std::move(samples));
    return SoundId(mixer_->sounds.size() - 1);
}

void Audio::setLoop(std::unique_ptr<LoopSource> loop) {
    if (!device_) mixer_->loop = std::move(loop);
}

void Audio::play(SoundId s) {
    Mixer& m = *mixer_;
    if (s < 0 || s >= int(m.sounds.size())) return;
    unsigned h = m.head.load(std::memory_order_relaxed);
    if (h - m.tail.load(std::memory_order_acquire) >= Mixer::kRing) return;   // full: drop
    m.ring[h % Mixer::kRing].store(uint8_t(s), std::memory_order_relaxed);
    m.head.store(h + 1, std::memory_order_release);
}

void Audio::setLoopLevel(float level) { mixer_->loopTarget.store(std::clamp(level, 0.0f, 1.0f)); }

void Audio::setMasterVolume(float v) { volume_.store(std::clamp(v, 0.0f, 1.0f)); }

void Audio::mix(float* out, int frames) {
    Mixer& m = *mixer_;
    // New triggers start a free voice (or steal the one furthest along).
    unsigned t = m.tail.load(std::memory_order_relaxed), h = m.head.load(std::memory_order_acquire);
    for (; t != h; ++t) {
        int s = m.ring[t % Mixer::kRing].load(std::memory_order_relaxed);
        auto* v = std::find_if(m.voices.begin(), m.voices.end(), [](const Mixer::Voice& x) { return x.sound < 0; });
        if (v == m.voices.end())
            v = std::max_element(m.voices.begin(), m.voices.end(),
                                 [](const Mixer::Voice& a, const Mixer::Voice& b) { return a.pos < b.pos; });
        *v = {s, 0};
    }
    m.tail.store(t, std::memory_order_release);

    float master = muted_.load() ? 0.0f : volume_.load();
    float loop = m.loopTarget.load();
    const float rate = float(sampleRate_);
    // Per-sample smoothing: ~10 ms for volume, 60 ms attack / 250 ms release for the loop.
    float kVol = 1.0f - std::exp(-1.0f / (0.01f * rate));
    float kUp = 1.0f - std::exp(-1.0f / (0.06f * rate)), kDown = 1.0f - std::exp(-1.0f / (0.25f * rate));
    for (int i = 0; i < frames; ++i) {
        float s = 0;
        for (Mixer::Voice& v : m.voices) {
            if (v.sound < 0) continue;
            const std::vector<float>& buf = m.sounds[size_t(v.sound)];
            s += buf[v.pos++];
            if (v.pos >= buf.size()) v.sound = -1;
        }
        m.loopGain += (loop > m.loopGain ? kUp : kDown) * (loop - m.loopGain);
        if (m.loopGain > 1e-4f && m.loop) s += m.loop->next(sampleRate_) * m.loopGain;
        m.masterGain += kVol * (master - m.masterGain);
        s *= m.masterGain;
        s = std::tanh(s);                      // soft clip: overlapping sounds never crackle
        out[2 * i] = s;
        out[2 * i + 1] = s;
    }
}

} // namespace sp::platform
