// The living picture behind the menus: a starfield, Earth turning, and Dong Fang Hong 1 on
// its oval orbit. The title shows it large; the other menus show Earth's edge low on the
// screen, so every page feels like the same place.
#pragma once
#include "engine/render/renderer.h"
#include "engine/render/starfield.h"

namespace sp::view {

enum class BackdropLayout { Title, Menu };

void drawBackdrop(gfx::Renderer& r, const gfx::Starfield& stars, double time, int windowW, int windowH, BackdropLayout layout);

} // namespace sp::view
