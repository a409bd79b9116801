// A flight as a player drives it, without a window: the Sim, time at 0.25x / 1x / 4x with
// pause and single steps, the player's plans (a launch aim, one planned burn) and the input
// log they make. The play screen draws a Flight and turns clicks and keys into these calls;
// tests/sim/test_flight.cpp makes the same calls, so the path a player takes is tested and
// not only recorded input logs (which skip all of this).
//
// The promises a player relies on:
//   - a confirmed burn fires on exactly its tick, at any speed, however many ticks a frame
//     runs, placed while paused or while running;
//   - moving a burn point keeps its Δv and its confirmation: it fires where the marker is;
//   - a burn point the ship reaches unconfirmed is never dropped in silence: it moves to the
//     same point one lap later (or, on a path that is not an orbit, goes away) and news()
//     says which, for the screen to tell the player;
//   - a burn that costs more than the fuel left cannot be confirmed.
#pragma once
#include "engine/core/fixed_clock.h"
#include "game/sim/input.h"
#include "game/sim/knobs.h"
#include "game/sim/sim.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace sp {

struct BurnPlan {
    bool placed = false;       // a point of the path was chosen (without one: "burn now" only)
    int64_t tick = 0;          // the sim tick it fires on
    double prograde = 0;       // km/s, along the path
    double radial = 0;         // km/s, outward positive
    bool armed = false;        // confirmed: fires when the flight gets there
    double cost() const;       // km/s of Δv it spends
};

// What last happened to the plan, for the burn panel to say.
enum class PlanNews {
    None,
    Fired,          // it fired on its tick
    FiredShort,     // it fired with what fuel was left: less than planned
    NextLap,        // reached unconfirmed: moved to the same point one lap later
    Dropped,        // reached unconfirmed on a path that is not an orbit: gone
};

// What one advance() did, for sounds, effects and the log.
struct FlightEvents {
    int ticks = 0;
    bool burned = false;
    Vec2 burnDvKms;            // the Δv the sim applied (world axes)
    bool ended = false;        // the flight ended during these ticks
};

class Flight {
public:
    // A new flight. With `replay`, every tick's input comes from that log, not the player.
    explicit Flight(const Level& level, const InputLog* replay = nullptr);

    const Sim& sim() const { return *sim_; }
    const InputLog& log() const { return log_; }
    bool replaying() const { return replay_.has_value(); }
    const InputLog* replayLog() const { return replay_ ? &*replay_ : nullptr; }

    // [SECTION] time
    static constexpr double kSpeeds[3] = {0.25, 1.0, 4.0};
    void setSpeed(double speed);           // one of kSpeeds; also resumes
    double speed() const { return speed_; }
    void setPaused(bool paused) { paused_ = paused; }
    bool paused() const { return paused_; }
    void requestStep() { stepRequested_ = true; }   // one tick, while paused
    // Runs the ticks `dtSeconds` of play hold at the current speed (a clamp keeps slow frames
    // from snowballing). Paused: only a requested step, "burn now" or a launch. Before the
    // launch the world waits for it, unless the level is a launch window (Actions::launch_window).
    FlightEvents advance(double dtSeconds);
    // Runs `ticks` ticks at once, paused or not (scripted runs); stops when the flight ends.
    FlightEvents runTicks(int64_t ticks);

    // [SECTION] launch
    void aim(double speedKms, double angleDeg);    // clamped to the level's ranges
    double aimSpeedKms() const { return aimSpeed_; }
    double aimAngleDeg() const { return aimAngle_; }
    void launch() { launchRequested_ = true; }     // fires with the aim on the next tick run

    // [SECTION] sky (Actions::sky): the knobs the student sets (knobs.h: satellites' free
    // numbers, then locate marks), kept to their ranges and steps
    int knobCount() const { return int(knobs_.size()); }
    double knob(int k) const { return knobs_[size_t(k)]; }
    const std::vector<double>& knobs() const { return knobs_; }
    KnobRef knobRef(int k) const { return knobsOf(sim_->level())[size_t(k)]; }   // what knob k sets
    KnobSpan knobSpan(int k) const { return sp::knobSpan(sim_->level(), knobRef(k)); }
    void setKnob(int k, double value);
    void startSky() { startRequested_ = true; }    // starts the clock with the knobs on the next tick run
    // The level as the knobs stand now: what the sky view draws before the start.
    Level skyAsSet() const;

    // [SECTION] pilot: what is held down this frame
    void hold(bool thrust, int turn);
    // The translation thrusters held this frame (Ship::rcs_m_s2): +1 along the nose / to its left.
    void translate(int forward, int left);
    void openParachute() { parachuteRequested_ = true; }   // tried on the next tick run

    // [SECTION] burn
    const BurnPlan& plan() const { return plan_; }
    double minutesToPlan() const;                  // real minutes from now to the planned point (0 if none)
    bool canPlan() const;                          // the level allows burns and the ship flies
    void placeBurn(int64_t tick);                  // a future tick; keeps Δv and confirmation
    void setBurn(double progradeKms, double radialKms);   // ignored once confirmed
    bool canConfirm() const;                       // Δv > 0 and no more than the fuel left
    void confirmBurn();
    void cancelBurn() { plan_.armed = false; }     // back to a plan that can be changed
    void removeBurn() { plan_ = {}; }
    void burnNow();                                // the plan's Δv, here, on the next tick run
    PlanNews news() const { return news_; }
    int64_t newsTick() const { return newsTick_; }
    double newsDvKms() const { return newsDv_; }   // for Fired / FiredShort: the Δv spent
    double newsPlannedKms() const { return newsPlanned_; }   // ... and the Δv that was planned
    void clearNews() { news_ = PlanNews::None; }

private:
    TickInput nextInput();
    void step(FlightEvents& ev);
    void keepPlanAhead();

    std::unique_ptr<Sim> sim_;
    std::optional<InputLog> replay_;
    InputLog::Cursor cursor_;
    InputLog log_;
    FixedClock clock_;
    double speed_ = 1;
    bool paused_ = false;
    bool stepRequested_ = false;

    double aimSpeed_ = 0, aimAngle_ = 0;
    bool launchRequested_ = false;
    std::vector<double> knobs_;
    bool startRequested_ = false;
    bool thrust_ = false;
    int turn_ = 0;
    int rcsForward_ = 0, rcsLeft_ = 0;
    bool parachuteRequested_ = false;

    BurnPlan plan_;
    bool burnNowRequested_ = false;
    PlanNews news_ = PlanNews::None;
    int64_t newsTick_ = 0;
    double newsDv_ = 0;
    double newsPlanned_ = 0;
};

} // namespace sp
