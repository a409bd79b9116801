// The end of a chapter: shown after the results of the first win that finishes it (the rule
// is chapterCompletedBy in game/sim/campaign.h), and again from the level select's
// "Chapter complete!" button. A medal, what each level taught in one line (the chapter's
// "ideas" in levels/campaign.json) with its stars, and what comes next: the next chapter,
// or the chapters still to come.
#include "engine/ui/ui.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace sp {

namespace {

constexpr float kPi = 3.14159265f;

// A number in [0, 1) from an index: where each sparkle sits, the same every run.
float spread(int i, int salt) {
    uint32_t h = uint32_t(i) * 2654435761u + uint32_t(salt) * 40503u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return float(h & 0xffffff) / float(0x1000000);
}

// Overshoots a little before it settles: the medal "lands".
float easeOutBack(float x) {
    x = std::clamp(x, 0.0f, 1.0f);
    const float c = 1.7f;
    return 1 + (c + 1) * std::pow(x - 1, 3.0f) + c * std::pow(x - 1, 2.0f);
}

class ChapterCompleteScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override { shownAt_ = game_.time(); }

    void frame(const platform::FrameInput& in) override {
        const Campaign& c = game_.progress().campaign();
        const int ci = game_.flow().completedChapter();
        beginPage(game_, "##chapterComplete", 900);
        // No back button in the corner (the medal stands there on a small window): the three
        // buttons below are the ways on, and Esc leads back to the level select.
        if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
            game_.click();
            game_.flow().go(ScreenId::Levels);
        }
        if (ci < 0 || ci >= int(c.chapters.size())) {
            endPage();
            return;
        }
        const Chapter& ch = c.chapters[size_t(ci)];
        const float t = game_.run().scripted ? 10.0f : float(game_.time() - shownAt_);
        sparkles(t);
        // In the middle of a tall window (measured last frame), from the top of a short one.
        const float spare = float(in.windowHeight) - 2 * ImGui::GetStyle().WindowPadding.y - contentHeight_;
        if (spare > 0) ImGui::Dummy(ImVec2(0, spare * 0.4f));
        const float contentTop = ImGui::GetCursorPosY();
        header(ch, t);

        // The list of ideas takes the height left above the fixed part (what comes next and
        // the buttons), measured as drawn last frame; it scrolls only when the window is too
        // small for it (a large UI scale on a small window).
        const float s = ui::scale();
        const float width = ImGui::CalcItemWidth();
        const float room = float(in.windowHeight) - ImGui::GetCursorScreenPos().y - footerHeight_ - ImGui::GetStyle().WindowPadding.y;
        const float listH = std::max(120.0f, std::min(listHeight_, room));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, imColor(view::palette().panel));
        ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 14 * s);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22 * s, 14 * s));
        ImGui::BeginChild("##ideas", ImVec2(width, listH), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
        ImGui::PopStyleVar(2);
        const float top = ImGui::GetCursorPosY();
        ideas(ch);
        listHeight_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y - top + 2 * 14 * s + 2;
        ImGui::EndChild();
        ImGui::PopStyleColor();

        const float footerTop = ImGui::GetCursorPosY();
        whatNext(ci);
        buttons(ci);
        footerHeight_ = ImGui::GetCursorPosY() - footerTop;
        // The height the page would have with the whole list shown (not the list as clamped to
        // the room left, which would make the measure chase itself).
        contentHeight_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y - contentTop + std::max(0.0f, listHeight_ - listH);
        endPage();
    }

