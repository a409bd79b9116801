// A few game-styled widgets on top of ImGui, so every screen looks the same: the big amber
// primary button, a quiet secondary button, a centered title, a pill "chip" for values, and
// the play screen's value slider.
#pragma once
#include "engine/render/color.h"
#include <string>
#include <vector>

namespace sp::view {

// Full-width when width = 0 (-1 = natural size). Returns true when clicked.
bool primaryButton(const char* label, float width = -1);
bool secondaryButton(const char* label, float width = -1);
void titleText(const char* text);                 // large font, centered in the window
void centeredText(const char* text, gfx::Color color);
void chip(const char* text, gfx::Color background);   // a small rounded value badge
void tooltip(const char* text);                   // the hovered item's tip, wrapped to a readable width

// A labelled value with a slider and - / + buttons under it: fingers cannot place a slider
// to 0.01, buttons can. The value is written beside the label (a grab would hide it inside
// the slider). Values snap to `step` (or to the range's ends), so what the label shows is
// what is used.
// `tip` (may be null) shows when the label is hovered. Returns true when the value changed.
// `bands` colour stretches of the track (the entry corridor on a burn's size), as a strip
// along the slider's bottom edge.
struct SliderBand {
    double lo = 0, hi = 0;
    gfx::Color color;
};
bool valueSlider(const char* id, const char* label, const char* tip, double& value, double lo, double hi, double step,
                 const std::string& shown, gfx::Color valueColor, const std::vector<SliderBand>& bands = {});
// The same on one line, for a panel of several: the label in a column `labelW` wide, then
// "-", the slider and "+", then the value right-aligned in the last `shownW`.
bool valueSliderRow(const char* id, const char* label, float labelW, double& value, double lo, double hi, double step,
                    const std::string& shown, float shownW, gfx::Color valueColor);

// A checkbox whose box is outlined and lighter than the panel, so an unticked one is seen
// too (ImGui's theme leaves it nearly the panel's colour). True when clicked.
bool checkBox(const char* label, bool& value);

// A number field as a teacher at a touch board expects one: one click or tap starts typing
// (ImGui's drag field wants a double-click), and dragging left or right changes the value by
// `speed` a pixel once the pointer has moved further than a fingertip wobbles while it taps.
// `shown` is the value as drawn (ImGui draws a format without '%' as it is). `lo`, `hi` (may
// be null) clamp it. Outlined in `border`, so it looks like a field. True when it changed;
// `dragged` says whether by a drag (a typed number is to be kept exactly as typed).
bool numberField(const char* id, double& value, double speed, const double* lo, const double* hi, const char* shown,
                 gfx::Color border, bool* dragged = nullptr);

} // namespace sp::view
