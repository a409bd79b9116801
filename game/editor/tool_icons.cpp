#include "game/editor/tool_icons.h"

#include "game/view/icons.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>

namespace sp::editor {

namespace {
constexpr float kPi = 3.14159265f;
ImVec2 at(ImVec2 c, float x, float y) { return ImVec2(c.x + x, c.y + y); }

// A curved arrow for undo (dir -1) and redo (+1).
void curvedArrow(ImDrawList* dl, ImVec2 c, float h, float w, ImU32 col, float dir) {
    const ImVec2 center = at(c, 0, h * 0.2f);
    const float r = h * 0.55f;
    const float a0 = dir < 0 ? kPi * 1.95f : kPi * 1.05f, a1 = dir < 0 ? kPi * 1.15f : kPi * 1.85f;
    dl->PathArcTo(center, r, a0, a1, 16);
    dl->PathStroke(col, 0, w);
    const ImVec2 tip(center.x + std::cos(a1) * r, center.y + std::sin(a1) * r);
    dl->AddTriangleFilled(at(tip, -dir * h * 0.05f, -h * 0.38f), at(tip, -dir * h * 0.05f, h * 0.32f), at(tip, dir * h * 0.4f, 0), col);
}
} // namespace

void drawTool(ImDrawList* dl, Tool tool, ImVec2 c, float s, ImU32 col) {
    const view::Palette& pal = view::palette();
    const float h = s * 0.5f, w = std::max(1.5f, s * 0.09f);
    switch (tool) {
    case Tool::Planet:
        dl->AddCircleFilled(c, h * 0.78f, icons::u32(pal.teal), 28);
        dl->AddCircleFilled(at(c, -h * 0.2f, -h * 0.15f), h * 0.3f, icons::u32(pal.success), 16);
        dl->AddCircle(c, h * 0.95f, icons::u32(gfx::withAlpha(pal.trajectory, 0.8f)), 28, w * 0.8f);
        break;
    case Tool::Zone:
        dl->AddCircleFilled(c, h * 0.8f, icons::u32(gfx::withAlpha(pal.tealBright, 0.25f)), 28);
        dl->AddCircle(c, h * 0.8f, icons::u32(pal.tealBright), 28, w);
        break;
    case Tool::Gate:
        for (int i = 0; i < 4; ++i) {
            const float y0 = -h * 0.8f + float(i) * h * 0.44f;
            dl->AddLine(at(c, 0, y0), at(c, 0, y0 + h * 0.26f), icons::u32(pal.accent), w);
        }
        dl->AddCircleFilled(at(c, 0, -h * 0.85f), w * 1.5f, icons::u32(pal.accent));
        dl->AddCircleFilled(at(c, 0, h * 0.85f), w * 1.5f, icons::u32(pal.accent));
        break;
    case Tool::Debris: {
        ImVec2 pts[9];
        const float rs[9] = {0.8f, 0.62f, 0.78f, 0.7f, 0.85f, 0.6f, 0.75f, 0.66f, 0.8f};
        for (int i = 0; i < 9; ++i) pts[i] = at(c, std::cos(float(i) * 2 * kPi / 9) * h * rs[i], std::sin(float(i) * 2 * kPi / 9) * h * rs[i]);
        for (int i = 0; i < 9; ++i) dl->AddTriangleFilled(c, pts[i], pts[(i + 1) % 9], icons::u32(gfx::rgb(0x8a909b)));
        dl->AddPolyline(pts, 9, icons::u32(pal.danger), ImDrawFlags_Closed, w * 0.7f);
        break;
    }
    case Tool::Station: icons::draw(dl, icons::Icon::Dish, c, s * 0.85f, col); break;
    case Tool::Craft: {   // a capsule in the ring the map draws around other craft
        dl->AddCircle(c, h * 0.85f, icons::u32(pal.trajectory), 28, w * 0.8f);
        const ImVec2 nose = at(c, 0, -h * 0.5f);
        dl->AddTriangleFilled(nose, at(c, h * 0.36f, h * 0.3f), at(c, -h * 0.36f, h * 0.3f), col);
        dl->AddRectFilled(at(c, -h * 0.36f, h * 0.3f), at(c, h * 0.36f, h * 0.45f), icons::u32(pal.trajectory));
        break;
    }
    case Tool::Ground: {   // a ground line with its handles, filled below
        const ImVec2 pts[4] = {at(c, -h * 0.85f, h * 0.1f), at(c, -h * 0.3f, -h * 0.35f), at(c, h * 0.25f, h * 0.05f),
                               at(c, h * 0.85f, -h * 0.25f)};
        const float bottom = c.y + h * 0.75f;
        for (int i = 0; i < 3; ++i)
            dl->AddQuadFilled(pts[i], pts[i + 1], ImVec2(pts[i + 1].x, bottom), ImVec2(pts[i].x, bottom),
                              icons::u32(gfx::rgb(0x4a5264)));
        dl->AddPolyline(pts, 4, col, 0, w);
        for (const ImVec2& p : pts) dl->AddCircleFilled(p, w * 1.4f, icons::u32(pal.accentHot));
        break;
    }
    case Tool::Duplicate:
        dl->AddRect(at(c, -h * 0.7f, -h * 0.7f), at(c, h * 0.25f, h * 0.25f), col, 3, 0, w);
        dl->AddRectFilled(at(c, -h * 0.25f, -h * 0.25f), at(c, h * 0.7f, h * 0.7f), col, 3);
        break;
    case Tool::Delete:   // a bin
        dl->AddLine(at(c, -h * 0.7f, -h * 0.5f), at(c, h * 0.7f, -h * 0.5f), col, w);
        dl->AddLine(at(c, -h * 0.2f, -h * 0.72f), at(c, h * 0.2f, -h * 0.72f), col, w);
        dl->AddQuad(at(c, -h * 0.5f, -h * 0.35f), at(c, h * 0.5f, -h * 0.35f), at(c, h * 0.4f, h * 0.75f), at(c, -h * 0.4f, h * 0.75f), col, w);
        dl->AddLine(at(c, 0, -h * 0.15f), at(c, 0, h * 0.55f), col, w * 0.8f);
        break;
    case Tool::Undo: curvedArrow(dl, c, h, w, col, -1); break;
    case Tool::Redo: curvedArrow(dl, c, h, w, col, 1); break;
    case Tool::ZoomIn:
    case Tool::ZoomOut:
        dl->AddLine(at(c, -h * 0.6f, 0), at(c, h * 0.6f, 0), col, w * 1.3f);
        if (tool == Tool::ZoomIn) dl->AddLine(at(c, 0, -h * 0.6f), at(c, 0, h * 0.6f), col, w * 1.3f);
        break;
    case Tool::FrameAll:   // four corners
        for (int sx = -1; sx <= 1; sx += 2)
            for (int sy = -1; sy <= 1; sy += 2) {
                const ImVec2 k = at(c, float(sx) * h * 0.7f, float(sy) * h * 0.7f);
                dl->AddLine(k, at(k, -float(sx) * h * 0.45f, 0), col, w);
                dl->AddLine(k, at(k, 0, -float(sy) * h * 0.45f), col, w);
            }
        dl->AddCircleFilled(c, h * 0.18f, col);
        break;
    case Tool::Grid:
        for (int i = -1; i <= 1; ++i) {
            dl->AddLine(at(c, float(i) * h * 0.45f, -h * 0.75f), at(c, float(i) * h * 0.45f, h * 0.75f), col, w * 0.7f);
            dl->AddLine(at(c, -h * 0.75f, float(i) * h * 0.45f), at(c, h * 0.75f, float(i) * h * 0.45f), col, w * 0.7f);
        }
        break;
    case Tool::Snap:   // a magnet
        dl->PathArcTo(at(c, 0, -h * 0.05f), h * 0.5f, 0, kPi, 16);
        dl->PathStroke(col, 0, w * 2.2f);
        dl->AddLine(at(c, -h * 0.5f, -h * 0.05f), at(c, -h * 0.5f, -h * 0.55f), col, w * 2.2f);
        dl->AddLine(at(c, h * 0.5f, -h * 0.05f), at(c, h * 0.5f, -h * 0.55f), col, w * 2.2f);
        dl->AddLine(at(c, -h * 0.5f, -h * 0.6f), at(c, -h * 0.5f, -h * 0.8f), icons::u32(pal.danger), w * 2.2f);
        dl->AddLine(at(c, h * 0.5f, -h * 0.6f), at(c, h * 0.5f, -h * 0.8f), icons::u32(pal.danger), w * 2.2f);
        break;
    }
}

bool toolButton(const char* id, Tool tool, ImVec2 size, const char* caption, const char* tooltip, bool enabled, bool active) {
    const view::Palette& pal = view::palette();
    const ImVec2 lo = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, size) && enabled;
    const ImVec2 hi = ImGui::GetItemRectMax();
    const bool hovered = ImGui::IsItemHovered();
    const bool held = enabled && ImGui::IsItemActive();
    gfx::Color bg = active ? gfx::mix(pal.panelLight, pal.teal, 0.55f) : pal.panelLight;
    if (!enabled) bg = gfx::withAlpha(pal.panelLight, 0.4f);
    else if (held) bg = pal.teal;
    else if (hovered) bg = gfx::mix(pal.panelLight, pal.border, 0.7f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = std::min(size.x, size.y) * 0.2f;
    dl->AddRectFilled(lo, hi, icons::u32(bg), rounding);
    dl->AddRect(lo, hi, icons::u32(active ? pal.tealBright : gfx::withAlpha(pal.border, enabled ? 1.0f : 0.5f)), rounding, 0, 1.5f);
    const ImU32 ink = icons::u32(enabled ? pal.text : gfx::withAlpha(pal.textDim, 0.6f));
    const float iconSize = std::min(size.x, size.y) * (caption ? 0.5f : 0.55f);
    float iconY = (lo.y + hi.y) * 0.5f;
    if (caption) {
        // The word under the icon, a little smaller than body text.
        const float fs = ImGui::GetFontSize() * 0.72f;
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(fs, size.x, 0, caption);
        iconY = lo.y + (size.y - ts.y) * 0.42f;
        dl->AddText(ImGui::GetFont(), fs, ImVec2((lo.x + hi.x - ts.x) * 0.5f, hi.y - ts.y - size.y * 0.08f),
                    icons::u32(enabled ? pal.textDim : gfx::withAlpha(pal.textDim, 0.5f)), caption);
    }
    drawTool(dl, tool, ImVec2((lo.x + hi.x) * 0.5f, iconY), iconSize, ink);
    if (tooltip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tooltip);
    return pressed;
}

} // namespace sp::editor
