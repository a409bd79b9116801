#include "game/sim/flight.h"


#include "game/sim/units.h"

#include <algorithm>
#include <cmath>

namespace sp {

double BurnPlan::cost() const { return std::sqrt(prograde * prograde + radial * radial); }

Flight::Flight(const Level& level, const InputLog* replay) : sim_(std::make_unique<Sim>(level)) {
    if (replay) replay_ = *replay;
    log_.level_id = level.id;
    aimSpeed_ = level.actions.launch_default_km_s;
    aimAngle_ = level.actions.launch_default_deg;
    if (level.actions.sky)
        for (const KnobRef& k : knobsOf(level))
            if (knobs_.size() < size_t(kMaxSkyKnobs)) knobs_.push_back(knobValue(level, k));
}

// [SECTION] time

void Flight::setSpeed(double speed) {
    speed_ = speed;
    paused_ = false;
}

FlightEvents Flight::advance(double dtSeconds) {
    FlightEvents ev;
    if (sim_->over()) return ev;
    // Before the launch time stands still (the aim is all there is), unless the level is a
    // launch window: then the station comes round while the student waits, and time runs.
    if (sim_->awaitingLaunch() && !replay_ && !sim_->level().actions.launch_window) {
        if (launchRequested_) step(ev);
        return ev;
    }
    // A sky level waits the same way for its start (the knobs are set with the clock still).
    if (sim_->awaitingStart() && !replay_) {
        if (startRequested_) step(ev);
        return ev;
    }
    if (paused_) {
        if (stepRequested_ || burnNowRequested_ || launchRequested_) step(ev);
        stepRequested_ = false;
        return ev;
    }
    // 4x needs more ticks per frame than the clamp allows at 1x; slow frames still drop time
    // (never ticks: every tick that runs goes through nextInput, so no plan is skipped).
    clock_.maxTicksPerFrame = int(std::ceil(8 * std::max(1.0, speed_)));
    const int ticks = clock_.advance(dtSeconds * speed_);
    for (int i = 0; i < ticks && !sim_->over(); ++i) step(ev);
    return ev;
}

FlightEvents Flight::runTicks(int64_t ticks) {
    FlightEvents ev;
    for (int64_t i = 0; i < ticks && !sim_->over(); ++i) step(ev);
    return ev;
}

void Flight::step(FlightEvents& ev) {
    const TickInput in = nextInput();
    log_.record(sim_->tick(), in);
    const bool burning = in.burn && sim_->launched() && sim_->level().actions.burn;
    const double fuelBefore = sim_->fuelKms();
    Vec2 dv;
    if (burning) dv = sim_->burnVectorKms(sim_->shipPosKm(), sim_->shipVelKms(), in.burn_prograde_km_s, in.burn_radial_km_s);
    const int64_t tick = sim_->tick();
    sim_->step(in);
    ++ev.ticks;
    if (burning) {
        const double spent = fuelBefore - sim_->fuelKms();
        const double planned = length(dv);
        if (spent > 0) {
            ev.burned = true;
            ev.burnDvKms = planned > 0 ? dv * (spent / planned) : dv;
        }
        news_ = spent + 1e-9 < planned ? PlanNews::FiredShort : PlanNews::Fired;
        newsTick_ = tick;
        newsDv_ = spent;
        newsPlanned_ = planned;
        plan_ = {};
        burnNowRequested_ = false;
    }
    keepPlanAhead();
    if (sim_->over()) ev.ended = true;
}

TickInput Flight::nextInput() {
    if (replay_) return replay_->at(sim_->tick(), cursor_);
    const Level& level = sim_->level();
    TickInput in;
    if (launchRequested_) {
        if (sim_->awaitingLaunch()) {
            in.launch = true;
            in.launch_km_s = aimSpeed_;
            in.launch_deg = aimAngle_;
        }
        launchRequested_ = false;
    }
    if (startRequested_) {
        if (sim_->awaitingStart()) {
            in.start = true;
            in.sky_count = int(knobs_.size());
            for (size_t k = 0; k < knobs_.size(); ++k) in.sky_values[k] = knobs_[k];
        }
        startRequested_ = false;
    }
    if (level.actions.pilot) {
        in.thrust = thrust_;
        in.turn = std::clamp(turn_, -1, 1);
        in.rcs_forward = std::clamp(rcsForward_, -1, 1);
        in.rcs_left = std::clamp(rcsLeft_, -1, 1);
    }
    if (parachuteRequested_ && sim_->launched()) {
        in.parachute = true;
        parachuteRequested_ = false;
    }
    if (canPlan()) {
        const bool due = plan_.placed && plan_.armed && plan_.tick == sim_->tick();
        if (burnNowRequested_ || due) {
            in.burn = true;
            in.burn_prograde_km_s = plan_.prograde;
            in.burn_radial_km_s = plan_.radial;
        }
    }
    return in;
}

// A burn point the flight has passed without firing it (it was not confirmed) stays the
// player's plan: the same point of the orbit comes round again one lap later.
// A plan whose tick is the sim's current tick has NOT been passed: it fires on the next tick
// run (nextInput sees tick == plan tick before stepping). Treating "==" as passed is the
// off-by-one that made planned burns vanish whenever their tick was the last of a frame.
void Flight::keepPlanAhead() {
    if (!plan_.placed || plan_.tick >= sim_->tick() || sim_->over()) return;
    const orbit::Elements el = sim_->elements(sim_->dominantAttractor());
    const double lap = el.bound && std::isfinite(el.period) ? std::round(sim_->scale().realSecondsToTicks(el.period)) : 0;
    newsTick_ = plan_.tick;
    if (!(lap >= 1) || lap > 1e8) {
        plan_ = {};
        news_ = PlanNews::Dropped;
        return;
    }
    while (plan_.tick < sim_->tick()) plan_.tick += int64_t(lap);
    plan_.armed = false;
    if (plan_.cost() > 0) news_ = PlanNews::NextLap;   // a bare marker just comes round again
}

// [SECTION] sky

void Flight::setKnob(int k, double value) {
    if (k < 0 || k >= knobCount()) return;
    knobs_[size_t(k)] = snapToSpan(knobSpan(k), value);
}

Level Flight::skyAsSet() const {
    Level level = sim_->level();
    if (!sim_->awaitingStart()) return level;
    const std::vector<KnobRef> knobs = knobsOf(level);
    for (int k = 0; k < knobCount(); ++k) setKnobValue(level, knobs[size_t(k)], knobs_[size_t(k)]);
    return level;
}

// [SECTION] launch and pilot

void Flight::aim(double speedKms, double angleDeg) {
    const Actions& a = sim_->level().actions;
    aimSpeed_ = std::clamp(speedKms, a.launch_min_km_s, a.launch_max_km_s);
    aimAngle_ = std::clamp(angleDeg, a.launch_min_deg, a.launch_max_deg);
}

void Flight::hold(bool thrust, int turn) {
    thrust_ = thrust;
    turn_ = turn;
}

void Flight::translate(int forward, int left) {
    rcsForward_ = forward;
    rcsLeft_ = left;
}

// [SECTION] burn

double Flight::minutesToPlan() const {
    return plan_.placed ? sim_->scale().ticksToRealSeconds(double(plan_.tick - sim_->tick())) / 60 : 0;
}

bool Flight::canPlan() const { return sim_->level().actions.burn && sim_->launched() && !sim_->over() && !replay_; }

void Flight::placeBurn(int64_t tick) {
    if (!canPlan() || tick < sim_->tick()) return;
    plan_.placed = true;
    plan_.tick = tick;
}

void Flight::setBurn(double progradeKms, double radialKms) {
    if (plan_.armed) return;
    plan_.prograde = progradeKms;
    plan_.radial = sim_->level().actions.burn_radial ? radialKms : 0;
}

bool Flight::canConfirm() const {
    const double cost = plan_.cost();
    return canPlan() && cost > 0 && sim_->fuelKms() > 0 && cost <= sim_->fuelKms() + 1e-9;
}

void Flight::confirmBurn() {
    if (plan_.placed && canConfirm()) plan_.armed = true;
}

void Flight::burnNow() {
    if (!canConfirm()) return;
    plan_.placed = false;   // "now" means here, not at the planned point
    plan_.armed = false;
    burnNowRequested_ = true;
}

} // namespace sp
