// The running game: a Level turned into a physics world, advanced one fixed tick at a
// time by player input. Headless and deterministic: the same level and the same inputs
// give the same state hash. The view reads it; only step() changes it.
//
// Coordinates: the public API speaks real units (km, km/s, real seconds) so the HUD, the
// CLI and the tests never see world units. Conversion lives in units.h.
#pragma once
#include "engine/physics/world.h"
#include "game/sim/input.h"
#include "game/sim/level.h"
#include "game/sim/orbit.h"
#include "game/sim/rules/goals.h"
#include "game/sim/rules/outcomes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sp {

struct BodyView {            // what the view needs to draw a moving body
    Vec2 pos_km;
    Vec2 vel_km_s;
    double radius_km = 0;
    bool alive = true;
};

class Sim {
public:
    explicit Sim(const Level& level);   // the level must have passed validation

    // One tick. Does nothing once the flight is over.
    void step(const TickInput& in);

    // [SECTION] state of the flight
    const Level& level() const { return level_; }
    int64_t tick() const { return tick_; }
    double elapsedRealSeconds() const;
    Outcome outcome() const { return outcome_; }
    bool over() const { return outcome_ != Outcome::Flying; }
    // How it ended, as a code with numbers (game/text says it in words).
    const OutcomeReport& report() const { return report_; }
    int stars() const { return stars_; }                            // 0 unless won
    std::vector<bool> starsEarned() const;                          // per rule, as of now
    uint64_t stateHash() const;

    // [SECTION] the spacecraft
    bool launched() const { return ship_.valid(); }
    bool awaitingLaunch() const { return level_.actions.launch && !launched(); }
    Vec2 startPosKm() const { return launchPosKm_; }   // where the flight began (or begins)
    double launchSpeedKms() const { return launchSpeedKms_; }   // the speed it began with
    Vec2 shipPosKm() const;
    Vec2 shipVelKms() const;
    double shipHeadingRad() const { return heading_; }
    bool thrusting() const { return thrusting_; }
    double fuelKms() const { return fuel_; }
    double fuelFraction() const;
    int dominantAttractor() const;                   // the one whose pull is strongest now
    int dominantAttractorAt(Vec2 posKm) const;       // the same, at any point
    double altitudeKm() const;                       // above the dominant attractor's surface
    double speedKms() const { return length(shipVelKms()); }
    orbit::Elements elements(int attractor) const;   // osculating orbit, real units
    Vec2 gravityKms2(Vec2 posKm) const;              // acceleration, km/s^2

    // A burn's Δv in world axes (km/s) from its parts at a state: prograde along the velocity,
    // radial the part of "away from the planet" square to it (outward positive). The one frame
    // the flight's burns and every preview of them use.
    Vec2 burnVectorKms(Vec2 posKm, Vec2 velKms, double prograde, double radial) const;

    // Where the ship would start a launch with these choices (speed km/s, degrees above horizon).
    Vec2 launchVelocityKms(double speedKms, double angleDeg) const;
    // The coasting path from a state (no thrust), sampled every `every` ticks, stopping at a
    // surface or the edge of the world. Points in km.
    std::vector<Vec2> predict(Vec2 posKm, Vec2 velKms, int maxTicks, int every = 4) const;
    std::vector<Vec2> predictShip(int maxTicks, int every = 4) const;

    // [SECTION] the rest of the world
    std::vector<BodyView> debris() const;
    Vec2 stationPosKm(int index) const;
    bool stationSees(int index) const;               // line of sight to the ship right now
    const std::vector<GoalState>& goals() const { return goalStates_; }   // per goal, by its row
    bool gatePassed(int index) const { return gatesPassed_[index]; }
    bool zoneReached(int index) const { return zonesReached_[index]; }

private:
    void launch(double speedKms, double angleDeg);
    void applyPilot(const TickInput& in);
    void applyBurn(const TickInput& in);
    void readEvents();
    bool hopelesslyEscaping() const;
    void updateGoals();
    void finish(OutcomeReport report);
    int countStars() const;

    enum class Kind : uint32_t { Attractor = 1, Ship, Zone, Gate, Debris };
    static uint32_t tagOf(Kind k, int index) { return (static_cast<uint32_t>(k) << 16) | static_cast<uint32_t>(index); }
    static Kind kindOf(uint32_t tag) { return static_cast<Kind>(tag >> 16); }
    static int indexOf(uint32_t tag) { return static_cast<int>(tag & 0xffff); }

    Level level_;
    phys::World world_;
    std::vector<phys::BodyId> attractors_, zones_, gates_, debris_;
    phys::BodyId ship_;
    int64_t tick_ = 0;
    double heading_ = 0;
    double fuel_ = 0;
    bool thrusting_ = false;
    double launchSpeedKms_ = 0;
    Vec2 launchPosKm_;
    Outcome outcome_ = Outcome::Flying;
    OutcomeReport report_;
    FlightWatch watch_;                   // for the report of a crash
    int stars_ = 0;
    std::vector<bool> gatesPassed_, zonesReached_;
    std::vector<GoalState> goalStates_;
    int64_t timeLimitTicks_ = 0;
};

} // namespace sp
