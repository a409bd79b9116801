// Outcome rows: how a flight can end, one row per OutcomeCode, and the reports the sim makes
// when it ends one (what the player is told, as codes with numbers: report.h). The reports
// read the flight through Sim's public const queries only.
#pragma once
#include "game/sim/rules/report.h"

#include <vector>

namespace sp {

class Sim;
struct Ship;
struct Touchdown;
struct Docking;

// The coarse result, for progress, sounds and headlines.
enum class Outcome { Flying, Won, Lost, Timeout };
const char* outcomeName(Outcome o);   // "flying", "won", "lost", "timeout"

struct OutcomeRow {
    OutcomeCode code{};
    const char* key = nullptr;             // "fell_back": why.<key> in the string tables, "reason" in replays
    Outcome result = Outcome::Flying;
    const char* ending = nullptr;          // how it ends in a word: crashed, escaped, debris, timeout, won
    std::vector<const char*> numbers;      // the numbers its report carries
    std::vector<const char*> reasons;      // why.<code>s it may give for a goal instead of the goal's row
};

const OutcomeRow& outcomeRow(OutcomeCode c);

// What the flight keeps for its last words: the lowest point of the path it was on one tick
// before now (a crash is reported after Box2D has already stopped the ship at the ground, so
// the orbit at that moment says nothing of the path that led there).
struct FlightWatch {
    double lowestKm = 0, lowestBeforeKm = 0;   // periapsis altitude over the body that pulls hardest
    void update(const Sim& sim);                // once per tick of flight, after the physics
};

OutcomeReport crashReport(const Sim& sim, const FlightWatch& watch);   // the ship touched a planet or moon
OutcomeReport escapeReport(const Sim& sim);       // leaving for good, or past the edge of the level's space
OutcomeReport debrisReport(double impactKms);     // the ship touched debris at this closing speed
// A touch of the ground, judged by the craft's landing legs: a crash that names the limit it
// broke, or an empty report (code None) for a landing within all of them.
OutcomeReport touchdownReport(const Ship& craft, const Touchdown& t);
// A docking, judged by the port's limits: Docked or DockedHard (both wins, once the goals are
// met), or the limit it broke, each report with all three numbers against their limits.
OutcomeReport dockingReport(const Ship& port, const Docking& d);
// A win: graded where the flight ended on a contact (a hard landing, a docking and how).
OutcomeReport wonReport(const Sim& sim);
OutcomeReport timeoutReport(const Sim& sim);      // timeout.cpp: why each goal not done is not
// Down safely with the goals not met, and nothing to fly again with (a capsule): the same
// reasons a timeout would give, now instead of at the time limit.
OutcomeReport groundedReport(const Sim& sim);
// A goal decided at a sky level's start (GoalRow::decidedAtStart) not met: why, at once.
OutcomeReport missedReport(const Sim& sim);

} // namespace sp