private:
    // Small stars twinkling and rising slowly over the whole window, behind the page.
    void sparkles(float t) const {
        const view::Palette& pal = view::palette();
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        // Bright in the margins, faint over the column, where they must not fight the text.
        const float colW = ImGui::CalcItemWidth();
        const float colL = (vp->Size.x - colW) * 0.5f - 20 * ui::scale(), colR = colL + colW + 40 * ui::scale();
        ImDrawList* dl = ImGui::GetBackgroundDrawList();
        const gfx::Color colors[] = {pal.accent, pal.accentHot, pal.tealBright};
        const float s = ui::scale();
        for (int i = 0; i < 28; ++i) {
            const float x = spread(i, 1) * vp->Size.x;
            const float rise = (12 + 30 * spread(i, 2)) * s;
            float y = std::fmod(spread(i, 3) * vp->Size.y - t * rise, vp->Size.y);
            if (y < 0) y += vp->Size.y;
            const float twinkle = 0.5f + 0.5f * std::sin(t * (1.5f + 2 * spread(i, 4)) + 6.28f * spread(i, 5));
            const float r = (3 + 5 * spread(i, 6)) * s;
            const float dim = (x > colL && x < colR) ? 0.3f : 1.0f;
            icons::star(dl, ImVec2(x, y), r, true, icons::u32(withAlpha(colors[i % 3], dim * (0.2f + 0.5f * twinkle))));
        }
    }

    // The medal and the headline beside it: "Chapter 1 complete!", the chapter's name and
    // its one-sentence summary.
    void header(const Chapter& ch, float t) {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const float s = ui::scale();
        const float width = ImGui::CalcItemWidth();
        const float box = 112 * s;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(0, 4 * s));
        medal(ImVec2(at.x + box * 0.5f, at.y + 4 * s + box * 0.5f), 40 * s, ch.number, t);

        const float x0 = ImGui::GetCursorPosX();
        ImGui::SetCursorPosX(x0 + box + 16 * s);
        ImGui::BeginGroup();
        const float textW = width - box - 16 * s;
        ImGui::PushFont(ui::font(ui::FontRole::Title));
        const std::string headline = tr.format("complete.title", {std::to_string(ch.number)});
        textColored(pal.accentHot, headline.c_str());
        const ImVec2 headSize = ImGui::GetItemRectSize();
        const float afterHead = ImGui::GetCursorPosY();
        ImGui::PopFont();
        // The chapter's name beside the headline, on its baseline, when there is room.
        const std::string name = game_.text(ch.title);
        const float nameW = ImGui::CalcTextSize(name.c_str()).x;
        if (headSize.x + 20 * s + nameW <= textW) {
            ImGui::SameLine(0, 20 * s);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + headSize.y - ImGui::GetTextLineHeight() - 4 * s);
            textColored(pal.text, name.c_str());
            ImGui::SetCursorPosY(afterHead);
        } else {
            textColored(pal.text, name.c_str());
        }
        if (!ch.summary.empty()) view::wrappedText(game_.text(ch.summary), pal.textDim, textW);
        // The chapter's stars in all, and the nudge to win the rest.
        const auto [earned, total] = starsOf(ch);
        const float line = ImGui::GetTextLineHeight();
        const ImVec2 starAt = ImGui::GetCursorScreenPos();
        icons::star(ImGui::GetWindowDrawList(), ImVec2(starAt.x + line * 0.45f, starAt.y + line * 0.5f), line * 0.5f, true,
                    icons::u32(pal.accent));
        ImGui::Dummy(ImVec2(line * 0.9f, line));
        ImGui::SameLine();
        const bool all = earned >= total;
        const std::string sum = tr.format(all ? "complete.stars_all" : "complete.stars_more", {std::to_string(earned), std::to_string(total)});
        view::wrappedText(sum, all ? pal.accentHot : pal.text, textW - line * 0.9f - ImGui::GetStyle().ItemSpacing.x);
        ImGui::EndGroup();
        // The row is as tall as the medal or the text, whichever is taller.
        const float used = ImGui::GetCursorScreenPos().y - at.y;
        if (used < box + 4 * s) ImGui::Dummy(ImVec2(0, box + 4 * s - used - ImGui::GetStyle().ItemSpacing.y));
        ImGui::Dummy(ImVec2(0, 4 * s));
    }

    // Gold, with slowly turning rays, a ring and a big star holding the chapter's number.
    void medal(ImVec2 c, float r, int number, float t) const {
        const view::Palette& pal = view::palette();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float grow = easeOutBack(t / 0.6f);
        if (grow <= 0.01f) return;
        r *= grow;
        const int rays = 12;
        for (int i = 0; i < rays; ++i) {
            const float a = t * 0.25f + float(i) * 2 * kPi / float(rays);
            const float w = kPi / float(rays) * 0.45f;
            const ImVec2 p1(c.x + std::cos(a - w) * r * 1.38f, c.y + std::sin(a - w) * r * 1.38f);
            const ImVec2 p2(c.x + std::cos(a + w) * r * 1.38f, c.y + std::sin(a + w) * r * 1.38f);
            dl->AddTriangleFilled(c, p1, p2, icons::u32(withAlpha(pal.accent, 0.35f)));
        }
        dl->AddCircleFilled(c, r, icons::u32(pal.accent), 48);
        dl->AddCircle(c, r * 0.86f, icons::u32(pal.accentHot), 48, 2.5f * ui::scale());
        dl->AddCircleFilled(c, r * 0.78f, icons::u32(gfx::mix(pal.spaceDeep, pal.panel, 0.5f)), 48);
        icons::star(dl, ImVec2(c.x, c.y + r * 0.04f), r * 0.66f, true, icons::u32(pal.accentHot));
        ImFont* big = ui::font(ui::FontRole::Title);
        const std::string n = std::to_string(number);
        const float size = big->FontSize * 0.62f * grow;
        const ImVec2 ts = big->CalcTextSizeA(size, 1e9f, 0, n.c_str());
        dl->AddText(big, size, ImVec2(c.x - ts.x * 0.5f, c.y + r * 0.06f - ts.y * 0.5f), icons::u32(pal.spaceDeep), n.c_str());
    }

    // One row per level: a check, its id, the idea in a line, its stars.
    void ideas(const Chapter& ch) {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const Campaign& c = game_.progress().campaign();
        textColored(pal.accentHot, tr("complete.learned"));
        const float line = ImGui::GetTextLineHeight();
        const float starR = line * 0.3f;
        // Rows a little closer than separate items: one list, read as one.
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ImGui::GetStyle().CellPadding.x, ImGui::GetStyle().CellPadding.y * 0.5f));
        if (ImGui::BeginTable("##ideaRows", 3, ImGuiTableFlags_SizingFixedFit)) {
            const float idW = line * 1.1f + ImGui::CalcTextSize("0-00").x;
            ImGui::TableSetupColumn("id", ImGuiTableColumnFlags_WidthFixed, idW);
            ImGui::TableSetupColumn("idea", ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn("stars", ImGuiTableColumnFlags_WidthFixed, starR * 2.5f * 3);
            for (const std::string& id : ch.levels) {
                const Level* level = c.find(id);
                const int stars = game_.progress().save().stars(id);
                const int most = level ? 1 + int(level->stars.size()) : 1;
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                const ImVec2 at = ImGui::GetCursorScreenPos();
                ImDrawList* dl = ImGui::GetWindowDrawList();
                dl->AddCircleFilled(ImVec2(at.x + line * 0.4f, at.y + line * 0.5f), line * 0.4f, icons::u32(withAlpha(pal.success, 0.25f)));
                icons::draw(dl, icons::Icon::Check, ImVec2(at.x + line * 0.4f, at.y + line * 0.5f), line * 0.55f, icons::u32(pal.success));
                ImGui::Dummy(ImVec2(line * 0.8f, line));
                ImGui::SameLine();
                textColored(pal.accent, id.c_str());
                ImGui::TableSetColumnIndex(1);
                auto idea = ch.ideas.find(id);
                const std::string text = idea != ch.ideas.end() ? game_.text(idea->second) : level ? game_.text(level->title) : id;
                view::wrappedText(text, pal.text);
                ImGui::TableSetColumnIndex(2);
                const ImVec2 sAt = ImGui::GetCursorScreenPos();
                for (int k = 0; k < most; ++k)
                    icons::star(dl, ImVec2(sAt.x + starR + float(k) * starR * 2.5f, sAt.y + line * 0.5f), starR, k < stars,
                                icons::u32(k < stars ? pal.accent : pal.textDim));
                ImGui::Dummy(ImVec2(starR * 2.5f * float(most), line));
            }
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
    }

    // Stars won in the chapter, and how many it has.
    std::pair<int, int> starsOf(const Chapter& ch) const {
        int earned = 0, total = 0;
        for (const std::string& id : ch.levels) {
            const Level* level = game_.progress().campaign().find(id);
            const int most = level ? 1 + int(level->stars.size()) : 1;
            earned += std::min(game_.progress().save().stars(id), most);
            total += most;
        }
        return {earned, total};
    }

    // The next chapter by name, or the ones announced while none is there yet.
    void whatNext(int ci) {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const Campaign& c = game_.progress().campaign();
        const float width = ImGui::CalcItemWidth();
        ImGui::Dummy(ImVec2(0, 2 * ui::scale()));
        if (ci + 1 < int(c.chapters.size())) {
            const Chapter& next = c.chapters[size_t(ci) + 1];
            const std::string name = tr.format("chapters.number", {std::to_string(next.number)}) + "  " + game_.text(next.title);
            view::wrappedText(tr.format("complete.next", {name}), pal.tealBright, width);
            if (!next.subtitle.empty()) view::wrappedText(game_.text(next.subtitle), pal.textDim, width);
            return;
        }
        // (The chapter screen lists the chapters to come by name, as "Coming later".)
        view::wrappedText(tr("complete.coming"), pal.tealBright, width);
        // Every star won already: not "win every star" again.
        const auto [earned, total] = starsOf(c.chapters[size_t(ci)]);
        view::wrappedText(tr(earned >= total ? "complete.meanwhile_all" : "complete.meanwhile"), pal.textDim, width);
    }

    // Level select, Create a level, and the amber way on: the next chapter, or the chapters.
    void buttons(int ci) {
        const Strings& tr = game_.tr();
        const Campaign& c = game_.progress().campaign();
        const bool hasNext = ci + 1 < int(c.chapters.size()) && !c.chapters[size_t(ci) + 1].levels.empty();
        const float width = ImGui::CalcItemWidth();
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        const float bw = (width - 2 * gap) / 3;
        const float y = ImGui::GetCursorPosY();
        const float lift = ImGui::GetFrameHeight() * 0.1f;   // secondary buttons are shorter
        ImGui::SetCursorPosY(y + lift);
        if (view::secondaryButton(tr("results.levels"), bw)) {
            game_.click();
            game_.progress().selectChapter(ci);
            game_.flow().showMyLevels(false);
            game_.flow().go(ScreenId::Levels);
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(y + lift);
        if (view::secondaryButton(tr("title.create"), bw)) {
            game_.click();
            game_.flow().createLevel();
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(y);
        if (view::primaryButton(tr(hasNext ? "complete.next_chapter" : "complete.continue"), bw)) {
            game_.click();
            if (hasNext) {
                game_.progress().selectChapter(ci + 1);
                game_.flow().showMyLevels(false);
                game_.flow().go(ScreenId::Levels);
            } else {
                game_.flow().go(ScreenId::Chapters);
            }
        }
    }

    double shownAt_ = 0;
    float listHeight_ = 300;
    float footerHeight_ = 160;
    float contentHeight_ = 1e6f;   // unknown before the first frame: start at the top
};

} // namespace

std::unique_ptr<Screen> makeChapterCompleteScreen(Shell& game) { return std::make_unique<ChapterCompleteScreen>(game); }

} // namespace sp
