// The running game: a Level turned into a physics world, advanced one fixed tick at a
// time by player input. Headless and deterministic: the same level and the same inputs
// give the same state hash, natively and in WebAssembly. The view reads it; only step()
// changes it.
//
// Coordinates: the public API speaks real units (km, km/s, real seconds) so the HUD, the
// CLI and the tests never see world units; the level's frame sets the scale (units.h).
// Files: sim.cpp (building the world, the tick, goals, queries), sim_predict.cpp (coasting
// paths), sim_ground.cpp (touchdowns, ground lines, docking ports, longitudes), sim_entry.cpp
// (the parachute, g and heat limits, skips out of the air), bodies.cpp (where attractors are at any
// moment), forces.cpp (every acceleration a craft feels).
#pragma once
#include "engine/physics/world.h"
#include "game/sim/bodies.h"
#include "game/sim/constellation.h"
#include "game/sim/forces.h"
#include "game/sim/input.h"
#include "game/sim/level.h"
#include "game/sim/orbit.h"
#include "game/sim/rules/goals.h"
#include "game/sim/rules/outcomes.h"
#include "game/sim/units.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sp {

struct BodyView {            // what the view needs to draw a moving body
    Vec2 pos_km;
    Vec2 vel_km_s;
    double radius_km = 0;
    bool alive = true;
};

// A coasting craft exactly as the flight holds it (Box2D's floats, world units) at a tick:
// what a prediction starts from, so the predicted path is the flown one to the bit.
struct Coast {
    int64_t tick = 0;
    phys::FreeBody body;
    int craft = 0;             // whose (its drag area and mass matter): 0 = the ship
    double chuteSince = -1;    // when its parachute began to open, real seconds (-1 = packed)
};

// Two craft touched during the last tick (a docking, a bump): who, how fast they closed and
// how well they lined up, at the moment of contact (before Box2D resolved it).
struct CraftContact {
    int a = 0, b = 0;            // craft numbers (0 = the ship), a < b
    double closingKms = 0;       // relative speed along the contact normal
    Vec2 pointKm;
    Vec2 relVelKms;              // a's velocity relative to b's
    double alignDeg = 0;         // how far a's nose is from pointing straight back along b's (0 = nose to nose)
    double offsetKm = 0;         // how far a's centre is to the side of b's nose line
};

// The ship touched the ground (a local frame's ground line, or a planet's surface): how it
// came down, relative to the ground there, at the moment of contact.
struct Touchdown {
    int64_t tick = 0;
    double verticalMs = 0;       // down into the ground, m/s
    double horizontalMs = 0;     // along it, m/s
    double tiltDeg = 0;          // the nose from straight up
    double slopeDeg = 0;         // how far the ground under the legs makes it lean (groundLeanDeg), either way
    Vec2 pointKm;
    bool safe = false;           // within the legs' limits (Ship::touchdown_max_*), or hard but survived
    bool hard = false;           // faster than the legs' limit, within touchdown_hard_vertical_m_s
};

// The ship's nose met another craft's docking port (Ship::dock_max_*) within its limits.
struct Docking {
    int64_t tick = 0;
    int craft = 0;               // the craft docked with (1 = level().craft[0])
    double closingMs = 0, offsetM = 0, angleDeg = 0;
    bool hard = false;           // faster than the port's limit, within dock_hard_closing_m_s
};

// Where a craft is relative to another (a target): what the docking display and the
// rendezvous goal read. Closing speed is positive while the range shrinks.
struct Approach {
    double rangeKm = 0;
    double closingKms = 0;
    double relSpeedKms = 0;      // the whole relative velocity's size, in the target's turning frame (relativeVelKms)
    double offsetKm = 0;         // to the side of the target's nose line (its port's axis)
    double angleDeg = 0;         // the craft's nose from pointing straight back along the target's
};

// One dip into the air, from crossing down through its top to climbing back out (or landing):
// the worst of it and the heat the shield soaked up (the heat load, the heating summed over time).
struct EntryDip {
    double lowestKm = 0;
    double peakHeatingKwM2 = 0;
    double peakG = 0;
    double heatLoadMjM2 = 0;
};

// The heating at one tick of a coast through the air (kW/m^2): a capsule's entry profile.
struct HeatSample {
    int64_t tick = 0;
    float kwM2 = 0;
};

// A predicted coast: points[k] (km) and states[k] at tick start + k * every; the last point
// may instead be where it stops (under a surface, or past the edge of the world).
struct Prediction {
    std::vector<Vec2> points;
    std::vector<Coast> states;
    bool hitsSurface = false;
    bool leavesWorld = false;
    // Through the air (a craft with a drag area): the worst the crew and the heat shield would
    // take on the way, each dip into the air, the skips out of it that the craft may make
    // (Ship::max_skips), and skipsOut: a skip that ends the flight, as the flight would judge it
    // (out once more than it may, or too long to be back in time), where the prediction stops.
    double peakG = 0, peakHeatingKwM2 = 0;
    bool entersAir = false, skipsOut = false;
    std::vector<EntryDip> dips;
    int skips = 0;
    double skipTopKm = 0;   // the highest the last skip climbs (above the surface)
    std::vector<HeatSample> heat;   // every tick in the air: the entry's heating, dip by dip
};

