// What the editor checks beyond validation, as warnings (Problem::severity, level_io.h): they
// never stop test-play or sharing, but they point at what players would notice.
//   - words still as a template wrote them (templateTextWarnings), cheap: every edit;
//   - what flying the level shows (checkFlights): a replay or two, so the screen runs it when
//     edits pause, together with the "verified" check that replays the author's win anyway.
// Together with levelWarnings (game/sim/level_warnings.h), which the level decides alone.
#pragma once
#include "game/edit/entity.h"
#include "game/edit/library.h"
#include "game/sim/level.h"
#include "game/sim/level_io.h"

#include <vector>

namespace sp::edit {

// [SECTION] template text
// Every text of `level` that is still one of the templates' own words: a warning (code
// "template_text") at the field ("/hints/0") when both languages are, else at the language
// that is ("/hints/0/zh"); its value says which: "en", "zh" or "en_zh". Only what an author writes about their level counts
// (title, briefing, lesson, hints, fact card, teacher note); names ("Earth") and star labels
// ("Keep half your fuel", which describes the star's rule) may stay as they are.
std::vector<Problem> templateTextWarnings(const Level& level, const std::vector<Template>& templates);
// True for the texts templateTextWarnings looks at (a property of kind `k`).
bool isAuthorText(Kind k, const PropInfo& p);

// [SECTION] flights
struct FlightReport {
    bool verified = false;            // the author's recorded win still wins (isVerified)
    std::vector<Problem> warnings;
};
// Flies what can be flown without a person:
//   - the recorded solution: a star the author's own win did not earn, with its numbers
//     ("star_not_earned_fuel": it kept 35% of the fuel, the star asks for 50%; "_time",
//     "_accuracy");
//   - doing nothing, when a fuel_left star asks for all the fuel (100%): without a launch the
//     only flight that spends no fuel is the one with no input, so if that does not win, no
//     win can earn the star ("star_fuel_full"). With a launch (free, and aimed by the player)
//     this is not decidable by one flight, and nothing is said.
// The level must have passed validation.
FlightReport checkFlights(const Level& level);

} // namespace sp::edit
