// The flight's panels, in real units: telemetry (altitude, speed, Δv left, mission time,
// the current orbit) on the left, the goals checklist and the star rules on the right.
// ImGui windows styled by the theme; positions are window pixels chosen by the play screen.
#pragma once
#include "engine/render/color.h"
#include "game/sim/sim.h"

#include <imgui.h>

#include <vector>

namespace sp {
class Strings;
}

namespace sp::view {

// Flags shared by every HUD panel: no title bar, sized to content, never steals focus.
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                         ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;

// Where a panel was drawn, in window pixels.
struct PanelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
PanelBox currentPanelBox();   // the ImGui window being drawn now (between Begin and End)

// Its top-left corner at `topLeft`. Compact (short windows): without the lap time, which
// the burn panel's new orbit and the goals already speak of.
PanelBox telemetryPanel(const Sim& sim, const Strings& tr, ImVec2 topLeft, bool compact);
// Top-right corner at `topRight`, `width` wide.
PanelBox goalsPanel(const Sim& sim, const Strings& tr, ImVec2 topRight, float width);

// A thin progress bar in a given color (goals, fuel) with optional overlay text.
void colorBar(float fraction, ImVec4 color, float width, float height, const char* overlay = nullptr);

ImVec4 toImVec4(gfx::Color c);

} // namespace sp::view
