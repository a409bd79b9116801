#include "game/view/touch_pad.h"

#include "game/view/theme.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

void TouchPad::layout(int w, int h, float scale, float bottomMargin, Kind kind, double headingRad, bool chute) {
    kind_ = kind;
    chute_ = chute;
    heading_ = headingRad;
    radius_ = 38 * scale;   // 76 px across: comfortably above the 44 px finger minimum
    const float gap = 14 * scale;
    const float y = float(h) - bottomMargin - radius_;
    const float right = float(w) - 24 * scale - radius_;
    center_[Right] = {right, y};
    center_[Thrust] = {right - (2 * radius_ + gap), y - radius_ * 0.6f};
    center_[Left] = {right - 2 * (2 * radius_ + gap), y};
    center_[Chute] = center_[Thrust];   // a capsule has no engine: the middle place is free
    // The thrusters: a cross in the bottom-left corner (the goals may reach far down the
    // right side, and a craft that only slides has no burn panel there), its arms along the
    // screen's axes nearest to the craft's own (a nose pointing right puts Forward on the right).
    const double arm = 1.3 * radius_ + gap * 0.25;
    const Vec2 mid{24 * scale + arm + radius_ * 0.8, y + radius_ - radius_ * 0.8 - arm};
    const double quarter = std::round(headingRad / (kPi / 2)) * (kPi / 2);
    const Vec2 nose{std::cos(quarter), -std::sin(quarter)};   // screen y points down
    const Vec2 left{nose.y, -nose.x};   // the craft's left, on screen
    center_[SlideForward] = mid + nose * arm;
    center_[SlideBack] = mid - nose * arm;
    center_[SlideLeft] = mid + left * arm;
    center_[SlideRight] = mid - left * arm;
}

int TouchPad::hit(Vec2 p) const {
    for (int b = 0; b < Count; ++b)
        if (shown(b) && length(p - center_[b]) <= radius_ * 1.08) return b;
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
    // Each arrow points the way its thrusters push on screen, at the craft's exact heading.
    const double slideAngle[Count] = {0, 0, 0, heading_, heading_ + kPi, heading_ + kPi / 2, heading_ - kPi / 2, 0};
    for (int b = 0; b < Count; ++b) {
        if (!shown(b)) continue;
        const ImVec2 c(float(center_[b].x), float(center_[b].y));
        const bool on = held(Button(b)) || (lit && lit[b]);
        const gfx::Color fill = on ? (b == Thrust ? pal.accent : pal.teal) : gfx::withAlpha(pal.panel, 0.85f);
        const float r = round(b) ? radius_ : radius_ * 0.8f;
        dl->AddCircleFilled(c, r, icons::u32(fill), 40);
        dl->AddCircle(c, r, icons::u32(on ? pal.accentHot : pal.border), 40, 2.0f);
        const ImU32 ink = icons::u32(on ? pal.spaceDeep : pal.text);
        if (b == Chute) {
            icons::draw(dl, icons::Icon::Parachute, c, radius_ * 1.1f, ink);
        } else if (b <= Right) {
            const icons::Icon iconFor[3] = {icons::Icon::TurnLeft, icons::Icon::Thrust, icons::Icon::TurnRight};
            icons::draw(dl, iconFor[b], c, radius_ * 1.25f, ink);
        } else {
            const float d = r * 0.45f;
            const ImVec2 f(float(std::cos(slideAngle[b])), float(-std::sin(slideAngle[b])));
            const ImVec2 side(-f.y, f.x);
            dl->AddTriangleFilled(ImVec2(c.x + f.x * d, c.y + f.y * d), ImVec2(c.x - f.x * d * 0.6f + side.x * d * 0.8f, c.y - f.y * d * 0.6f + side.y * d * 0.8f),
                                  ImVec2(c.x - f.x * d * 0.6f - side.x * d * 0.8f, c.y - f.y * d * 0.6f - side.y * d * 0.8f), ink);
        }
        if (labels && labels[b]) {
            const ImVec2 ts = ImGui::CalcTextSize(labels[b]);
            const float fs = ImGui::GetFontSize() * 0.75f;
            const float tw = ts.x * 0.75f;
            // Under an engine button; inside a thruster's, by its arrow's tail (the cross is tight).
            const ImVec2 at = round(b) ? ImVec2(c.x - tw * 0.5f, c.y + radius_ + 4) : ImVec2(c.x - tw * 0.5f, c.y + r * 0.45f);
            dl->AddText(ImGui::GetFont(), fs, at, round(b) ? icons::u32(pal.textDim) : ink, labels[b]);
        }
    }
}

PanelBox TouchPad::bounds() const {
    const float label = ImGui::GetFontSize() * 0.75f + 4;
    PanelBox box{1e9f, 1e9f, -1e9f, -1e9f};
    for (int b = 0; b < Count; ++b) {
        if (!shown(b)) continue;
        const float x = float(center_[b].x), y = float(center_[b].y);
        box.x0 = std::min(box.x0, x - radius_);
        box.y0 = std::min(box.y0, y - radius_);
        box.x1 = std::max(box.x1, x + radius_);
        box.y1 = std::max(box.y1, y + radius_ + (round(b) ? label : 0));
    }
    return box;
}

} // namespace sp::view
