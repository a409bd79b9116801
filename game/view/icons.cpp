#include "game/view/icons.h"

#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <algorithm>
#include <cmath>

namespace sp::icons {

namespace {
constexpr float kPi = 3.14159265f;

ImVec2 add(ImVec2 a, float x, float y) { return ImVec2(a.x + x, a.y + y); }

// Background of a square button in the theme's colors.
void buttonFrame(ImDrawList* dl, ImVec2 lo, ImVec2 hi, bool hovered, bool held, bool active) {
    const view::Palette& p = view::palette();
    gfx::Color bg = active ? p.teal : p.panelLight;
    if (held) bg = active ? p.tealBright : p.border;
    else if (hovered) bg = active ? p.tealBright : gfx::mix(p.panelLight, p.border, 0.6f);
    const float rounding = std::min(hi.x - lo.x, hi.y - lo.y) * 0.22f;
    dl->AddRectFilled(lo, hi, u32(bg), rounding);
    dl->AddRect(lo, hi, u32(active ? p.tealBright : p.border), rounding, 0, 1.5f);
}

bool boxItem(const char* id, ImVec2 size, bool* hovered, bool* held, ImVec2* lo, ImVec2* hi) {
    *lo = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, size);
    *hi = ImGui::GetItemRectMax();
    *hovered = ImGui::IsItemHovered();
    *held = ImGui::IsItemActive();
    return pressed;
}
} // namespace

ImU32 u32(gfx::Color c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

void star(ImDrawList* dl, ImVec2 c, float r, bool filled, ImU32 color) {
    ImVec2 pts[10];
    for (int i = 0; i < 10; ++i) {
        const float a = -kPi / 2 + float(i) * kPi / 5;
        const float rr = (i % 2 == 0) ? r : r * 0.45f;
        pts[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
    }
    if (filled) {
        // The star is concave: fill it as five spikes around a pentagon, without antialiased
        // fringes (they would draw faint seams between the pieces), then smooth the rim.
        const ImDrawListFlags keep = dl->Flags;
        dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
        ImVec2 inner[5];
        for (int i = 0; i < 5; ++i) inner[i] = pts[i * 2 + 1];
        dl->AddConvexPolyFilled(inner, 5, color);
        for (int i = 0; i < 5; ++i) dl->AddTriangleFilled(pts[(i * 2 + 9) % 10], pts[i * 2], pts[i * 2 + 1], color);
        dl->Flags = keep;
        dl->AddPolyline(pts, 10, color, ImDrawFlags_Closed, 1.0f);
    } else {
        dl->AddPolyline(pts, 10, color, ImDrawFlags_Closed, std::max(1.5f, r * 0.14f));
    }
}

void starRow(int earned, int total, float radius) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float step = radius * 2.3f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < total; ++i) {
        const ImVec2 c(at.x + radius + float(i) * step, at.y + radius);
        const bool on = i < earned;
        star(dl, c, radius, on, u32(on ? view::palette().accent : withAlpha(view::palette().textDim, 0.8f)));
    }
    ImGui::Dummy(ImVec2(step * float(total) - (step - 2 * radius), radius * 2));
}

