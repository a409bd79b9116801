// The mouse and a finger reaching ImGui through the real event path (SDL queue ->
// App::beginFrame -> engine/ui), over several frames: a drag on the play screen's value slider
// (view::valueSlider) moves its value, and a lifted finger stops hovering while a mouse does not.
//
// Xvfb has no touch screen, so a finger is played by what SDL_SendTouch (SDL 2.26,
// src/events/SDL_touch.c) queues for the first finger with touch-to-mouse emulation on, as
// App sets it: the emulated mouse events (which = SDL_TOUCH_MOUSEID) first, then the finger
// event. The browser's SDL goes through the same function.
#include "gfx_fixture.h"
#include "synth_input.h"
#include "game/view/widgets.h"
#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <cmath>
#include <vector>

using namespace sp;
using sp::test::context;

namespace {

// Synthesized input: tests/gfx/synth_input.h.
using test::mouseButton;
using test::mouseMove;
using test::push;
using test::touchDown;
using test::touchMove;
using test::touchUp;

// [SECTION] Frames

constexpr double kLo = 0, kHi = 10, kStep = 0.01;

// One frame of a panel holding the play screen's slider. Tells where the slider's track is and
// where ImGui 1.86's SliderFloat puts a value on it (imgui_widgets.cpp, SliderBehaviorT: 2 px
// of padding, and the grab's width is not travel).
struct SliderFrame {
    float trackMin = 0, trackMax = 0, y = 0;
    bool gameGotDown = false;   // a pointer Down reached the game (the camera would pan)
    float xFor(double v) const {
        const float grab = ImGui::GetStyle().GrabMinSize;
        return trackMin + 2 + grab * 0.5f + float((v - kLo) / (kHi - kLo)) * usable();
    }
    float usable() const { return trackMax - trackMin - 4 - ImGui::GetStyle().GrabMinSize; }
};

SliderFrame frameWithSlider(test::Gfx& g, double& value) {
    platform::FrameInput& in = test::beginFrame(g, gfx::rgb(0x0a1230));
    SliderFrame f;
    for (const platform::PointerEvent& p : in.pointers)
        if (p.type == platform::PointerType::Down) f.gameGotDown = true;
    ImGui::SetNextWindowPos(ImVec2(200, 200));
    ImGui::SetNextWindowSize(ImVec2(420, 0));
    ImGui::Begin("slider test", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove);
    view::valueSlider("speed", "Speed", nullptr, value, kLo, kHi, kStep, "value", gfx::rgb(0xffffff));
    // The last item is the + button; the track lies between the - and + buttons.
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 plusMin = ImGui::GetItemRectMin(), plusMax = ImGui::GetItemRectMax();
    f.trackMax = plusMin.x - gap;
    f.trackMin = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMin().x + ImGui::GetFrameHeight() + gap;
    f.y = (plusMin.y + plusMax.y) * 0.5f;
    ImGui::End();
    g.renderer.endFrame();
    g.app.endFrame();
    return f;
}

struct ButtonFrame {
    bool clicked = false, hovered = false, tooltip = false, uiWantsMouse = false;
    ImVec2 center;
};

// One frame of a panel with a button that has a tooltip, as the game's icon buttons do.
ButtonFrame frameWithButton(test::Gfx& g) {
    test::beginFrame(g, gfx::rgb(0x0a1230));
    ButtonFrame f;
    f.uiWantsMouse = ImGui::GetIO().WantCaptureMouse;
    ImGui::SetNextWindowPos(ImVec2(200, 200));
    ImGui::Begin("button test", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize);
    f.clicked = ImGui::Button("Tap me", ImVec2(160, 60));
    f.hovered = ImGui::IsItemHovered();
    if (f.hovered) ImGui::SetTooltip("%s", "a tip");
    f.center = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                      (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
    ImGui::End();
    g.renderer.endFrame();
    g.app.endFrame();
    const ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
    f.tooltip = tip != nullptr && tip->Active;
    return f;
}

// Moves ImGui's pointer away from everything (a mouse leaving the window).
void leaveWindow(test::Gfx& g) {
    SDL_Event e{};
    e.window.type = SDL_WINDOWEVENT;
    e.window.event = SDL_WINDOWEVENT_LEAVE;
    push(e);
    double unused = 5;
    frameWithSlider(g, unused);
}

} // namespace

// [SECTION] Tests

TEST_CASE("a mouse drag on the value slider moves it, frame by frame, by the distance dragged", "[gfx][ui][input]") {
    auto& g = context();
    double value = 5;
    frameWithSlider(g, value);   // (a new auto-sized window is hidden in its first frame)
    SliderFrame f = frameWithSlider(g, value);
    REQUIRE(f.usable() > 100);
    const float x0 = f.xFor(value), y = f.y;
    mouseMove(x0, y, false);
    frameWithSlider(g, value);
    mouseButton(x0, y, true);
    f = frameWithSlider(g, value);
    CHECK_FALSE(f.gameGotDown);   // the press belongs to the slider, not to the camera
    CHECK(value == Approx(5).margin(0.05));
    std::vector<double> seen;
    for (int i = 1; i <= 6; ++i) {
        mouseMove(x0 + 10.0f * float(i), y, true);
        frameWithSlider(g, value);
        seen.push_back(value);
    }
    mouseButton(x0 + 60, y, false);
    frameWithSlider(g, value);
    frameWithSlider(g, value);
    const double expected = 5 + 60.0 / f.usable() * (kHi - kLo);
    INFO("track " << f.trackMin << " - " << f.trackMax << ", usable " << f.usable() << " px; values while dragging:"
                  << " " << seen[0] << " " << seen[1] << " " << seen[2] << " " << seen[3] << " " << seen[4] << " " << seen[5]);
    for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] > seen[i - 1]);   // it follows the drag
    CHECK(value == Approx(expected).margin(0.05));
    CHECK(value == Approx(std::round(value / kStep) * kStep));               // snapped to the step

    // Released: moving on no longer drags.
    mouseMove(x0 + 120, y, false);
    const double after = value;
    frameWithSlider(g, value);
    CHECK(value == after);
    leaveWindow(g);
}

