// Goal rows: one per GoalType, each in its own file (goal_orbit.cpp, goal_zone.cpp, ...),
// gathered in goal_table.cpp. A row is everything about its type: its key, the properties it
// reads, its checks, its rule, and what it reports, as codes with numbers, to the briefing,
// the HUD and the timeout message. The sim, the level checks, the editor and game/text ask the
// row; none of them names a goal type.
//
// A row reads the flight only through Sim's public const queries, so it holds whatever the
// sim keeps inside, and keeps what it needs between ticks in the goal's own GoalState.
#pragma once
#include "game/sim/level.h"
#include "game/sim/rules/report.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace sp {

class Sim;
class Problems;

struct GoalState {
    bool done = false;        // latched goals stay done; orbit goals must hold right now
    double progress = 0;      // 0..1, for the HUD
    // What the row keeps between ticks (a count of ticks, a few numbers), named in its file.
    int64_t ticks = 0;
    std::array<double, 4> value{};
};

// A property a goal type reads (a key of goalProps()), and for a reference, the list it
// numbers an entry of. The property tables' "used by" and "refers to" come from these.
struct GoalProp {
    const char* key;
    const char* refersTo = nullptr;   // "attractors", "zones", "gates", "stations"
};

struct GoalRow {
    GoalType type{};
    const char* key = nullptr;         // "orbit": in files, the editor (choice.<key>) and goal.<key>
    std::vector<GoalProp> props;
    // A timeout explains the first goal not done in this order: 0 the place aimed at, 1 an
    // orbit, 2 the rest (keeping the level's order among equals).
    int explainOrder = 2;
    // Decided once, when a sky level's clock starts (a mark on the ground): if it is not done
    // after the first tick it never will be, and the flight ends then (OutcomeCode::Missed).
    bool decidedAtStart = false;
    // True once it can never be met (the flight ends then, OutcomeCode::Missed), for a goal that
    // is otherwise decided over time (may be null).
    bool (*hopeless)(const Sim& sim, const Goal& g, const GoalState& st) = nullptr;
    // What only this type can judge in a level (a range upside down); `at` is the goal's pointer.
    void (*validate)(const Goal& g, const Level& level, const std::string& at, Problems& out) = nullptr;
    // At the launch, before the first tick of flight (may be null).
    void (*start)(const Sim& sim, const Goal& g, GoalState& st) = nullptr;
    // Once per tick from the launch on, after the physics: done and progress.
    void (*update)(const Sim& sim, const Goal& g, GoalState& st) = nullptr;
    // Why it is not done yet, with the numbers that say by how much (a timeout's explanation).
    Reason (*missed)(const Sim& sim, const Goal& g, const GoalState& st) = nullptr;
    // What the goal is ("Orbit {attractor}"), as a goal.<code> reason.
    Reason (*describe)(const Goal& g, const Level& level) = nullptr;
    // Its conditions, one short goal.<code> line each (may be null).
    std::vector<Reason> (*conditions)(const Goal& g, const Level& level) = nullptr;
    // A line for the HUD while it is not done ("hearing the radio"), or an empty reason (may be null).
    Reason (*live)(const Sim& sim, const Goal& g, const GoalState& st) = nullptr;
    // Every code it reports: goal.<code> (describe, conditions), why.<code> (missed, live).
    std::vector<const char*> goalCodes, missedCodes, liveCodes;
};

const GoalRow& goalRow(GoalType t);

// True once the goals are met as the level combines them (all, or any one).
bool goalsMet(const Goals& goals, const std::vector<GoalState>& states);

// A goal type that has nothing of its own to check.
void noGoalChecks(const Goal&, const Level&, const std::string&, Problems&);

// At or past this an orbit size or height means "no limit" (the defaults are 1e9 km).
constexpr double kNoLimitKm = 1e8;

} // namespace sp
