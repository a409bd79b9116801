#include "game/app/automation.h"

#include "game/shell/shell.h"

#include <algorithm>
#include <cstdio>

namespace sp {

namespace {
// ImGui sizes auto-fitting windows over the first frames and the camera eases in: wait this
// many frames before a screenshot so it shows the settled screen.
constexpr int kSettleFrames = 12;
// The first frames of --perf include font atlas and shader warm-up; they are not steady state.
constexpr int kPerfWarmup = 10;
} // namespace

void Automation::configure(const std::string& screenshotPath, int perfFrames) {
    screenshot_ = screenshotPath;
    perfFrames_ = perfFrames;
}

void Automation::endFrame(platform::App& app, const FrameTimes& t, double callbackMs) {
    if (!active()) return;
    ++frame_;
    const double now = app.timeSeconds();
    if (perfFrames_ > 0) {
        if (lastEnd_ >= 0 && frame_ > kPerfWarmup) {
            Sample s;
            s.sim = t.simMs;
            s.draw = t.drawMs;
            s.ui = std::max(0.0, callbackMs - t.simMs - t.drawMs);
            // Everything between two callbacks that is not ours: ImGui render, swap, events.
            s.total = (now - lastEnd_) * 1000.0;
            s.present = std::max(0.0, s.total - callbackMs);
            samples_.push_back(s);
        }
        lastEnd_ = now;
        if (int(samples_.size()) >= perfFrames_) {
            report();
            app.requestQuit();
        }
        return;
    }
    // The screenshot is taken at the end of the frame after the request; quit one later.
    if (frame_ == kSettleFrames) {
        app.requestScreenshot(screenshot_);
        shotRequested_ = true;
    } else if (shotRequested_ && frame_ > kSettleFrames + 1) {
        std::printf("screenshot: %s\n", screenshot_.c_str());
        std::fflush(stdout);
        app.requestQuit();
    }
}

void Automation::report() const {
    auto stat = [&](double Sample::*field, const char* name) {
        std::vector<double> v;
        for (const Sample& s : samples_) v.push_back(s.*field);
        std::sort(v.begin(), v.end());
        const double median = v[v.size() / 2];
        const double p99 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))];
        std::printf("  %-8s median %7.3f ms   p99 %7.3f ms\n", name, median, p99);
    };
    std::printf("perf: %zu frames (after %d warm-up), CPU time per frame\n", samples_.size(), kPerfWarmup);
    stat(&Sample::sim, "sim");
    stat(&Sample::draw, "draw");
    stat(&Sample::ui, "ui");
    stat(&Sample::present, "present");
    stat(&Sample::total, "total");
    std::printf("  (sim: ticks; draw: predicted paths, world shapes, GL flush; ui: ImGui widgets;\n"
                "   present: ImGui render, buffer swap (a software GL rasterizes here), events)\n");
    std::fflush(stdout);
}

} // namespace sp
