// The editor's two whole pages: choosing a template for a new level, and opening one of My
// levels (or any file: a path natively, the file picker in the browser).
#include "game/editor/editor.h"

#include "engine/platform/files.h"
#include "engine/ui/ui.h"
#include "game/editor/text_field.h"
#include "game/shell/menu_kit.h"
#include "game/shell/my_levels.h"
#include "game/shell/shell.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>

namespace sp {

namespace {
// The first sentence of a text, for a card.
std::string firstSentence(const std::string& s) {
    for (const char* end : {". ", u8"。"}) {
        const size_t at = s.find(end);
        if (at != std::string::npos) return s.substr(0, at + std::char_traits<char>::length(end));
    }
    return s;
}

// Text wrapped as the game wraps it (Chinese breaks between characters, never before 。), in
// the current font. Returns its height.
float wrappedAt(ImDrawList* dl, const std::string& text, ImVec2 at, float width, ImU32 color) {
    const float line = ImGui::GetTextLineHeight();
    const auto lines = view::wrapLines(text, width);
    for (size_t i = 0; i < lines.size(); ++i)
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x, at.y + float(i) * line), color, text.data() + lines[i].first,
                    text.data() + lines[i].second);
    return float(lines.size()) * line;
}
float wrappedHeight(const std::string& text, float width) {
    return float(std::max<size_t>(view::wrapLines(text, width).size(), 1)) * ImGui::GetTextLineHeight();
}

// A card's title: the title font at 70%, as the other pages' cards use it.
void pushCardTitleFont() {
    ImGui::PushFont(ui::font(ui::FontRole::Title));
    ImGui::SetWindowFontScale(0.7f);
}
void popCardTitleFont() {
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

// A little map of a level, in the box [lo, hi]: its planets, zones, gates, rocks and ship,
// so a template shows what it is before a word is read.
void miniMap(ImDrawList* dl, const Level& level, ImVec2 lo, ImVec2 hi) {
    const view::Palette& pal = view::palette();
    edit::Box box = edit::boundsOf(level);
    if (box.empty) return;
    const Vec2 c = (box.lo + box.hi) * 0.5;
    const double extent = std::max({box.hi.x - box.lo.x, box.hi.y - box.lo.y, 1000.0 * edit::sizeScale(level)}) * 1.15;   // a site of metres: metres
    const float side = std::min(hi.x - lo.x, hi.y - lo.y);
    const double k = side / extent;
    const ImVec2 mid((lo.x + hi.x) * 0.5f, (lo.y + hi.y) * 0.5f);
    auto at = [&](double x, double y) { return ImVec2(mid.x + float((x - c.x) * k), mid.y - float((y - c.y) * k)); };
    dl->AddRectFilled(lo, hi, icons::u32(gfx::withAlpha(pal.spaceDeep, 0.7f)), 10);
    dl->PushClipRect(lo, hi, true);
    for (const Zone& z : level.zones) {
        dl->AddCircleFilled(at(z.x_km, z.y_km), std::max(3.0f, float(z.radius_km * k)), icons::u32(gfx::withAlpha(pal.tealBright, 0.25f)));
        dl->AddCircle(at(z.x_km, z.y_km), std::max(3.0f, float(z.radius_km * k)), icons::u32(pal.tealBright), 0, 1.5f);
    }
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        const Attractor& a = level.attractors[i];
        const Vec2 p = edit::attractorAt(level, int(i));   // a moon on its orbit: where it starts
        const gfx::Color body = a.look == "moon" ? gfx::rgb(0xa7a9b0) : a.look == "mars" ? gfx::rgb(0xc4623a) : gfx::rgb(0x2f6fd0);
        const float r = std::max(2.5f, float(a.radius_km * k));
        if (a.atmosphere_km > 0) dl->AddCircle(at(p.x, p.y), r + 1.5f, icons::u32(gfx::withAlpha(gfx::rgb(0x6fc3ff), 0.6f)), 0, 2);
        dl->AddCircleFilled(at(p.x, p.y), r, icons::u32(body));
    }
    // A landing site's ground: the line, and the ground under it filled to the bottom.
    // (Its strips unsmoothed: smoothed edges would show as seams between them.)
    const ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (size_t i = 1; i < level.ground.size(); ++i) {
        const GroundPoint &g0 = level.ground[i - 1], &g1 = level.ground[i];
        const ImVec2 a = at(g0.x_km, g0.y_km), b = at(g1.x_km, g1.y_km);
        dl->AddQuadFilled(a, b, ImVec2(b.x, hi.y), ImVec2(a.x, hi.y), icons::u32(gfx::rgb(0x5d6069)));
    }
    dl->Flags = flags;
    for (size_t i = 1; i < level.ground.size(); ++i) {
        const GroundPoint &g0 = level.ground[i - 1], &g1 = level.ground[i];
        dl->AddLine(at(g0.x_km, g0.y_km), at(g1.x_km, g1.y_km), icons::u32(gfx::rgb(0xc9ccd3)), 1.5f);
    }
    for (const Ship& c : level.craft) dl->AddCircleFilled(at(c.x_km, c.y_km), 3.0f, icons::u32(pal.trajectory));
    for (const Gate& g : level.gates) dl->AddLine(at(g.x1_km, g.y1_km), at(g.x2_km, g.y2_km), icons::u32(pal.accent), 2);
    for (const Debris& d : level.debris) dl->AddCircleFilled(at(d.x_km, d.y_km), 2.5f, icons::u32(gfx::rgb(0xaab0bb)));
    dl->AddCircleFilled(at(level.ship.x_km, level.ship.y_km), 3.5f, icons::u32(pal.accentHot));
    dl->PopClipRect();
}
} // namespace

