// The fixed-tick accumulator (see "Fix Your Timestep"): a frame adds real time, the game
// runs as many whole ticks as fit, and the clamp keeps a slow frame from snowballing.
#pragma once

namespace sp {

struct FixedClock {
    double tickSeconds = 1.0 / 60.0;
    int maxTicksPerFrame = 8;   // the clamp: beyond this, time is dropped, not owed
    double accumulator = 0;

    // Adds elapsed real seconds (scaled by the caller for slow/fast motion) and returns how
    // many ticks to run now. Negative, NaN or huge deltas never produce runaway ticks.
    int advance(double seconds) {
        if (!(seconds > 0)) return 0;
        accumulator += seconds;
        int ticks = 0;
        while (accumulator >= tickSeconds && ticks < maxTicksPerFrame) {
            accumulator -= tickSeconds;
            ++ticks;
        }
        if (ticks == maxTicksPerFrame && accumulator >= tickSeconds) accumulator = 0;
        return ticks;
    }
    // Fraction of a tick left over, for interpolating the drawing between two states.
    double alpha() const { return accumulator / tickSeconds; }
    void reset() { accumulator = 0; }
};

} // namespace sp
