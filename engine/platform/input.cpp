// SDL events -> FrameInput. Touch fingers and the mouse become one kind of pointer event;
// SDL's own touch-to-mouse emulation is ignored here (ImGui still uses it) so a tap is never
// seen twice.
#include "engine/platform/input.h"
#include <SDL.h>
#include <algorithm>

namespace sp::platform {

// [SECTION] Keys

static Key mapKey(SDL_Keycode k) {
    if (k >= SDLK_a && k <= SDLK_z) return Key(int(Key::A) + (k - SDLK_a));
    if (k >= SDLK_0 && k <= SDLK_9) return Key(int(Key::Num0) + (k - SDLK_0));
    if (k >= SDLK_F1 && k <= SDLK_F12) return Key(int(Key::F1) + (k - SDLK_F1));
    switch (k) {
    case SDLK_SPACE: return Key::Space;
    case SDLK_RETURN: case SDLK_KP_ENTER: return Key::Enter;
    case SDLK_ESCAPE: case SDLK_AC_BACK: return Key::Escape;   // Android back = Escape
    case SDLK_TAB: return Key::Tab;
    case SDLK_BACKSPACE: return Key::Backspace;
    case SDLK_DELETE: return Key::Delete;
    case SDLK_INSERT: return Key::Insert;
    case SDLK_HOME: return Key::Home;
    case SDLK_END: return Key::End;
    case SDLK_PAGEUP: return Key::PageUp;
    case SDLK_PAGEDOWN: return Key::PageDown;
    case SDLK_LEFT: return Key::Left;
    case SDLK_RIGHT: return Key::Right;
    case SDLK_UP: return Key::Up;
    case SDLK_DOWN: return Key::Down;
    case SDLK_MINUS: case SDLK_KP_MINUS: return Key::Minus;
    case SDLK_EQUALS: return Key::Equals;
    case SDLK_PLUS: case SDLK_KP_PLUS: return Key::Plus;
    case SDLK_COMMA: return Key::Comma;
    case SDLK_PERIOD: return Key::Period;
    case SDLK_SLASH: return Key::Slash;
    case SDLK_LEFTBRACKET: return Key::LeftBracket;
    case SDLK_RIGHTBRACKET: return Key::RightBracket;
    case SDLK_LSHIFT: return Key::LeftShift;
    case SDLK_RSHIFT: return Key::RightShift;
    case SDLK_LCTRL: return Key::LeftCtrl;
    case SDLK_RCTRL: return Key::RightCtrl;
    case SDLK_LALT: return Key::LeftAlt;
    case SDLK_RALT: return Key::RightAlt;
    default: return Key::Unknown;
    }
}

const char* keyName(Key k) {
    static const char* names[] = {
        "Unknown", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P",
        "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "0", "1", "2", "3", "4", "5", "6", "7",
        "8", "9", "Space", "Enter", "Escape", "Tab", "Backspace", "Delete", "Insert", "Home",
        "End", "PageUp", "PageDown", "Left", "Right", "Up", "Down", "-", "=", "+", ",", ".", "/",
        "[", "]", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
        "LeftShift", "RightShift", "LeftCtrl", "RightCtrl", "LeftAlt", "RightAlt"};
    static_assert(sizeof(names) / sizeof(names[0]) == size_t(Key::Count), "keep names in sync");
    return k < Key::Count ? names[size_t(k)] : "?";
}

static uint8_t mapMods(Uint16 m) {
    uint8_t r = ModNone;
    if (m & KMOD_SHIFT) r |= ModShift;
    if (m & KMOD_CTRL) r |= ModCtrl;
    if (m & KMOD_ALT) r |= ModAlt;
    if (m & KMOD_GUI) r |= ModSuper;
    return r;
}

bool FrameInput::pressed(Key k) const {
    for (const KeyEvent& e : keys)
        if (e.key == k && e.down && !e.repeat) return true;
    return false;
}

// [SECTION] Collecting

void InputCollector::beginFrame() {
    pointers_.clear();
    keys_.clear();
    wheel_ = 0;
    pinch_ = 1;
}

int InputCollector::fingerIdFor(long long sdlId, bool create) {
    for (const Finger& f : fingers_)
        if (f.sdlId == sdlId) return f.id;
    if (!create) return -1;
    int id = 1;   // the smallest free id, so "finger 1" is whichever touched first
    while (std::any_of(fingers_.begin(), fingers_.end(), [&](const Finger& f) { return f.id == id; })) ++id;
    fingers_.push_back({sdlId, id, {}});
    return id;
}

static PointerButton mapButton(Uint8 b) {
    switch (b) {
    case SDL_BUTTON_LEFT: return PointerButton::Left;
    case SDL_BUTTON_RIGHT: return PointerButton::Right;
    case SDL_BUTTON_MIDDLE: return PointerButton::Middle;
    default: return PointerButton::None;
    }
}

void InputCollector::handle(const SDL_Event& e, int winW, int winH) {
    switch (e.type) {
    case SDL_QUIT:
        quit_ = true;
        break;
    case SDL_KEYDOWN:
    case SDL_KEYUP: {
        KeyEvent k;
        k.key = mapKey(e.key.keysym.sym);
        k.down = e.type == SDL_KEYDOWN;
        k.repeat = e.key.repeat != 0;
        k.mods = mapMods(e.key.keysym.mod);
        if (k.key != Key::Unknown) keys_.push_back(k);
        break;
    }
    case SDL_MOUSEMOTION:
        if (e.motion.which == SDL_TOUCH_MOUSEID) break;
        mousePos_ = {double(e.motion.x), double(e.motion.y)};
        pointers_.push_back({PointerType::Move, 0, PointerButton::None, false, mousePos_});
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: {
        if (e.button.which == SDL_TOUCH_MOUSEID) break;
        PointerButton b = mapButton(e.button.button);
        if (b == PointerButton::None) break;
        mousePos_ = {double(e.button.x), double(e.button.y)};
        PointerType t = e.type == SDL_MOUSEBUTTONDOWN ? PointerType::Down : PointerType::Up;
        pointers_.push_back({t, 0, b, false, mousePos_});
        break;
    }
    case SDL_MOUSEWHEEL: {
        if (e.wheel.which == SDL_TOUCH_MOUSEID) break;
        double y = e.wheel.preciseY;
        if (e.wheel.direction == SDL_MOUSEWHEEL_FLIPPED) y = -y;
        wheel_ += y;
        break;
    }
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: {
        Vec2 pos{double(e.tfinger.x) * winW, double(e.tfinger.y) * winH};
        int id = fingerIdFor(e.tfinger.fingerId, e.type == SDL_FINGERDOWN);
        if (id < 0) break;
        auto it = std::find_if(fingers_.begin(), fingers_.end(), [&](const Finger& f) { return f.id == id; });
        // Pinch from the first two fingers: the ratio of their distance after/before a move.
        if (e.type == SDL_FINGERMOTION && fingers_.size() >= 2 && it - fingers_.begin() < 2) {
            Vec2 other = fingers_[it == fingers_.begin() ? 1 : 0].pos;
            double before = length(it->pos - other), after = length(pos - other);
            if (before > 1 && after > 1) {
                pinch_ *= after / before;
                pinchCenter_ = (pos + other) * 0.5;
            }
        }
        it->pos = pos;
        mousePos_ = pos;
        PointerType t = e.type == SDL_FINGERDOWN ? PointerType::Down
                      : e.type == SDL_FINGERUP ? PointerType::Up : PointerType::Move;
        pointers_.push_back({t, id, PointerButton::Left, true, pos});
        if (e.type == SDL_FINGERUP) fingers_.erase(it);
        break;
    }
    case SDL_WINDOWEVENT:
        // Losing focus: release everything so no key or drag stays stuck.
        if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) {
            for (size_t k = 0; k < size_t(Key::Count); ++k)
                if (held_[k]) keys_.push_back({Key(k), false, false, ModNone});
            for (int id : gameOwned_) pointers_.push_back({PointerType::Cancel, id, PointerButton::Left, id > 0, mousePos_});
            fingers_.clear();
        }
        break;
    default:
        break;
    }
}

