// Settings: language (everything switches at once, level text included), UI scale for a
// projector or a small laptop, sound, fullscreen. Every change is applied and saved at once,
// except the sliders, which apply when let go (a rescale under a dragging finger would move
// the slider away from it).
#include "engine/ui/ui.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/text/format.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sp {

namespace {

class SettingsScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override {
        scale_ = float(game_.settings().ui_scale);
        volume_ = float(game_.settings().volume);
        compact_ = false;
    }

    void frame(const platform::FrameInput& in) override {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const float s = ui::scale();
        // A window too short for the page at full spacing (960x600, a large scale) gets tighter
        // gaps; measured, and measured again when the window or the scale changes.
        if (in.windowWidth != shownW_ || in.windowHeight != shownH_ || s != shownScale_) compact_ = false;
        shownW_ = in.windowWidth;
        shownH_ = in.windowHeight;
        shownScale_ = s;
        rowGap_ = (compact_ ? 0 : 4) * s;
        beginPage(game_, "##settings", 640);
        if (backButton(game_, tr("common.back"))) {
            game_.flow().closeSettings();
            endPage();
            return;
        }
        pageTitle(tr("settings.title"), nullptr, compact_);
        Settings st = game_.settings();
        bool changed = false;
        const float width = ImGui::CalcItemWidth();
        const float labelW = 210 * s;
        const float controlW = width - labelW - 2 * 24 * s;

        // One panel, one row per setting: label on the left, control on the right.
        ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(pal.panel));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 14 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * s, 18 * s));
        ImGui::BeginChild("##settingsPanel", ImVec2(width, panelHeight_), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
        ImGui::PopStyleVar(2);
        // Controls a shade lighter than the panel, so an unticked box is still clearly a box.
        ImGui::PushStyleColor(ImGuiCol_FrameBg, imColor(pal.panelLight));
        ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, imColor(gfx::mix(pal.panelLight, pal.border, 0.5f)));
        ImGui::PushStyleColor(ImGuiCol_FrameBgActive, imColor(gfx::mix(pal.panelLight, pal.border, 0.8f)));
        const float top = ImGui::GetCursorPosY();

        row(tr("settings.language"), labelW);
        // Each language is named in itself, so anyone can find their own.
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const float half = (controlW - gap) / 2;
        const float h = ImGui::GetFrameHeight();
        if (icons::textButton("##en", tr("settings.lang_en"), half, h, st.language != "zh")) {
            st.language = "en";
            changed = true;
        }
        ImGui::SameLine();
        if (icons::textButton("##zh", tr("settings.lang_zh"), half, h, st.language == "zh")) {
            st.language = "zh";
            changed = true;
        }

        row(tr("settings.scale"), labelW);
        ImGui::SetNextItemWidth(controlW);
        ImGui::SliderFloat("##scale", &scale_, 0.75f, 2.0f, "%.2fx", ImGuiSliderFlags_AlwaysClamp);
        if (ImGui::IsItemHovered()) view::tooltip(tr("settings.scale_tip"));
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            st.ui_scale = std::round(double(scale_) * 20.0) / 20.0;   // steps of 0.05
            changed = true;
        }

        row(tr("settings.volume"), labelW);
        bool muted = st.muted;
        const float muteW = ImGui::GetFrameHeight() + ImGui::CalcTextSize(tr("settings.mute")).x + 2 * gap;
        ImGui::SetNextItemWidth(controlW - muteW - gap);
        ImGui::SliderFloat("##volume", &volume_, 0.0f, 1.0f, percentFormat(), ImGuiSliderFlags_AlwaysClamp);
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            st.volume = std::round(double(volume_) * 100.0) / 100.0;
            changed = true;
        }
        ImGui::SameLine();
        if (view::checkBox(tr("settings.mute"), muted)) {
            st.muted = muted;
            changed = true;
        }

        row(tr("settings.display"), labelW);
        bool full = st.fullscreen;
        if (view::checkBox(tr("settings.fullscreen"), full)) {
            st.fullscreen = full;
            changed = true;
        }
        ImGui::SetCursorPosX(labelW);   // under the checkbox above (both measure from the panel's edge)
        bool vectors = st.show_vectors;
        if (view::checkBox(tr("settings.vectors"), vectors)) {
            st.show_vectors = vectors;
            changed = true;
        }
#ifdef __EMSCRIPTEN__
        // The browser keeps the save in IndexedDB: there is no folder a person could open.
        const std::string savedIn = tr("settings.saved_in_browser");
#else
        const std::string savedIn = tr.format("settings.saved_in", {game_.userDir()});
#endif
        // Where progress is kept: in the panel, or (compact) beside the Done button below it.
        if (!compact_) {
            ImGui::Dummy(ImVec2(0, 6 * s));
            view::wrappedText(savedIn, pal.textDim);
        }
        panelHeight_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y - top + 2 * 18 * s + 2;
        ImGui::PopStyleColor(3);
        ImGui::EndChild();
        ImGui::PopStyleColor();

        if (changed) {
            game_.click();
            game_.changeSettings(st);
        }
        ImGui::Dummy(ImVec2(0, (compact_ ? 0 : 12) * s));
        const float doneW = std::min((compact_ ? 220 : 320) * s, width);
        const float rowX = ImGui::GetCursorPosX(), rowY = ImGui::GetCursorPosY();
        if (compact_) {
            const float textW = width - doneW - 20 * s;
            const float textH = float(view::wrapLines(savedIn, textW).size()) * ImGui::GetTextLineHeightWithSpacing();
            ImGui::SetCursorPosY(rowY + std::max(0.0f, (1.2f * ImGui::GetFrameHeight() - textH) * 0.5f));
            view::wrappedText(savedIn, pal.textDim, textW);
            ImGui::SetCursorPos(ImVec2(rowX, rowY));
        }
        ImGui::SetCursorPosX(rowX + width - doneW);
        if (view::primaryButton(tr("settings.done"), doneW)) {
            game_.click();
            game_.flow().closeSettings();
        }
        const float needed = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
        if (!compact_ && needed > float(in.windowHeight)) compact_ = true;
        endPage();
    }

private:
    // The row's label, vertically centered on a control, then the cursor where the control goes.
    void row(const char* text, float labelW) const {
        ImGui::Dummy(ImVec2(0, rowGap_));
        ImGui::AlignTextToFramePadding();
        textColored(view::palette().accentHot, text);
        ImGui::SameLine(labelW);
    }
    // The slider shows 0..1 as a percentage.
    const char* percentFormat() {
        std::snprintf(volumeText_, sizeof volumeText_, "%d%%%%", int(std::lround(volume_ * 100)));
        return volumeText_;
    }

    float scale_ = 1, volume_ = 0.8f;
    float panelHeight_ = 300;
    char volumeText_[32] = {};
    bool compact_ = false;
    float rowGap_ = 0;
    int shownW_ = 0, shownH_ = 0;
    float shownScale_ = 0;
};

} // namespace

std::unique_ptr<Screen> makeSettingsScreen(Shell& game) { return std::make_unique<SettingsScreen>(game); }

} // namespace sp
