// Level select: the chapter's levels as cards. A level opens when the one before it is won
// (the first is always open); a card shows its best stars and best mission time. A second tab
// lists My levels, the levels made in the editor, to play or to edit.
#include "engine/ui/ui.h"
#include "game/edit/library.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/my_levels.h"
#include "game/shell/shell.h"
#include "game/text/format.h"
#include "game/view/icons.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace sp {

namespace {

class LevelSelectScreen : public Screen {
public:
    using Screen::Screen;
    void enter() override { mine_.reset(); }   // read again: the editor may have saved one

    void frame(const platform::FrameInput&) override {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const float s = ui::scale();
        const Campaign& c = game_.progress().campaign();
        beginPage(game_, "##levels", 980);
        if (backButton(game_, tr("common.back"))) game_.flow().go(ScreenId::Chapters);
        const int ci = std::clamp(game_.progress().chapter(), 0, std::max(0, int(c.chapters.size()) - 1));
        if (c.chapters.empty()) {
            pageTitle(tr("levels.title"));
            wrappedText(tr("chapters.none"), pal.danger);
            endPage();
            return;
        }
        const Chapter& ch = c.chapters[size_t(ci)];
        const std::string heading = tr.format("chapters.number", {std::to_string(ch.number)}) + "  " + game_.text(ch.title);
        if (game_.flow().myLevelsTab()) pageTitle(tr("levels.mine_tab"));
        else pageTitle(heading.c_str(), game_.text(ch.subtitle).c_str());
        if (tabs(tr.format("chapters.number", {std::to_string(ch.number)}), ci)) {
            myLevels();
            endPage();
            return;
        }

        // Three cards a row on a wide window, fewer when narrow or scaled up.
        const float avail = ImGui::CalcItemWidth();
        const float gap = 16 * s;
        const int columns = std::clamp(int((avail + gap) / (280 * s + gap)), 1, 3);
        const float cardW = (avail - gap * float(columns - 1)) / float(columns);
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float cardH = line * 4.4f;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImFont* big = ui::font(ui::FontRole::Title);

        for (size_t i = 0; i < ch.levels.size(); ++i) {
            const std::string& id = ch.levels[i];
            const Level* level = c.find(id);
            if (!level) continue;
            const bool open = game_.progress().unlocked(id);
            const LevelProgress* p = nullptr;
            auto it = game_.progress().save().levels.find(id);
            if (it != game_.progress().save().levels.end()) p = &it->second;

            if (i % size_t(columns) != 0) ImGui::SameLine(0, gap);
            ImVec2 lo, hi;
            ImGui::PushID(int(i));
            if (card("##level", cardH, open, &lo, &hi, cardW)) {
                game_.click();
                game_.progress().chooseCampaignLevel(id);
                game_.flow().go(ScreenId::Briefing);
            }
            ImGui::PopID();

            const float x = lo.x + 18 * s, y = lo.y + 12 * s;
            const gfx::Color ink = open ? pal.text : pal.textDim;
            dl->AddText(big, big->FontSize * 0.75f, ImVec2(x, y), icons::u32(open ? pal.accentHot : pal.textDim), id.c_str());
            // The title wraps inside the card.
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, y + big->FontSize * 0.85f), icons::u32(ink),
                        game_.text(level->title).c_str(), nullptr, cardW - 36 * s);
            const float rowY = hi.y - 12 * s - line;
            if (!open) {
                icons::draw(dl, icons::Icon::Lock, ImVec2(hi.x - 30 * s, y + 16 * s), line, icons::u32(pal.textDim));
                dl->AddText(ImVec2(x, rowY), icons::u32(pal.textDim), tr("levels.locked"));
                continue;
            }
            const int total = 1 + int(level->stars.size());
            const int earned = p ? p->stars : 0;
            const float r = line * 0.36f;
            for (int k = 0; k < total; ++k)
                icons::star(dl, ImVec2(x + r + float(k) * r * 2.5f, rowY + line * 0.45f), r, k < earned,
                            icons::u32(k < earned ? pal.accent : pal.textDim));
            if (p && p->stars > 0) {
                // The time on the mission's clock (not minutes spent playing), under a small
                // label so the row keeps room for the stars in both languages.
                const std::string best = durationText(tr, p->best_minutes);
                const ImVec2 ts = ImGui::CalcTextSize(best.c_str());
                dl->AddText(ImVec2(hi.x - 18 * s - ts.x, rowY), icons::u32(pal.text), best.c_str());
                const float small = ImGui::GetFontSize() * 0.8f;
                const char* label = tr("levels.best");
                const ImVec2 ls = ImGui::GetFont()->CalcTextSizeA(small, 1e9f, 0, label);
                dl->AddText(ImGui::GetFont(), small, ImVec2(hi.x - 18 * s - ls.x, rowY - ls.y - 2 * s), icons::u32(pal.textDim), label);
            } else {
                const char* fresh = tr("levels.new");
                const ImVec2 ts = ImGui::CalcTextSize(fresh);
                dl->AddText(ImVec2(hi.x - 18 * s - ts.x, rowY), icons::u32(pal.tealBright), fresh);
            }
        }
        endPage();
    }