class Sim {
public:
    explicit Sim(const Level& level);   // the level must have passed validation

    // One tick. Does nothing once the flight is over.
    void step(const TickInput& in);

    // [SECTION] state of the flight
    const Level& level() const { return level_; }
    const units::Scale& scale() const { return scale_; }
    const Bodies& bodies() const { return bodies_; }
    const Constellation& sky() const { return sky_; }   // the navigation satellites (Chapter 4)
    int64_t tick() const { return tick_; }
    double elapsedRealSeconds() const;
    double tickRealSeconds() const { return scale_.tickRealSeconds(); }
    int64_t timeLimitTicks() const { return timeLimitTicks_; }   // the tick the time runs out on
    Outcome outcome() const { return outcome_; }
    bool over() const { return outcome_ != Outcome::Flying; }
    // How it ended, as a code with numbers (game/text says it in words).
    const OutcomeReport& report() const { return report_; }
    int stars() const { return stars_; }                            // 0 unless won
    std::vector<bool> starsEarned() const;                          // per rule, as of now
    uint64_t stateHash() const;

    // [SECTION] the spacecraft
    bool launched() const { return ship_.valid(); }
    // The flight has begun: launched, or a sky level's clock started (Actions::sky).
    bool begun() const { return launched() || skyStarted_; }
    bool awaitingLaunch() const { return level_.actions.launch && !launched(); }
    // A sky level (Actions::sky) before the student starts the clock: the knobs are still
    // theirs to turn, and nothing counts yet.
    bool awaitingStart() const { return level_.actions.sky && !skyStarted_; }
    // The fewest navigation satellites any site has seen above its mask at one moment since the
    // flight began (an in_view star); -1 before it begins or with no satellites or sites.
    int fewestInView() const { return fewestInView_; }
    Vec2 startPosKm() const { return launchPosKm_; }   // where the flight began (or begins)
    double launchSpeedKms() const { return launchSpeedKms_; }   // the speed it began with
    double launchAngleDeg() const { return launchAngleDeg_; }   // above the horizon, as chosen (0 without a launch)
    Vec2 shipPosKm() const;
    Vec2 shipVelKms() const;   // at the same moment as the position (see coastVelKms)
    double shipHeadingRad() const { return heading_; }
    bool thrusting() const { return thrusting_; }
    double fuelKms() const { return fuel_; }
    double fuelFraction() const;
    int dominantAttractor() const;                   // the one whose pull is strongest now
    int dominantAttractorAt(Vec2 posKm) const;       // the same, at any point
    int nearestAttractor() const;                    // the one whose surface is nearest now (-1: none)
    // Above the dominant attractor's surface (a frame turning with the Moon: the nearest
    // surface, as near L2 the Earth pulls harder but the Moon is what is there; local frame:
    // the feet above the ground below).
    double altitudeKm() const;
    double speedKms() const;                         // relative to the dominant attractor (it may move)
    orbit::Elements elements(int attractor) const;   // osculating orbit about it (moving with it), real units
    Vec2 gravityKms2(Vec2 posKm) const;              // acceleration, km/s^2, now
    Forces shipForces() const;                       // what the ship feels now (for g-load and drag)
    // What the crew feels, in g, as an accelerometer reads it: the change of velocity less
    // gravity's share, so it counts drag, thrust and the ground's push alike (standing on the
    // Moon is 0.17 g; free fall is 0), averaged over about half a second of real time (a rigid
    // touchdown stops the craft within one tick: a spike no crew would feel as such).
    double shipGLoad() const { return gLoad_; }
    // The heating of the heat shield's nose now, kW/m^2 (Sutton-Graves: k sqrt(rho / r_nose) v^3).
    double shipHeatingKwM2() const;
    // How far the heat shield (on the craft's back) is turned from facing the air's flow, deg.
    double shieldOffFlowDeg() const;
    // In the air now (a craft with a drag area; sim_entry.cpp keeps it): past the point where a
    // burn chooses how it comes in.
    bool shipInAir() const { return wasInAir_; }
    // Has dipped into the air at least once (a skip climbs out of it and comes back), each dip
    // so far (the last may be going on), and how many times the craft climbed back out.
    bool shipEnteredAir() const { return !dips_.empty(); }
    const std::vector<EntryDip>& dips() const { return dips_; }
    int skipCount() const { return int(dips_.size()) - (wasInAir_ ? 1 : 0); }
    // The last touch of the ground (empty until one), and whether the ship stands on it now.
    const std::optional<Touchdown>& touchdown() const { return touchdown_; }
    // The docking, once the ship has docked (empty until then).
    const std::optional<Docking>& docking() const { return docking_; }
    // The parachute (Ship::parachute_*): open now, and why the last try to open it failed
    // (why.<code> with its numbers; empty if none did). parachuteProblem says why it could
    // not open right now (empty = it could).
    bool parachuteOpen() const { return chuteSince_ >= 0; }
    const Reason& parachuteRefusal() const { return chuteRefusal_; }
    Reason parachuteProblem() const;
    // Translation thrusters firing this tick, as a push in world axes (km/s^2; zero when off).
    Vec2 rcsKms2() const { return rcs_; }
    // The Δv spent so far (km/s): burns, the engine and the thrusters.
    double spentKms() const { return level_.ship.fuel_dv_km_s - fuel_; }
    bool landed() const;
    // An engine, fuel and the controls to lift off with (a lander), unlike a capsule.
    bool canFlyAgain() const { return level_.actions.pilot && level_.ship.thrust_m_s2 > 0 && fuel_ > 0; }
    Vec2 upAt(Vec2 posKm) const;                     // away from the ground or the planet below
    // The ground line's height at x (local frames), or nothing where there is none.
    std::optional<double> groundYKm(double xKm) const;
    // Longitude (deg, -180..180) of the point over attractor i, as it has turned by now: for
    // ground sites and the ground track of a craft (Attractor::prime_meridian_deg).
    double longitudeDeg(int attractor, Vec2 posKm) const;
    Vec2 attractorPosKm(int i) const;                // now

