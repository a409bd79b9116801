// A reason (game/sim/rules/report.h) in words: the string table's text for <section>.<code>
// ("why.zone_too_low", "goal.orbit_low", "star.fuel_left") with its numbers formatted by their
// keys (format.h numberText) and the names of what its goal points at ({zone}, {gate},
// {station}, {attractor}: the entry's name, or the table's <section>.unnamed_<kind>).
#pragma once
#include "game/sim/level.h"
#include "game/sim/rules/report.h"

#include <string>
#include <utility>
#include <vector>

namespace sp {

class Strings;

// `goal` is the goal the reason is about, if any; `extra` are further named texts to fill in.
std::string reasonText(const Strings& tr, const char* section, const Reason& r, const Level& level, const Goal* goal,
                       const std::vector<std::pair<std::string, std::string>>& extra = {});

} // namespace sp