void draw(ImDrawList* dl, Icon icon, ImVec2 c, float s, ImU32 col) {
    const float h = s * 0.5f, w = std::max(1.5f, s * 0.1f);
    switch (icon) {
    case Icon::Play:
        dl->AddTriangleFilled(add(c, -h * 0.55f, -h * 0.7f), add(c, h * 0.75f, 0), add(c, -h * 0.55f, h * 0.7f), col);
        break;
    case Icon::Pause:
        dl->AddRectFilled(add(c, -h * 0.6f, -h * 0.7f), add(c, -h * 0.15f, h * 0.7f), col, 2);
        dl->AddRectFilled(add(c, h * 0.15f, -h * 0.7f), add(c, h * 0.6f, h * 0.7f), col, 2);
        break;
    case Icon::Step:
        dl->AddTriangleFilled(add(c, -h * 0.7f, -h * 0.6f), add(c, h * 0.3f, 0), add(c, -h * 0.7f, h * 0.6f), col);
        dl->AddRectFilled(add(c, h * 0.4f, -h * 0.6f), add(c, h * 0.7f, h * 0.6f), col, 1);
        break;
    case Icon::Restart: {
        dl->PathArcTo(c, h * 0.62f, -kPi * 0.35f, kPi * 1.35f, 24);
        dl->PathStroke(col, 0, w);
        const ImVec2 tip(c.x + std::cos(-kPi * 0.35f) * h * 0.62f, c.y + std::sin(-kPi * 0.35f) * h * 0.62f);
        dl->AddTriangleFilled(add(tip, -h * 0.38f, -h * 0.12f), add(tip, h * 0.14f, -h * 0.42f), add(tip, h * 0.16f, h * 0.18f), col);
        break;
    }
    case Icon::Hint:   // a light bulb
        dl->AddCircle(add(c, 0, -h * 0.18f), h * 0.48f, col, 20, w);
        dl->AddLine(add(c, -h * 0.22f, h * 0.45f), add(c, h * 0.22f, h * 0.45f), col, w);
        dl->AddLine(add(c, -h * 0.16f, h * 0.68f), add(c, h * 0.16f, h * 0.68f), col, w);
        dl->AddLine(add(c, 0, -h * 0.05f), add(c, 0, h * 0.3f), col, w);
        break;
    case Icon::Vectors:
        dl->AddLine(add(c, -h * 0.7f, h * 0.6f), add(c, h * 0.5f, -h * 0.45f), col, w);
        dl->AddTriangleFilled(add(c, h * 0.75f, -h * 0.7f), add(c, h * 0.18f, -h * 0.55f), add(c, h * 0.6f, -h * 0.12f), col);
        dl->AddCircleFilled(add(c, -h * 0.7f, h * 0.6f), w * 1.3f, col);
        break;
    case Icon::Menu:
        for (int i = -1; i <= 1; ++i) dl->AddLine(add(c, -h * 0.62f, float(i) * h * 0.5f), add(c, h * 0.62f, float(i) * h * 0.5f), col, w);
        break;
    case Icon::Center:   // a crosshair: "look at the ship again"
        dl->AddCircle(c, h * 0.5f, col, 20, w);
        for (int i = 0; i < 4; ++i) {
            const float a = float(i) * kPi / 2;
            dl->AddLine(add(c, std::cos(a) * h * 0.3f, std::sin(a) * h * 0.3f), add(c, std::cos(a) * h * 0.85f, std::sin(a) * h * 0.85f), col, w);
        }
        break;
    case Icon::Map:   // a folded map: three panels, a track across them
        dl->AddRect(add(c, -h * 0.8f, -h * 0.5f), add(c, h * 0.8f, h * 0.5f), col, 0, 0, w);
        dl->AddLine(add(c, -h * 0.27f, -h * 0.5f), add(c, -h * 0.27f, h * 0.5f), col, w * 0.7f);
        dl->AddLine(add(c, h * 0.27f, -h * 0.5f), add(c, h * 0.27f, h * 0.5f), col, w * 0.7f);
        dl->AddBezierCubic(add(c, -h * 0.8f, h * 0.15f), add(c, -h * 0.3f, -h * 0.55f), add(c, h * 0.3f, h * 0.55f),
                           add(c, h * 0.8f, -h * 0.15f), col, w, 16);
        break;
    case Icon::Back:
        dl->AddLine(add(c, h * 0.25f, -h * 0.6f), add(c, -h * 0.35f, 0), col, w * 1.3f);
        dl->AddLine(add(c, -h * 0.35f, 0), add(c, h * 0.25f, h * 0.6f), col, w * 1.3f);
        break;
    case Icon::Check:
        dl->AddLine(add(c, -h * 0.6f, 0), add(c, -h * 0.15f, h * 0.45f), col, w * 1.4f);
        dl->AddLine(add(c, -h * 0.15f, h * 0.45f), add(c, h * 0.65f, -h * 0.5f), col, w * 1.4f);
        break;
    case Icon::Cross:
        dl->AddLine(add(c, -h * 0.5f, -h * 0.5f), add(c, h * 0.5f, h * 0.5f), col, w * 1.4f);
        dl->AddLine(add(c, h * 0.5f, -h * 0.5f), add(c, -h * 0.5f, h * 0.5f), col, w * 1.4f);
        break;
    case Icon::Lock:
        dl->AddRectFilled(add(c, -h * 0.55f, -h * 0.05f), add(c, h * 0.55f, h * 0.7f), col, 3);
        dl->PathArcTo(add(c, 0, -h * 0.1f), h * 0.36f, kPi, 2 * kPi, 12);
        dl->PathStroke(col, 0, w * 1.2f);
        dl->AddLine(add(c, -h * 0.36f, -h * 0.1f), add(c, -h * 0.36f, 0), col, w * 1.2f);
        dl->AddLine(add(c, h * 0.36f, -h * 0.1f), add(c, h * 0.36f, 0), col, w * 1.2f);
        break;
    case Icon::Dish: {   // a ground-station dish: bowl, feed arm, mast
        dl->PathArcTo(add(c, -h * 0.1f, -h * 0.2f), h * 0.6f, kPi * 0.15f, kPi * 0.95f, 14);
        dl->PathStroke(col, 0, w * 1.3f);
        dl->AddLine(add(c, -h * 0.1f, -h * 0.2f), add(c, h * 0.35f, -h * 0.62f), col, w);
        dl->AddCircleFilled(add(c, h * 0.38f, -h * 0.65f), w * 1.2f, col);
        dl->AddLine(add(c, -h * 0.1f, h * 0.35f), add(c, -h * 0.1f, h * 0.7f), col, w * 1.3f);
        dl->AddLine(add(c, -h * 0.45f, h * 0.7f), add(c, h * 0.25f, h * 0.7f), col, w * 1.3f);
        break;
    }
    case Icon::TurnLeft:
    case Icon::TurnRight: {
        const float dir = icon == Icon::TurnLeft ? -1.0f : 1.0f;
        dl->PathArcTo(add(c, 0, h * 0.35f), h * 0.7f, kPi * (dir < 0 ? 1.15f : 1.85f), kPi * 1.5f, 14);
        dl->PathStroke(col, 0, w * 1.3f);
        const ImVec2 tip = add(c, dir * h * 0.66f, h * 0.05f);
        dl->AddTriangleFilled(add(tip, 0, -h * 0.42f), add(tip, dir * h * 0.32f, h * 0.14f), add(tip, -dir * h * 0.3f, h * 0.12f), col);
        break;
    }
    case Icon::Thrust:   // a flame under a nozzle
        dl->AddTriangleFilled(add(c, 0, -h * 0.8f), add(c, h * 0.45f, -h * 0.1f), add(c, -h * 0.45f, -h * 0.1f), col);
        dl->AddRectFilled(add(c, -h * 0.3f, -h * 0.1f), add(c, h * 0.3f, h * 0.15f), col);
        dl->AddTriangleFilled(add(c, -h * 0.25f, h * 0.25f), add(c, h * 0.25f, h * 0.25f), add(c, 0, h * 0.85f), col);
        break;
    case Icon::Parachute: {   // a canopy, its lines, and the capsule hanging below
        const ImVec2 top = add(c, 0, -h * 0.15f);
        dl->PathArcTo(top, h * 0.7f, 3.14159265f, 2 * 3.14159265f, 16);
        dl->PathFillConvex(col);
        const ImVec2 load = add(c, 0, h * 0.65f);
        for (const float x : {-0.7f, -0.25f, 0.25f, 0.7f}) dl->AddLine(add(c, h * x, -h * 0.15f), load, col, std::max(1.0f, h * 0.08f));
        dl->AddRectFilled(add(c, -h * 0.18f, h * 0.55f), add(c, h * 0.18f, h * 0.85f), col);
        break;
    }
    }
}

