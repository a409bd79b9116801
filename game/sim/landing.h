// What a lander's pilot reads on the way down (a local frame with a ground line): the height of
// its feet over the ground below, how fast it comes down and slides, how far it leans, how the
// ground under its legs lies, and what touching down would be now: the same judgement
// (touchdownReport) the flight makes when the feet meet the ground, so the HUD's colours and
// the outcome agree. "Engine off now" is the speed the last metres of free fall would bring:
// sqrt(v^2 + 2 g h), which is why Chang'e 3 cut its engine only about 2 m up.
#pragma once
#include "game/sim/rules/outcomes.h"
#include "game/sim/sim.h"

namespace sp {

struct LandingReadout {
    bool overGround = false;       // the footprint is over the site's ground line
    double heightM = 0;            // the feet over the highest ground under the footprint
    double downMs = 0;             // coming down (negative: climbing)
    double sidewaysMs = 0;
    double tiltDeg = 0;
    double groundLeanDeg = 0;      // how the ground under the legs would lean the lander (groundLeanDeg, either way)
    double engineOffMs = 0;        // touchdown speed if the engine stopped now (free fall to the ground)
    OutcomeCode ifNow = OutcomeCode::None;        // touching down at this moment, as it is
    OutcomeCode ifEngineOff = OutcomeCode::None;  // ... or after falling free from here
};

LandingReadout landingReadout(const Sim& sim);

} // namespace sp
