// The flight's time and controls: keys and taps become the player's plans, plans become
// TickInputs on the right ticks, and the fixed clock decides how many ticks a frame runs.
// What the flight predicts and draws is play_view.cpp.
#include "game/screens/play.h"

#include "engine/ui/ui.h"
#include "game/shell/shell.h"
#include "game/sim/landing.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

// Index
// [SECTION] a new flight
// [SECTION] the frame
// [SECTION] keys and taps
// [SECTION] time and ticks

namespace sp {

using platform::Key;

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

PlayScreen::PlayScreen(Shell& game) : Screen(game) {}
PlayScreen::~PlayScreen() = default;

// [SECTION] a new flight

void PlayScreen::start(const Level& level, const InputLog* replay) {
    // `replay` may point into the flight being replaced (restart): the new one copies it first.
    auto flight = std::make_unique<Flight>(level, replay);
    flight_ = std::move(flight);
    sim_ = &flight_->sim();
    // A retry keeps the last aim: the student adjusts it, not starts over.
    if (auto it = lastAim_.find(level.id); it != lastAim_.end()) flight_->aim(it->second.first, it->second.second);
    frozen_ = menuOpen_ = false;
    vectors_ = game_.settings().show_vectors;
    newsShownAt_ = -1;
    framesShown_ = 0;
    burnTight_ = hasAir(level) && level.ship.drag_area_m2 > 0;
    pad_.release();
    keyThrust_ = false;
    keyTurn_ = 0;
    hintsShown_ = 0;
    hintOpen_ = false;
    endedAt_ = -1;
    openedAt_ = game_.time();
    landingLineAt_ = 0;
    resultShown_ = false;
    world_.reset(level);
    // In orbit, a station to catch gets its path predicted too, to show where a plan meets it
    // (a local frame shows the range itself, on the docking display).
    meetCraft_ = -1;
    meetKm_ = meetKms_ = 0;
    meetBody_ = -1;
    meetBodyKm_ = 0;
    bodyPass_ = {};
    if (level.frame.kind != "local") {
        for (const Goal& g : level.goals.list) {
            if ((g.type == GoalType::Rendezvous || g.type == GoalType::Dock) && g.index + 1 < sim_->craftCount()) {
                meetCraft_ = g.index + 1;
                break;
            }
        }
        // A moon to reach (a flyby goal's): where the planned path passes it, as it moves.
        for (const Goal& g : level.goals.list)
            if (g.type == GoalType::Flyby && g.attractor > 0 && g.attractor < sim_->bodies().count()) meetBody_ = g.attractor, meetBodyKm_ = g.distance_km;
        // A rendezvous goal's limits make a pass a meeting.
        for (const Goal& g : level.goals.list)
            if (g.type == GoalType::Rendezvous && g.index + 1 == meetCraft_) meetKm_ = g.distance_km, meetKms_ = g.speed_m_s / 1000;
    }
    meetAhead_.clear();
    closest_ = {};
    corridor_ = {};
    corridorKey_ = {};
    corridorShown_ = {};
    heatShown_.clear();
    // Closest zoom: a few ship-sizes across, so a pilot can line up with a gap between rocks
    // (an orbit frame draws its craft larger than they are, so not closer than 200 km there).
    const bool local = level.frame.kind == "local";
    rig_.setLimits(level.world_radius_km, local ? level.ship.radius_km * 8 : std::max(200.0, level.ship.radius_km * 8));
    predict();
    Vec2 lo, hi;
    framingBox(lo, hi);
    rig_.setInsets(cameraInsets());
    rig_.snapTo(lo, hi, game_.app().windowWidth(), game_.app().windowHeight());
}

void PlayScreen::restart() {
    const Level level = sim_->level();
    const std::optional<InputLog> replay = replaying() ? std::optional<InputLog>(*flight_->replayLog()) : std::nullopt;
    start(level, replay ? &*replay : nullptr);
}

void PlayScreen::enter() {
    framesShown_ = 0;
    if (sim_) game_.app().setTitle("Starpath - " + (sim_->level().title.empty() ? sim_->level().id : game_.text(sim_->level().title)));
}

void PlayScreen::fastForward(int64_t ticks) {
    afterTicks(flight_->runTicks(ticks));
    predict();
}

void PlayScreen::runToEnd() {
    // The sim ends every flight by its time limit at the latest, so this loop is finite.
    while (!sim_->over()) afterTicks(flight_->runTicks(1 << 20));
}

// [SECTION] the frame

void PlayScreen::frame(const platform::FrameInput& in) {
    if (!sim_) return;
    touchLast_ = in.touchLast;
    handleKeys(in);
    if (!menuOpen_) {
        // The pilot pad takes the pointers that press its buttons; the camera gets the rest.
        platform::FrameInput cameraIn = in;
        if (padActive()) {
            layoutPad(in);
            cameraIn.pointers = pad_.handle(in.pointers);
        } else {
            pad_.release();
        }
        if (auto tap = rig_.handleInput(cameraIn)) handleTap(*tap);
    } else {
        pad_.release();
    }
    const auto t0 = std::chrono::steady_clock::now();
    advanceTime(in);
    game_.times().simMs += msSince(t0);

    const auto t1 = std::chrono::steady_clock::now();
    predict();
    updateCamera(in);
    drawWorld(in);
    game_.times().drawMs += msSince(t1);

    const bool running = !paused() && !frozen_ && !menuOpen_ && !sim_->over();
    game_.sounds().setThrust(running && sim_->thrusting());
    drawPanels(in);

    // The banner gives the reason a moment on the flight itself; then the results.
    if (endedAt_ >= 0 && !resultShown_ && !frozen_ && game_.time() - endedAt_ > 4.0 && !game_.run().scripted)
        finishFlight();
}

// [SECTION] keys and taps

void PlayScreen::handleKeys(const platform::FrameInput& in) {
    if (in.pressed(Key::Escape) && !sim_->over()) menuOpen_ = !menuOpen_;
    if (menuOpen_) {
        keyThrust_ = false;
        keyTurn_ = 0;
        return;
    }
    const Level& level = sim_->level();
    Flight& f = *flight_;
    if (in.pressed(Key::Space) || in.pressed(Key::P)) f.setPaused(!f.paused());
    if (in.pressed(Key::Period) && f.paused()) f.requestStep();
    if (in.pressed(Key::Num1)) f.setSpeed(Flight::kSpeeds[0]);
    if (in.pressed(Key::Num2)) f.setSpeed(Flight::kSpeeds[1]);
    if (in.pressed(Key::Num3)) f.setSpeed(Flight::kSpeeds[2]);
    if (in.pressed(Key::LeftBracket) || in.pressed(Key::RightBracket)) {
        int i = f.speed() < 0.5 ? 0 : (f.speed() < 2 ? 1 : 2);
        i = std::clamp(i + (in.pressed(Key::RightBracket) ? 1 : -1), 0, 2);
        f.setSpeed(Flight::kSpeeds[i]);
    }
    if (in.pressed(Key::R)) {
        restart();
        return;
    }
    if (in.pressed(Key::H) && !level.hints.empty()) {
        hintsShown_ = std::min<int>(hintsShown_ + 1, int(level.hints.size()));
        hintOpen_ = true;
    }
    if (in.pressed(Key::V)) {
        vectors_ = !vectors_;
        Settings s = game_.settings();
        s.show_vectors = vectors_;
        game_.changeSettings(s);
    }
    if (in.pressed(Key::C) || in.pressed(Key::Home)) rig_.recenter();
    if (in.pressed(Key::M) && mapOffered()) mapView_ = !mapView_;

    const bool aiming = sim_->awaitingLaunch() && !replaying();
    if (in.pressed(Key::Enter)) {
        if (sim_->awaitingStart() && !replaying()) f.startSky();
        else if (aiming) f.launch();
        else if (f.plan().placed && !f.plan().armed) f.confirmBurn();
    }
    if (sim_->awaitingStart() && !replaying() && f.knobCount() > 0) {
        // The knobs from the keyboard: up and down choose one, the arrows turn it ten steps
        // (one with Shift), so a drag close to the mark can be finished exactly.
        if (in.pressed(Key::Down)) skyKnob_ = (skyKnob_ + 1) % f.knobCount();
        if (in.pressed(Key::Up)) skyKnob_ = (skyKnob_ + f.knobCount() - 1) % f.knobCount();
        skyKnob_ = std::clamp(skyKnob_, 0, f.knobCount() - 1);
        const double turn = (in.keyHeld(Key::LeftShift) || in.keyHeld(Key::RightShift) ? 1 : 10) * f.knobSpan(skyKnob_).step;
        if (in.pressed(Key::Right)) f.setKnob(skyKnob_, f.knob(skyKnob_) + turn);
        if (in.pressed(Key::Left)) f.setKnob(skyKnob_, f.knob(skyKnob_) - turn);
    }
    if (aiming && !level.actions.pilot) {
        // Fine aim from the keyboard: arrows nudge the speed (and the angle, up/down).
        const double fine = level.actions.launch_step_m_s / 1000;
        const double dv = in.keyHeld(Key::LeftShift) ? fine : 5 * fine;
        double speed = f.aimSpeedKms(), angle = f.aimAngleDeg();
        if (in.pressed(Key::Right)) speed += dv;
        if (in.pressed(Key::Left)) speed -= dv;
        if (in.pressed(Key::Up)) angle += 1;
        if (in.pressed(Key::Down)) angle -= 1;
        // On the step, in whole m/s, so that nudges add up to 7.72 and not 7.7199999 (the
        // recorded launch is the number the player saw).
        const double step = level.actions.launch_step_m_s;
        if ((in.pressed(Key::Right) || in.pressed(Key::Left)) && step > 0) speed = std::round(speed * 1000 / step) * step / 1000;
        f.aim(speed, angle);
    }
    keyThrust_ = level.actions.pilot && (in.keyHeld(Key::W) || in.keyHeld(Key::Up));
    keyTurn_ = 0;
    keyRcsForward_ = keyRcsLeft_ = 0;
    if (level.actions.pilot) {
        if (in.keyHeld(Key::A) || in.keyHeld(Key::Left)) keyTurn_ += 1;    // counter-clockwise
        if (in.keyHeld(Key::D) || in.keyHeld(Key::Right)) keyTurn_ -= 1;
        if (level.ship.rcs_m_s2 > 0) {   // translation thrusters: I/K along the nose, J/L across it
            keyRcsForward_ = (in.keyHeld(Key::I) ? 1 : 0) - (in.keyHeld(Key::K) ? 1 : 0);
            keyRcsLeft_ = (in.keyHeld(Key::J) ? 1 : 0) - (in.keyHeld(Key::L) ? 1 : 0);
        }
    }
    if (level.ship.parachute_area_m2 > 0 && in.pressed(Key::O)) f.openParachute();   // O: open the parachute
}

void PlayScreen::handleTap(Vec2 screen) {
    // A tap on the predicted path plans a burn at that point of the future (or moves the
    // planned one there, keeping its Δv and whether it is confirmed). A tap that lands on a
    // panel is the panel's, even if the path runs under it.
    if (overPanel(screen)) return;
    if (sim_->awaitingStart() && !replaying()) {
        markAt(screen);
        return;
    }
    if (!flight_->canPlan()) return;
    const double maxPx = 30.0 * ui::scale();
    // Near the ring where the path meets a station to catch, a path of several laps means the
    // pass of that meeting.
    int prefer = -1;
    if (closest_.found && !previewValid_ && length(rig_.cam.worldToScreen(closest_.shipKm) - screen) <= maxPx)
        prefer = int(closest_.tick - sim_->tick());
    const int i = view::pickPathPoint(aheadAsDrawn(), rig_.cam, screen, maxPx, prefer);
    if (i < 1) return;
    flight_->placeBurn(sim_->tick() + i);
    flight_->clearNews();
    game_.click();
}

void PlayScreen::pauseAsPlayer() {
    frozen_ = false;
    flight_->setPaused(true);
}

bool PlayScreen::planAhead(double minutes) {
    const Level& level = sim_->level();
    const int64_t ahead = int64_t(minutes * 60 / level.frame.time_scale * units::kTicksPerSecond);
    if (!flight_->canPlan() || ahead < 1 || ahead >= int64_t(aheadAsDrawn().size())) return false;
    flight_->placeBurn(sim_->tick() + ahead);
    flight_->setBurn(0.1, 0);
    predict();
    return true;
}

// [SECTION] time and ticks

void PlayScreen::advanceTime(const platform::FrameInput& in) {
    if (frozen_ || menuOpen_ || sim_->over()) return;
    if (sim_->level().actions.pilot) {
        const int padTurn = (pad_.held(view::TouchPad::Left) ? 1 : 0) - (pad_.held(view::TouchPad::Right) ? 1 : 0);
        flight_->hold(keyThrust_ || pad_.held(view::TouchPad::Thrust), std::clamp(keyTurn_ + padTurn, -1, 1));
        using P = view::TouchPad;
        const int padForward = (pad_.held(P::SlideForward) ? 1 : 0) - (pad_.held(P::SlideBack) ? 1 : 0);
        const int padLeft = (pad_.held(P::SlideLeft) ? 1 : 0) - (pad_.held(P::SlideRight) ? 1 : 0);
        flight_->translate(std::clamp(keyRcsForward_ + padForward, -1, 1), std::clamp(keyRcsLeft_ + padLeft, -1, 1));
        // The parachute button is a tap: it asks once per press, as the O key does.
        const bool chute = pad_.held(P::Chute);
        if (chute && !padChuteHeld_) flight_->openParachute();
        padChuteHeld_ = chute;
    }
    const bool wasAwaiting = sim_->awaitingLaunch();
    const bool wasSettingSky = sim_->awaitingStart();
    afterTicks(flight_->advance(in.dt));
    if (wasAwaiting && sim_->launched()) lastAim_[sim_->level().id] = {flight_->aimSpeedKms(), flight_->aimAngleDeg()};
    if (wasSettingSky && !sim_->awaitingStart()) {
        // One line for scripts and tests: the knobs the clock started with.
        std::printf("sky: %s start", sim_->level().id.c_str());
        for (int k = 0; k < flight_->knobCount(); ++k) std::printf("%s %.1f", k ? "," : "", flight_->knob(k));
        std::printf("\n");
        std::fflush(stdout);
    }
}

void PlayScreen::afterTicks(const FlightEvents& ev) {
    if (ev.burned) {
        world_.burnPuff(*sim_, rig_.cam, ev.burnDvKms);
        // One line for scripts and tests: where and how much each burn fired.
        std::printf("burn: %s tick %lld, %.3f km/s\n", sim_->level().id.c_str(), static_cast<long long>(flight_->newsTick()),
                    flight_->newsDvKms());
        std::fflush(stdout);
    }
    if (flight_->news() != PlanNews::None && newsShownAt_ < 0) newsShownAt_ = game_.time();
    printLandingLine();
    if (ev.ended && endedAt_ < 0) onFlightOver();
}

void PlayScreen::printLandingLine() {
    // One line for scripts and tests, four times a flight second over a landing site: what the
    // lander's HUD shows, signed (x and sideways + to the right, lean + to the right), so a
    // script can fly the lander through real keys and fingers the way a student reads the HUD.
    if (!sim_->launched() || sim_->over()) return;
    const double t = sim_->elapsedRealSeconds();
    if (t < landingLineAt_) return;
    const LandingReadout l = landingReadout(*sim_);
    if (!l.overGround) return;
    landingLineAt_ = (std::floor(t * 4) + 1) / 4;
    const double leanDeg = std::remainder(90 - radToDeg(sim_->shipHeadingRad()), 360.0);
    std::printf("landing: %s t %.2f s, x %.1f m, height %.1f m, down %.2f m/s, sideways %+.2f m/s, lean %+.1f deg, fuel %.0f%%\n",
                sim_->level().id.c_str(), t, sim_->shipPosKm().x * 1000, l.heightM, l.downMs, sim_->shipVelKms().x * 1000,
                leanDeg, sim_->fuelFraction() * 100);
    std::fflush(stdout);
}

void PlayScreen::onFlightOver() {
    endedAt_ = game_.time();
    game_.sounds().setThrust(false);
    game_.sounds().play(sim_->outcome() == Outcome::Won ? view::Sound::Success : view::Sound::Failure);
    // One line for scripts and tests: how the flight ended.
    std::printf("flight: %s %s, %d stars, %lld ticks, %.1f minutes\n", sim_->level().id.c_str(), outcomeName(sim_->outcome()),
                sim_->stars(), static_cast<long long>(sim_->tick()), sim_->elapsedRealSeconds() / 60);
    // A lost flight says why, in English, on a second line: what a test log needs to explain it.
    if (sim_->outcome() != Outcome::Won) std::printf("flight why: %s\n", outcomeReason().en.c_str());
    std::fflush(stdout);
}

} // namespace sp