bool button(const char* id, Icon icon, float size, bool active, const char* tooltip) {
    bool hovered, held;
    ImVec2 lo, hi;
    const bool pressed = boxItem(id, ImVec2(size, size), &hovered, &held, &lo, &hi);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    buttonFrame(dl, lo, hi, hovered, held, active);
    const ImVec2 c((lo.x + hi.x) * 0.5f, (lo.y + hi.y) * 0.5f);
    draw(dl, icon, c, size * 0.5f, u32(active ? view::palette().spaceDeep : view::palette().text));
    if (hovered && tooltip) view::tooltip(tooltip);
    return pressed;
}

bool textButton(const char* id, const char* text, float width, float height, bool active, const char* tooltip) {
    bool hovered, held;
    ImVec2 lo, hi;
    const bool pressed = boxItem(id, ImVec2(width, height), &hovered, &held, &lo, &hi);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    buttonFrame(dl, lo, hi, hovered, held, active);
    const ImVec2 ts = ImGui::CalcTextSize(text);
    dl->AddText(ImVec2((lo.x + hi.x - ts.x) * 0.5f, (lo.y + hi.y - ts.y) * 0.5f),
                u32(active ? view::palette().spaceDeep : view::palette().text), text);
    if (hovered && tooltip) view::tooltip(tooltip);
    return pressed;
}

} // namespace sp::icons
