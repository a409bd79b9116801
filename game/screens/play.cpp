// The flight's time and controls: keys and taps become the player's plans, plans become
// TickInputs on the right ticks, and the fixed clock decides how many ticks a frame runs.
// What the flight predicts and draws is play_view.cpp.
#include "game/screens/play.h"

#include "engine/ui/ui.h"
#include "game/screens/game.h"

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
constexpr double kSpeeds[] = {0.25, 1.0, 4.0};
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

PlayScreen::PlayScreen(Game& game) : Screen(game) {}
PlayScreen::~PlayScreen() = default;

// [SECTION] a new flight

void PlayScreen::start(const Level& level, const InputLog* replay) {
    std::optional<InputLog> keepReplay;
    if (replay) keepReplay = *replay;   // `replay` may point at our own replay_ (restart)
    sim_ = std::make_unique<Sim>(level);
    replay_ = std::move(keepReplay);
    cursor_ = {};
    log_ = {};
    log_.level_id = level.id;
    clock_.reset();
    speed_ = 1;
    paused_ = frozen_ = stepRequested_ = menuOpen_ = false;
    vectors_ = game_.settings().show_vectors;
    launchSpeed_ = level.actions.launch_default_km_s;
    launchAngle_ = level.actions.launch_default_deg;
    launchRequested_ = burnNowRequested_ = false;
    node_ = {};
    pad_.release();
    keyThrust_ = false;
    keyTurn_ = 0;
    hintsShown_ = 0;
    hintOpen_ = false;
    endedAt_ = -1;
    resultShown_ = false;
    world_.reset(level);
    // Closest zoom: a few ship-sizes across, so a pilot can line up with a gap between rocks.
    rig_.setLimits(level.world_radius_km, std::max(200.0, level.ship.radius_km * 8));
    predict();
    Vec2 lo, hi;
    framingBox(lo, hi);
    rig_.setInsets(cameraInsets());
    rig_.snapTo(lo, hi, game_.app().windowWidth(), game_.app().windowHeight());
}

void PlayScreen::restart() {
    const Level level = sim_->level();
    start(level, replay_ ? &*replay_ : nullptr);
}

void PlayScreen::enter() {
    if (sim_) game_.app().setTitle("Starpath - " + (sim_->level().title.empty() ? sim_->level().id : game_.text(sim_->level().title)));
}

void PlayScreen::fastForward(int64_t ticks) {
    for (int64_t i = 0; i < ticks && !sim_->over(); ++i) stepOnce(nextInput());
    predict();
}

void PlayScreen::runToEnd() {
    // The sim ends every flight by its time limit at the latest, so this loop is finite.
    while (!sim_->over()) stepOnce(nextInput());
}

// [SECTION] the frame

