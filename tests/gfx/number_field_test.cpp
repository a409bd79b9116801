// The editor's number field (view::numberField) through the real event path: one click, or one
// tap of a finger, starts typing (ImGui's own drag field wants a double-click, which a teacher
// at a touch board never found), typed digits and Enter set the value exactly, and a drag
// still changes it. Mouse, finger and keys are played as SDL would queue them (see mouse_test.cpp).
#include "gfx_fixture.h"
#include "synth_input.h"
#include "game/view/widgets.h"
#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <cstring>

using namespace sp;
using sp::test::context;

namespace {

using test::key;
using test::mouseButton;
using test::mouseMove;
using test::push;

void text(const char* utf8) { test::typeText(utf8); }
void fingerEvent(test::Gfx& g, Uint32 type, float x, float y) { test::finger(g, type, x, y); }

struct FieldFrame {
    ImVec2 center;
    bool typing = false;   // the field is in its text-input mode
};

// One frame of a panel with the field, as the inspector draws it (a radius in km).
FieldFrame frameWithField(test::Gfx& g, double& value) {
    test::beginFrame(g, gfx::rgb(0x0a1230));
    FieldFrame f;
    ImGui::SetNextWindowPos(ImVec2(200, 200));
    ImGui::SetNextWindowSize(ImVec2(360, 0));
    ImGui::Begin("number field test", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove);
    static const double lo = 1, hi = 100000;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string shown = std::to_string(int(value));
    view::numberField("##radius", value, 10, &lo, &hi, shown.c_str(), gfx::rgb(0x6d7fa8));
    const ImGuiID id = ImGui::GetItemID();
    f.center = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                      (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
    f.typing = ImGui::TempInputIsActive(id);
    ImGui::End();
    g.renderer.endFrame();
    g.app.endFrame();
    return f;
}

// Types "2500" and Enter into a field that is typing, all of its text selected.
void typeValue(test::Gfx& g, double& value) {
    key(SDL_SCANCODE_A, true);   // Ctrl+A first: whatever ImGui selected, the whole text goes
    key(SDL_SCANCODE_A, false);
    text("2500");
    frameWithField(g, value);
    key(SDL_SCANCODE_RETURN, true);
    frameWithField(g, value);
    key(SDL_SCANCODE_RETURN, false);
    frameWithField(g, value);
    frameWithField(g, value);
}

} // namespace

TEST_CASE("one click on a number field starts typing, and a typed value is kept exactly", "[gfx][ui][input]") {
    auto& g = context();
    double value = 350;
    frameWithField(g, value);
    FieldFrame f = frameWithField(g, value);
    CHECK_FALSE(f.typing);
    mouseMove(f.center.x, f.center.y, false);
    frameWithField(g, value);
    mouseButton(f.center.x, f.center.y, true);
    frameWithField(g, value);
    mouseButton(f.center.x, f.center.y, false);
    frameWithField(g, value);
    f = frameWithField(g, value);
    REQUIRE(f.typing);   // one click, no double-click
    CHECK(value == 350);  // a click alone changes nothing
    // Select all, type, Enter.
    SDL_Event ctrl{};
    ctrl.key.type = SDL_KEYDOWN;
    ctrl.key.state = SDL_PRESSED;
    ctrl.key.keysym.scancode = SDL_SCANCODE_LCTRL;
    ctrl.key.keysym.sym = SDLK_LCTRL;
    ctrl.key.keysym.mod = KMOD_LCTRL;
    push(ctrl);
    frameWithField(g, value);
    typeValue(g, value);
    SDL_Event up = ctrl;
    up.key.type = SDL_KEYUP;
    up.key.state = SDL_RELEASED;
    push(up);
    f = frameWithField(g, value);
    CHECK(value == 2500);
    CHECK_FALSE(f.typing);
}

TEST_CASE("a tap of a finger on a number field starts typing too", "[gfx][ui][input]") {
    auto& g = context();
    double value = 350;
    frameWithField(g, value);
    FieldFrame f = frameWithField(g, value);
    // Longer than ImGui's double-click time since the last test's click, so only one tap counts.
    SDL_Delay(500);
    frameWithField(g, value);
    // A tap that wobbles a few pixels, as a fingertip does: still a tap.
    mouseMove(f.center.x, f.center.y, false, SDL_TOUCH_MOUSEID);
    mouseButton(f.center.x, f.center.y, true, SDL_TOUCH_MOUSEID);
    fingerEvent(g, SDL_FINGERDOWN, f.center.x, f.center.y);
    frameWithField(g, value);
    mouseMove(f.center.x + 4, f.center.y + 2, true, SDL_TOUCH_MOUSEID);
    fingerEvent(g, SDL_FINGERMOTION, f.center.x + 4, f.center.y + 2);
    frameWithField(g, value);
    mouseButton(f.center.x + 4, f.center.y + 2, false, SDL_TOUCH_MOUSEID);
    fingerEvent(g, SDL_FINGERUP, f.center.x + 4, f.center.y + 2);
    frameWithField(g, value);
    f = frameWithField(g, value);
    CHECK(f.typing);
    CHECK(value == 350);
    key(SDL_SCANCODE_ESCAPE, true);   // leave it as it was
    frameWithField(g, value);
    key(SDL_SCANCODE_ESCAPE, false);
    f = frameWithField(g, value);
    CHECK_FALSE(f.typing);
    CHECK(value == 350);

}

TEST_CASE("a mouse drag on a number field still changes the value, without typing", "[gfx][ui][input]") {
    auto& g = context();
    double value = 350;
    frameWithField(g, value);
    FieldFrame f = frameWithField(g, value);
    // A mouse drag to the right, well past the tap's slop: the value grows, no typing.
    SDL_Delay(500);   // not a double-click with the click above
    mouseMove(f.center.x, f.center.y, false);
    frameWithField(g, value);
    mouseButton(f.center.x, f.center.y, true);
    frameWithField(g, value);
    for (int i = 1; i <= 6; ++i) {
        mouseMove(f.center.x + 10.0f * float(i), f.center.y, true);
        frameWithField(g, value);
    }
    mouseButton(f.center.x + 60, f.center.y, false);
    frameWithField(g, value);
    f = frameWithField(g, value);
    CHECK_FALSE(f.typing);
    CHECK(value > 350 + 100);   // 10 a pixel, less the slop before a drag begins
    CHECK(value < 350 + 610);
}