void EditorScreen::templatesPage() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    beginPage(game_, "##editorTemplates", 1000);
    if (dialog_ == Dialog::None && backButton(game_, tr("common.back"))) {
        if (doc_) mode_ = Mode::Edit;
        else game_.flow().go(ScreenId::Title);
    }
    pageTitle(tr("editor.templates_title"), tr("editor.templates_subtitle"));
    ensureTemplates();

    const float avail = ImGui::CalcItemWidth();
    const float gap = 16 * s;
    const int count = int(templates_.size()) + 1;   // and "open one of my levels"
    const int columns = std::clamp(int((avail + gap) / (280 * s + gap)), 1, std::min(count, 4));
    const float cardW = (avail - gap * float(columns - 1)) / float(columns);
    // Inside a card: the title across the top (wrapping if it must), under it the first sentence
    // of the briefing beside a little map. Every card is as tall as the tallest one needs, so
    // a long title or a Chinese description never runs into the text below it.
    const float pad = 16 * s, inner = 12 * s;
    const float thumb = std::clamp(cardW * 0.36f, 72 * s, 120 * s);
    const float titleW = cardW - 2 * pad;
    auto titleOf = [&](int i) { return i < count - 1 ? game_.text(templates_[size_t(i)].level.title) : std::string(tr("editor.open_mine")); };
    auto aboutOf = [&](int i) {
        return i < count - 1 ? firstSentence(game_.text(templates_[size_t(i)].level.briefing)) : std::string(tr("editor.open_mine_tip"));
    };
    auto aboutW = [&](int i) { return i < count - 1 ? titleW - thumb - inner : titleW; };
    float cardH = 0;
    for (int i = 0; i < count; ++i) {
        pushCardTitleFont();
        const float titleH = wrappedHeight(titleOf(i), titleW);
        popCardTitleFont();
        const float body = std::max(wrappedHeight(aboutOf(i), aboutW(i)), i < count - 1 ? thumb : 0.0f);
        cardH = std::max(cardH, pad + titleH + inner * 0.5f + body + pad);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i) {
        if (i % columns != 0) ImGui::SameLine(0, gap);
        ImVec2 lo, hi;
        ImGui::PushID(i);
        const bool pressed = card("##template", cardH, true, &lo, &hi, cardW);
        ImGui::PopID();
        const bool isTemplate = i < count - 1;
        const float x = lo.x + pad;
        pushCardTitleFont();
        const float titleH = wrappedAt(dl, titleOf(i), ImVec2(x, lo.y + pad), titleW, icons::u32(isTemplate ? pal.accentHot : pal.tealBright));
        popCardTitleFont();
        const float bodyY = lo.y + pad + titleH + inner * 0.5f;
        wrappedAt(dl, aboutOf(i), ImVec2(x, bodyY), aboutW(i), icons::u32(isTemplate ? pal.text : pal.textDim));
        if (!isTemplate) {
            if (pressed && dialog_ == Dialog::None) {
                game_.click();
                myLevels_.reset();
                mode_ = Mode::Open;
            }
            continue;
        }
        miniMap(dl, templates_[size_t(i)].level, ImVec2(hi.x - pad - thumb, bodyY), ImVec2(hi.x - pad, bodyY + thumb));
        if (pressed && dialog_ == Dialog::None) {
            game_.click();
            setDocument(edit::startFrom(templates_[size_t(i)]), "");
        }
    }
    for (const std::string& e : templateErrors_) view::wrappedText(e, pal.danger);
    endPage();
}

void EditorScreen::openPage() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    beginPage(game_, "##editorOpen", 900);
    if (dialog_ == Dialog::None && backButton(game_, tr("common.back"))) mode_ = doc_ ? Mode::Edit : Mode::Templates;
    const bool browser = platform::browserFiles();
    const std::string folder = edit::myLevelsDir(game_.userDir());
    pageTitle(tr("editor.open_title"), browser ? tr("editor.open_subtitle_web") : tr.format("editor.open_subtitle", {folder}).c_str());

    if (!myLevels_) myLevels_ = edit::listMyLevels(game_.userDir());
    if (myLevels_->empty()) view::wrappedText(tr("editor.no_levels"), pal.textDim);
    const MyLevelPick pick = myLevelCards(tr, *myLevels_, false);
    if (pick.action == MyLevelAction::Edit && dialog_ == Dialog::None) {
        game_.click();
        const std::string path = (*myLevels_)[pick.index].path;
        openFile(path);
    }

    ImGui::Dummy(ImVec2(0, 12 * s));
    ImGui::TextColored(view::imColor(pal.accentHot), "%s", tr("editor.open_other"));
    if (browser) {
        if (view::secondaryButton(tr("editor.open_file"))) platform::requestOpenFile();
    } else {
        const float buttonW = 140 * s;
        ImGui::SetNextItemWidth(ImGui::CalcItemWidth() - buttonW - ImGui::GetStyle().ItemSpacing.x);
        const bool enter = editor::inputTextHint("##path", tr("editor.path_hint"), openPath_, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((view::secondaryButton(tr("editor.open_button"), buttonW) || enter) && !openPath_.empty()) openFile(openPath_);
    }
    endPage();
}

} // namespace sp
