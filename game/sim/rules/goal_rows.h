// The goal rows, one function per file, for goal_table.cpp to gather (goals.h is the API).
#pragma once
#include "game/sim/rules/goals.h"

namespace sp {

const GoalRow& orbitGoalRow();         // goal_orbit.cpp
const GoalRow& gateGoalRow();          // goal_gate.cpp
const GoalRow& zoneGoalRow();          // goal_zone.cpp
const GoalRow& revolutionsGoalRow();   // goal_revolutions.cpp
const GoalRow& contactGoalRow();       // goal_contact.cpp
const GoalRow& surviveGoalRow();       // goal_survive.cpp
const GoalRow& landGoalRow();          // goal_land.cpp
const GoalRow& rendezvousGoalRow();    // goal_rendezvous.cpp
const GoalRow& dockGoalRow();          // goal_dock.cpp
const GoalRow& holdGoalRow();          // goal_hold.cpp
const GoalRow& flybyGoalRow();         // goal_flyby.cpp
const GoalRow& relayGoalRow();         // goal_relay.cpp
const GoalRow& coverageGoalRow();      // goal_coverage.cpp
const GoalRow& locateGoalRow();        // goal_locate.cpp
const GoalRow& fixGoalRow();           // goal_fix.cpp
const GoalRow& messageGoalRow();       // goal_message.cpp
// The fewest satellites a fix in the plane needs with the clock unknown (x, y and the clock).
constexpr int kFixNeeds = 3;

// What a goal whose station `index` fixes itself needs (fix, message; in goal_fix.cpp): the sky
// action, the station on the equator (the plane of the game holds ranges truly only there), at
// least three channels (x, y and the clock), some error allowed and some range error.
void validateOwnFix(const Goal& g, const Level& level, const std::string& at, Problems& out);

#ifdef STARPATH_RULE_FIXTURE
const GoalRow& escapeGoalRow();        // tests/rule_fixture/goal_escape.cpp
#endif

} // namespace sp
