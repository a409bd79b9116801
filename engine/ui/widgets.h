// A few game-styled widgets on top of ImGui, so every screen looks the same: the big amber
// primary button, a quiet secondary button, a centered title, and a pill "chip" for values.
#pragma once
#include "engine/render/color.h"

namespace sp::ui {

// Full-width when width = 0 (-1 = natural size). Returns true when clicked.
bool primaryButton(const char* label, float width = -1);
bool secondaryButton(const char* label, float width = -1);
void titleText(const char* text);                 // large font, centered in the window
void centeredText(const char* text, gfx::Color color);
void chip(const char* text, gfx::Color background);   // a small rounded value badge

} // namespace sp::ui
