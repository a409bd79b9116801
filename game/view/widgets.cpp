// Game-styled widgets: thin wrappers that push the theme's accent colors around ImGui's own.
#include "game/view/widgets.h"
#include "engine/ui/ui.h"
#include "game/view/theme.h"
#include <imgui.h>
#include <algorithm>
#include <cmath>

namespace sp::view {

static ImU32 u32(gfx::Color c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }
static ImVec4 v4(gfx::Color c) { return ImVec4(c.r, c.g, c.b, c.a); }

static ImVec2 buttonSize(const char* label, float width, float heightScale) {
    const ImGuiStyle& s = ImGui::GetStyle();
    float h = ImGui::GetFrameHeight() * heightScale;
    float w = width == 0 ? ImGui::GetContentRegionAvail().x
            : width < 0 ? ImGui::CalcTextSize(label, nullptr, true).x + s.FramePadding.x * 3.0f
            : width;
    return ImVec2(w, h);
}

bool primaryButton(const char* label, float width) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Button, v4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, v4(p.accentHot));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, v4(gfx::mix(p.accent, gfx::rgb(0xc0601a), 0.4f)));
    ImGui::PushStyleColor(ImGuiCol_Text, v4(p.spaceDeep));   // dark on amber: high contrast
    bool clicked = ImGui::Button(label, buttonSize(label, width, 1.2f));
    ImGui::PopStyleColor(4);
    return clicked;
}

bool secondaryButton(const char* label, float width) {
    return ImGui::Button(label, buttonSize(label, width, 1.0f));
}

void titleText(const char* text) {
    ImGui::PushFont(ui::font(ui::FontRole::Title));
    float w = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - w) * 0.5f);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void centeredText(const char* text, gfx::Color color) {
    float w = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX((ImGui::GetWindowWidth() - w) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, v4(color));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void chip(const char* text, gfx::Color background) {
    ImVec2 ts = ImGui::CalcTextSize(text);
    ImVec2 pad(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.25f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), u32(background), size.y * 0.5f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), text);
    ImGui::Dummy(size);
}

void tooltip(const char* text) {
    // ImGui's own tooltip never wraps: a sentence would run off the window's edge.
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

namespace {

// The "-", slider and "+" of a value slider, `width` wide, on the current line.
bool stepControls(double& value, double lo, double hi, double step, float width, const std::vector<SliderBand>& bands) {
    bool changed = false;
    const float b = ImGui::GetFrameHeight();
    if (ImGui::Button("-", ImVec2(b, b))) {
        value -= step;
        changed = true;
    }
    ImGui::SameLine();
    float v = float(value);
    ImGui::SetNextItemWidth(std::max(b, width - 2 * (b + ImGui::GetStyle().ItemSpacing.x)));
    if (ImGui::SliderFloat("##s", &v, float(lo), float(hi), "", ImGuiSliderFlags_AlwaysClamp)) {
        value = v;
        changed = true;
    }
    if (!bands.empty() && hi > lo) {
        // Where ImGui's slider puts a value: its grab's centre runs between the grab's half
        // widths inside a 2 px padding (imgui_widgets.cpp, SliderBehaviorT).
        const ImVec2 a = ImGui::GetItemRectMin(), z = ImGui::GetItemRectMax();
        const float grab = ImGui::GetStyle().GrabMinSize, x0 = a.x + 2 + grab / 2, x1 = z.x - 2 - grab / 2;
        const float h = std::max(3.0f, (z.y - a.y) * 0.2f);
        auto x = [&](double at) { return x0 + float(std::clamp((at - lo) / (hi - lo), 0.0, 1.0)) * (x1 - x0); };
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (const SliderBand& band : bands)
            if (band.hi > band.lo) dl->AddRectFilled(ImVec2(x(band.lo), z.y - h), ImVec2(x(band.hi), z.y), u32(band.color));
    }
    ImGui::SameLine();
    if (ImGui::Button("+", ImVec2(b, b))) {
        value += step;
        changed = true;
    }
    // The ends of the range are values too (a level's top launch speed need not be a multiple
    // of the step): a slider pulled to its end, or a press past it, sets the end exactly.
    const double slack = step * 1e-3;
    if (changed) value = value >= hi - slack ? hi : (value <= lo + slack ? lo : std::round(value / step) * step);
    value = std::clamp(value, lo, hi);
    return changed;
}

} // namespace

bool valueSlider(const char* id, const char* label, const char* tip, double& value, double lo, double hi, double step,
                 const std::string& shown, gfx::Color valueColor, const std::vector<SliderBand>& bands) {
    ImGui::PushID(id);
    ImGui::TextUnformatted(label);
    if (tip && ImGui::IsItemHovered()) tooltip(tip);
    const float valueW = ImGui::CalcTextSize(shown.c_str()).x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - valueW);
    ImGui::TextColored(v4(valueColor), "%s", shown.c_str());
    const bool changed = stepControls(value, lo, hi, step, ImGui::GetContentRegionAvail().x, bands);
    ImGui::PopID();
    return changed;
}

bool valueSliderRow(const char* id, const char* label, float labelW, double& value, double lo, double hi, double step,
                    const std::string& shown, float shownW, gfx::Color valueColor) {
    ImGui::PushID(id);
    const float x0 = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(x0 + labelW);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const bool changed = stepControls(value, lo, hi, step, ImGui::GetContentRegionAvail().x - shownW - spacing, {});
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(shown.c_str()).x);
    ImGui::TextColored(v4(valueColor), "%s", shown.c_str());
    ImGui::PopID();
    return changed;
}

bool checkBox(const char* label, bool& value) {
    const Palette& pal = palette();
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, 2 * ui::scale()));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 6 * ui::scale());   // a box, not a round button
    ImGui::PushStyleColor(ImGuiCol_Border, imColor(pal.textDim));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, imColor(pal.panelLight));
    const bool clicked = ImGui::Checkbox(label, &value);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);
    return clicked;
}

bool numberField(const char* id, double& value, double speed, const double* lo, const double* hi, const char* shown,
                 gfx::Color border, bool* dragged) {
    // How far (pixels at scale 1) a press may wander and still be a tap that starts typing.
    constexpr float kTapSlopPx = 14;
    // Both are ImGui settings read inside DragScalar: set for this field only.
    ImGuiIO& io = ImGui::GetIO();
    const bool clickTypes = io.ConfigDragClickToInputText;
    const float threshold = io.MouseDragThreshold;
    io.ConfigDragClickToInputText = true;
    io.MouseDragThreshold = std::max(threshold, kTapSlopPx * ui::scale());
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, ui::scale()));
    ImGui::PushStyleColor(ImGuiCol_Border, imColor(border));
    const bool edited = ImGui::DragScalar(id, ImGuiDataType_Double, &value, float(speed), lo, hi, shown,
                                          ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoRoundToFormat);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (dragged) *dragged = ImGui::IsMouseDragging(ImGuiMouseButton_Left);
    io.ConfigDragClickToInputText = clickTypes;
    io.MouseDragThreshold = threshold;
    return edited;
}

} // namespace sp::view
