// Runs that drive themselves: `--screenshot` (wait until the screen has settled, save a
// PNG, quit) and `--perf N` (render N frames, print the CPU time per frame, quit).
// Nothing here changes what the game does; it only decides when to stop and measures.
#pragma once
#include "engine/platform/app.h"

#include <string>
#include <vector>

namespace sp {

struct FrameTimes;

class Automation {
public:
    void configure(const std::string& screenshotPath, int perfFrames);
    bool active() const { return !screenshot_.empty() || perfFrames_ > 0; }
    bool perf() const { return perfFrames_ > 0; }

    // Called once per frame after the game drew it. `callbackMs` is the time spent inside the
    // frame callback; the gap between callbacks (ImGui render, swap, events) is measured here.
    void endFrame(platform::App& app, const FrameTimes& t, double callbackMs);

private:
    struct Sample {
        double sim, draw, ui, present, total;
    };
    void report() const;

    std::string screenshot_;
    int perfFrames_ = 0;
    int frame_ = 0;
    bool shotRequested_ = false;
    double lastEnd_ = -1;     // seconds, app clock
    std::vector<Sample> samples_;
};

} // namespace sp
