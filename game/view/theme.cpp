// The Starpath ImGui style. Sizes are chosen at scale 1 for a 12-year-old on a laptop or a
// touch board: 21 px text, 45 px tall controls, round corners, room to breathe.
#include "game/view/theme.h"
#include <imgui.h>

namespace sp::view {

const Palette& palette() {
    static const Palette p;
    return p;
}

ImVec4 imColor(gfx::Color c) { return ImVec4(c.r, c.g, c.b, c.a); }
unsigned int imColorU32(gfx::Color c) { return ImGui::ColorConvertFloat4ToU32(imColor(c)); }

static ImVec4 v(gfx::Color c, float alphaMul = 1.0f) { return ImVec4(c.r, c.g, c.b, c.a * alphaMul); }
static ImVec4 v(gfx::Color c, gfx::Color d, float t, float alpha) {
    gfx::Color m = gfx::mix(c, d, t);
    return ImVec4(m.r, m.g, m.b, alpha);
}

void applyTheme(float scale) {
    const Palette& p = palette();
    ImGuiStyle& s = ImGui::GetStyle();

    s.WindowPadding = ImVec2(24, 20);
    s.FramePadding = ImVec2(18, 12);          // 21 px text + 24 = 45 px: a fingertip
    s.CellPadding = ImVec2(10, 8);
    s.ItemSpacing = ImVec2(14, 12);
    s.ItemInnerSpacing = ImVec2(10, 8);
    s.TouchExtraPadding = ImVec2(2, 2);
    s.IndentSpacing = 24;
    s.ScrollbarSize = 22;
    s.GrabMinSize = 30;
    s.WindowBorderSize = 1.5f;
    s.ChildBorderSize = 1;
    s.PopupBorderSize = 1.5f;
    s.FrameBorderSize = 0;
    s.TabBorderSize = 0;
    s.WindowRounding = 20;
    s.ChildRounding = 14;
    s.FrameRounding = 14;
    s.PopupRounding = 14;
    s.ScrollbarRounding = 12;
    s.GrabRounding = 12;
    s.TabRounding = 12;
    s.WindowTitleAlign = ImVec2(0.5f, 0.5f);
    s.ButtonTextAlign = ImVec2(0.5f, 0.5f);
    s.WindowMenuButtonPosition = ImGuiDir_None;
    s.AntiAliasedLines = true;
    s.AntiAliasedFill = true;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = v(p.text);
    c[ImGuiCol_TextDisabled] = v(p.textDim);
    c[ImGuiCol_WindowBg] = v(p.panel);
    c[ImGuiCol_ChildBg] = v(p.spaceMid, 0.55f);
    c[ImGuiCol_PopupBg] = v(p.panelLight, 0.98f);
    c[ImGuiCol_Border] = v(p.border, 0.75f);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = v(p.spaceMid, 0.9f);
    c[ImGuiCol_FrameBgHovered] = v(p.panelLight);
    c[ImGuiCol_FrameBgActive] = v(p.panelLight, p.teal, 0.25f, 1.0f);
    c[ImGuiCol_TitleBg] = v(p.spaceMid);
    c[ImGuiCol_TitleBgActive] = v(p.panelLight);
    c[ImGuiCol_TitleBgCollapsed] = v(p.spaceMid, 0.8f);
    c[ImGuiCol_MenuBarBg] = v(p.spaceMid);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = v(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = v(p.teal, 0.8f);
    c[ImGuiCol_ScrollbarGrabActive] = v(p.tealBright);
    c[ImGuiCol_CheckMark] = v(p.accent);
    c[ImGuiCol_SliderGrab] = v(p.accent);
    c[ImGuiCol_SliderGrabActive] = v(p.accentHot);
    c[ImGuiCol_Button] = v(p.teal, p.spaceMid, 0.45f, 1.0f);
    c[ImGuiCol_ButtonHovered] = v(p.teal);
    c[ImGuiCol_ButtonActive] = v(p.tealBright);
    c[ImGuiCol_Header] = v(p.teal, 0.45f);
    c[ImGuiCol_HeaderHovered] = v(p.teal, 0.7f);
    c[ImGuiCol_HeaderActive] = v(p.tealBright, 0.85f);
    c[ImGuiCol_Separator] = v(p.border, 0.6f);
    c[ImGuiCol_SeparatorHovered] = v(p.teal);
    c[ImGuiCol_SeparatorActive] = v(p.tealBright);
    c[ImGuiCol_ResizeGrip] = v(p.teal, 0.25f);
    c[ImGuiCol_ResizeGripHovered] = v(p.teal, 0.7f);
    c[ImGuiCol_ResizeGripActive] = v(p.tealBright);
    c[ImGuiCol_Tab] = v(p.spaceMid);
    c[ImGuiCol_TabHovered] = v(p.teal, 0.8f);
    c[ImGuiCol_TabActive] = v(p.teal, p.spaceMid, 0.35f, 1.0f);
    c[ImGuiCol_TabUnfocused] = v(p.spaceMid);
    c[ImGuiCol_TabUnfocusedActive] = v(p.panelLight);
    c[ImGuiCol_PlotLines] = v(p.tealBright);
    c[ImGuiCol_PlotLinesHovered] = v(p.accent);
    c[ImGuiCol_PlotHistogram] = v(p.teal);
    c[ImGuiCol_PlotHistogramHovered] = v(p.accent);
    c[ImGuiCol_TableHeaderBg] = v(p.panelLight);
    c[ImGuiCol_TableBorderStrong] = v(p.border);
    c[ImGuiCol_TableBorderLight] = v(p.border, 0.5f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = v(p.panelLight, 0.35f);
    c[ImGuiCol_TextSelectedBg] = v(p.teal, 0.45f);
    c[ImGuiCol_DragDropTarget] = v(p.accent);
    c[ImGuiCol_NavHighlight] = v(p.accent);
    c[ImGuiCol_NavWindowingHighlight] = v(p.text, 0.7f);
    c[ImGuiCol_NavWindowingDimBg] = v(p.spaceDeep, 0.6f);
    c[ImGuiCol_ModalWindowDimBg] = v(p.spaceDeep, 0.65f);

    s.ScaleAllSizes(scale);
}

} // namespace sp::view
