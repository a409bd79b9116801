// The briefing before a flight: what to do, how the stars are earned, the fact card (real
// numbers with their sources, and what the picture does not draw to scale), and the teacher
// note, folded away until someone opens it.
#include "engine/ui/theme.h"
#include "engine/ui/ui.h"
#include "engine/ui/widgets.h"
#include "game/screens/game.h"
#include "game/screens/menu_kit.h"
#include "game/screens/screens.h"
#include "game/view/goal_text.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {

void sectionHeading(const char* text) {
    ImGui::Dummy(ImVec2(0, 6 * ui::scale()));
    textColored(ui::palette().accentHot, text);
}

void bulletLine(const std::string& text, gfx::Color dot) {
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + line * 0.4f, at.y + line * 0.5f), line * 0.14f, icons::u32(dot));
    ImGui::Dummy(ImVec2(line * 0.8f, line));
    ImGui::SameLine();
    view::wrappedText(text);
}

class BriefingScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override { teacherOpen_ = false; }

    void frame(const platform::FrameInput& in) override {
        const Strings& tr = game_.tr();
        const float s = ui::scale();
        const Level* level = game_.level();
        beginPage(game_, "##briefing", 1180);
        const bool testing = game_.testPlaying();
        if (backButton(game_, tr(testing ? "briefing.back_to_editor" : "common.back"))) {
            if (testing) game_.backToEditor();
            else if (game_.levelSource() == LevelSource::MyLevel) game_.go(ScreenId::Levels);
            else game_.go(game_.chapterOf(game_.levelId()) >= 0 ? ScreenId::Levels : ScreenId::Title);
        }
        if (!level) {
            endPage();
            return;
        }
        const std::string title = level->id + "  " + game_.text(level->title);
        pageTitle(title.c_str());

        // Scrolling content above a fixed row with the Start button, so Start is always in reach.
        // A wide window (a projector) shows the fact card beside the mission instead of below.
        // The footer: spacing, a 10 px gap, the Start button (1.2 frames tall) and the page's
        // bottom padding. Measured exactly, so the page never grows a scrollbar of its own.
        const ImGuiStyle& style = ImGui::GetStyle();
        const float footer = 10 * s + 1.2f * ImGui::GetFrameHeight() + 3 * style.ItemSpacing.y + style.WindowPadding.y;
        const float width = ImGui::CalcItemWidth();
        const float height = std::max(120.0f, float(in.windowHeight) - ImGui::GetCursorScreenPos().y - footer);
        // A made level may have no fact card: then the mission takes the whole width.
        const FactCard& fact = level->fact;
        const bool hasFact = !fact.empty();
        const bool twoColumns = hasFact && width >= 1000 * s;
        const float gap = 18 * s;
        const float leftW = twoColumns ? (width - gap) * 0.56f : width;

        beginPanel("##brief", ImVec2(leftW, height));
        mission(*level);
        if (!twoColumns) factCard(*level);
        teacherNote(*level);
        endPanel();
        if (twoColumns) {
            ImGui::SameLine(0, gap);
            beginPanel("##factPanel", ImVec2(width - leftW - gap, height));
            factCard(*level);
            endPanel();
        }

        ImGui::Dummy(ImVec2(0, 10 * s));
        const float buttonW = std::min(320 * s, width);
        const float rowX = ImGui::GetCursorPosX();
        if (!testing) {
            // Any level can be the start of a new one: a copy opens in the editor.
            const float y = ImGui::GetCursorPosY();
            ImGui::SetCursorPosY(y + ImGui::GetFrameHeight() * 0.1f);
            if (ui::secondaryButton(tr("briefing.edit_copy"), std::min(260 * s, width - buttonW - 10 * s))) {
                game_.click();
                game_.editCopy(*level);
                endPage();
                return;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("briefing.edit_copy_tip"));
            ImGui::SameLine();
            ImGui::SetCursorPosY(y);
        }
        ImGui::SetCursorPosX(rowX + width - buttonW);
        if (ui::primaryButton(tr("briefing.start"), buttonW) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
            game_.click();
            game_.startFlight();
        }
        endPage();
    }

