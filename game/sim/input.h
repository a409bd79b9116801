// Player input, recorded per tick. A replay is a level plus this log: the same level and
// the same log always give the same flight (the state hash proves it).
#pragma once
#include "game/sim/level_io.h"
#include "game/sim/tick_input.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sp {

struct InputLog {
    std::string level_id;
    std::vector<InputEvent> events;   // sorted by tick

    // Builds the log as the game plays: call once per tick, ticks in increasing order, with
    // that tick's input. Launch and burn values are kept only when that action happens.
    void record(int64_t tick, const TickInput& in);
    // Plays a log back: the input for `tick` (ticks must be asked for in increasing order;
    // the one-off actions of a tick that is skipped are skipped with it).
    struct Cursor {
        size_t next = 0;
        bool thrust = false;
        int turn = 0;
        int craft = 0;
        int rcs_forward = 0, rcs_left = 0;
    };
    TickInput at(int64_t tick, Cursor& cursor) const;
};

constexpr int kInputLogVersion = 1;
constexpr size_t kMaxInputLogBytes = 16 << 20;   // 16 MiB: about a million of the smallest events
constexpr size_t kMaxInputEvents = 1000000;
constexpr int64_t kMaxInputTick = 1000000000;    // ~4 years of flight at 2 real seconds a tick

// The file form: {"version": 1, "level": "1-3", "events": [{"tick": 0, "launch": {...}}, ...]}.
// An event's "thrust" and "turn" are written only where they change; where absent they keep
// the value of the event before, so the file reads like the log itself.
struct InputLoad {
    std::optional<InputLog> log;
    std::vector<Problem> problems;
};
InputLoad parseInputLog(std::string_view bytes);
std::string saveInputLog(const InputLog& log);

} // namespace sp
