// ImGui text fields <-> SDL's text input and the IME; the browser's bridge is
// text_input_web.js. See text_input.h for why.
#include "engine/ui/text_input.h"

#include "engine/core/log.h"
#include "engine/platform/files.h"
#include <SDL.h>
#include <imgui.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace sp::ui {

namespace {
int g_active = -1;        // -1: not known yet (SDL starts text input by itself on desktops)
TextCaret g_caret;
} // namespace

// ImGui 1.86 calls this from EndFrame whenever the caret of the active field has moved, with
// the top-left of the caret's line in window pixels (1.87 replaced it by PlatformImeDataFn).
static void placeCaret(int x, int y) {
    int h = int(ImGui::GetFontSize() + 0.5f);
    g_caret = {x, y, h, true};
    // The IME opens its candidate window just below this rectangle.
    SDL_Rect r{x, y, 1, h};
    SDL_SetTextInputRect(&r);
#ifdef __EMSCRIPTEN__
    EM_ASM({ Module.starpathText.place($0, $1, $2); }, x, y, h);
#endif
}

void initTextInput() {
    g_active = -1;
    g_caret = {};
    ImGuiIO& io = ImGui::GetIO();
    io.ImeSetInputScreenPosFn = placeCaret;
#ifdef __EMSCRIPTEN__
    // SDL's Emscripten clipboard lives inside the page only. A copy from a field (Ctrl+C) also
    // goes to the system clipboard; pasting from outside comes through the bridge's paste
    // event instead, since a page cannot read the clipboard without asking.
    io.SetClipboardTextFn = [](void*, const char* text) {
        SDL_SetClipboardText(text);
        platform::copyText(text);
    };
#endif
}

void updateTextInput() {
    // WantTextInput is true while an InputText is active (it was during the last frame).
    // Changed only on an edge, so a game that starts text input by itself (App::setTextInput)
    // keeps it.
    const int want = ImGui::GetIO().WantTextInput ? 1 : 0;
    if (want == g_active) return;
    g_active = want;
    if (want) SDL_StartTextInput();
    else SDL_StopTextInput();
#ifdef __EMSCRIPTEN__
    EM_ASM({ Module.starpathText.focus($0 != 0); }, want);
#endif
    logInfo(want ? "text input: on" : "text input: off");
}

TextCaret textCaret() { return g_caret; }
bool textInputActive() { return SDL_IsTextInputActive() == SDL_TRUE; }

} // namespace sp::ui

#ifdef __EMSCRIPTEN__
// text_input_web.js calls this for every character the hidden textarea received from an IME,
// an on-screen keyboard or a paste. It becomes the same SDL_TEXTINPUT event a native IME
// sends, queued in order with the key events around it.
extern "C" EMSCRIPTEN_KEEPALIVE void sp_text_input(unsigned codePoint) {
    if (codePoint < 0x20 || codePoint == 0x7F || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return;   // control characters are keys (Enter, Tab), handled as SDL key events
    SDL_Event e{};
    e.text.type = SDL_TEXTINPUT;
    e.text.timestamp = SDL_GetTicks();
    SDL_Window* focus = SDL_GetKeyboardFocus();
    e.text.windowID = focus ? SDL_GetWindowID(focus) : 0;
    char* s = e.text.text;
    if (codePoint < 0x80) {
        s[0] = char(codePoint);
    } else if (codePoint < 0x800) {
        s[0] = char(0xC0 | (codePoint >> 6));
        s[1] = char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        s[0] = char(0xE0 | (codePoint >> 12));
        s[1] = char(0x80 | ((codePoint >> 6) & 0x3F));
        s[2] = char(0x80 | (codePoint & 0x3F));
    } else {
        s[0] = char(0xF0 | (codePoint >> 18));
        s[1] = char(0x80 | ((codePoint >> 12) & 0x3F));
        s[2] = char(0x80 | ((codePoint >> 6) & 0x3F));
        s[3] = char(0x80 | (codePoint & 0x3F));
    }
    SDL_PushEvent(&e);
}
#endif
