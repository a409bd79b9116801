// Dear ImGui glue: the SDL2 + OpenGL3 backends (GLSL "#version 300 es", so the same code runs
// on WebGL2), the style the application hands it and the fonts. App (engine/platform/app.h) calls init,
// beginEvents, processEvent, newFrame, render and shutdown; the game only changes the scale
// and picks fonts. ImGui's mouse follows the same events the game gets (mouse.h), and a lifted
// finger stops hovering.
//
// Fonts: one UI font file (the game's is a build-time subset of WenQuanYi Micro Hei: Latin and
// the Chinese the game writes) at the body size, plus a large title size of the same face.
// A second file, the typing font (the rest of GB2312's 3,755 common hanzi, for text a player
// types), is merged into the body size only, after the first frame: read from disk natively,
// fetched from the page's folder in the browser, so neither the first frame nor the first
// load waits for it. Text a player typed (a level's title, say) may therefore miss from the
// title font: fontCovers() tells, and the body font has it once the typing font is in.
// fontStats() tells how big the atlas is and how long it took.
#pragma once
#include <functional>
#include <string>

struct SDL_Window;
union SDL_Event;
struct ImFont;

namespace sp::ui {

struct UiConfig {
    std::string fontPath;        // a .ttf; empty or missing = ImGui's built-in font (Latin only)
    std::string typingFontPath;  // a .ttf merged into the body size after the first frame; "" = none
    float scale = 1.0f;          // UI scale (1 = 21 px body text); see setScale
    float bodySize = 21.0f;      // pixels at scale 1
    float titleSize = 40.0f;
    bool iniFile = false;        // ImGui's imgui.ini (window positions); off for a game
    // Sets ImGui's style (colors, sizes) for a UI scale, at init and after each setScale, on a
    // fresh ImGuiStyle. Empty: ImGui's default dark style, scaled.
    std::function<void(float scale)> style;
};

enum class FontRole { Body, Title };

struct FontStats {
    double buildMilliseconds = 0;    // last atlas build (rasterize + pack + upload)
    int atlasWidth = 0, atlasHeight = 0;
    int glyphs = 0;                  // in the body font
    int titleGlyphs = 0;             // in the title font
    float density = 1;               // atlas pixels per window pixel of text: drawable ratio x UI
                                     // scale, lower only when the atlas size was capped
    bool cjk = false;                // the subset font was found and loaded
    bool typing = false;             // the typing font is merged into the body font
    std::string path;
};

bool init(SDL_Window* window, void* glContext, const UiConfig& cfg);
void shutdown();
void beginEvents();                      // before a frame's events (hands ImGui the key
                                         // releases held back from the last frame)
bool processEvent(const SDL_Event& e);   // true if ImGui took it (we still pass it on)
void newFrame(float deltaSeconds);       // applies a pending setScale first; dt must be > 0
void render();

// UI scale, e.g. 1.5 on a projector. Rebuilds the fonts at the new size and rescales the
// style; takes effect at the next newFrame (an atlas cannot change mid-frame).
void setScale(float scale);
float scale();

// The biggest font atlas side, in pixels (default 4096, never above the GPU's
// GL_MAX_TEXTURE_SIZE). When the fonts at the current scale and pixel density would not fit,
// they are rasterized smaller and drawn at their size. Takes effect at the next newFrame.
void setAtlasLimit(int side);

ImFont* font(FontRole role);
// True if every character of `text` (UTF-8) has a glyph in that font, e.g. a typed level
// title in FontRole::Title; if not, show it in the body font.
bool fontCovers(FontRole role, const char* text);
const FontStats& fontStats();
// True if `bytes` start like a TrueType font whose table directory fits inside them: checked
// before the typing font reaches the rasterizer, so that a host answering a missing file with
// an HTML page, or a download cut short, is refused with a message.
bool isTrueTypeFont(const std::string& bytes);

bool wantsMouse();       // io.WantCaptureMouse
bool wantsKeyboard();    // io.WantCaptureKeyboard / WantTextInput

} // namespace sp::ui