    // A burn's Δv in world axes (km/s) from its parts at a state: prograde along the velocity,
    // radial the part of "away from the planet" square to it (outward positive). The one frame
    // the flight's burns and every preview of them use.
    Vec2 burnVectorKms(Vec2 posKm, Vec2 velKms, double prograde, double radial) const;

    // Where the ship would start a launch with these choices (speed km/s, degrees above horizon).
    Vec2 launchVelocityKms(double speedKms, double angleDeg) const;

    // [SECTION] predictions (sim_predict.cpp): the same forces and the same float steps as
    // the flight, so an unpowered craft flies exactly the path drawn for it.
    Coast shipCoast() const;                                       // the ship now
    Coast launchCoast(double speedKms, double angleDeg) const;     // the ship if it launched now
    Coast burned(const Coast& at, double prograde, double radial) const;   // as the burn input does it
    Prediction predict(const Coast& from, int maxTicks, int every = 4) const;
    std::vector<Vec2> predictShip(int maxTicks, int every = 4) const { return predict(shipCoast(), maxTicks, every).points; }
    Vec2 coastPosKm(const Coast& c) const;
    // Box2D's velocity is half a step behind its position (semi-implicit Euler); this is the
    // velocity at the position's moment, which is what orbit elements must be read from.
    Vec2 coastVelKms(const Coast& c) const;
    orbit::Elements coastElements(const Coast& c, int* attractor = nullptr) const;   // about the dominant body

    // [SECTION] every craft: 0 is the ship, i is level().craft[i - 1]
    int craftCount() const { return 1 + int(others_.size()); }
    const Ship& craftDef(int i) const { return i == 0 ? level_.ship : level_.craft[size_t(i - 1)]; }
    bool craftAlive(int i) const;
    Coast craftCoast(int i) const;
    Vec2 craftPosKm(int i) const;
    Vec2 craftVelKms(int i) const;
    double craftFuelKms(int i) const;
    double craftHeadingRad(int i) const;
    orbit::Elements craftElements(int i, int attractor) const;
    const std::vector<CraftContact>& craftContacts() const { return craftContacts_; }   // the last tick's
    // Craft `from` relative to craft `target` now.
    Approach approach(int from, int target) const;
    // The velocity of a craft at `fromPos` moving at `fromVel` as seen from a target craft's own
    // frame at `tick`: one that turns with the target round the body it circles (km/s), as a
    // crew looking out of the station sees it. Two craft 10 km apart in one circular orbit are
    // still in it, though their velocities differ by 11 m/s in direction. A local frame, which
    // already moves with the station, has nothing to turn with.
    Vec2 relativeVelKms(Vec2 fromPos, Vec2 fromVel, Vec2 targetPos, Vec2 targetVel, int64_t tick) const;

