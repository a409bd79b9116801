// The editor's buttons with drawn icons: the objects one can add (drawn like the map draws
// them), the edit actions and the view's toggles. Drawn, not typed, for the same reasons as
// game/view/icons.h: the UI font has no symbol glyphs, and shapes stay crisp at any scale.
#pragma once
#include <imgui.h>

namespace sp::editor {

enum class Tool {
    Planet, Zone, Gate, Debris, Station, Craft, Ground,   // add
    Duplicate, Delete, Undo, Redo,             // edit
    ZoomIn, ZoomOut, FrameAll, Grid, Snap,     // view
};

void drawTool(ImDrawList* dl, Tool tool, ImVec2 center, float size, ImU32 color);

// A square button with the icon and, if `caption` is given, a short word under it. A
// disabled button still shows its tooltip (which then says why it is disabled).
bool toolButton(const char* id, Tool tool, ImVec2 size, const char* caption, const char* tooltip, bool enabled = true,
                bool active = false);

} // namespace sp::editor
