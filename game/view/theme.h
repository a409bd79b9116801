// The Starpath look: deep-space navy panels, teal for interactive things, a warm amber
// accent for the one thing to press, large rounded touch-sized controls (>= 44 px). The
// palette is public so world drawing and HUD use the same colors as the widgets. The engine
// knows none of it: the game hands applyTheme to ImGui's setup (ui::UiConfig::style).
#pragma once
#include "engine/render/color.h"

struct ImVec4;

namespace sp::view {

struct Palette {
    gfx::Color spaceDeep  = gfx::rgb(0x060b1a);   // background behind everything
    gfx::Color spaceMid   = gfx::rgb(0x0d1836);
    gfx::Color panel      = gfx::rgb(0x12214a, 0.94f);
    gfx::Color panelLight = gfx::rgb(0x1b2f63);
    gfx::Color border     = gfx::rgb(0x2e4a8a);
    gfx::Color teal       = gfx::rgb(0x1fb5a6);   // buttons, sliders, selection
    gfx::Color tealBright = gfx::rgb(0x45e0cc);
    gfx::Color accent     = gfx::rgb(0xffb23f);   // warm: the primary action, stars earned
    gfx::Color accentHot  = gfx::rgb(0xffcf70);
    gfx::Color text       = gfx::rgb(0xf2f6ff);
    gfx::Color textDim    = gfx::rgb(0x9fb0d6);
    gfx::Color success    = gfx::rgb(0x5be37d);
    gfx::Color danger     = gfx::rgb(0xff5d6c);
    gfx::Color trajectory = gfx::rgb(0x7fd8ff);
};

const Palette& palette();
// Applies colors and sizes to ImGui's style, sized for `scale` (ui::init and ui::setScale
// call it through UiConfig::style).
void applyTheme(float scale);

// The palette's colors in ImGui's types (include <imgui.h> to use the ImVec4).
ImVec4 imColor(gfx::Color c);
unsigned int imColorU32(gfx::Color c);

} // namespace sp::view