    // [SECTION] the rest of the world
    std::vector<BodyView> debris() const;
    Vec2 stationPosKm(int index) const;
    double stationLongitudeDeg(int index) const { return longitudeDeg(level_.stations[size_t(index)].attractor, stationPosKm(index)); }
    bool stationSees(int index) const;               // line of sight to the ship right now
    const std::vector<GoalState>& goals() const { return goalStates_; }   // per goal, by its row
    bool gatePassed(int index) const { return gatesPassed_[index]; }
    bool zoneReached(int index) const { return zonesReached_[index]; }

private:
    void launch(double speedKms, double angleDeg);
    void startSky(const TickInput& in);
    void watchSky();
    void startGoals();   // each goal's start (GoalRow::start), once the flight begins
    void stepWorld(const std::vector<Vec2>& thrustKms2);   // per craft
    void placeAttractors(double seconds, double nextSeconds);
    Vec2 forceOn(const phys::FreeBody& b, const Ship& craft, double seconds, Vec2 thrustKms2, double extraAreaM2 = 0) const;
    double seconds(int64_t tick, int substep = 0) const;
    Vec2 burnVectorAt(Vec2 posKm, Vec2 velKms, double prograde, double radial, double seconds) const;
    // A craft's own state, for the player's ship and every other craft alike.
    struct Controls {
        phys::BodyId body;
        const Ship* def = nullptr;
        double* heading = nullptr;
        double* fuel = nullptr;
        bool* thrusting = nullptr;
    };
    Controls controls(int craft);
    Vec2 applyPilot(const TickInput& in, const Controls& c);   // the engine's push this tick, km/s^2
    void applyBurn(const TickInput& in, const Controls& c);
    void readEvents();
    bool hopelesslyEscaping() const;
    void updateGoals();
    void finish(OutcomeReport report);
    int countStars() const;

    void touchedGround(const phys::ContactEvent& c, bool shipIsA, Vec2 groundVelKms);
    void touchedPort(const CraftContact& c);
    void checkEntry();                              // sim_entry.cpp: g, heat, shield, skip, parachute
    // A climb out of the air at p, v (real seconds t), after `skipsBefore` skips: the report
    // that ends the flight there, or Flying if the craft may skip and will be back in the air
    // before the time limit. `topKm` gets the height the skip climbs to.
    OutcomeReport skipEnd(const Ship& craft, int skipsBefore, double lowestKm, Vec2 p, Vec2 v, double t, double* topKm) const;
    void tryParachute(bool asked);
    // The drag area a parachute adds at `seconds` (m^2): growing to full over parachute_open_s.
    double chuteAreaM2(int craft, double chuteSince, double seconds) const;
    Reason chuteProblem(Vec2 posKm, Vec2 velKms, double seconds) const;   // why the ship's could not open there
    CraftContact craftContact(int a, int b, const phys::ContactEvent& c, bool aIsA) const;

    enum class Kind : uint32_t { Attractor = 1, Ship, Zone, Gate, Debris, Craft, Ground };
    static uint32_t tagOf(Kind k, int index) { return (static_cast<uint32_t>(k) << 16) | static_cast<uint32_t>(index); }
    static Kind kindOf(uint32_t tag) { return static_cast<Kind>(tag >> 16); }
    static int indexOf(uint32_t tag) { return static_cast<int>(tag & 0xffff); }

    Level level_;
    units::Scale scale_;
    Bodies bodies_;
    Constellation sky_;
    bool skyStarted_ = false;
    int fewestInView_ = -1;
    ForceModel forces_;
    phys::World world_;
    std::vector<phys::BodyId> attractors_, zones_, gates_, debris_;
    phys::BodyId ground_;
    std::optional<Touchdown> touchdown_;
    std::optional<Docking> docking_;
    double gLoad_ = 0;
    double chuteSince_ = -1;       // when the parachute began to open (real seconds), -1 = packed
    Reason chuteRefusal_;
    Vec2 rcs_;
    bool wasInAir_ = false;        // for a skip out of the air
    std::vector<EntryDip> dips_;   // each dip into the air so far
    phys::BodyId ship_;
    int64_t tick_ = 0;
    double heading_ = 0;
    double fuel_ = 0;
    bool thrusting_ = false;
    double launchSpeedKms_ = 0, launchAngleDeg_ = 0;
    Vec2 launchPosKm_;
    Outcome outcome_ = Outcome::Flying;
    OutcomeReport report_;
    FlightWatch watch_;                   // for the report of a crash
    int stars_ = 0;
    std::vector<bool> gatesPassed_, zonesReached_;
    std::vector<GoalState> goalStates_;
    int64_t timeLimitTicks_ = 0;
    struct Other {                 // another craft (level_.craft[i] is others_[i], craft i + 1)
        phys::BodyId body;
        double heading = 0, fuel = 0;
        bool thrusting = false;
    };
    std::vector<Other> others_;
    std::vector<CraftContact> craftContacts_;
    // The last tick's events, gathered over its substeps.
    std::vector<phys::ContactEvent> stepContacts_, stepSensors_;
    std::vector<phys::BodyId> stepLeft_;
};

} // namespace sp
