// Warnings a level decides alone (level_warnings.h). What a star needs is decidable here only
// at the edges: a fuel_left star asks for a share of the Δv budget, and how much Δv a win needs
// depends on the flight. So this file names the cases the level's own numbers settle (no fuel,
// no way to spend it, a time star beyond the limit); the editor flies the level for the rest.
#include "game/sim/level_warnings.h"

#include "game/sim/props.h"

#include <cmath>
#include <string>

namespace sp {

namespace {

std::string percent(double fraction) { return formatNumber(std::round(fraction * 1000) / 10); }

// True if some action can spend the ship's fuel: a planned burn, or the engine while piloting.
bool canSpendFuel(const Level& level) {
    return level.actions.burn || (level.actions.pilot && level.ship.thrust_m_s2 > 0);
}

} // namespace

Problem warningAt(std::string pointer, std::string code, std::vector<std::string> args, std::string message) {
    Problem p(std::move(pointer), std::move(message));
    p.severity = Severity::Warning;
    p.code = std::move(code);
    p.args = std::move(args);
    return p;
}

std::vector<Problem> levelWarnings(const Level& level) {
    std::vector<Problem> out;
    for (size_t i = 0; i < level.stars.size(); ++i) {
        const StarRule& s = level.stars[i];
        const std::string at = "/stars/" + std::to_string(i);
        if (s.type == "fuel_left" && s.value > 0 && s.value <= 1) {
            if (level.ship.fuel_dv_km_s <= 0) {
                out.push_back(warningAt(at + "/value", "star_no_fuel", {percent(s.value)},
                                      "this star asks for " + percent(s.value) +
                                          "% of the fuel left, but the ship has no fuel: no flight can earn it; "
                                          "give the ship fuel or choose another kind of star"));
            } else if (!canSpendFuel(level)) {
                out.push_back(warningAt(at, "star_fuel_unused", {},
                                      "every win earns this star: nothing in this level spends fuel (no planned "
                                      "burns, no engine); allow burns or piloting, or choose another kind of star"));
            }
        }
        if (s.type == "time" && s.value >= level.time_limit_min) {
            out.push_back(warningAt(at + "/value", "star_time_free", {formatNumber(s.value), formatNumber(level.time_limit_min)},
                                  "every win earns this star: it asks for a win within " + formatNumber(s.value) +
                                      " min, and the level ends at its time limit of " +
                                      formatNumber(level.time_limit_min) + " min anyway; make it shorter"));
        }
    }
    // Every number on a fact card says what kind it is; a card that does not leaves a
    // student to take a number chosen for the game as the real one.
    for (size_t i = 0; i < level.fact.numbers.size(); ++i) {
        if (!level.fact.numbers[i].provenance.empty()) continue;
        out.push_back(warningAt("/fact/numbers/" + std::to_string(i) + "/provenance", "fact_unlabelled", {},
                              "say what kind of number this is: real (measured or documented), derived (computed "
                              "from others), estimate, or tuned_for_play (chosen for the game)"));
    }
    return out;
}

} // namespace sp
