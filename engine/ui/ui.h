// Dear ImGui glue: the SDL2 + OpenGL3 backends (GLSL "#version 300 es", so the same code runs
// on WebGL2), the Starpath theme and the fonts. App (engine/platform/app.h) calls init,
// processEvent, newFrame, render and shutdown; the game only changes the scale and picks
// fonts.
//
// Fonts: one UI font (Latin + the Simplified Chinese the game uses, from the build-time
// subset of WenQuanYi Micro Hei, assets/fonts/starpath-ui.ttf) at the body size, plus a large
// title size of the same face. The atlas only holds glyphs present in the subset, so it stays
// small and builds fast under llvmpipe; fontStats() tells how big and how fast.
#pragma once
#include <string>

struct SDL_Window;
union SDL_Event;
struct ImFont;

namespace sp::ui {

struct UiConfig {
    std::string fontPath;        // empty = findAsset("assets/fonts/starpath-ui.ttf")
    float scale = 1.0f;          // UI scale (1 = 21 px body text); see setScale
    float bodySize = 21.0f;      // pixels at scale 1
    float titleSize = 40.0f;
    bool iniFile = false;        // ImGui's imgui.ini (window positions); off for a game
};

enum class FontRole { Body, Title };

struct FontStats {
    double buildMilliseconds = 0;    // last atlas build (rasterize + pack + upload)
    int atlasWidth = 0, atlasHeight = 0;
    int glyphs = 0;                  // in the body font
    bool cjk = false;                // the subset font was found and loaded
    std::string path;
};

bool init(SDL_Window* window, void* glContext, const UiConfig& cfg);
void shutdown();
bool processEvent(const SDL_Event& e);   // true if ImGui consumed it (we still pass it on)
void newFrame(float deltaSeconds);       // applies a pending setScale first; dt must be > 0
void render();

// UI scale, e.g. 1.5 on a projector. Rebuilds the fonts at the new size and rescales the
// style; takes effect at the next newFrame (an atlas cannot change mid-frame).
void setScale(float scale);
float scale();

ImFont* font(FontRole role);
const FontStats& fontStats();

bool wantsMouse();       // io.WantCaptureMouse
bool wantsKeyboard();    // io.WantCaptureKeyboard / WantTextInput

} // namespace sp::ui
