// Goals and star rules in words, from what their rows report (game/sim/rules) and the string
// tables, so the briefing, the HUD checklist, the editor and the results screen describe them
// the same way. Nothing here knows a goal type: a new row brings its own goal.<code> texts.
#pragma once
#include "game/sim/level.h"

#include <string>
#include <vector>

namespace sp {

class Strings;

// The goal in a few words: "Orbit Earth", "Fly through the gate".
std::string goalText(const Goal& g, const Level& level, const Strings& tr);
// Its conditions, one short line each ("lowest point above 380 km"): short lines read well
// in a narrow HUD panel and never wrap in the middle of a number.
std::vector<std::string> goalDetails(const Goal& g, const Level& level, const Strings& tr);
// The rule's own label when the level gives one, otherwise a description from its numbers.
std::string starRuleText(const StarRule& rule, const Strings& tr);

} // namespace sp
