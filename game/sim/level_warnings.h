// What a level allows but its author probably did not mean: warnings, never errors, so they
// never stop a level from loading, being test-played or shared. These are the ones the level
// alone decides, without flying it (the editor adds more: game/edit/checks.h).
#pragma once
#include "game/sim/level.h"
#include "game/sim/level_io.h"

#include <string>
#include <vector>

namespace sp {

// Each Problem has severity Warning, a code and its values (level_io.h). Today they are about
// stars whose rule the level itself makes impossible or free, and unlabelled fact numbers:
//   star_no_fuel        a fuel_left star on a ship with no fuel: no share of nothing is left
//   star_fuel_unused    a fuel_left star where nothing spends fuel (no burns, no engine): free
//   star_time_free      a time star at or past the time limit: every win is that quick
//   star_on_target_free an on_target star as wide as the site: every landing in it is that close
//   star_in_view_free   an in_view star that asks no more than a coverage goal: every win sees that many
//   star_pinpoint_free  a pinpoint star as wide as the locate goal: every win is that close
//   star_clock_free     a clock star whose knob already starts that close to the receiver's error
//   star_sharp_free     a sharp star as wide as the fix goal: every win is that sharp
//   fact_unlabelled     a fact-card number that does not say whether it is real, derived,
//                       an estimate or tuned for play
std::vector<Problem> levelWarnings(const Level& level);

// A Problem of severity Warning (for the editor's own checks too).
Problem warningAt(std::string pointer, std::string code, std::vector<std::string> args, std::string message);

} // namespace sp
