// On-screen flight controls for pilot levels, as large round buttons in the bottom-right
// corner: turn left, thrust, turn right for a craft with an engine; for one that only slides
// on its translation thrusters (a docking), four arrows, each placed and pointing where it
// pushes the craft on screen (along its nose, back, to its left, to its right). They read the raw pointer events, not ImGui, because
// ImGui follows one mouse while a pilot on a touch board holds thrust with one finger and
// turns with another. A pointer that goes down on a button belongs to the pad until it lifts,
// so it never pans the camera.
#pragma once
#include "engine/platform/input.h"
#include "game/view/hud.h"
#include "game/view/icons.h"

#include <vector>

namespace sp::view {

class TouchPad {
public:
    enum Button { Left, Thrust, Right, SlideForward, SlideBack, SlideLeft, SlideRight, Chute, Count };
    enum class Kind { Engine, Turn, Thrusters };   // Turn: a capsule that turns but has no engine

    // Places the buttons for this window size and UI scale; the thrusters' arrows turn with
    // the craft's heading (radians, counter-clockwise from +x, as the world has it). `chute`:
    // a capsule that opens its parachute by hand gets a button for it between its turn buttons.
    void layout(int windowW, int windowH, float scale, float bottomMargin, Kind kind = Kind::Engine, double headingRad = 0,
                bool chute = false);
    // Takes the events that belong to the pad; the others are returned for the camera.
    std::vector<platform::PointerEvent> handle(const std::vector<platform::PointerEvent>& events);
    void release();   // forget every held pointer (pause menu, restart)
    bool held(Button b) const;
    // Draws on ImGui's background list: over the world, under the windows.
    // `lit` marks buttons to draw pressed although no finger holds them (the keyboard does).
    void draw(const char* const labels[Count], const bool lit[Count]) const;
    PanelBox bounds() const;   // the buttons and their labels, window pixels
    bool visible(Button b) const { return shown(b); }
    Vec2 center(Button b) const { return center_[b]; }   // window pixels

private:
    struct Press {
        int pointer;
        Button button;
    };
    int hit(Vec2 p) const;
    bool shown(int b) const {
        if (b == Chute) return chute_ && kind_ == Kind::Turn;
        return kind_ == Kind::Thrusters ? b > Right : (b <= Right && (b != Thrust || kind_ == Kind::Engine));
    }
    bool round(int b) const { return b <= Right || b == Chute; }   // the big buttons, labelled under
    Kind kind_ = Kind::Engine;
    bool chute_ = false;
    double heading_ = 0;
    Vec2 center_[Count];
    float radius_ = 36;
    std::vector<Press> presses_;
};

} // namespace sp::view
