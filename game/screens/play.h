// The play screen: one flight of one level. Each frame:
//     keys and pointer -> the Flight (time, plans, ticks) -> predicted paths -> camera
//     -> draw the world -> HUD and action panels.
// The flight as the player drives it (the Sim, time at 0.25x / 1x / 4x, the launch aim, the
// planned burn, the input log) is game/sim/flight.h, headless and tested; this screen draws
// it and turns clicks, taps and keys into its calls.
//
// Files: play.cpp (a flight's time and input), play_view.cpp (predictions, camera,
// drawing the world), play_panels.cpp (launch, burn and pilot controls, the time bar),
// play_sky.cpp (a sky level's knobs before its clock starts, and the tap that marks the ground),
// play_overlays.cpp (hints, the end-of-flight banner, the pause menu, the hand-over to
// the results).
#pragma once
#include "game/screens/briefing_view.h"
#include "game/shell/screen.h"
#include "game/sim/closest.h"
#include "game/sim/corridor.h"
#include "game/sim/flight.h"
#include "game/sim/message.h"
#include "game/sim/path_ahead.h"
#include "game/view/camera_rig.h"
#include "game/view/hud.h"
#include "game/view/maneuver.h"
#include "game/view/touch_pad.h"
#include "game/view/world_view.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sp {

class PlayScreen : public Screen {
public:
    explicit PlayScreen(Shell& game);
    ~PlayScreen() override;

    // A new flight. With `replay`, the ticks' input comes from that log instead of the player.
    void start(const Level& level, const InputLog* replay);
    void fastForward(int64_t ticks);   // runs ticks at once (scripted runs)
    void runToEnd();                   // runs until the flight ends (scripted runs)
    void setFrozen(bool frozen) { frozen_ = frozen; }   // time stands still, without a "paused" badge
    void pauseAsPlayer();              // paused as by Space, with its badge (scripted runs)
    void showMap(bool on) { mapView_ = on; }   // the map view, as by M (scripted runs)
    // A burn point `minutes` of real time ahead on the drawn path, 0.10 km/s forward, not yet
    // confirmed, as a tap and the slider would leave it (scripted runs). False if none can be.
    bool planAhead(double minutes);
    void finishFlight();               // fills the result, saves a win, opens the results screen

    void enter() override;
    void frame(const platform::FrameInput& in) override;

private:
    // play.cpp
    void handleKeys(const platform::FrameInput& in);
    void handleTap(Vec2 screen);
    void advanceTime(const platform::FrameInput& in);
    void afterTicks(const FlightEvents& ev);
    void onFlightOver();
    void printLandingLine();
    void restart();
    bool replaying() const { return flight_->replaying(); }
    bool paused() const { return flight_->paused(); }

    // play_view.cpp
    void predict();
    void predictPaths();
    void relayForecast(const Prediction& p, int ticks);
    void updateCamera(const platform::FrameInput& in);
    void framingBox(Vec2& lo, Vec2& hi) const;
    view::CameraRig::Insets cameraInsets() const;
    void drawWorld(const platform::FrameInput& in);

    // play_panels.cpp
    void drawPanels(const platform::FrameInput& in);
    void timeBar();
    void placeActionPanel(float bottom, float top, float height, float width = 360);
    void launchPanel(float bottom, float top);
    void burnPanel(float bottom, float top);
    std::string previewOrbitText() const;
    std::string planNewsText() const;
    float launchPanelHeight_ = 0, burnPanelHeight_ = 0;   // last frame's, for placing them
    bool compact_ = false;                                // a short window: fewer rows
    bool burnTight_ = false;                              // a capsule's burn panel: no heading, no cost line
    int framesShown_ = 0;                                 // since the flight began or the screen was entered
    void layoutPad(const platform::FrameInput& in);
    bool padChuteHeld_ = false;
    void pilotPad(const platform::FrameInput& in);
    bool padActive() const;
    view::TouchPad::Kind padKind() const;
    float padBottomMargin() const;
    float timeBarTop_ = 0, timeBarLeft_ = 0, timeBarRight_ = 0;   // window pixels: panels avoid it
    // Where each panel was drawn this frame (window pixels): a tap there is the panel's, and
    // `--layout-check` reports any two that overlap.
    struct PanelRect {
        const char* name;
        view::PanelBox box;
    };
    std::vector<PanelRect> panels_;
    void notePanel(const char* name);              // the ImGui window being drawn now
    bool overPanel(Vec2 screen) const;
    void checkLayout();

    // play_overlays.cpp
    void titleChip(float left, float right);
    void hintBanner(float top, float width);
    void outcomeBanner();
    Text outcomeReason() const;
    void pauseMenu();
    void briefingOverlay();

