// The cannon of tests/sim/sim_fixtures.h with the fixture's goal: leave the Earth for good.
#pragma once
#include "tests/sim/sim_fixtures.h"

namespace sp::test {

inline Level escapeLevel() {
    Level l = cannonLevel();
    l.id = "test-escape";
    l.goals.list[0].type = GoalType::Escape;
    l.goals.list[0].attractor = 0;
    l.stars.clear();
    l.time_limit_min = 120;
    return l;
}

} // namespace sp::test