// [SECTION] Filtering what ImGui took

void InputCollector::finish(FrameInput& out, bool uiMouse, bool uiKeyboard) {
    out.pointers.clear();
    out.keys.clear();
    for (const PointerEvent& p : pointers_) {
        if (p.type == PointerType::Down || (p.type == PointerType::Move && !p.touch)) touchLast_ = p.touch;
        auto owned = std::find(gameOwned_.begin(), gameOwned_.end(), p.id);
        bool isOwned = owned != gameOwned_.end();
        switch (p.type) {
        case PointerType::Down:
            if (uiMouse) break;
            if (!isOwned) gameOwned_.push_back(p.id);
            out.pointers.push_back(p);
            break;
        case PointerType::Move:
            // Hovering mouse moves go to the game only when it is not over the UI.
            if (isOwned || (p.id == 0 && !uiMouse)) out.pointers.push_back(p);
            break;
        case PointerType::Up:
        case PointerType::Cancel:
            if (!isOwned) break;
            // A mouse keeps ownership while another of its buttons is still down; simple
            // rule: the mouse releases ownership on any Up.
            gameOwned_.erase(owned);
            out.pointers.push_back(p);
            break;
        }
    }
    bool gameTouching = std::any_of(gameOwned_.begin(), gameOwned_.end(), [](int id) { return id > 0; });
    out.wheel = uiMouse ? 0 : wheel_;
    out.pinch = (uiMouse && !gameTouching) ? 1 : pinch_;
    out.pinchCenter = pinchCenter_;
    out.mousePos = mousePos_;

    for (const KeyEvent& k : keys_) {
        bool& h = held_[size_t(k.key)];
        if (k.down) {
            if (uiKeyboard && !h) continue;
            h = true;
            out.keys.push_back(k);
        } else if (h) {
            h = false;   // always deliver the release of a key the game saw go down
            out.keys.push_back(k);
        }
    }
    std::copy(std::begin(held_), std::end(held_), std::begin(out.held));
    out.mouseOverUi = uiMouse;
    out.keyboardOverUi = uiKeyboard;
    out.quitRequested = quit_;
    out.touchLast = touchLast_;
}

} // namespace sp::platform
