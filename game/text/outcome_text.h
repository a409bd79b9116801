// How a flight ended, in words: the sim's report (codes with numbers) turned into the sentence
// that teaches, through why.<code> in the string tables. A win says the level's lesson (or
// "Mission complete!" when it has none); a timeout says the limit and then why the first goal
// not done is not ("Time is up after 2 h 30 min. Your highest point was ...").
#pragma once
#include "game/sim/level.h"
#include "game/sim/rules/report.h"

#include <string>

namespace sp {

class Flight;
class Strings;

std::string outcomeText(const OutcomeReport& r, const Level& level, const Strings& tr);   // in tr's language
Text outcomeTexts(const OutcomeReport& r, const Level& level, const Strings& tr);         // in both
// How the player's own flight ended, in both languages: outcomeTexts, and when time ran out
// with a burn still planned, why it never fired (still minutes away, or never confirmed).
Text flightOutcomeTexts(const Flight& flight, const Strings& tr);

// One reason of a goal in words (a timeout's explanation of it, or its HUD line).
std::string goalReasonText(const Reason& r, const Level& level, const Strings& tr);

} // namespace sp