TEST_CASE("a finger drag on the value slider moves it the same way", "[gfx][ui][input]") {
    auto& g = context();
    double value = 7;
    frameWithSlider(g, value);
    SliderFrame f = frameWithSlider(g, value);
    const float x0 = f.xFor(value), y = f.y;
    touchDown(g, x0, y);
    f = frameWithSlider(g, value);
    CHECK_FALSE(f.gameGotDown);   // nor does a finger on it pan the camera
    CHECK(value == Approx(7).margin(0.05));
    std::vector<double> seen;
    for (int i = 1; i <= 8; ++i) {
        touchMove(g, x0 - 10.0f * float(i), y);
        frameWithSlider(g, value);
        seen.push_back(value);
    }
    touchUp(g, x0 - 80, y);
    frameWithSlider(g, value);
    frameWithSlider(g, value);
    const double expected = 7 - 80.0 / f.usable() * (kHi - kLo);
    INFO("usable " << f.usable() << " px; first and last values while dragging " << seen.front() << ", " << seen.back());
    for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] < seen[i - 1]);
    CHECK(value == Approx(expected).margin(0.05));
}

TEST_CASE("a tap clicks and then stops hovering, while a mouse keeps hovering", "[gfx][ui][input]") {
    auto& g = context();
    ButtonFrame f = frameWithButton(g);
    f = frameWithButton(g);   // (a new auto-sized window is hidden in its first frame)
    const ImVec2 c = f.center;
    REQUIRE_FALSE(f.hovered);

    // A quick tap: finger down and up within one frame.
    touchDown(g, c.x, c.y);
    touchUp(g, c.x, c.y);
    int clicks = 0;
    std::vector<ButtonFrame> frames;
    for (int i = 0; i < 4; ++i) {
        frames.push_back(frameWithButton(g));
        clicks += frames.back().clicked ? 1 : 0;
    }
    CHECK(clicks == 1);                 // the tap still clicks the button it was on
    CHECK(frames[0].hovered);           // (the finger was over it while it touched)
    CHECK_FALSE(frames[3].hovered);     // and afterwards hovers nothing:
    CHECK_FALSE(frames[3].tooltip);     // no tooltip stays up
    CHECK_FALSE(frames[3].uiWantsMouse);

    // A slower tap, down and up in different frames.
    touchDown(g, c.x, c.y);
    frames.assign(1, frameWithButton(g));
    touchUp(g, c.x, c.y);
    clicks = 0;
    for (int i = 0; i < 4; ++i) {
        frames.push_back(frameWithButton(g));
        clicks += frames.back().clicked ? 1 : 0;
    }
    CHECK(frames[0].hovered);
    CHECK(frames[0].tooltip);           // a held finger shows the tip (a long press explains)
    CHECK(clicks == 1);
    CHECK_FALSE(frames.back().hovered);
    CHECK_FALSE(frames.back().tooltip);

    // A mouse over the button hovers it, and still does after a click.
    mouseMove(c.x, c.y, false);
    f = frameWithButton(g);
    f = frameWithButton(g);
    CHECK(f.hovered);
    CHECK(f.tooltip);
    mouseButton(c.x, c.y, true);
    frameWithButton(g);
    mouseButton(c.x, c.y, false);
    clicks = 0;
    for (int i = 0; i < 4; ++i) {
        f = frameWithButton(g);
        clicks += f.clicked ? 1 : 0;
    }
    CHECK(clicks == 1);
    CHECK(f.hovered);
    CHECK(f.tooltip);
    leaveWindow(g);
}
