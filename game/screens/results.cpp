// After a flight: the stars, what the level teaches ("what you learned") or, after a loss,
// the sim's sentence on what went wrong, and the ways on: next level, retry, level select.
#include "engine/ui/theme.h"
#include "engine/ui/ui.h"
#include "engine/ui/widgets.h"
#include "game/screens/game.h"
#include "game/screens/menu_kit.h"
#include "game/screens/screens.h"
#include "game/view/format.h"
#include "game/view/goal_text.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

class ResultsScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override { shownAt_ = game_.time(); }

    void frame(const platform::FrameInput&) override {
        const Strings& tr = game_.tr();
        const ui::Palette& pal = ui::palette();
        const float s = ui::scale();
        const FlightResult& r = game_.result();
        const Level* level = game_.level();
        beginPage(game_, "##results", 760);
        if (!level) {
            endPage();
            return;
        }
        const bool won = r.outcome == Outcome::Won;
        const char* headline = won ? tr("outcome.won") : (r.outcome == Outcome::Timeout ? tr("outcome.timeout") : tr("outcome.lost"));
        const std::string sub = level->id + "  " + game_.text(level->title);
        pageTitle(headline, sub.c_str());

        const float width = ImGui::CalcItemWidth();
        ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(pal.panel));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 14 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * s, 18 * s));
        ImGui::BeginChild("##result", ImVec2(width, panelHeight_), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
        ImGui::PopStyleVar(2);
        const float top = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(0);
        stars(r, *level, width);
        const bool testing = game_.testPlaying();
        if (r.replay) {
            ImGui::SetCursorPosX((width - ImGui::CalcTextSize(tr("play.replay")).x) * 0.5f - 12 * s);
            ui::chip(tr("play.replay"), pal.teal);
        } else if (testing) {
            ImGui::SetCursorPosX((width - ImGui::CalcTextSize(tr("results.test_flight")).x) * 0.5f - 12 * s);
            ui::chip(tr("results.test_flight"), pal.teal);
            if (won) view::wrappedText(tr("results.verified"), pal.accentHot);
        } else if (won && r.newBest) {
            ImGui::SetCursorPosX((width - ImGui::CalcTextSize(tr("results.new_best")).x) * 0.5f - 12 * s);
            ui::chip(tr("results.new_best"), pal.accent);
        }

        ImGui::Dummy(ImVec2(0, 8 * s));
        textColored(pal.accentHot, tr(won ? "results.learned" : "results.what_happened"));
        if (won) view::wrappedText(game_.text(level->lesson.empty() ? r.reason : level->lesson));
        else view::wrappedText(game_.text(r.reason));
        if (!won && !level->hints.empty()) view::wrappedText(tr("results.hint_tip"), pal.textDim);

        ImGui::Dummy(ImVec2(0, 8 * s));
        textColored(pal.textDim, tr.format("results.time", {durationText(tr, r.minutes)}).c_str());
        if (level->actions.pilot || level->actions.burn) textColored(pal.textDim, tr.format("results.fuel", {kmsText(tr, r.fuelLeftKms)}).c_str());
        if (won) {
            for (size_t i = 0; i < level->stars.size(); ++i) {
                const bool ok = i < r.starsEarned.size() && r.starsEarned[i];
                const float line = ImGui::GetTextLineHeight();
                const ImVec2 at = ImGui::GetCursorScreenPos();
                icons::draw(ImGui::GetWindowDrawList(), ok ? icons::Icon::Check : icons::Icon::Cross,
                            ImVec2(at.x + line * 0.5f, at.y + line * 0.5f), line * 0.7f, icons::u32(ok ? pal.success : pal.textDim));
                ImGui::Dummy(ImVec2(line, line));
                ImGui::SameLine();
                textColored(ok ? pal.text : pal.textDim, starRuleText(level->stars[i], tr).c_str());
            }
        }
        ImGui::PopTextWrapPos();
        panelHeight_ = ImGui::GetCursorPosY() - top + 2 * 18 * s + 4;
        ImGui::EndChild();
        ImGui::PopStyleColor();

        // The ways on. "Next" only after a win, and only if there is a next level; the button
        // to press is the amber one, and it is always on the right.
        ImGui::Dummy(ImVec2(0, 12 * s));
        const std::string next = game_.nextLevel();
        const bool canNext = won && !next.empty() && game_.unlocked(next);
        const int buttons = canNext ? 3 : 2;
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const float bw = (width - gap * float(buttons - 1)) / float(buttons);
        // Secondary buttons are shorter than the primary one: line up their middles.
        const float y = ImGui::GetCursorPosY();
        const float lift = ImGui::GetFrameHeight() * 0.1f;
        ImGui::SetCursorPosY(y + lift);
        if (ui::secondaryButton(tr(testing ? "results.back_to_editor" : "results.levels"), bw)) {
            game_.click();
            if (testing) game_.backToEditor();
            else if (game_.levelSource() == LevelSource::MyLevel) game_.go(ScreenId::Levels);
            else game_.go(game_.chapterOf(level->id) >= 0 ? ScreenId::Levels : ScreenId::Title);
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(y + (canNext ? lift : 0));
        if (canNext ? ui::secondaryButton(tr("results.retry"), bw) : ui::primaryButton(tr("results.retry"), bw)) {
            game_.click();
            game_.startFlight();
        }
        if (canNext) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(y);
            if (ui::primaryButton(tr("results.next"), bw)) {
                game_.click();
                game_.selectLevel(next);
                game_.go(ScreenId::Briefing);
            }
        }
        endPage();
    }

private:
    // The stars pop in one after another: the moment a student waits for.
    void stars(const FlightResult& r, const Level& level, float width) {
        const ui::Palette& pal = ui::palette();
        const int total = 1 + int(level.stars.size());
        const float radius = 30 * ui::scale();
        const float step = radius * 2.6f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float x0 = at.x + (width - step * float(total - 1)) * 0.5f - ImGui::GetStyle().WindowPadding.x;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const double t = game_.options().scripted() ? 10.0 : game_.time() - shownAt_;
        for (int i = 0; i < total; ++i) {
            const ImVec2 c(x0 + float(i) * step, at.y + radius * 1.2f);
            const bool on = i < r.stars;
            const double appear = std::clamp((t - 0.35 * i - 0.2) / 0.25, 0.0, 1.0);
            // A little overshoot makes the star "land".
            const float grow = on ? float(appear < 1 ? appear * 1.25 : 1.0) : 1.0f;
            icons::star(dl, c, radius * (on ? std::max(0.05f, grow) : 1.0f), on && appear > 0,
                        icons::u32(on && appear > 0 ? pal.accent : withAlpha(pal.textDim, 0.7f)));
        }
        ImGui::Dummy(ImVec2(width, radius * 2.6f));
    }

    double shownAt_ = 0;
    float panelHeight_ = 300;
};

} // namespace

std::unique_ptr<Screen> makeResultsScreen(Game& game) { return std::make_unique<ResultsScreen>(game); }

} // namespace sp
