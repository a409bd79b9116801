// ImGui text fields over std::string. Dear ImGui's own std::string helpers (misc/cpp) are not
// in every build we link (the browser's ImGui is built without them), so the editor has these:
// the field grows its string through ImGui's resize callback, with no length limit of its own
// (validation reports a text that is too long, as it does for a file).
#pragma once
#include <imgui.h>

#include <string>

namespace sp::editor {

bool inputText(const char* id, std::string& text, ImGuiInputTextFlags flags = 0);
bool inputTextMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags = 0);
// A single-line field with grey text in it while it is empty ("My levels/level.json").
bool inputTextHint(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags = 0);

} // namespace sp::editor
