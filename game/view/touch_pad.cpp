#include "game/view/touch_pad.h"

#include "game/view/theme.h"

#include <algorithm>

namespace sp::view {

void TouchPad::layout(int w, int h, float scale, float bottomMargin) {
    radius_ = 38 * scale;   // 76 px across: comfortably above the 44 px finger minimum
    const float gap = 14 * scale;
    const float y = float(h) - bottomMargin - radius_;
    const float right = float(w) - 24 * scale - radius_;
    center_[Right] = {right, y};
    center_[Thrust] = {right - (2 * radius_ + gap), y - radius_ * 0.6f};
    center_[Left] = {right - 2 * (2 * radius_ + gap), y};
}

int TouchPad::hit(Vec2 p) const {
    for (int b = 0; b < Count; ++b)
        if (length(p - center_[b]) <= radius_ * 1.08) return b;
    return -1;
}

std::vector<platform::PointerEvent> TouchPad::handle(const std::vector<platform::PointerEvent>& events) {
    std::vector<platform::PointerEvent> rest;
    for (const platform::PointerEvent& e : events) {
        auto mine = std::find_if(presses_.begin(), presses_.end(), [&](const Press& p) { return p.pointer == e.id; });
        if (e.type == platform::PointerType::Down) {
            const int b = hit(e.pos);
            if (b >= 0) {
                if (mine == presses_.end()) presses_.push_back({e.id, Button(b)});
                continue;
            }
        } else if (mine != presses_.end()) {
            if (e.type == platform::PointerType::Up || e.type == platform::PointerType::Cancel) {
                presses_.erase(mine);
            } else {
                // Sliding a finger from one button to the next switches buttons.
                const int b = hit(e.pos);
                if (b >= 0) mine->button = Button(b);
            }
            continue;
        }
        rest.push_back(e);
    }
    return rest;
}

void TouchPad::release() { presses_.clear(); }

bool TouchPad::held(Button b) const {
    return std::any_of(presses_.begin(), presses_.end(), [&](const Press& p) { return p.button == b; });
}

void TouchPad::draw(const char* const labels[Count], const bool lit[Count]) const {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const view::Palette& pal = view::palette();
    const icons::Icon iconFor[Count] = {icons::Icon::TurnLeft, icons::Icon::Thrust, icons::Icon::TurnRight};
    for (int b = 0; b < Count; ++b) {
        const ImVec2 c(float(center_[b].x), float(center_[b].y));
        const bool on = held(Button(b)) || (lit && lit[b]);
        const gfx::Color fill = on ? (b == Thrust ? pal.accent : pal.teal) : gfx::withAlpha(pal.panel, 0.85f);
        dl->AddCircleFilled(c, radius_, icons::u32(fill), 40);
        dl->AddCircle(c, radius_, icons::u32(on ? pal.accentHot : pal.border), 40, 2.0f);
        icons::draw(dl, iconFor[b], c, radius_ * 1.25f, icons::u32(on ? pal.spaceDeep : pal.text));
        if (labels && labels[b]) {
            const ImVec2 ts = ImGui::CalcTextSize(labels[b]);
            const float fs = ImGui::GetFontSize() * 0.75f;
            const float tw = ts.x * 0.75f;
            dl->AddText(ImGui::GetFont(), fs, ImVec2(c.x - tw * 0.5f, c.y + radius_ + 4), icons::u32(pal.textDim), labels[b]);
        }
    }
}

PanelBox TouchPad::bounds() const {
    const float label = ImGui::GetFontSize() * 0.75f + 4;
    return {float(center_[Left].x) - radius_, float(center_[Left].y) - radius_, float(center_[Right].x) + radius_,
            float(center_[Left].y) + radius_ + label};
}

} // namespace sp::view
