// Chapter 4's sky over a level with navigation satellites (game/sim/constellation.h), seen
// from above the north pole like its planets (planet_look.h, seenFromPole): each satellite's
// orbit as a faint ring (a tilted circle seen from above is an ellipse), the satellite with a
// fading tail of where it has just been, dimmed while the Earth hides it from above; the
// ground sites at their real latitudes, inside the disc; a line of sight from each site to
// every satellite it sees above its elevation mask. The play screen and the editor's canvas
// both draw it, at the flight's time or at the start.
#pragma once
#include "engine/render/camera.h"
#include "engine/render/renderer.h"
#include "game/sim/constellation.h"
#include "game/sim/nav_signals.h"

namespace sp {
class Strings;
}

namespace sp::view {

// The colour a satellite's look is drawn in (meo, igso, geo), the same on the globe and the map.
gfx::Color satelliteColor(const std::string& look);

// Orbits, tails, satellites, sites and lines of sight, in camera space. `time` (real seconds)
// only moves the lines' dashes. Site `hideSite` (a receiver still to be found) is left out.
void drawSky(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, double time,
             int hideSite = -1);
// The satellites' and the sites' names, through the UI font (after drawSky).
void drawSkyLabels(const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, const Strings& tr,
                   int hideSite = -1);

// A navigation level's circles (a locate goal: game/sim/nav_signals.h): round each satellite
// the receiver hears, a faint disc whose edge is its travel time as a distance, growing out
// `growKm` from it (light slowed down so the eye can follow it); where the discs overlap they
// are brighter. The student's mark on the ground; the receiver itself once `reveal`.
struct SignalsShown {
    int receiver = -1;            // the station to find (-1: the level has no locate goal)
    double markLonDeg = 0;        // where the student's mark stands
    double clockTakenOffUs = 0;   // the clock error the student has taken off (the goal's clock knob)
    double growKm = 1e12;         // how far the signals have come
    bool reveal = false;          // the flight is over: show where the receiver really is
};
SignalsShown signalsOf(const Level& level);   // the first locate goal's receiver and mark
void drawSignals(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds,
                 const SignalsShown& shown);
void drawSignalLabels(const gfx::Camera2D& cam, const Constellation& sky, double seconds, const SignalsShown& shown, const Strings& tr);

// A fix goal's receiver fixing itself (goal_fix.cpp) from the sky as it stands: its error
// region (metres long) drawn round it magnified kFixPxPerM pixels a metre, green when it is
// within the goal's, red when not; nothing while the fix fails.
constexpr double kFixPxPerM = 12;
struct FixShown {
    int receiver = -1;        // -1: the level has no fix goal
    int heard = 0, channels = 0;
    double needM = 0, rangeErrorM = 0;
    nav::Fix fix;
    int to = -1;   // a message goal's centre; `heard` is then the satellites switched on
};
FixShown fixOf(const Level& level, const Constellation& sky, double seconds);   // the first fix goal's
void drawMessagePath(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, double time);
void drawFix(gfx::Renderer& r, const gfx::Camera2D& cam, const FixShown& shown, const Constellation& sky, double seconds);

// True while satellite i is behind its body for a viewer above the north pole (below the
// equator's plane and inside the body's disc).
bool hiddenFromPole(const Level& level, const Constellation& sky, int i, double seconds);

} // namespace sp::view