private:
    // The chapter or My levels, as two toggles under the title. True when My levels is shown.
    bool tabs(const std::string& chapterLabel, int chapter) {
        const Strings& tr = game_.tr();
        const float s = ui::scale();
        const float h = ImGui::GetFrameHeight();
        const std::string labels[2] = {chapterLabel, tr("levels.mine_tab")};
        const float rowX = ImGui::GetCursorPosX();   // the column's left edge
        float total = 0;
        for (const std::string& l : labels) total += ImGui::CalcTextSize(l.c_str()).x + h;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::CalcItemWidth() - total - 8 * s) * 0.5f);
        for (int i = 0; i < 2; ++i) {
            if (i) ImGui::SameLine(0, 8 * s);
            const bool on = game_.flow().myLevelsTab() == (i == 1);
            ImGui::PushID(i);
            if (icons::textButton("##tab", labels[i].c_str(), ImGui::CalcTextSize(labels[i].c_str()).x + h, h, on)) {
                game_.click();
                game_.flow().showMyLevels(i == 1);
            }
            ImGui::PopID();
        }
        // Every level won: the chapter's end can be seen again (by a student, or by a teacher
        // showing the class what the chapter taught), from the right end of this row.
        const Chapter& ch = game_.progress().campaign().chapters[size_t(chapter)];
        bool allWon = !ch.levels.empty();
        for (const std::string& id : ch.levels) allWon = allWon && game_.progress().save().completed(id);
        if (allWon && !game_.flow().myLevelsTab()) {
            const char* label = tr("results.chapter_done");
            const float icon = ImGui::GetTextLineHeight();
            const float bw = ImGui::CalcTextSize(label).x + 2 * icon + 3 * ImGui::GetStyle().FramePadding.x;
            ImGui::SameLine();
            ImGui::SetCursorPosX(rowX + ImGui::CalcItemWidth() - bw);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const bool open = icons::textButton("##chapterDone", label, bw, h, false, tr("levels.chapter_done"));
            // A star before the (centered) label: the button is one star wider than its text.
            icons::star(ImGui::GetWindowDrawList(), ImVec2(at.x + ImGui::GetStyle().FramePadding.x * 0.8f + icon * 0.45f, at.y + h * 0.5f),
                        icon * 0.45f, true, icons::u32(view::palette().accent));
            if (open) {
                game_.click();
                game_.flow().showChapterComplete(chapter);
            }
        }
        ImGui::Dummy(ImVec2(0, 10 * s));
        return game_.flow().myLevelsTab();
    }

    void myLevels() {
        const Strings& tr = game_.tr();
        if (!mine_) mine_ = edit::listMyLevels(game_.userDir());
        if (mine_->empty()) {
            wrappedText(tr("mine.empty"), view::palette().textDim);
            return;
        }
        const MyLevelPick pick = myLevelCards(tr, *mine_, true);
        const edit::LevelEntry* e = pick.action == MyLevelAction::None ? nullptr : &(*mine_)[pick.index];
        if (!e) return;
        game_.click();
        if (pick.action == MyLevelAction::Play) game_.flow().playMyLevel(e->level);
        else game_.flow().editFile(e->path);
    }

    std::optional<std::vector<edit::LevelEntry>> mine_;
};

} // namespace

std::unique_ptr<Screen> makeLevelSelectScreen(Shell& game) { return std::make_unique<LevelSelectScreen>(game); }

} // namespace sp
