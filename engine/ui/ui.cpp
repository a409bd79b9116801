// Dear ImGui lifecycle and fonts.
//
// Index
// [SECTION] State
// [SECTION] Fonts
// [SECTION] Lifecycle
#include "engine/ui/ui.h"
#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/platform/storage.h"
#include "engine/ui/text_input.h"
#include "engine/ui/theme.h"
#include <GLES3/gl3.h>
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <chrono>
#include <cmath>

namespace sp::ui {

// [SECTION] State

namespace {
struct State {
    bool ready = false;
    SDL_Window* window = nullptr;
    UiConfig cfg;
    float scale = 1;
    float pendingScale = 0;         // > 0: rebuild at the next newFrame
    float rasterScale = 1;          // drawable pixels per window pixel the atlas was built for
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    FontStats stats;
};
State g;
} // namespace

// [SECTION] Fonts

// Every block our text can come from. ImGui skips code points the font lacks, so with the
// subset font the atlas holds exactly the subset and these wide ranges cost nothing.
static const ImWchar kRanges[] = {
    0x0020, 0x00FF,   // Basic Latin + Latin-1 (° × · ± ² ³ µ)
    0x0370, 0x03FF,   // Greek (Δ μ)
    0x2000, 0x206F,   // General punctuation (— … ·)
    0x2070, 0x209F,   // Superscripts and subscripts
    0x2100, 0x214F,   // Letterlike symbols
    0x2190, 0x21FF,   // Arrows (→)
    0x2200, 0x22FF,   // Math operators (≈ −)
    0x2460, 0x24FF,   // Enclosed numbers
    0x25A0, 0x27BF,   // Shapes, misc symbols, dingbats (★ ☆ ✓)
    0x3000, 0x303F,   // CJK punctuation
    0x4E00, 0x9FFF,   // CJK unified ideographs
    0xFF00, 0xFFEF,   // Full-width forms (，：！？)
    0,
};

static float drawableRatio() {
    int w = 0, h = 0, fw = 0, fh = 0;
    SDL_GetWindowSize(g.window, &w, &h);
    SDL_GL_GetDrawableSize(g.window, &fw, &fh);
    return w > 0 && fw > 0 ? float(fw) / float(w) : 1.0f;
}

static void buildFonts() {
    auto t0 = std::chrono::steady_clock::now();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Rasterize at the drawable's resolution and scale back down, so text stays crisp on
    // HiDPI screens instead of being magnified by DisplayFramebufferScale.
    g.rasterScale = drawableRatio();
    float px = g.rasterScale * g.scale;
    ImFontConfig fc;
    fc.OversampleH = 1;      // CJK glyphs are dense: oversampling would triple the atlas
    fc.OversampleV = 1;
    fc.PixelSnapH = true;
    fc.GlyphExtraSpacing.x = 0.0f;
    std::string path = g.cfg.fontPath.empty() ? platform::findAsset("assets/fonts/starpath-ui.ttf") : g.cfg.fontPath;
    g.stats.path = path;
    g.stats.cjk = false;
    g.body = g.title = nullptr;
    if (!path.empty() && sp::fileExists(path)) {
        g.body = io.Fonts->AddFontFromFileTTF(path.c_str(), std::round(g.cfg.bodySize * px), &fc, kRanges);
        if (g.body) g.title = io.Fonts->AddFontFromFileTTF(path.c_str(), std::round(g.cfg.titleSize * px), &fc, kRanges);
        g.stats.cjk = g.body != nullptr;
    }
    if (!g.body) {
        logWarn("UI font '" + path + "' not found: falling back to ImGui's built-in font (no Chinese)");
        ImFontConfig dc;
        dc.SizePixels = std::round(13.0f * px * 1.5f);
        g.body = io.Fonts->AddFontDefault(&dc);
        dc.SizePixels = std::round(13.0f * px * 3.0f);
        g.title = io.Fonts->AddFontDefault(&dc);
    }
    io.FontDefault = g.body;
    io.FontGlobalScale = 1.0f / g.rasterScale;
    // Power-of-two widths up to 2048 keep the atlas squarish (fast to pack, fine on WebGL).
    io.Fonts->TexDesiredWidth = 2048;
    io.Fonts->Build();
    if (g.ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    g.stats.atlasWidth = io.Fonts->TexWidth;
    g.stats.atlasHeight = io.Fonts->TexHeight;
    g.stats.glyphs = g.body ? g.body->Glyphs.Size : 0;
    g.stats.buildMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

static void applyScale() {
    ImGui::GetStyle() = ImGuiStyle();
    applyTheme(g.scale);
    buildFonts();
}

// [SECTION] Lifecycle

bool init(SDL_Window* window, void* glContext, const UiConfig& cfg) {
    if (g.ready) return true;
    g = State();
    g.window = window;
    g.cfg = cfg;
    g.scale = cfg.scale > 0 ? cfg.scale : 1.0f;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    if (!cfg.iniFile) io.IniFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;   // dragging a panel should not steal a drag
    if (!ImGui_ImplSDL2_InitForOpenGL(window, glContext)) return false;
    initTextInput();
    if (!ImGui_ImplOpenGL3_Init("#version 300 es")) return false;
    applyScale();   // builds the atlas before the texture exists...
    auto t0 = std::chrono::steady_clock::now();
    ImGui_ImplOpenGL3_CreateDeviceObjects();   // ...which this uploads (with the shaders)
    g.stats.buildMilliseconds += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    g.ready = true;
    logInfo("UI font atlas " + std::to_string(g.stats.atlasWidth) + "x" + std::to_string(g.stats.atlasHeight) +
            ", " + std::to_string(g.stats.glyphs) + " glyphs, " +
            std::to_string(int(g.stats.buildMilliseconds)) + " ms");
    return true;
}

void shutdown() {
    if (!g.ready) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    g = State();
}

bool processEvent(const SDL_Event& e) {
    return g.ready && ImGui_ImplSDL2_ProcessEvent(&e);
}

void newFrame(float dt) {
    if (!g.ready) return;
    if (g.pendingScale > 0) {
        g.scale = g.pendingScale;
        g.pendingScale = 0;
        applyScale();
    } else if (std::fabs(drawableRatio() - g.rasterScale) > 0.01f) {
        buildFonts();   // the window moved to a screen with another pixel density
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::GetIO().DeltaTime = dt > 0 ? dt : 1e-6f;   // the backend's own timer may return 0
    ImGui::NewFrame();
    updateTextInput();
}

void render() {
    if (!g.ready) return;
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
#ifndef __EMSCRIPTEN__
    // Debian's libimgui.a backend is built for desktop GL and queries GL_POLYGON_MODE, which
    // an ES context rejects (GL_INVALID_ENUM, harmless). Drain it so our own error checks
    // stay meaningful. (The web build compiles the backend for ES 3 and has no such error;
    // glGetError is a slow sync point in WebGL anyway.)
    while (glGetError() != GL_NO_ERROR) {
    }
#endif
}

void setScale(float s) {
    if (s < 0.5f) s = 0.5f;
    if (s > 3.0f) s = 3.0f;
    if (std::fabs(s - g.scale) > 1e-3f) g.pendingScale = s;
}

float scale() { return g.pendingScale > 0 ? g.pendingScale : g.scale; }

ImFont* font(FontRole role) { return role == FontRole::Title ? g.title : g.body; }

const FontStats& fontStats() { return g.stats; }

bool wantsMouse() { return g.ready && ImGui::GetIO().WantCaptureMouse; }
bool wantsKeyboard() { return g.ready && (ImGui::GetIO().WantCaptureKeyboard || ImGui::GetIO().WantTextInput); }

} // namespace sp::ui
