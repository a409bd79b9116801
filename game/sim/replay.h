// A replay is a level plus an input log. Running one is how the CLI, the tests and the
// benchmark prove a level winnable, and how the game shows a recorded flight again.
#pragma once
#include "game/sim/input.h"
#include "game/sim/level.h"
#include "game/sim/sim.h"

#include <cstdint>
#include <string>

namespace sp {

struct ReplayResult {
    Outcome outcome = Outcome::Flying;
    OutcomeReport report;   // how it ended, as a code with numbers
    int stars = 0;
    int64_t ticks = 0;
    double tickRealSeconds = 2;   // the level's frame's (units.h)
    uint64_t hash = 0;
    std::vector<EntryDip> dips;   // each dip into the air (a capsule)
    Level flown;                  // the level as flown: a sky level's knobs as the start set them
};

// Runs until the flight ends (win, loss or the level's time limit), or maxTicks if > 0.
ReplayResult runReplay(const Level& level, const InputLog& log, int64_t maxTicks = 0);

// One JSON object: {"result", "reason" (the outcome's code), "numbers" {...}, "goals" [the
// goals not done, each {"goal", "reason", "numbers"}] (timeouts), then "message" and
// "message_zh" if `message` is given (the sim writes no sentences: game/text does), "stars",
// "ticks", "minutes", "hash"}, and for a craft that went through the air "dips" [each
// {"lowest_km", "peak_kw_m2", "peak_g", "load_mj_m2"}].
std::string replayResultJson(const ReplayResult& r, const Text* message = nullptr);

} // namespace sp
