// The title: the 星途 Starpath logo over Earth and a satellite, and the way in.
#include "engine/ui/ui.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {

class TitleScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override { game_.app().setTitle("Starpath"); }
    void frame(const platform::FrameInput&) override {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float s = ui::scale();
        drawBackdrop(game_, true);

        // The logo and the menu stand in the left part of the window; Earth fills the right.
        const float left = vp->Size.x * 0.06f;
        const float column = std::min(440 * s, vp->Size.x * kTitleMenuRight - left);
        // Centered in the window, raised if it would reach the credit line at the bottom (its
        // height as drawn last frame); a short window (960x600) gets a smaller logo and tighter
        // gaps, so Quit stays clear of that line.
        const float footTop = vp->Size.y - 12 * s - ImGui::GetTextLineHeight() - 8 * s;
        const bool compact = vp->Size.y < 680 * s;
        const float gap = (compact ? 0 : 4) * s;
        const float centerY = std::max(menuHeight_ * 0.5f, std::min(vp->Size.y * 0.5f, footTop - menuHeight_ * 0.5f));
        ImGui::SetNextWindowPos(ImVec2(left, centerY), ImGuiCond_Always, ImVec2(0, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(column, 0));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
        ImGui::Begin("##titlemenu", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize);
        ImGui::PushFont(ui::font(ui::FontRole::Title));
        ImGui::SetWindowFontScale(compact ? 1.6f : 2.0f);
        textColored(pal.accentHot, tr("title.logo"));
        ImGui::SetWindowFontScale(1.0f);
        textColored(pal.text, tr("title.name"));
        ImGui::PopFont();
        wrappedText(tr("title.tagline"), pal.textDim);
        ImGui::Dummy(ImVec2(0, (compact ? 10 : 28) * s));
        const float w = column - 2 * ImGui::GetStyle().WindowPadding.x;
        if (view::primaryButton(tr("title.play"), w)) {
            game_.click();
            game_.flow().go(ScreenId::Chapters);
        }
        ImGui::Dummy(ImVec2(0, gap));
        if (view::secondaryButton(tr("title.create"), w)) {
            game_.click();
            game_.flow().createLevel();
        }
        ImGui::Dummy(ImVec2(0, gap));
        if (view::secondaryButton(tr("title.settings"), w)) {
            game_.click();
            game_.flow().openSettings();
        }
#ifndef __EMSCRIPTEN__
        ImGui::Dummy(ImVec2(0, gap));
        if (view::secondaryButton(tr("title.quit"), w)) {
            game_.click();
            game_.app().requestQuit();
        }
#endif
        menuHeight_ = ImGui::GetWindowHeight();
        ImGui::End();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();

        restoreOffer();

        // A quiet credit line: what the game is about, in the corner.
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.06f, vp->Size.y - 12 * s), ImGuiCond_Always, ImVec2(0, 1));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
        ImGui::Begin("##titlefoot", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                                 ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_AlwaysAutoResize);
        textColored(withAlpha(pal.textDim, 0.8f), tr("title.footer"));
        ImGui::End();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }

private:
    float menuHeight_ = 0;

    // A level left unsaved when the game last closed (a crash, a closed tab): offered at once,
    // in the top-right corner, clear of the menu and of the notices at the bottom.
    void restoreOffer() {
        const std::optional<edit::Autosave>& a = game_.flow().leftoverAutosave();
        if (!a) return;
        const Strings& tr = game_.tr();
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float s = ui::scale();
        const float width = std::min(420 * s, vp->Size.x * (1 - kTitleMenuRight) - 40);
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x - 20, 20), ImGuiCond_Always, ImVec2(1, 0));
        ImGui::SetNextWindowSize(ImVec2(width, 0));
        ImGui::Begin("##restoreOffer", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
        textColored(view::palette().accentHot, tr("title.restore_title"));
        const std::string title = a->level.title.get(game_.lang());
        wrappedText(tr.format("title.restore_text", {title.empty() ? tr("editor.untitled") : title}).c_str(), view::palette().text);
        const float bw = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (view::primaryButton(tr("title.restore"), bw)) {
            game_.click();
            game_.flow().restoreAutosave();
        }
        ImGui::SameLine();
        // As tall as the amber button beside it.
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x,
                                                               ImGui::GetStyle().FramePadding.y + ImGui::GetFrameHeight() * 0.1f));
        const bool discard = view::secondaryButton(tr("title.discard"), bw);
        ImGui::PopStyleVar();
        if (discard) {
            game_.click();
            game_.flow().discardAutosave();
        }
        ImGui::End();
    }
};

} // namespace

std::unique_ptr<Screen> makeTitleScreen(Shell& game) { return std::make_unique<TitleScreen>(game); }

} // namespace sp
