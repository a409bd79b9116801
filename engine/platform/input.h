// Input as the game sees it, one FrameInput per frame. Mouse and touch become the same
// pointer events (down / move / up, positions in window pixels), so every screen works on a
// touch board and with a mouse. Events ImGui wants (io.WantCaptureMouse / Keyboard) are
// removed before the game sees them; a pointer the game received a Down for keeps reaching
// the game until its Up, so a drag never gets stuck when it crosses a window.
//
// Keys are our own enum (not SDL keycodes) so the game does not include SDL.
#pragma once
#include "engine/core/vec2.h"
#include <cstdint>
#include <vector>

union SDL_Event;

namespace sp::platform {

enum class Key : uint8_t {
    Unknown,
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z,
    Num0, Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9,
    Space, Enter, Escape, Tab, Backspace, Delete, Insert, Home, End, PageUp, PageDown,
    Left, Right, Up, Down,
    Minus, Equals, Plus, Comma, Period, Slash, LeftBracket, RightBracket,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    LeftShift, RightShift, LeftCtrl, RightCtrl, LeftAlt, RightAlt,
    Count
};
const char* keyName(Key k);

enum KeyMod : uint8_t { ModNone = 0, ModShift = 1, ModCtrl = 2, ModAlt = 4, ModSuper = 8 };

struct KeyEvent {
    Key key = Key::Unknown;
    bool down = true;       // false = released
    bool repeat = false;    // auto-repeat while held
    uint8_t mods = ModNone;
};

enum class PointerType : uint8_t { Down, Move, Up, Cancel };
enum class PointerButton : uint8_t { None, Left, Right, Middle };

struct PointerEvent {
    PointerType type = PointerType::Move;
    int id = 0;                 // 0 = mouse; touch fingers are 1, 2, ... in order of contact
    PointerButton button = PointerButton::Left;   // touch always reports Left
    bool touch = false;
    Vec2 pos;                   // window pixels, origin top-left, y down
};

struct FrameInput {
    // Time: real seconds since the previous frame, never <= 0 and clamped to 0.25 s so a
    // stall (debugger, tab in background) does not fling the simulation.
    double dt = 1.0 / 60.0;
    double time = 0;            // seconds since the app opened
    uint64_t frame = 0;

    int windowWidth = 0, windowHeight = 0;     // window pixels
    float pixelRatio = 1;                      // drawable pixels per window pixel
    bool resized = false;                      // the window size changed this frame

    std::vector<PointerEvent> pointers;        // in order; only those ImGui did not take
    std::vector<KeyEvent> keys;                // in order; only those ImGui did not take
    double wheel = 0;                          // mouse wheel notches (+ = away from user / zoom in)
    double pinch = 1;                          // two-finger pinch scale factor this frame (1 = none)
    Vec2 pinchCenter;                          // window pixels

    Vec2 mousePos;                             // last known pointer position (window pixels)
    bool mouseOverUi = false;                  // ImGui wants the mouse this frame
    bool keyboardOverUi = false;               // ImGui wants the keyboard (a text field has focus)
    bool quitRequested = false;                // the user closed the window
    bool touchLast = false;                    // the latest pointer (game's or ImGui's) was a finger:
                                               // keyboard hints can step aside

    // Held state, after filtering (false while ImGui owns the keyboard).
    bool keyHeld(Key k) const { return k < Key::Count && held[size_t(k)]; }
    bool pressed(Key k) const;                 // a non-repeat Down this frame
    bool held[size_t(Key::Count)] = {};
};

// Turns SDL events into FrameInput (used by App; exposed for tests).
class InputCollector {
public:
    void beginFrame();
    void handle(const SDL_Event& e, int windowWidth, int windowHeight);
    // Moves the frame's events into `out`, dropping what ImGui captured.
    void finish(FrameInput& out, bool uiWantsMouse, bool uiWantsKeyboard);
    bool quitRequested() const { return quit_; }

private:
    struct Finger { long long sdlId; int id; Vec2 pos; };
    int fingerIdFor(long long sdlId, bool create);

    std::vector<PointerEvent> pointers_;
    std::vector<KeyEvent> keys_;
    std::vector<Finger> fingers_;
    std::vector<int> gameOwned_;               // pointer ids whose Down the game received
    double wheel_ = 0, pinch_ = 1;
    Vec2 pinchCenter_, mousePos_;
    bool held_[size_t(Key::Count)] = {};
    bool quit_ = false;
    bool touchLast_ = false;
};

} // namespace sp::platform
