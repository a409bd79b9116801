// Typing into ImGui text fields, Chinese through an input method (IME) included, natively and
// in the browser. ui.cpp calls these; the game calls nothing: an active ImGui::InputText is
// enough.
//
// Natively, SDL hands what an IME composed to the app as SDL_TEXTINPUT, which ImGui's SDL
// backend types into the field. This module turns SDL's text input on only while a field
// wants text (so an IME in Chinese mode never eats the game's keys), and tells the IME where
// the caret is so its candidate window opens beside the field, not in a corner of the screen.
// The IME draws its own composition and candidates (SDL_HINT_IME_* in app.cpp): ImGui 1.86
// cannot show uncommitted text.
//
// In the browser, SDL types only what keypress events carry, and an IME sends none. While a
// field wants text, a hidden <textarea> near the caret has the focus (text_input_web.js);
// what the IME commits there comes back here and is pushed as SDL_TEXTINPUT, the same event
// as natively. Plain keys still reach SDL as keys, once (see text_input_web.js).
#pragma once

namespace sp::ui {

void initTextInput();     // after ImGui's SDL backend is set up
void updateTextInput();   // every frame, after ImGui::NewFrame

// Where the IME was last told the caret is, in window pixels (tests look at it).
struct TextCaret {
    int x = 0, y = 0, height = 0;   // top of the caret and its height
    bool set = false;
};
TextCaret textCaret();
bool textInputActive();   // SDL's text input is on (a field wants text)

} // namespace sp::ui