    std::unique_ptr<Flight> flight_;
    const Sim* sim_ = nullptr;               // flight_->sim(), for reading
    bool frozen_ = false;
    bool menuOpen_ = false;
    bool menuShown_ = false;                 // the pause menu was drawn last frame
    bool briefingOpen_ = false;              // the pause menu shows the level's briefing
    BriefingView briefing_;
    bool vectors_ = false;
    // play_sky.cpp
    std::optional<Constellation> skyPreview_;   // before a sky level's start: the knobs' sky
    void skyPanel(float bottom, float top);
    float skyPanelHeight_ = 0;
    int skyKnob_ = 0;   // the knob the arrow keys turn
    // A coverage level's day ahead as the knobs stand (leastInView), worked out again only
    // when a knob moves.
    std::vector<double> leastKnobs_;
    std::vector<double> printedKnobs_;   // the knobs as the console last said them
    LeastInView least_;
    std::vector<double> messageKnobs_;   // a message goal's look ahead, for these knobs
    MessageAhead messageAhead_;
    void skyFix();
    void skyMessageAhead(const view::FixShown& shown);
    std::vector<double> crossingKnobs_;  // when each satellite next rises or sets over a message
    std::vector<double> crossingS_;      // goal's sender (nextCrossingS), for these knobs
    std::string switchWhere(int k);
    void skyDayAhead();
    void markAt(Vec2 screen);
    void skySignals();
    struct KnobLook {
        std::string name, sets;   // sets: a Satellite::free, or "mark" (a locate goal's)
        gfx::Color color;
        KnobSpan span;
        int attractor = 0;
    };
    KnobLook knobLook(int k) const;
    std::string knobText(const KnobLook& look, double value) const;
    bool mapView_ = false;   // the flat map with ground tracks instead of the globe (M)
    // Levels with navigation satellites offer the map view (Chapter 4).
    bool mapOffered() const { return !sim_->level().satellites.empty(); }
    bool mapShown() const { return mapView_ && mapOffered(); }

    // Held controls, and the last launch aim per level (a retry keeps it).
    view::TouchPad pad_;
    std::map<std::string, std::pair<double, double>> lastAim_;
    double newsShownAt_ = -1;                // game time the plan's news appeared
    bool touchLast_ = false;                 // the player is using fingers: no keyboard hints
    bool keyThrust_ = false;
    int keyTurn_ = 0;
    int keyRcsForward_ = 0, keyRcsLeft_ = 0;

    // What the view computed this frame.
    PathAhead ahead_;                        // the ship's path, one point per tick from now
    std::vector<Vec2> preview_;              // after the planned burn (or the launch aim)
    struct PreviewKey {                      // what preview_ was predicted for
        int64_t node = -1;
        double a = 0, b = 0;
        int generation = 0;
        int64_t tick = 0;
        bool operator==(const PreviewKey& o) const {
            return node == o.node && a == o.a && b == o.b && generation == o.generation && tick == o.tick;
        }
    };
    PreviewKey previewKey_;
    int previewAttractor_ = 0;
    orbit::Elements previewOrbit_;
    bool previewValid_ = false;
    // Where the preview comes down (a capsule through the air), and what the entry takes.
    std::optional<Vec2> previewLanding_;
    double previewPeakG_ = 0, previewPeakHeat_ = 0;
    bool previewSkips_ = false;
    std::vector<EntryDip> previewDips_;      // each dip into the air on the way (a capsule that may skip)
    double previewSkipTopKm_ = 0;            // how high its last skip climbs
    // The entry's heating on the planned way down, kept after the burn fires (the flight then
    // follows it, and the inset marks where it is now); empty until a burn is set.
    std::vector<HeatSample> heatShown_;
    std::string previewHeatText() const;     // "Heat at worst: 2,892 kW/m² in the first dip, 766 in the second", or empty
    double previewRelayShare_ = -1;          // a relay's planned path: share of it with both links up (-1: no relay)
    double previewRelayMin_ = 0;             // ... over this many minutes ahead
    // Where the planned path comes down ("After the burn: lands 230 km short of ..."), or empty;
    // onSite: it lands in the goal's site, within the craft's limits.
    std::string previewPathText(bool* onSite = nullptr) const;
    void heatInset(float right, float top, float bottom, float width);   // a capsule that may skip
    std::vector<Coast> previewStates_;     // the preview's states (every third tick)
    // A craft to meet in orbit (a rendezvous or dock goal's): its path, and where the planned
    // path (or the path without a plan) comes closest to it.
    int meetCraft_ = -1;
    double meetKm_ = 0, meetKms_ = 0;        // its rendezvous goal's limits (0: none)
    // A moon to reach (a flyby goal's), how near, and how the path passes it.
    int meetBody_ = -1;
    double meetBodyKm_ = 0;
    BodyPass bodyPass_;
    std::string bodyPassText() const;      // "Passes the Moon: 6,400 km above it, in 4 d 10 h", or empty
    PathAhead meetAhead_;
    Closest closest_;
    void predictMeeting();
    std::string closestText() const;       // "Closest to Tiangong-1: 3.2 km at 4.0 m/s, in 1 h 05 min", or empty
    // Coming home: the entry corridor at the planned burn point (or here, for "burn now"):
    // which backward burns come down within the limits. Found a few predictions a frame.
    CorridorSearch corridor_;
    struct CorridorKey {
        int64_t at = -1;          // the planned tick, or (burn now) the minute of flight
        int generation = 0;       // of the path the point lies on
        double radial = 0, fuel = 0;
        bool operator==(const CorridorKey& o) const { return at == o.at && generation == o.generation && radial == o.radial && fuel == o.fuel; }
    };
    CorridorKey corridorKey_;
    EntryCorridor corridorShown_;          // the last one found (known = false: none)
    void searchCorridor();
    std::vector<Vec2> aheadAsDrawn() const;   // the ship's path as drawn (seen from a moving moon)
    view::CameraRig rig_;
    view::WorldView world_;

    int hintsShown_ = 0;
    bool hintOpen_ = false;
    double endedAt_ = -1;                    // game time when the flight ended
    double openedAt_ = 0;                    // game time when the level opened (the circles grow from it)
    double landingLineAt_ = 0;               // flight time of the next "landing:" line
    bool resultShown_ = false;
};

} // namespace sp
