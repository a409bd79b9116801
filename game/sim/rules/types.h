// The kinds of rule a level is made of: goal, star, action and outcome types. Each value is
// one row of its table (goals.h, stars.h, actions.h, outcomes.h), where its key, the
// properties it uses, its checks, its rule and what it reports live. Files name a type by
// its key ("orbit"); the code switches on nothing: it asks the row.
//
// Adding a type: CONVENTIONS.md, "A new rule type".
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sp {

enum class GoalType : uint8_t {
    Orbit, Gate, Zone, Revolutions, Contact, Survive, Land, Rendezvous, Dock, Hold, Flyby, Relay, Coverage, Locate, Fix, Message,
#ifdef STARPATH_RULE_FIXTURE
    Escape,   // tests/rule_fixture: a type added by the one-row rule, in that test build only
#endif
};
#ifdef STARPATH_RULE_FIXTURE
constexpr int kGoalTypes = 17;
#else
constexpr int kGoalTypes = 16;
#endif

enum class StarType : uint8_t { FuelLeft, Time, Accuracy, Soft, Hohmann, OnTarget, Steady, InView, Pinpoint, Clock, Sharp };
constexpr int kStarTypes = 11;

enum class ActionType : uint8_t { Launch, Pilot, Burn, Sky };
constexpr int kActionTypes = 4;

// How a flight ended, precisely: each names what went wrong (or right) and reports the
// numbers its sentence needs. Outcome (sim.h) is the coarse result a code belongs to.
enum class OutcomeCode : uint8_t {
    None,              // still flying
    Won,
    FellBack,          // a launch too slow to stay up
    FellIntoAir,       // an orbit that dipped into the atmosphere
    LaunchedIntoAir,   // the same, straight from a launch aimed below the horizon, with no burn since
    HitGround,         // the same on a body without air
    Escaped,           // a launch faster than escape speed
    FlewOut,           // too much speed: leaving for good
    LeftWorld,         // still bound, but past the edge of the level's space
    HitDebris,
    Timeout,
    TouchdownTooFast,  // landing legs: down faster than they take
    TouchdownSideways, // landing legs: sliding faster than they take
    TouchdownTilted,   // landing legs: leaning further than they take
    HitTerrain,        // a craft without legs touched the ground line of a local frame
    LeftArea,          // past the edge of a local frame's space
    LandedHard,        // a win: down faster than the legs' limit, within their hard limit
    Docked,            // a win: docked within all of the port's limits
    DockedHard,        // a win: closing faster than the port's limit, within its hard limit
    DockTooFast,       // bounced off the port: closing faster than it takes
    DockOffCentre,     // bounced off: too far to the side of the port's axis
    DockAskew,         // bounced off: the noses not lined up
    DockedEarly,       // docked before the other goals (the hold points) were done
    TooManyG,          // the crew's g-load limit (Ship::max_g)
    Overheated,        // the heat shield's limit (Ship::max_heating_kw_m2)
    ShieldNotFacing,   // hot air on the side without the shield
    SkippedOut,        // dipped into the air and climbed back out: too shallow an entry
    CapsuleTooFast,    // a capsule (a craft with a parachute) down faster than it takes
    Grounded,          // down safely, the goals not met, and no engine to fly again
    HitCraft,          // the ship ran into another craft that has no docking port
    TouchdownSlope,    // landing legs: on ground (a rock, a crater's wall) leaning more than they stand on
    SkippedLong,       // a skip (Ship::max_skips) so high it would be back in the air after the time limit
    Missed,            // a sky level's goal decided the moment the clock started, and not met (a mark off the receiver)
};
constexpr int kOutcomeCodes = 33;

// Key tables, for files and the string tables: keyOf(GoalType::Orbit) is "orbit"; fromKey
// is false for a key the type does not have; enumKeys lists them in enum order.
const char* keyOf(GoalType t);
const char* keyOf(StarType t);
const char* keyOf(ActionType t);
const char* keyOf(OutcomeCode c);
bool fromKey(const std::string& key, GoalType& out);
bool fromKey(const std::string& key, StarType& out);
std::vector<const char*> enumKeys(GoalType);
std::vector<const char*> enumKeys(StarType);

} // namespace sp
