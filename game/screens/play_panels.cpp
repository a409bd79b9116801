// The play screen's controls: the time bar, and one panel per action the level allows
// (launch: aim and fire; burn: plan a Δv at a point of the path; pilot: the touch pad).
#include "engine/ui/theme.h"
#include "engine/ui/ui.h"
#include "engine/ui/widgets.h"
#include "game/screens/game.h"
#include "game/screens/play.h"
#include "game/view/format.h"
#include "game/view/hud.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/sim/units.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {
constexpr double kSpeeds[] = {0.25, 1.0, 4.0};
const char* const kSpeedKeys[] = {"time.slow", "time.normal", "time.fast"};
const char* const kSpeedTips[] = {"time.slow_tip", "time.normal_tip", "time.fast_tip"};

float pad() { return 14 * ui::scale(); }
float buttonSize() { return 48 * ui::scale(); }

using ui::valueSlider;   // engine/ui/widgets.h

void heading(const char* text) {
    ImGui::TextColored(view::toImVec4(ui::palette().accentHot), "%s", text);
}
} // namespace

bool PlayScreen::padActive() const {
    return sim_->level().actions.pilot && sim_->launched() && !sim_->over() && !replay_ && !frozen_;
}

// The pad sits in the bottom-right corner, or above the time bar when a narrow window or a
// large UI scale would make them overlap.
float PlayScreen::padBottomMargin() const {
    const float padWidth = (6 * 38 + 2 * 14 + 24) * ui::scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    if (timeBarRight_ + padWidth < vp->Size.x) return 30 * ui::scale();   // room for the labels
    return vp->Size.y - timeBarTop_ + 34 * ui::scale();
}

void PlayScreen::drawPanels(const platform::FrameInput& in) {
    const Strings& tr = game_.tr();
    const float w = float(in.windowWidth);
    // Flight panels are denser than menus: the world needs the room. Buttons stay finger-sized.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10 * ui::scale(), 6 * ui::scale()));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * ui::scale(), 12 * ui::scale()));
    titleChip();
    view::telemetryPanel(*sim_, tr, ImVec2(pad(), pad()));
    const float goalsBottom = view::goalsPanel(*sim_, tr, ImVec2(w - pad(), pad()));
    // Hints sit under the goals, in the same column: never over the ship.
    hintBanner(goalsBottom + pad());
    timeBar();
    // Action panels go in the bottom-left corner, or above the time bar if they would overlap.
    const float panelBottom = timeBarLeft_ > 400 * ui::scale() ? float(in.windowHeight) : timeBarTop_;
    if (!replay_ && !sim_->over()) {
        if (sim_->awaitingLaunch()) launchPanel(panelBottom);
        else if (sim_->level().actions.burn && sim_->launched()) burnPanel(panelBottom);
    }
    if (padActive()) pilotPad(in);
    if (sim_->over()) outcomeBanner();
    ImGui::PopStyleVar(2);
    if (menuOpen_) pauseMenu();
    else menuShown_ = false;
}

// [SECTION] time bar

