// Text drawn over the world (planet names, speeds next to a ship) through ImGui's background
// draw list: above the renderer's shapes, below every ImGui window, with the same fonts.
// Positions are window pixels (use Camera2D::worldToScreen). Call between ui::newFrame and
// ui::render, i.e. anywhere in the frame callback.
#pragma once
#include "engine/core/vec2.h"
#include "engine/render/color.h"
#include "engine/ui/ui.h"

namespace sp::ui {

enum class Align { Left, Center, Right };

struct LabelStyle {
    gfx::Color color = gfx::rgb(0xf2f6ff);
    Align align = Align::Center;
    bool vcenter = true;         // y is the middle of the text, else its top
    bool shadow = true;          // a soft dark outline keeps it readable over bright planets
    float scale = 1.0f;          // relative to the font's size
    FontRole font = FontRole::Body;
    gfx::Color background = gfx::rgb(0, 0);   // alpha > 0 draws a rounded pill behind
    // Move aside from the rectangles given to keepLabelsOut() and from the labels placed
    // before it this frame (that also made way): the nearest free spot within about one
    // label of where it was asked for, or where it overlaps least. For map labels, which
    // would otherwise hide under a panel or print over each other.
    bool makeWay = false;
};

// Returns the box the label took (its pill, or the text with a little air), in window pixels;
// empty (x0 >= x1) if nothing was drawn.
struct LabelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
LabelBox label(Vec2 screenPos, const char* utf8, const LabelStyle& style = {});

// A screen rectangle (window pixels) that labels with `makeWay` keep out of this frame: a
// panel drawn over the map. Forgotten at the next ImGui frame.
void keepLabelsOut(float x0, float y0, float x1, float y1);

} // namespace sp::ui
