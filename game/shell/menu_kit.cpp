#include "game/shell/menu_kit.h"

#include "engine/ui/ui.h"
#include "game/shell/shell.h"
#include "game/view/backdrop.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"

#include <algorithm>

namespace sp {

ImVec4 imColor(gfx::Color c) { return ImVec4(c.r, c.g, c.b, c.a); }

void textColored(gfx::Color c, const char* text) { ImGui::TextColored(imColor(c), "%s", text); }

void wrappedText(const char* text, gfx::Color c) { view::wrappedText(text, c); }

void drawBackdrop(Shell& game, bool titleLayout) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    view::drawBackdrop(game.renderer(), game.starfield(), game.time(), int(vp->Size.x), int(vp->Size.y),
                       titleLayout ? view::BackdropLayout::Title : view::BackdropLayout::Menu);
}

void beginPage(Shell& game, const char* id, float maxWidth) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    drawBackdrop(game, false);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    // A scrollbar appears only when a large UI scale makes the page taller than the window.
    ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const float width = std::min(maxWidth * ui::scale(), vp->Size.x - 2 * ImGui::GetStyle().WindowPadding.x);
    ImGui::SetCursorPosX((vp->Size.x - width) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    // The column's width, for content that wraps: ImGui wraps at the window's edge otherwise.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::Dummy(ImVec2(width, 0));
}

void endPage() {
    ImGui::PopTextWrapPos();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::End();
}

void pageTitle(const char* title, const char* subtitle, bool compact) {
    const float width = ImGui::CalcItemWidth();   // beginPage() pushed the column width
    const float x0 = ImGui::GetCursorPosX();
    ImGui::Dummy(ImVec2(0, (compact ? 4 : 24) * ui::scale()));
    // A title someone typed (a made level's) may use hanzi the title font lacks: then the body
    // font, which has every common one, scaled up to the title's size.
    const bool covered = ui::fontCovers(ui::FontRole::Title, title);
    ImGui::PushFont(ui::font(covered ? ui::FontRole::Title : ui::FontRole::Body));
    if (!covered) ImGui::SetWindowFontScale(ui::font(ui::FontRole::Title)->FontSize / ui::font(ui::FontRole::Body)->FontSize);
    ImGui::SetCursorPosX(x0 + std::max(0.0f, (width - ImGui::CalcTextSize(title).x) * 0.5f));
    ImGui::TextUnformatted(title);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (subtitle && *subtitle) {
        ImGui::SetCursorPosX(x0 + std::max(0.0f, (width - ImGui::CalcTextSize(subtitle).x) * 0.5f));
        textColored(view::palette().textDim, subtitle);
    }
    ImGui::Dummy(ImVec2(0, (compact ? 6 : 16) * ui::scale()));
}

bool backButton(Shell& game, const char* label) {
    const ImVec2 keep = ImGui::GetCursorPos();
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::SetCursorPos(ImVec2(st.WindowPadding.x + 6 * ui::scale(), st.WindowPadding.y + 6 * ui::scale()));
    const float size = 48 * ui::scale();
    bool pressed = icons::button("##back", icons::Icon::Back, size, false, nullptr);
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (size - ImGui::GetTextLineHeight()) * 0.5f);
    textColored(view::palette().textDim, label);
    ImGui::SetCursorPos(keep);
    if (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) pressed = true;
    if (pressed) game.click();
    return pressed;
}

bool card(const char* id, float height, bool enabled, ImVec2* lo, ImVec2* hi, float width) {
    const view::Palette& pal = view::palette();
    if (width <= 0) width = ImGui::CalcItemWidth();
    *lo = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height)) && enabled;
    *hi = ImGui::GetItemRectMax();
    const bool hovered = enabled && ImGui::IsItemHovered();
    const bool held = enabled && ImGui::IsItemActive();
    gfx::Color bg = enabled ? pal.panel : gfx::mix(pal.spaceDeep, pal.panel, 0.6f);
    if (hovered) bg = pal.panelLight;
    if (held) bg = gfx::mix(pal.panelLight, pal.teal, 0.3f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = 14 * ui::scale();
    dl->AddRectFilled(*lo, *hi, icons::u32(bg), rounding);
    dl->AddRect(*lo, *hi, icons::u32(hovered ? pal.tealBright : gfx::withAlpha(pal.border, enabled ? 1.0f : 0.5f)), rounding, 0,
                hovered ? 2.5f : 1.5f);
    return pressed;
}

} // namespace sp
