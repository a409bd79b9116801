// Building blocks shared by the menu screens and the editor's pages, so every page has the
// same frame: the living backdrop, a centered column with a title, a back button in the same
// corner.
#pragma once
#include "engine/render/color.h"

#include <imgui.h>

namespace sp {

class Shell;

// The living picture behind every menu (large on the title, a horizon on the others).
void drawBackdrop(Shell& game, bool titleLayout);

// The title's menu stands in the left part of the window, up to this fraction of its width;
// Earth fills the rest, which is where the game's notices go on the title (never over Play).
constexpr float kTitleMenuRight = 0.48f;

// Draws the backdrop and opens a transparent full-window ImGui window holding a centered
// column `maxWidth` wide (scaled by the UI scale). Always pair with endPage().
void beginPage(Shell& game, const char* id, float maxWidth);
void endPage();

// A large heading centered in the column, with an optional dim line under it. `compact`
// leaves less room above and below it (a page that must fit a short window).
void pageTitle(const char* title, const char* subtitle = nullptr, bool compact = false);

// The back button in the top-left corner of the window. True when pressed (or Esc).
bool backButton(Shell& game, const char* label);

// A clickable card: a rounded panel `height` tall across the column. Draw its content with
// the returned rectangle; true when clicked (and `enabled`).
bool card(const char* id, float height, bool enabled, ImVec2* lo, ImVec2* hi, float width = 0);

ImVec4 imColor(gfx::Color c);
void textColored(gfx::Color c, const char* text);
void wrappedText(const char* text, gfx::Color c);

} // namespace sp
