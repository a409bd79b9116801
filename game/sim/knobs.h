// The knobs of a sky level (Actions::sky): the numbers the student sets before the clock
// starts. A knob is a satellite's free number (Satellite::free: its radius, inclination, node
// longitude or phase) or a locate goal's mark (Goal::longitude_deg: where on the equator the
// student thinks the receiver is). Satellites' knobs come first, in the order of the
// satellites, then the marks, in the order of the goals; a start's values (TickInput::
// sky_values) follow that order.
#pragma once
#include "game/sim/level.h"

#include <vector>

namespace sp {

struct KnobRef {
    int satellite = -1;   // level.satellites[satellite], or
    int goal = -1;        // level.goals.list[goal] (a locate goal's mark)
};

struct KnobSpan {
    double min = 0, max = 0, step = 1;
};

// A locate goal's mark runs round the whole equator, a tenth of a degree (11 km) a step.
constexpr KnobSpan kMarkSpan{-180, 180, 0.1};

std::vector<KnobRef> knobsOf(const Level& level);   // every knob, in order (may be more than kMaxSkyKnobs)
double knobValue(const Level& level, KnobRef k);
KnobSpan knobSpan(const Level& level, KnobRef k);
// Sets the knob's number in `level`, kept to its range and steps; returns what it set.
double setKnobValue(Level& level, KnobRef k, double v);
// A value kept to a span's range and its steps (counted from its min); NaN becomes the min.
double snapToSpan(KnobSpan span, double v);

} // namespace sp
