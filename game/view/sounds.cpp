#include "game/view/sounds.h"

#include "game/view/synth.h"

#include <memory>

namespace sp::view {

namespace {
// The thrust rumble, live: endless and without a loop point.
class Rumble : public platform::LoopSource {
public:
    float next(int sampleRate) override { return state_.next(sampleRate) * 0.55f; }   // under the one-shots

private:
    synth::Rumble state_;
};
} // namespace

Sounds::Sounds() {
    const int rate = audio_.sampleRate();
    ids_[size_t(Sound::Click)] = audio_.addSound(synth::click(rate));
    ids_[size_t(Sound::Success)] = audio_.addSound(synth::success(rate));
    ids_[size_t(Sound::Failure)] = audio_.addSound(synth::failure(rate));
    audio_.setLoop(std::make_unique<Rumble>());
}

} // namespace sp::view
