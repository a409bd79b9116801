// What the sim says happened, as codes with numbers: never sentences. game/text turns a
// report into English or Chinese through the string tables (why.<code>, goal.<code>), putting
// each number where its sentence names it ("{altitude_km}") and formatting it by its key's
// unit suffix (_km, _km_s, _min, _pct, _count; anything else, like an eccentricity, with two
// decimals). So the view decides how a number reads; the sim only says what it is.
#pragma once
#include "game/sim/rules/types.h"

#include <optional>
#include <string_view>
#include <vector>

namespace sp {

struct Number {
    const char* key;   // "altitude_km": a placeholder name with its unit
    double value;
};

// One thing to say: a code ("zone_too_low": why.zone_too_low) and the numbers it quotes.
struct Reason {
    const char* code = "";
    std::vector<Number> numbers;
    int goal = -1;   // the goal it is about (its zone's, gate's or station's name goes in it), or -1

    std::optional<double> number(std::string_view key) const;
    bool empty() const { return !*code; }
};

// How a flight ended. For a timeout, why each goal not done was not, in the order a player
// should hear them (the place they aimed at first); the first is the one the game explains.
struct OutcomeReport {
    OutcomeCode code = OutcomeCode::None;
    std::vector<Number> numbers;
    std::vector<Reason> goals;

    std::optional<double> number(std::string_view key) const;
};

} // namespace sp
