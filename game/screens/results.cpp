// After a flight: the stars, what the level teaches ("what you learned") or, after a loss,
// the sim's sentence on what went wrong, and the ways on: next level, retry, level select.
#include "engine/ui/ui.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/sim/nav.h"
#include "game/sim/rules/stars.h"
#include "game/text/format.h"
#include "game/text/goal_text.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace sp {

namespace {

class ResultsScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override {
        shownAt_ = game_.time();
        framesShown_ = 0;
        compact_ = tight_ = false;
    }

    void frame(const platform::FrameInput& in) override {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const float s = ui::scale();
        const FlightResult& r = game_.flow().result();
        const Level* level = game_.progress().level();
        // A window too short for the page at its full spacing (1280x720, 960x600, a large UI
        // scale) gets the compact one: tighter gaps, smaller stars. Measured, not guessed: the
        // page's height at full spacing decides, and a new window size measures again.
        if (in.windowWidth != shownW_ || in.windowHeight != shownH_) compact_ = tight_ = false;
        shownW_ = in.windowWidth;
        shownH_ = in.windowHeight;
        const float gapS = (compact_ ? 4 : 8) * s;
        beginPage(game_, "##results", 760);
        if (!level) {
            endPage();
            return;
        }
        const bool won = r.outcome == Outcome::Won;
        const char* headline = won ? tr("outcome.won") : (r.outcome == Outcome::Timeout ? tr("outcome.timeout") : tr("outcome.lost"));
        const std::string sub = game_.heading(*level);
        pageTitle(headline, tight_ ? nullptr : sub.c_str(), compact_);

        const float width = ImGui::CalcItemWidth();
        const float padY = (compact_ ? 14 : 18) * s;
        // The buttons must always be on screen: where even the compact page is taller than the
        // window (a large UI scale), the panel gets what is left above them and scrolls inside.
        // (Measured in the page's own coordinates, so a scroll left from a taller frame cancels.)
        const ImGuiStyle& st = ImGui::GetStyle();
        const float room = float(in.windowHeight) - ImGui::GetCursorPosY() - st.ItemSpacing.y - buttonsHeight_ - st.WindowPadding.y - 2;
        const bool fits = !compact_ || panelHeight_ <= room;
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float shownHeight = fits ? panelHeight_ : std::max(room, 2 * line);
        // Tighter still (the largest scale on a small window): the level's name goes, once.
        if (!fits && room < 4 * line) tight_ = true;
        ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(pal.panel));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 14 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * s, padY));
        ImGui::BeginChild("##result", ImVec2(width, shownHeight), true,
                          ImGuiWindowFlags_AlwaysUseWindowPadding | (fits ? ImGuiWindowFlags_NoScrollbar : 0));
        ImGui::PopStyleVar(2);
        const float top = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(0);
        // The stars, with the badge of the flight beside them (below them if there is no room).
        const bool testing = game_.progress().testPlaying();
        std::string badge;
        bool amber = false;   // a record is amber (dark letters); a replay or a test flight teal
        if (r.replay) badge = tr("play.replay");
        else if (testing) badge = tr("results.test_flight");
        else if (won && r.newBest) {
            badge = bestText(r);
            amber = true;
        }
        const gfx::Color badgeColor = amber ? pal.accent : pal.teal;
        const float starsRight = stars(r, *level, width);
        // Dark letters on the amber badge, light ones on teal: both read at a distance.
        ImGui::PushStyleColor(ImGuiCol_Text, imColor(amber ? pal.spaceDeep : pal.text));
        if (!badge.empty()) {
            const ImVec2 below = ImGui::GetCursorScreenPos();
            const float chipW = ImGui::CalcTextSize(badge.c_str()).x + ImGui::GetFontSize() * 1.2f;
            const float chipH = ImGui::GetFontSize() * 1.5f;
            const float panelRight = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x;
            if (starsRight + 20 * s + chipW <= panelRight) {
                ImGui::SetCursorScreenPos(ImVec2(starsRight + 20 * s, below.y - starRowHeight_ * 0.5f - chipH * 0.5f - ImGui::GetStyle().ItemSpacing.y));
                view::chip(badge.c_str(), badgeColor);
                ImGui::SetCursorScreenPos(below);
            } else {
                ImGui::SetCursorPosX((width - chipW) * 0.5f);
                view::chip(badge.c_str(), badgeColor);
            }
        }
        ImGui::PopStyleColor();
        if (testing && won) {
            view::wrappedText(tr("results.verified"), pal.accentHot);
            ImGui::Dummy(ImVec2(0, gapS));
        }

        textColored(pal.accentHot, tr(won ? "results.learned" : "results.what_happened"));
        if (won) view::wrappedText(game_.text(level->lesson.empty() ? r.reason : level->lesson));
        else view::wrappedText(game_.text(r.reason));
        if (!won && !level->hints.empty()) view::wrappedText(tr("results.hint_tip"), pal.textDim);

        ImGui::Dummy(ImVec2(0, gapS));
        // Flight time and fuel on one line: both are facts about the flight, neither a goal.
        // A navigation level's mark is decided in no time: how close it came is the fact.
        std::string facts = !r.messageRelay.empty()
                                ? tr.format("results.message", {durationText(tr, r.minutes), game_.text(r.messageRelay),
                                                                tr.format("unit.m", {fixed(r.fixErrorM, 1)}),
                                                                (r.fixClockUs > 0 ? "+" : "") + numberText(tr, "us", r.fixClockUs)})
                            : r.markOffKm >= 0 ? tr.format("results.mark", {kmText(tr, r.markOffKm), game_.text(r.markedSite)})
                            : r.fixErrorM >= 0
                                ? tr.format("results.fix", {tr.format("unit.m", {fixed(r.fixErrorM, 2)}), (r.fixClockUs > 0 ? "+" : "") + numberText(tr, "us", r.fixClockUs)})
                                : tr.format("results.time", {durationText(tr, r.minutes)});
        if (r.clockOffUs >= 0)
            facts += "   ·   " + tr.format("results.clock", {numberText(tr, "us", r.clockOffUs), kmText(tr, r.clockOffUs * 1e-6 * nav::kLightKmS)});
        if (level->actions.pilot || level->actions.burn) facts += "   ·   " + tr.format("results.fuel", {fuelText(tr, r.fuelLeftKms)});
        view::wrappedText(facts, pal.textDim);
        const std::string hohmann = hohmannText(r, *level);
        if (!hohmann.empty()) view::wrappedText(hohmann, pal.text);
        // A capsule that may skip: what each dip into the air took, so one dip and two compare.
        for (size_t i = 0; i < r.dips.size(); ++i) {
            const EntryDip& d = r.dips[i];
            view::wrappedText(tr.format("results.dip", {std::to_string(i + 1), numberText(tr, "heating_kw_m2", d.peakHeatingKwM2),
                                                        numberText(tr, "load_g", d.peakG), numberText(tr, "load_mj_m2", d.heatLoadMjM2)}),
                              pal.text);
        }
        if (won) {
            for (size_t i = 0; i < level->stars.size(); ++i) {
                const bool ok = i < r.starsEarned.size() && r.starsEarned[i];
                const float line = ImGui::GetTextLineHeight();
                const ImVec2 at = ImGui::GetCursorScreenPos();
                icons::draw(ImGui::GetWindowDrawList(), ok ? icons::Icon::Check : icons::Icon::Cross,
                            ImVec2(at.x + line * 0.5f, at.y + line * 0.5f), line * 0.7f, icons::u32(ok ? pal.success : pal.textDim));
                ImGui::Dummy(ImVec2(line, line));
                ImGui::SameLine();
                view::wrappedText(starRuleText(level->stars[i], tr), ok ? pal.text : pal.textDim);
            }
        }
        ImGui::PopTextWrapPos();
        // Exactly as tall as its content: the last line's spacing is not content.
        panelHeight_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y - top + 2 * padY + 2;
        ImGui::EndChild();
        ImGui::PopStyleColor();

        // The ways on. "Next" only after a win, and only if there is a next level; the button
        // to press is the amber one, and it is always on the right.
        const float buttonsTop = ImGui::GetCursorPosY();
        ImGui::Dummy(ImVec2(0, (compact_ ? 4 : 12) * s));
        const std::string next = game_.progress().nextLevel();
        // The first win that finishes a chapter leads on to its chapter-complete moment
        // (whose own button leads to the next chapter) instead of straight to the next level.
        const int chapterDone = won && !r.replay ? r.chapterCompleted : -1;
        const bool canNext = chapterDone >= 0 || (won && !next.empty() && game_.progress().unlocked(next));
        const int buttons = canNext ? 3 : 2;
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const float bw = (width - gap * float(buttons - 1)) / float(buttons);
        // Secondary buttons are shorter than the primary one: line up their middles.
        const float y = ImGui::GetCursorPosY();
        const float lift = ImGui::GetFrameHeight() * 0.1f;
        ImGui::SetCursorPosY(y + lift);
        if (view::secondaryButton(tr(testing ? "results.back_to_editor" : "results.levels"), bw)) {
            game_.click();
            if (testing) game_.flow().backToEditor();
            else if (game_.progress().source() == LevelSource::MyLevel) game_.flow().go(ScreenId::Levels);
            else game_.flow().go(game_.progress().chapterOf(level->id) >= 0 ? ScreenId::Levels : ScreenId::Title);
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(y + (canNext ? lift : 0));
        if (canNext ? view::secondaryButton(tr("results.retry"), bw) : view::primaryButton(tr("results.retry"), bw)) {
            game_.click();
            game_.flow().startFlight();
        }
        if (canNext) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(y);
            if (view::primaryButton(tr(chapterDone >= 0 ? "results.chapter_done" : "results.next"), bw)) {
                game_.click();
                if (chapterDone >= 0) {
                    game_.flow().showChapterComplete(chapterDone);
                } else {
                    game_.progress().chooseCampaignLevel(next);
                    game_.flow().go(ScreenId::Briefing);
                }
            }
        }
        buttonsHeight_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y - buttonsTop;
        // The page's height at full spacing: taller than the window means compact from now on.
        const float needed = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
        if (!compact_ && needed > float(in.windowHeight)) compact_ = true;
        checkLayout(in);
        endPage();
    }

