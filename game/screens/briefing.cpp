// The briefing before a flight: what to do, how the stars are earned, the fact card (real
// numbers with their sources, and what the picture does not draw to scale), and the teacher
// note, folded away until someone opens it (all drawn by briefing_view.cpp). Every flight a
// player did not start from the command line begins here: a level from the menus, a share
// link, a test flight from the editor unless its author chose to skip it.
#include "engine/ui/ui.h"
#include "game/screens/briefing_view.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {

class BriefingScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override { view_.reset(); }

    void frame(const platform::FrameInput& in) override {
        const Strings& tr = game_.tr();
        const float s = ui::scale();
        const Level* level = game_.progress().level();
        beginPage(game_, "##briefing", 1180);
        const bool testing = game_.progress().testPlaying();
        if (backButton(game_, tr(testing ? "briefing.back_to_editor" : "common.back"))) {
            if (testing) game_.flow().backToEditor();
            else if (game_.progress().source() == LevelSource::MyLevel) game_.flow().go(ScreenId::Levels);
            else game_.flow().go(game_.progress().chapterOf(game_.progress().levelId()) >= 0 ? ScreenId::Levels : ScreenId::Title);
        }
        if (!level) {
            endPage();
            return;
        }
        const std::string title = game_.heading(*level);
        pageTitle(title.c_str());

        // Scrolling content above a fixed row with the Start button, so Start is always in reach.
        // The footer: spacing, a 10 px gap, the Start button (1.2 frames tall) and the page's
        // bottom padding. Measured exactly, so the page never grows a scrollbar of its own.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float footer = 10 * s + 1.2f * ImGui::GetFrameHeight() + 3 * style.ItemSpacing.y + style.WindowPadding.y;
        const float width = ImGui::CalcItemWidth();
        const float height = std::max(120.0f, float(in.windowHeight) - ImGui::GetCursorScreenPos().y - footer);
        view_.draw(game_, *level, ImVec2(width, height));

        ImGui::Dummy(ImVec2(0, 10 * s));
        const float buttonW = std::min(320 * s, width);
        const float rowX = ImGui::GetCursorPosX();
        if (!testing) {
            // Any level can be the start of a new one: a copy opens in the editor.
            const float y = ImGui::GetCursorPosY();
            ImGui::SetCursorPosY(y + ImGui::GetFrameHeight() * 0.1f);
            if (view::secondaryButton(tr("briefing.edit_copy"), std::min(260 * s, width - buttonW - 10 * s))) {
                game_.click();
                game_.flow().editCopy(*level);
                endPage();
                return;
            }
            if (ImGui::IsItemHovered()) view::tooltip(tr("briefing.edit_copy_tip"));
            ImGui::SameLine();
            ImGui::SetCursorPosY(y);
        }
        ImGui::SetCursorPosX(rowX + width - buttonW);
        if (view::primaryButton(tr("briefing.start"), buttonW) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
            game_.click();
            game_.flow().startFlight();
        }
        endPage();
    }

private:
    BriefingView view_;
};

} // namespace

std::unique_ptr<Screen> makeBriefingScreen(Shell& game) { return std::make_unique<BriefingScreen>(game); }

} // namespace sp
