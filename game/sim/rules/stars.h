// Star rows: one per StarType. A star beyond the first (which comes with the win) is earned by
// a win that meets its rule. During a flight the row also says how the star stands, so the
// HUD only draws what the rule decides.
#pragma once
#include "game/sim/level.h"
#include "game/sim/level_io.h"
#include "game/sim/rules/report.h"

#include <string>
#include <vector>

namespace sp {

class Sim;
class Problems;

struct StarRow {
    StarType type{};
    const char* key = nullptr;   // "fuel_left": in files, the editor (choice.<key>) and star.<key>
    std::vector<const char*> props;   // the properties of starRuleProps() it reads
    // Values only this type can judge (a fraction above 1); `at` is the star's pointer.
    void (*validate)(const StarRule& s, const Level& level, const std::string& at, Problems& out) = nullptr;
    // Allowed but probably not meant (no flight can earn it, every win does): warnings with codes.
    void (*warn)(const StarRule& s, const Level& level, const std::string& at, std::vector<Problem>& out) = nullptr;
    // Would a win right now earn it?
    bool (*holds)(const Sim& sim, const StarRule& s) = nullptr;
    // Once it stops holding during a flight it never holds again (fuel never comes back, time
    // never runs backwards): the HUD says "missed" then, not "not yet".
    bool lostForGood = false;
    // What it asks for, as a star.<code> reason (shown when the level gives no label).
    Reason (*describe)(const StarRule& s) = nullptr;
    std::vector<const char*> starCodes;   // every code describe reports
};

const StarRow& starRow(StarType t);

// A star during a flight: only a win earns stars; until then it is on track (it holds now and
// a win now would earn it), not yet (it may still come; every star before the launch) or
// missed (it can no longer be earned).
enum class StarState { Earned, OnTrack, NotYet, Missed };
StarState starState(const Sim& sim, size_t index);   // index into level().stars

// The craft a level's rendezvous or dock goal names (1 = level.craft[0]), else the first
// craft, else 0 (none).
int targetCraft(const Level& level);
// The Δv of a Hohmann transfer from the ship's starting orbit to that craft's (km/s; 0 if
// there is none): what a hohmann star measures against, and what the results show.
double hohmannKms(const Level& level);

} // namespace sp
