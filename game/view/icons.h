// Small vector icons drawn with ImGui's draw list: play, pause, stars, a lock, a radio dish.
// Drawn, not typed, because the UI font is a subset of a CJK font and has no emoji or
// symbol glyphs, and because drawn shapes stay crisp at every UI scale on a projector.
#pragma once
#include "engine/render/color.h"

#include <imgui.h>

namespace sp::icons {

enum class Icon {
    Play, Pause, Step, Restart, Hint, Vectors, Menu, Center, Back,
    Check, Cross, Lock, Dish, TurnLeft, TurnRight, Thrust, Parachute, Map,
};

ImU32 u32(gfx::Color c);

// Draws `icon` centered at `c`, about `size` pixels across.
void draw(ImDrawList* dl, Icon icon, ImVec2 c, float size, ImU32 color);
// A five-pointed star; filled, or an outline for a star not earned.
void star(ImDrawList* dl, ImVec2 c, float radius, bool filled, ImU32 color);
// A row of `total` stars, `earned` of them filled, as an ImGui item (advances the cursor).
void starRow(int earned, int total, float radius);

// A square button with an icon, at least 44 px for fingers. `active` draws it lit (a toggle
// that is on, the current speed). Hovering shows `tooltip` (may be null).
bool button(const char* id, Icon icon, float size, bool active = false, const char* tooltip = nullptr);
// The same with a short text instead of an icon ("4×"), `width` wide and `height` tall.
bool textButton(const char* id, const char* text, float width, float height, bool active = false, const char* tooltip = nullptr);

} // namespace sp::icons
