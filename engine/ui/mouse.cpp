// The mouse from events (see mouse.h for why the backend's polling is overridden).
#include "engine/ui/mouse.h"
#include <SDL.h>
#include <imgui.h>
#include <cfloat>

namespace sp::ui {

namespace {
const ImVec2 kNowhere(-FLT_MAX, -FLT_MAX);   // ImGui's "no mouse"

// A lifted finger: Lifting until ImGui has had a frame with the button up at the finger's
// place (the tap's click), then Gone: the next frame the pointer leaves.
enum class Lift { None, Lifting, Gone };

struct Mouse {
    ImVec2 pos = kNowhere;   // window pixels
    unsigned held = 0;       // ImGui buttons (bit 0 left, 1 right, 2 middle) down now
    unsigned pressed = 0;    // buttons that went down since the last frame
    Lift lift = Lift::None;
};
Mouse m;

unsigned bit(Uint8 sdlButton) {
    switch (sdlButton) {
    case SDL_BUTTON_LEFT: return 1u;
    case SDL_BUTTON_RIGHT: return 2u;
    case SDL_BUTTON_MIDDLE: return 4u;
    default: return 0u;
    }
}
} // namespace

void trackMouse(const SDL_Event& e) {
    switch (e.type) {
    case SDL_MOUSEMOTION:
        m.pos = ImVec2(float(e.motion.x), float(e.motion.y));
        m.lift = Lift::None;   // a moving finger is down; a moving mouse is a mouse
        break;
    case SDL_MOUSEBUTTONDOWN:
        m.pos = ImVec2(float(e.button.x), float(e.button.y));
        m.held |= bit(e.button.button);
        m.pressed |= bit(e.button.button);
        m.lift = Lift::None;
        break;
    case SDL_MOUSEBUTTONUP:
        m.pos = ImVec2(float(e.button.x), float(e.button.y));
        m.held &= ~bit(e.button.button);
        if (e.button.which == SDL_TOUCH_MOUSEID && e.button.button == SDL_BUTTON_LEFT) m.lift = Lift::Lifting;
        break;
    case SDL_WINDOWEVENT:
        // Out of the window: hover nothing, unless a drag holds on (SDL keeps reporting a
        // captured mouse outside the window).
        if (e.window.event == SDL_WINDOWEVENT_LEAVE && m.held == 0) m.pos = kNowhere;
        // An up that happens in another window never comes: let go rather than stay stuck.
        if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) m.held = 0;
        break;
    default:
        break;
    }
}

void applyMouse() {
    ImGuiIO& io = ImGui::GetIO();
    // A press seen since the last frame counts as held this frame, so a click shorter than a
    // frame is not lost (the backend's rule too); its release reaches ImGui the frame after.
    const unsigned down = m.held | m.pressed;
    m.pressed = 0;
    for (int b = 0; b < 3; ++b) io.MouseDown[b] = (down >> b) & 1u;
    if (m.lift == Lift::Gone) {
        m.pos = kNowhere;
        m.lift = Lift::None;
    } else if (m.lift == Lift::Lifting && (down & 1u) == 0) {
        m.lift = Lift::Gone;   // this frame ImGui sees the release where the finger was
    }
    io.MousePos = m.pos;
}

void resetMouse() { m = Mouse(); }

} // namespace sp::ui
