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
#ifdef STARPATH_RULE_FIXTURE
const GoalRow& escapeGoalRow();        // tests/rule_fixture/goal_escape.cpp
#endif

} // namespace sp