void PlayScreen::frame(const platform::FrameInput& in) {
    if (!sim_) return;
    handleKeys(in);
    if (!menuOpen_) {
        // The pilot pad takes the pointers that press its buttons; the camera gets the rest.
        platform::FrameInput cameraIn = in;
        if (padActive()) {
            pad_.layout(in.windowWidth, in.windowHeight, ui::scale(), padBottomMargin());
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

    const bool running = !paused_ && !frozen_ && !menuOpen_ && !sim_->over();
    game_.audio().setThrust(running && sim_->thrusting());
    drawPanels(in);

    // The banner gives the reason a moment on the flight itself; then the results.
    if (endedAt_ >= 0 && !resultShown_ && !frozen_ && game_.time() - endedAt_ > 4.0 && !game_.options().scripted())
        finishFlight();
}

// [SECTION] keys and taps

void PlayScreen::togglePause() { paused_ = !paused_; }

void PlayScreen::setSpeed(double s) {
    speed_ = s;
    paused_ = false;
}

void PlayScreen::handleKeys(const platform::FrameInput& in) {
    if (in.pressed(Key::Escape) && !sim_->over()) menuOpen_ = !menuOpen_;
    if (menuOpen_) {
        keyThrust_ = false;
        keyTurn_ = 0;
        return;
    }
    const Level& level = sim_->level();
    if (in.pressed(Key::Space) || in.pressed(Key::P)) togglePause();
    if (in.pressed(Key::Period) && paused_) stepRequested_ = true;
    if (in.pressed(Key::Num1)) setSpeed(kSpeeds[0]);
    if (in.pressed(Key::Num2)) setSpeed(kSpeeds[1]);
    if (in.pressed(Key::Num3)) setSpeed(kSpeeds[2]);
    if (in.pressed(Key::LeftBracket) || in.pressed(Key::RightBracket)) {
        int i = speed_ < 0.5 ? 0 : (speed_ < 2 ? 1 : 2);
        i = std::clamp(i + (in.pressed(Key::RightBracket) ? 1 : -1), 0, 2);
        setSpeed(kSpeeds[i]);
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

    const bool aiming = sim_->awaitingLaunch() && !replay_;
    if (in.pressed(Key::Enter)) {
        if (aiming) launchRequested_ = true;
        else if (node_.placed && !node_.armed && node_.cost() > 0) node_.armed = true;
    }
    if (aiming && !level.actions.pilot) {
        // Fine aim from the keyboard: arrows nudge the speed (and the angle, up/down).
        const double dv = in.keyHeld(Key::LeftShift) ? 0.01 : 0.05;
        if (in.pressed(Key::Right)) launchSpeed_ += dv;
        if (in.pressed(Key::Left)) launchSpeed_ -= dv;
        if (in.pressed(Key::Up)) launchAngle_ += 1;
        if (in.pressed(Key::Down)) launchAngle_ -= 1;
        launchSpeed_ = std::clamp(launchSpeed_, level.actions.launch_min_km_s, level.actions.launch_max_km_s);
        launchAngle_ = std::clamp(launchAngle_, level.actions.launch_min_deg, level.actions.launch_max_deg);
    }
    keyThrust_ = level.actions.pilot && (in.keyHeld(Key::W) || in.keyHeld(Key::Up));
    keyTurn_ = 0;
    if (level.actions.pilot) {
        if (in.keyHeld(Key::A) || in.keyHeld(Key::Left)) keyTurn_ += 1;    // counter-clockwise
        if (in.keyHeld(Key::D) || in.keyHeld(Key::Right)) keyTurn_ -= 1;
    }
}

void PlayScreen::handleTap(Vec2 screen) {
    // A tap on the predicted path plans a burn at that point of the future.
    if (!sim_->level().actions.burn || !sim_->launched() || sim_->over() || replay_) return;
    const int i = view::pickPathPoint(path_, rig_.cam, screen, 30.0 * ui::scale());
    if (i < 1) return;
    node_.placed = true;
    node_.armed = false;
    node_.tick = sim_->tick() + i;
    game_.click();
}

// [SECTION] time and ticks

TickInput PlayScreen::nextInput() {
    if (replay_) return replay_->at(sim_->tick(), cursor_);
    const Level& level = sim_->level();
    TickInput in;
    if (launchRequested_ && sim_->awaitingLaunch()) {
        in.launch = true;
        in.launch_km_s = launchSpeed_;
        in.launch_deg = launchAngle_;
        launchRequested_ = false;
    }
    if (level.actions.pilot) {
        in.thrust = keyThrust_ || pad_.held(view::TouchPad::Thrust);
        const int padTurn = (pad_.held(view::TouchPad::Left) ? 1 : 0) - (pad_.held(view::TouchPad::Right) ? 1 : 0);
        in.turn = std::clamp(keyTurn_ + padTurn, -1, 1);
    }
    if (level.actions.burn) {
        const bool now = burnNowRequested_;
        const bool due = node_.placed && node_.armed && node_.tick == sim_->tick();
        if (now || due) {
            in.burn = true;
            in.burn_prograde_km_s = node_.prograde;
            in.burn_radial_km_s = node_.radial;
            node_ = {};
            burnNowRequested_ = false;
        }
    }
    return in;
}

void PlayScreen::stepOnce(const TickInput& in) {
    log_.record(sim_->tick(), in);
    Vec2 dv;
    if (in.burn && sim_->launched())
        dv = view::burnVector(sim_->level(), sim_->shipPosKm(), sim_->shipVelKms(), in.burn_prograde_km_s, in.burn_radial_km_s);
    sim_->step(in);
    if (length(dv) > 0) world_.burnPuff(*sim_, rig_.cam, dv);
    if (sim_->over() && endedAt_ < 0) onFlightOver();
}

void PlayScreen::advanceTime(const platform::FrameInput& in) {
    if (frozen_ || menuOpen_ || sim_->over()) return;
    // Before the launch the world waits for the player's aim (a replay just runs its log).
    if (sim_->awaitingLaunch() && !replay_) {
        if (launchRequested_) stepOnce(nextInput());
        return;
    }
    if (paused_) {
        if (stepRequested_ || burnNowRequested_) stepOnce(nextInput());
        stepRequested_ = false;
        return;
    }
    // 4x needs more ticks per frame than the clamp allows at 1x; slow frames still drop time.
    clock_.maxTicksPerFrame = int(std::ceil(8 * std::max(1.0, speed_)));
    const int ticks = clock_.advance(in.dt * speed_);
    for (int i = 0; i < ticks && !sim_->over(); ++i) stepOnce(nextInput());
}

void PlayScreen::onFlightOver() {
    endedAt_ = game_.time();
    game_.audio().setThrust(false);
    game_.audio().play(sim_->outcome() == Outcome::Won ? platform::Sound::Success : platform::Sound::Failure);
    // One line for scripts and tests: how the flight ended.
    std::printf("flight: %s %s, %d stars, %lld ticks, %.1f minutes\n", sim_->level().id.c_str(), outcomeName(sim_->outcome()),
                sim_->stars(), static_cast<long long>(sim_->tick()), sim_->elapsedRealSeconds() / 60);
    std::fflush(stdout);
}

} // namespace sp
