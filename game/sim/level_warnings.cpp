// Warnings a level decides alone (level_warnings.h). What a star needs is decidable here only
// at the edges: a fuel_left star asks for a share of the Δv budget, and how much Δv a win needs
// depends on the flight. So each star's row names the cases the level's own numbers settle (no
// fuel, no way to spend it, a time star beyond the limit); the editor flies the level for the rest.
#include "game/sim/level_warnings.h"

#include "game/sim/rules/stars.h"

namespace sp {

Problem warningAt(std::string pointer, std::string code, std::vector<std::string> args, std::string message) {
    Problem p(std::move(pointer), std::move(message));
    p.severity = Severity::Warning;
    p.code = std::move(code);
    p.args = std::move(args);
    return p;
}

std::vector<Problem> levelWarnings(const Level& level) {
    std::vector<Problem> out;
    for (size_t i = 0; i < level.stars.size(); ++i)
        starRow(level.stars[i].type).warn(level.stars[i], level, "/stars/" + std::to_string(i), out);
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