private:
    // A level that measures the Δv against the best two-burn transfer says by how much, after a
    // win or not: "You used 112 m/s of Δv; a perfect Hohmann transfer needs 110 m/s (1.6% more)".
    std::string hohmannText(const FlightResult& r, const Level& level) const {
        const bool measured = std::any_of(level.stars.begin(), level.stars.end(), [](const StarRule& s) { return s.type == StarType::Hohmann; });
        const double best = measured ? hohmannKms(level) : 0;
        if (!(best > 0) || !(r.spentKms > 0)) return {};
        const Strings& tr = game_.tr();
        const std::string used = numberText(tr, "m_s", r.spentKms * 1000), need = numberText(tr, "m_s", best * 1000);
        const double more = (r.spentKms / best - 1) * 100;
        if (more < 0.05) return tr.format("results.hohmann_best", {used, need});
        return tr.format("results.hohmann", {used, need, fixed(more, 1)});
    }

    // `--layout-check`: whether the page fits its window (its buttons on screen, no page
    // scrollbar), one line a frame from the fifth on: the compact and tight layouts each need a
    // frame to measure, and ImGui sizes the scroll range from the frame before.
    void checkLayout(const platform::FrameInput& in) {
        if (!game_.run().layoutCheck || ++framesShown_ < 5) return;
        const float over = ImGui::GetScrollMaxY();
        std::printf("results: %dx%d at scale %.2f, %s\n", in.windowWidth, in.windowHeight, double(ui::scale()),
                    over > 0.5f ? ("scrolls by " + std::to_string(int(std::lround(over))) + " px").c_str() : "fits");
        std::fflush(stdout);
    }

    // What the win improved: the first win, more stars, or a shorter flight (mission time,
    // not the minutes spent playing).
    std::string bestText(const FlightResult& r) const {
        const Strings& tr = game_.tr();
        if (r.previousStars <= 0) return tr("results.first_win");
        if (r.stars > r.previousStars) return tr.format("results.best_stars", {std::to_string(r.stars)});
        if (r.previousMinutes > 0 && r.minutes < r.previousMinutes) {
            const std::string now = durationText(tr, r.minutes), was = durationText(tr, r.previousMinutes);
            // Within the same minute the two would read alike: say by how many seconds.
            if (now != was) return tr.format("results.best_time", {now, was});
            return tr.format("results.best_seconds", {std::to_string(std::llround((r.previousMinutes - r.minutes) * 60))});
        }
        return tr("results.new_best");
    }

    // The stars pop in one after another: the moment a student waits for.
    // Returns the right edge of the row, in screen pixels.
    float stars(const FlightResult& r, const Level& level, float width) {
        const view::Palette& pal = view::palette();
        const int total = 1 + int(level.stars.size());
        const float radius = (compact_ ? 24 : 30) * ui::scale();
        const float step = radius * 2.6f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float x0 = at.x + (width - step * float(total - 1)) * 0.5f - ImGui::GetStyle().WindowPadding.x;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const double t = game_.run().scripted ? 10.0 : game_.time() - shownAt_;
        for (int i = 0; i < total; ++i) {
            const ImVec2 c(x0 + float(i) * step, at.y + radius * (compact_ ? 1.15f : 1.2f));
            const bool on = i < r.stars;
            const double appear = std::clamp((t - 0.35 * i - 0.2) / 0.25, 0.0, 1.0);
            // A little overshoot makes the star "land".
            const float grow = on ? float(appear < 1 ? appear * 1.25 : 1.0) : 1.0f;
            icons::star(dl, c, radius * (on ? std::max(0.05f, grow) : 1.0f), on && appear > 0,
                        icons::u32(on && appear > 0 ? pal.accent : withAlpha(pal.textDim, 0.7f)));
        }
        starRowHeight_ = radius * 2.35f;   // the stars reach 2.2 radii down; a little air below
        ImGui::Dummy(ImVec2(width, starRowHeight_));
        return x0 + step * float(total - 1) + radius;
    }

    double shownAt_ = 0;
    float panelHeight_ = 300;
    float starRowHeight_ = 78;
    float buttonsHeight_ = 80;   // the row of buttons and the gap above it, as last drawn
    bool compact_ = false, tight_ = false;
    int shownW_ = 0, shownH_ = 0;
    int framesShown_ = 0;
};

} // namespace

std::unique_ptr<Screen> makeResultsScreen(Shell& game) { return std::make_unique<ResultsScreen>(game); }

} // namespace sp
