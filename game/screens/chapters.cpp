// Chapter select: the campaign's chapters with progress, and the ones still to come.
#include "engine/ui/ui.h"
#include "game/screens/screens.h"
#include "game/shell/menu_kit.h"
#include "game/shell/shell.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"

#include <imgui.h>

#include <algorithm>
#include <vector>
#include <string>

namespace sp {

namespace {

// Later chapters, announced in the string tables until the campaign has a chapter of that number.
struct Coming {
    int number;
    const char* key;
};
const Coming kComing[] = {{2, "chapters.coming_1"}, {3, "chapters.coming_2"}, {4, "chapters.coming_3"}};

class ChapterScreen : public Screen {
public:
    using Screen::Screen;
    void frame(const platform::FrameInput&) override {
        const Strings& tr = game_.tr();
        const view::Palette& pal = view::palette();
        const float s = ui::scale();
        beginPage(game_, "##chapters", 760);
        if (backButton(game_, tr("common.back"))) game_.flow().go(ScreenId::Title);
        pageTitle(tr("chapters.title"), tr("chapters.subtitle"));

        const Campaign& c = game_.progress().campaign();
        if (c.chapters.empty()) wrappedText(tr("chapters.none"), pal.danger);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float line = ImGui::GetTextLineHeightWithSpacing();
        for (size_t i = 0; i < c.chapters.size(); ++i) {
            const Chapter& ch = c.chapters[i];
            int done = 0, stars = 0;
            for (const std::string& id : ch.levels) {
                done += game_.progress().save().completed(id) ? 1 : 0;
                stars += game_.progress().save().stars(id);
            }
            int maxStars = 0;
            for (const std::string& id : ch.levels)
                if (const Level* l = c.find(id)) maxStars += 1 + int(l->stars.size());
            const bool open = !ch.levels.empty() && game_.progress().unlocked(ch.levels.front());
            ImVec2 lo, hi;
            ImGui::PushID(int(i));
            if (card("##chapter", line * 3.6f, open, &lo, &hi)) {
                game_.click();
                game_.progress().selectChapter(int(i));
                game_.flow().go(ScreenId::Levels);
            }
            ImGui::PopID();
            const float x = lo.x + 22 * s, y = lo.y + 14 * s;
            dl->AddText(ImVec2(x, y), icons::u32(pal.accentHot), tr.format("chapters.number", {std::to_string(ch.number)}).c_str());
            dl->AddText(ui::font(ui::FontRole::Title), ui::font(ui::FontRole::Title)->FontSize * 0.8f, ImVec2(x, y + line),
                        icons::u32(open ? pal.text : pal.textDim), game_.text(ch.title).c_str());
            dl->AddText(ImVec2(x, y + line * 2.35f), icons::u32(pal.textDim), game_.text(ch.subtitle).c_str());
            const std::string progress = tr.format("chapters.progress", {std::to_string(done), std::to_string(ch.levels.size())});
            const ImVec2 ps = ImGui::CalcTextSize(progress.c_str());
            dl->AddText(ImVec2(hi.x - 22 * s - ps.x, y), icons::u32(pal.textDim), progress.c_str());
            const std::string starText = std::to_string(stars) + " / " + std::to_string(maxStars);
            const ImVec2 ss = ImGui::CalcTextSize(starText.c_str());
            const float sy = y + line * 1.25f;
            dl->AddText(ImVec2(hi.x - 22 * s - ss.x, sy), icons::u32(pal.accent), starText.c_str());
            icons::star(dl, ImVec2(hi.x - 22 * s - ss.x - line * 0.6f, sy + line * 0.45f), line * 0.38f, true, icons::u32(pal.accent));
            ImGui::Dummy(ImVec2(0, 6 * s));
        }

        // The chapters to come, as small locked cards in one row: a short window keeps room for
        // them (stacked, they needed a scrollbar at 960x600).
        std::vector<const char*> coming;
        for (const Coming& k : kComing) {
            bool exists = false;
            for (const Chapter& ch : c.chapters) exists = exists || ch.number == k.number;
            if (!exists) coming.push_back(k.key);
        }
        const int n = int(coming.size());
        if (n == 0) {
            endPage();
            return;
        }
        ImGui::Dummy(ImVec2(0, 4 * s));
        textColored(pal.textDim, tr("chapters.coming"));
        const float gap = 12 * s;
        const float cardW = (ImGui::CalcItemWidth() - gap * float(n - 1)) / float(n);
        const float icon = line * 0.8f;
        const float textX = 14 * s + icon + 10 * s;
        const float textW = cardW - textX - 12 * s;
        const float lineH = ImGui::GetTextLineHeight();
        size_t mostLines = 1;
        for (const char* key : coming) mostLines = std::max(mostLines, view::wrapLines(tr(key), textW).size());
        const float cardH = lineH * float(mostLines) + lineH * 0.25f * float(mostLines - 1) + 28 * s;
        for (int k = 0; k < n; ++k) {
            if (k) ImGui::SameLine(0, gap);
            ImVec2 lo, hi;
            ImGui::PushID(coming[k]);
            card("##soon", cardH, false, &lo, &hi, cardW);
            ImGui::PopID();
            icons::draw(dl, icons::Icon::Lock, ImVec2(lo.x + 14 * s + icon * 0.5f, (lo.y + hi.y) * 0.5f), icon, icons::u32(pal.textDim));
            const std::string text = tr(coming[k]);
            const auto lines = view::wrapLines(text, textW);
            float y = (lo.y + hi.y) * 0.5f - (lineH * float(lines.size()) + lineH * 0.25f * float(lines.size() - 1)) * 0.5f;
            for (const auto& [b, e] : lines) {
                dl->AddText(ImVec2(lo.x + textX, y), icons::u32(pal.textDim), text.data() + b, text.data() + e);
                y += lineH * 1.25f;
            }
        }
        endPage();
    }
};

} // namespace

std::unique_ptr<Screen> makeChapterScreen(Shell& game) { return std::make_unique<ChapterScreen>(game); }

} // namespace sp
