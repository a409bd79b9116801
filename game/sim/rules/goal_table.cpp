// The goal table: every GoalType's row, in enum order (tests/text/test_rules.cpp holds each row
// to having all its parts), and what the goals of a level decide together.
#include "game/sim/rules/goal_rows.h"

#include <array>

namespace sp {

namespace {
const std::array<const GoalRow*, kGoalTypes>& rows() {
    static const std::array<const GoalRow*, kGoalTypes> table = {
        &orbitGoalRow(), &gateGoalRow(), &zoneGoalRow(), &revolutionsGoalRow(), &contactGoalRow(), &surviveGoalRow(), &landGoalRow(),
        &rendezvousGoalRow(), &dockGoalRow(), &holdGoalRow(), &flybyGoalRow(), &relayGoalRow(),
        &coverageGoalRow(), &locateGoalRow(), &fixGoalRow(), &messageGoalRow(),
#ifdef STARPATH_RULE_FIXTURE
        &escapeGoalRow(),
#endif
    };
    return table;
}
} // namespace

const GoalRow& goalRow(GoalType t) { return *rows()[size_t(t)]; }

const char* keyOf(GoalType t) { return goalRow(t).key; }

bool fromKey(const std::string& key, GoalType& out) {
    for (const GoalRow* r : rows()) {
        if (key == r->key) {
            out = r->type;
            return true;
        }
    }
    return false;
}

std::vector<const char*> enumKeys(GoalType) {
    std::vector<const char*> keys;
    for (const GoalRow* r : rows()) keys.push_back(r->key);
    return keys;
}

bool goalsMet(const Goals& goals, const std::vector<GoalState>& states) {
    if (states.empty()) return false;
    bool all = true, any = false;
    for (const GoalState& st : states) {
        all = all && st.done;
        any = any || st.done;
    }
    return goals.combine == "any" ? any : all;
}

void noGoalChecks(const Goal&, const Level&, const std::string&, Problems&) {}

} // namespace sp
