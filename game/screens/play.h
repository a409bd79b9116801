// The play screen: one flight of one level. Each frame:
//     keys and pointer -> ticks (FixedClock at 0.25x / 1x / 4x, each tick's input recorded)
//     -> predicted paths -> camera -> draw the world -> HUD and action panels.
// The flight itself is the Sim; this screen owns time, the camera, the player's plans (the
// launch aim, a planned burn) and turns them into TickInputs on the right ticks.
//
// Files: play.cpp (a flight's time and input), play_view.cpp (predictions, camera,
// drawing the world), play_panels.cpp (launch, burn and pilot controls, the time bar),
// play_overlays.cpp (hints, the end-of-flight banner, the pause menu, the hand-over to
// the results).
#pragma once
#include "engine/core/fixed_clock.h"
#include "game/screens/briefing_view.h"
#include "game/screens/screen.h"
#include "game/sim/input.h"
#include "game/sim/sim.h"
#include "game/view/camera_rig.h"
#include "game/view/maneuver.h"
#include "game/view/touch_pad.h"
#include "game/view/world_view.h"

#include <memory>
#include <optional>
#include <vector>

namespace sp {

class PlayScreen : public Screen {
public:
    explicit PlayScreen(Game& game);
    ~PlayScreen() override;

    // A new flight. With `replay`, the ticks' input comes from that log instead of the player.
    void start(const Level& level, const InputLog* replay);
    void fastForward(int64_t ticks);   // runs ticks at once (scripted runs)
    void runToEnd();                   // runs until the flight ends (scripted runs)
    void setFrozen(bool frozen) { frozen_ = frozen; }   // time stands still, without a "paused" badge
    void finishFlight();               // fills the result, saves a win, opens the results screen

    void enter() override;
    void frame(const platform::FrameInput& in) override;

private:
    // play.cpp
    void handleKeys(const platform::FrameInput& in);
    void handleTap(Vec2 screen);
    void advanceTime(const platform::FrameInput& in);
    TickInput nextInput();
    void stepOnce(const TickInput& in);
    void onFlightOver();
    void restart();
    void setSpeed(double s);
    void togglePause();

    // play_view.cpp
    void predict();
    void updateCamera(const platform::FrameInput& in);
    void framingBox(Vec2& lo, Vec2& hi) const;
    view::CameraRig::Insets cameraInsets() const;
    void drawWorld(const platform::FrameInput& in);

    // play_panels.cpp
    void drawPanels(const platform::FrameInput& in);
    void timeBar();
    void launchPanel(float bottom);
    void burnPanel(float bottom);
    void pilotPad(const platform::FrameInput& in);
    bool padActive() const;
    float padBottomMargin() const;
    float timeBarTop_ = 0, timeBarLeft_ = 0, timeBarRight_ = 0;   // window pixels: panels avoid it

    // play_overlays.cpp
    void titleChip();
    void hintBanner(float top);
    void outcomeBanner();
    void pauseMenu();
    void briefingOverlay();

    std::unique_ptr<Sim> sim_;
    std::optional<InputLog> replay_;
    InputLog::Cursor cursor_;
    InputLog log_;                           // what the player did, tick by tick
    FixedClock clock_;
    double speed_ = 1;                       // 0.25, 1 or 4
    bool paused_ = false;
    bool frozen_ = false;
    bool stepRequested_ = false;
    bool menuOpen_ = false;
    bool menuShown_ = false;                 // the pause menu was drawn last frame
    bool briefingOpen_ = false;              // the pause menu shows the level's briefing
    BriefingView briefing_;
    bool vectors_ = false;

    // The player's plans and held controls.
    double launchSpeed_ = 0, launchAngle_ = 0;
    bool launchRequested_ = false;
    view::ManeuverNode node_;
    bool burnNowRequested_ = false;
    view::TouchPad pad_;
    bool keyThrust_ = false;
    int keyTurn_ = 0;

    // What the view computed this frame.
    std::vector<Vec2> path_;                 // predicted, one point per tick from now
    std::vector<Vec2> preview_;              // after the planned burn (or the launch aim)
    int previewAttractor_ = 0;
    orbit::Elements previewOrbit_;
    bool previewValid_ = false;
    view::CameraRig rig_;
    view::WorldView world_;

    int hintsShown_ = 0;
    bool hintOpen_ = false;
    double endedAt_ = -1;                    // game time when the flight ended
    bool resultShown_ = false;
};

} // namespace sp