void PlayScreen::timeBar() {
    const Strings& tr = game_.tr();
    const float b = buttonSize();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y - pad()), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::Begin("##timebar", nullptr, view::kPanelFlags);
    timeBarTop_ = ImGui::GetWindowPos().y;
    timeBarLeft_ = ImGui::GetWindowPos().x;
    timeBarRight_ = ImGui::GetWindowPos().x + ImGui::GetWindowSize().x;
    const bool frozen = frozen_ || sim_->over();

    ImGui::BeginDisabled(frozen);
    if (icons::button("##pause", paused_ ? icons::Icon::Play : icons::Icon::Pause, b, paused_,
                      tr(paused_ ? "time.resume_tip" : "time.pause_tip"))) {
        game_.click();
        togglePause();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!paused_);
    if (icons::button("##step", icons::Icon::Step, b, false, tr("time.step_tip"))) {
        game_.click();
        stepRequested_ = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, b * 0.4f);
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::PushID(i);
        if (icons::textButton("##speed", tr(kSpeedKeys[i]), b * 1.35f, b, !paused_ && speed_ == kSpeeds[i], tr(kSpeedTips[i]))) {
            game_.click();
            setSpeed(kSpeeds[i]);
        }
        ImGui::PopID();
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, b * 0.4f);
    if (icons::button("##restart", icons::Icon::Restart, b, false, tr("time.restart_tip"))) {
        game_.click();
        restart();
    }
    ImGui::SameLine();
    const int hintCount = int(sim_->level().hints.size());
    ImGui::BeginDisabled(hintCount == 0);
    if (icons::button("##hint", icons::Icon::Hint, b, hintOpen_, tr("time.hint_tip"))) {
        game_.click();
        if (hintOpen_ && hintsShown_ >= hintCount) hintOpen_ = false;
        else {
            hintsShown_ = std::min(hintsShown_ + 1, hintCount);
            hintOpen_ = true;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (icons::button("##vectors", icons::Icon::Vectors, b, vectors_, tr("time.vectors_tip"))) {
        game_.click();
        vectors_ = !vectors_;
        Settings s = game_.settings();
        s.show_vectors = vectors_;
        game_.changeSettings(s);
    }
    ImGui::SameLine();
    if (icons::button("##center", icons::Icon::Center, b, false, tr("time.center_tip"))) {
        game_.click();
        rig_.recenter();
    }
    ImGui::SameLine();
    if (icons::button("##menu", icons::Icon::Menu, b, menuOpen_, tr("time.menu_tip"))) {
        game_.click();
        menuOpen_ = !menuOpen_;
    }
    ImGui::End();
}

// [SECTION] launch

void PlayScreen::launchPanel(float bottom) {
    const Strings& tr = game_.tr();
    const Actions& a = sim_->level().actions;
    ImGui::SetNextWindowPos(ImVec2(pad(), bottom - pad()), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(340 * ui::scale(), 0));
    ImGui::Begin("##launch", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    heading(tr("launch.title"));
    const ui::Palette& pal = ui::palette();
    valueSlider("speed", tr("launch.speed"), nullptr, launchSpeed_, a.launch_min_km_s, a.launch_max_km_s, 0.01,
                kmsText(tr, launchSpeed_), pal.accentHot);
    if (a.launch_max_deg > a.launch_min_deg) {
        valueSlider("angle", tr("launch.angle"), nullptr, launchAngle_, a.launch_min_deg, a.launch_max_deg, 1.0,
                    tr.format("unit.deg", {fixed(launchAngle_, 0)}), pal.accentHot);
    }
    ImGui::Spacing();
    if (ui::primaryButton(tr("launch.go"), 0)) {
        game_.click();
        launchRequested_ = true;
    }
    ImGui::TextDisabled("%s", tr("launch.keys"));
    ImGui::End();
}

// [SECTION] burn

void PlayScreen::burnPanel(float bottom) {
    const Strings& tr = game_.tr();
    const ui::Palette& pal = ui::palette();
    const float sc = ui::scale();
    ImGui::SetNextWindowPos(ImVec2(pad(), bottom - pad()), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(380 * sc, 0));
    ImGui::Begin("##burn", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    heading(tr("burn.title"));
    // Every row keeps its place whatever the text above says: a button must not slide away
    // from under a finger that is tapping it. The status gets two lines, always.
    const float statusTop = ImGui::GetCursorPosY();
    const double minutesAway = node_.placed ? double(node_.tick - sim_->tick()) * units::kRealSecondsPerTick / 60 : 0;
    if (!node_.placed) view::wrappedText(tr("burn.tap_path"), pal.textDim);
    else if (node_.armed) view::wrappedText(tr.format("burn.armed", {durationText(tr, minutesAway)}), pal.accentHot);
    else view::wrappedText(tr.format("burn.at", {durationText(tr, minutesAway)}), pal.text);
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), statusTop + ImGui::GetTextLineHeight() * 2.2f + ImGui::GetStyle().ItemSpacing.y));

    // Forward/backward along the path, and away from/toward the planet: the burn's two parts.
    const double fuel = sim_->fuelKms();
    ImGui::BeginDisabled(node_.armed);
    valueSlider("pro", tr("burn.prograde"), tr("burn.prograde_tip"), node_.prograde, -fuel, fuel, 0.01,
                kmsText(tr, node_.prograde), pal.accentHot);
    valueSlider("rad", tr("burn.radial"), tr("burn.radial_tip"), node_.radial, -fuel, fuel, 0.01,
                kmsText(tr, node_.radial), pal.accentHot);
    ImGui::EndDisabled();

    const double cost = node_.cost();
    const bool tooMuch = cost > fuel + 1e-9;
    ImGui::TextColored(view::toImVec4(tooMuch ? pal.danger : pal.textDim), "%s",
                       tr.format("burn.cost", {fixed(cost, 2), fixed(fuel, 2)}).c_str());
    std::string after = "-";   // the line is always there, so the buttons below never move
    if (previewValid_) {
        const Attractor& at = sim_->level().attractors[previewAttractor_];
        if (!previewOrbit_.bound) after = tr("hud.orbit_escape");
        else if (previewOrbit_.periapsis < at.radius_km) after = tr("hud.orbit_falls");
        else after = tr.format("hud.orbit_value", {grouped(previewOrbit_.periapsis - at.radius_km), grouped(previewOrbit_.apoapsis - at.radius_km)});
    }
    ImGui::TextColored(view::toImVec4(previewValid_ ? pal.accentHot : pal.textDim), "%s", tr.format("burn.new_orbit", {after}).c_str());
    // The buttons share the row: Confirm (planned) / Cancel (armed), Burn now, Remove.
    const bool canBurn = cost > 0 && fuel > 0;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const int count = node_.armed ? 1 : (node_.placed ? 3 : 1);
    const float bw = (ImGui::GetContentRegionAvail().x - gap * float(count - 1)) / float(count);
    if (node_.armed) {
        if (ui::secondaryButton(tr("burn.cancel"), bw)) {
            game_.click();
            node_.armed = false;
        }
    } else {
        if (node_.placed) {
            ImGui::BeginDisabled(!canBurn);
            if (ui::primaryButton(tr("burn.confirm"), bw)) {
                game_.click();
                node_.armed = true;
            }
            ImGui::EndDisabled();
            ImGui::SameLine();
        }
        ImGui::BeginDisabled(!canBurn);
        const bool pressed = node_.placed ? ui::secondaryButton(tr("burn.now"), bw) : ui::primaryButton(tr("burn.now"), bw);
        if (pressed) {
            game_.click();
            node_.placed = false;   // "now" means here, not at the planned point
            burnNowRequested_ = true;
        }
        ImGui::EndDisabled();
        if (node_.placed) {
            ImGui::SameLine();
            if (ui::secondaryButton(tr("burn.remove"), bw)) {
                game_.click();
                node_ = {};
            }
        }
    }
    ImGui::End();
}

// [SECTION] pilot

void PlayScreen::pilotPad(const platform::FrameInput& in) {
    const Strings& tr = game_.tr();
    pad_.layout(in.windowWidth, in.windowHeight, ui::scale(), padBottomMargin());
    const char* labels[view::TouchPad::Count] = {tr("pilot.left"), tr("pilot.thrust"), tr("pilot.right")};
    // Lit by the keyboard too, so the keys and the buttons are visibly the same controls.
    const bool lit[view::TouchPad::Count] = {keyTurn_ > 0, keyThrust_, keyTurn_ < 0};
    pad_.draw(labels, lit);
}

} // namespace sp
