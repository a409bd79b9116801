// Wrapped text that breaks lines the way both of our languages need. ImGui 1.86 breaks only
// at spaces and after punctuation: a Chinese sentence (no spaces) runs on until the first
// number, and "2,600 km" can break after its comma. Here a line may break at a space or
// between two Chinese characters, never inside a word or a number, and never before closing
// punctuation such as ，。）.
#pragma once
#include "engine/render/color.h"

#include <string>
#include <utility>
#include <vector>

namespace sp::view {

// [begin, end) byte ranges of `text`, one per line, for lines at most `width` pixels wide in
// the current ImGui font. Everything from byte `keepWholeFrom` on (a short status after a
// sentence, "· on track", "· 已错过") is one piece: on the last line if it fits, else on its own.
std::vector<std::pair<size_t, size_t>> wrapLines(const std::string& text, float width,
                                                 size_t keepWholeFrom = std::string::npos);

// Draws `text` wrapped to the space left in the current window (or `width` if > 0).
void wrappedText(const std::string& text, gfx::Color color, float width = 0, size_t keepWholeFrom = std::string::npos);
void wrappedText(const std::string& text, float width = 0);   // in the current text color

} // namespace sp::view