private:
    static void beginPanel(const char* id, ImVec2 size) {
        const float s = ui::scale();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(ui::palette().panel));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 14 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * s, 16 * s));
        ImGui::BeginChild(id, size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
        ImGui::PopStyleVar(2);
        ImGui::PushTextWrapPos(0);
    }
    static void endPanel() {
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }

    void mission(const Level& level) {
        const Strings& tr = game_.tr();
        const ui::Palette& pal = ui::palette();
        sectionHeading(tr("briefing.objective"));
        view::wrappedText(game_.text(level.briefing));

        sectionHeading(tr("briefing.goals"));
        for (const Goal& g : level.goals.list) {
            bulletLine(goalText(g, level, tr), pal.teal);
            ImGui::Indent(ImGui::GetTextLineHeight() * 0.8f + ImGui::GetStyle().ItemSpacing.x);
            for (const std::string& d : goalDetails(g, level, tr)) textColored(pal.textDim, d.c_str());
            ImGui::Unindent(ImGui::GetTextLineHeight() * 0.8f + ImGui::GetStyle().ItemSpacing.x);
        }

        sectionHeading(tr("briefing.stars"));
        const float line = ImGui::GetTextLineHeight();
        auto starLine = [&](const std::string& text) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            icons::star(ImGui::GetWindowDrawList(), ImVec2(at.x + line * 0.4f, at.y + line * 0.5f), line * 0.4f, true,
                        icons::u32(pal.accent));
            ImGui::Dummy(ImVec2(line * 0.8f, line));
            ImGui::SameLine();
            view::wrappedText(text);
        };
        starLine(tr("star.win"));
        for (const StarRule& r : level.stars) starLine(starRuleText(r, tr));
    }

    void factCard(const Level& level) {
        const Strings& tr = game_.tr();
        const ui::Palette& pal = ui::palette();
        const FactCard& f = level.fact;
        if (f.empty()) return;
        sectionHeading(tr("briefing.fact"));
        const float s = ui::scale();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(pal.panelLight));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 10 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18 * s, 12 * s));
        // Auto-height children need a fixed height in ImGui 1.86: measure by drawing in a group.
        ImGui::BeginChild("##fact", ImVec2(0, factHeight_), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
        ImGui::PopStyleVar(2);
        const float top = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(0);
        if (!f.title.empty()) textColored(pal.tealBright, game_.text(f.title).c_str());
        if (!f.text.empty()) view::wrappedText(game_.text(f.text));
        if (!f.numbers.empty() && ImGui::BeginTable("##numbers", 2, ImGuiTableFlags_SizingStretchProp)) {
            // The label column as wide as its longest label (capped), the value gets the rest.
            float labelW = 0;
            for (const FactNumber& n : f.numbers) labelW = std::max(labelW, ImGui::CalcTextSize(game_.text(n.label).c_str()).x);
            labelW = std::min(labelW, ImGui::GetContentRegionAvail().x * 0.4f);
            ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, labelW);
            ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            for (const FactNumber& n : f.numbers) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                textColored(pal.textDim, game_.text(n.label).c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::PushTextWrapPos(0);
                view::wrappedText(game_.text(n.value));
                if (!n.source.empty()) {
                    ImGui::SetWindowFontScale(0.8f);
                    view::wrappedText(tr.format("briefing.source", {game_.text(n.source)}), pal.textDim);
                    ImGui::SetWindowFontScale(1.0f);
                }
                ImGui::PopTextWrapPos();
            }
            ImGui::EndTable();
        }
        if (!f.not_to_scale.empty()) {
            ImGui::Spacing();
            const float line = ImGui::GetTextLineHeight();
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddCircle(ImVec2(at.x + line * 0.45f, at.y + line * 0.5f), line * 0.4f, icons::u32(pal.accent), 16, 1.5f);
            ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + line * 0.45f - ImGui::CalcTextSize("!").x * 0.5f, at.y),
                                                icons::u32(pal.accent), "!");
            ImGui::Dummy(ImVec2(line, line));
            ImGui::SameLine();
            wrappedText(game_.text(f.not_to_scale).c_str(), pal.accentHot);
        }
        ImGui::PopTextWrapPos();
        factHeight_ = ImGui::GetCursorPosY() - top + 2 * 12 * s + 4;
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }

    void teacherNote(const Level& level) {
        const Strings& tr = game_.tr();
        const TeacherNote& t = level.teacher;
        if (t.objective.empty() && t.key_idea.empty() && t.question.empty()) return;
        ImGui::Dummy(ImVec2(0, 8 * ui::scale()));
        ImGui::SetNextItemOpen(teacherOpen_);
        teacherOpen_ = ImGui::CollapsingHeader(tr("briefing.teacher"));
        if (!teacherOpen_) return;
        auto item = [&](const char* key, const Text& text) {
            if (text.empty()) return;
            textColored(ui::palette().tealBright, tr(key));
            view::wrappedText(game_.text(text));
        };
        item("briefing.teacher_objective", t.objective);
        item("briefing.teacher_key_idea", t.key_idea);
        item("briefing.teacher_question", t.question);
    }

    bool teacherOpen_ = false;
    float factHeight_ = 200;
};

} // namespace

std::unique_ptr<Screen> makeBriefingScreen(Game& game) { return std::make_unique<BriefingScreen>(game); }

} // namespace sp
