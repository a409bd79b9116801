// The knobs of a sky level (Actions::sky): the numbers the student sets before the clock
// starts. A knob is a satellite's free number (Satellite::free: its radius, inclination, node
// longitude or phase), a locate goal's mark (Goal::longitude_deg: where on the equator the
// student thinks the receiver is) or its clock (Goal::clock_us: the error the student takes off
// the receiver's clock, when that is off: Station::clock_error_us). Satellites' knobs come
// first, in the order of the satellites, then each locate goal's clock (if it has one) and its
// mark, in the order of the goals; a start's values (TickInput::sky_values) follow that order.
#pragma once
#include "game/sim/level.h"

#include <vector>

namespace sp {

struct KnobRef {
    int satellite = -1;   // level.satellites[satellite], or
    int goal = -1;        // level.goals.list[goal] (a locate goal's mark,
    bool clock = false;   // or, if this is set, its clock)
};

struct KnobSpan {
    double min = 0, max = 0, step = 1;
};

// A locate goal's mark runs round the whole equator, a tenth of a degree (11 km) a step.
constexpr KnobSpan kMarkSpan{-180, 180, 0.1};
// A switch (Satellite::free "used"): off or on.
constexpr KnobSpan kSwitchSpan{0, 1, 1};
// A receiver's clock, off by up to 5 ms (1,500 km of range), taken off 10 µs (3 km) a step.
constexpr KnobSpan kClockSpan{-5000, 5000, 10};

// True if a locate goal's receiver has a clock that is off, so the goal has a clock knob.
bool hasClockKnob(const Level& level, const Goal& g);

std::vector<KnobRef> knobsOf(const Level& level);   // every knob, in order (may be more than kMaxSkyKnobs)
double knobValue(const Level& level, KnobRef k);
KnobSpan knobSpan(const Level& level, KnobRef k);
// Sets the knob's number in `level`, kept to its range and steps; returns what it set.
double setKnobValue(Level& level, KnobRef k, double v);
// A value kept to a span's range and its steps (counted from its min); NaN becomes the min.
double snapToSpan(KnobSpan span, double v);

} // namespace sp
