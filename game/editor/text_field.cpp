#include "game/editor/text_field.h"

namespace sp::editor {

namespace {
// ImGui asks for a bigger buffer as the text grows: hand it the string's, resized.
int resize(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(size_t(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}
} // namespace

bool inputText(const char* id, std::string& text, ImGuiInputTextFlags flags) {
    return ImGui::InputText(id, text.data(), text.capacity() + 1, flags | ImGuiInputTextFlags_CallbackResize, resize, &text);
}

bool inputTextMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags) {
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, flags | ImGuiInputTextFlags_CallbackResize,
                                     resize, &text);
}

bool inputTextHint(const char* id, const char* hint, std::string& text, ImGuiInputTextFlags flags) {
    return ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1, flags | ImGuiInputTextFlags_CallbackResize,
                                    resize, &text);
}

} // namespace sp::editor
