// Input as SDL queues it, pushed into SDL's event queue for the gfx tests: the mouse, a finger
// (with the emulated mouse events SDL sends first, which = SDL_TOUCH_MOUSEID: see
// mouse_test.cpp), typed text and keys. App::beginFrame then reads them as it reads real input.
#pragma once
#include "gfx_fixture.h"
#include <SDL.h>
#include <cstring>

namespace sp::test {

inline void push(SDL_Event& e) {
    e.common.timestamp = SDL_GetTicks();
    REQUIRE(SDL_PushEvent(&e) == 1);
}

inline void mouseMove(float x, float y, bool held, Uint32 which = 0) {
    SDL_Event e{};
    e.motion.type = SDL_MOUSEMOTION;
    e.motion.which = which;
    e.motion.state = held ? SDL_BUTTON_LMASK : 0;
    e.motion.x = int(x);
    e.motion.y = int(y);
    push(e);
}

inline void mouseButton(float x, float y, bool down, Uint32 which = 0) {
    SDL_Event e{};
    e.button.type = down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
    e.button.which = which;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = down ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = int(x);
    e.button.y = int(y);
    push(e);
}

// The finger event alone (SDL_FINGERDOWN, _MOTION, _UP), in window pixels.
inline void finger(Gfx& g, Uint32 type, float x, float y) {
    SDL_Event e{};
    e.tfinger.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = 5;
    e.tfinger.x = x / float(g.app.windowWidth());
    e.tfinger.y = y / float(g.app.windowHeight());
    e.tfinger.pressure = 1;
    push(e);
}

// A finger as SDL 2.26 sends it with touch-to-mouse emulation on: the mouse events first.
inline void touchDown(Gfx& g, float x, float y) {
    mouseMove(x, y, false, SDL_TOUCH_MOUSEID);
    mouseButton(x, y, true, SDL_TOUCH_MOUSEID);
    finger(g, SDL_FINGERDOWN, x, y);
}
inline void touchMove(Gfx& g, float x, float y) {
    mouseMove(x, y, true, SDL_TOUCH_MOUSEID);
    finger(g, SDL_FINGERMOTION, x, y);
}
inline void touchUp(Gfx& g, float x, float y) {
    mouseButton(x, y, false, SDL_TOUCH_MOUSEID);
    finger(g, SDL_FINGERUP, x, y);
}

inline void typeText(const char* utf8) {
    SDL_Event e{};
    e.text.type = SDL_TEXTINPUT;
    std::strncpy(e.text.text, utf8, sizeof e.text.text - 1);
    push(e);
}

inline void key(SDL_Scancode sc, bool down, Uint16 mod = KMOD_NONE) {
    SDL_Event e{};
    e.key.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    e.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.scancode = sc;
    e.key.keysym.sym = SDL_GetKeyFromScancode(sc);
    e.key.keysym.mod = mod;
    push(e);
}

} // namespace sp::test
