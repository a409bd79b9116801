// Dear ImGui lifecycle and fonts.
//
// Index
// [SECTION] State
// [SECTION] Fonts
// [SECTION] Lifecycle and events
#include "engine/ui/ui.h"
#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/ui/mouse.h"
#include "engine/ui/text_input.h"
#include <GLES3/gl3.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <bitset>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

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
    int frames = 0;                 // newFrame calls since init, until the typing font is asked for
    std::string typingFont;         // the typing font's bytes, once read or fetched (the atlas
                                    // borrows them at every rebuild)
    bool typingRequested = false;
    bool typingArrived = false;     // bytes in: merge them at the next newFrame
    int atlasLimit = 0;             // setAtlasLimit; 0 = 4096
    std::bitset<SDL_NUM_SCANCODES> pressedThisFrame;   // keys that went down since beginEvents
    std::vector<SDL_Event> heldReleases;               // their releases, for the next frame
    FontStats stats;
};
State g;
} // namespace

// [SECTION] Fonts

// Every block our text can come from. ImGui skips code points the font lacks, so with the
// subset font the body holds exactly the subset and these wide ranges cost nothing.
static const ImWchar kRanges[] = {
    0x0020, 0x00FF,   // Basic Latin + Latin-1 (° × · ± ² ³ µ)
    0x02C0, 0x02DF,   // Spacing modifier letters (ˇ ˉ, in GB2312's punctuation row)
    0x0370, 0x03FF,   // Greek (Δ μ)
    0x0400, 0x045F,   // Cyrillic (in GB2312, so in the font; cheap)
    0x2000, 0x206F,   // General punctuation (— … ·)
    0x2070, 0x209F,   // Superscripts and subscripts
    0x2100, 0x214F,   // Letterlike symbols (℃ №)
    0x2150, 0x218F,   // Number forms (Ⅰ Ⅱ)
    0x2190, 0x21FF,   // Arrows (→)
    0x2200, 0x22FF,   // Math operators (≈ −)
    0x2300, 0x23FF,   // Misc technical (⌒)
    0x2460, 0x24FF,   // Enclosed numbers
    0x2500, 0x259F,   // Box drawing
    0x25A0, 0x27BF,   // Shapes, misc symbols, dingbats (★ ☆ ✓)
    0x3000, 0x303F,   // CJK punctuation
    0x30FB, 0x30FB,   // Katakana middle dot (・)
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

// The biggest atlas side we ask a GPU for (see setAtlasLimit). 4096 is the smallest
// MAX_TEXTURE_SIZE of the WebGL2 devices a school may have; the atlas is RGBA, so a full one
// is also 64 MB of video memory.
static int atlasLimit() {
    GLint gpu = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &gpu);
    int side = g.atlasLimit > 0 ? g.atlasLimit : 4096;
    return gpu > 0 && gpu < side ? int(gpu) : side;
}

static void addFonts(const std::string& path, float density) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g.body = g.title = nullptr;
    ImFontConfig fc;
    fc.OversampleH = 1;      // CJK glyphs are dense: oversampling would triple the atlas
    fc.OversampleV = 1;
    fc.PixelSnapH = true;
    fc.GlyphExtraSpacing.x = 0.0f;
    if (!path.empty() && sp::fileExists(path)) {
        const float body = std::round(g.cfg.bodySize * density);
        g.body = io.Fonts->AddFontFromFileTTF(path.c_str(), body, &fc, kRanges);
        if (g.body && !g.typingFont.empty()) {
            ImFontConfig merge = fc;
            merge.MergeMode = true;               // into the body font, added just before
            merge.FontDataOwnedByAtlas = false;   // g.typingFont keeps the bytes
            io.Fonts->AddFontFromMemoryTTF(g.typingFont.data(), int(g.typingFont.size()), body, &merge, kRanges);
        }
        if (g.body)
            g.title = io.Fonts->AddFontFromFileTTF(path.c_str(), std::round(g.cfg.titleSize * density), &fc, kRanges);
    }
    if (!g.body) {
        logWarn("UI font '" + path + "' not found: falling back to ImGui's built-in font (no Chinese)");
        ImFontConfig dc;
        dc.SizePixels = std::round(13.0f * density * 1.5f);
        g.body = io.Fonts->AddFontDefault(&dc);
        dc.SizePixels = std::round(13.0f * density * 3.0f);
        g.title = io.Fonts->AddFontDefault(&dc);
    }
    // ImGui picks a power-of-two width (up to 4096) for a squarish atlas; the height is what
    // the glyphs need (WebGL2 and GLES 3 take any size), not the next power of two, which
    // could nearly double the memory.
    io.Fonts->TexDesiredWidth = 0;
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    if (!io.Fonts->Build() && !g.typingFont.empty()) {
        logWarn("UI font: the typing font could not be read by the rasterizer: typed Chinese beyond the game's own shows as '?'");
        g.typingFont.clear();
        addFonts(path, density);
    }
}

static void buildFonts() {
    auto t0 = std::chrono::steady_clock::now();
    ImGuiIO& io = ImGui::GetIO();
    // Rasterize at the drawable's resolution and scale back down, so text stays crisp on
    // HiDPI screens instead of being magnified by DisplayFramebufferScale.
    g.rasterScale = drawableRatio();
    const std::string& path = g.cfg.fontPath;
    g.stats.path = path;
    float density = g.rasterScale * g.scale;
    addFonts(path, density);
    // A big UI scale on a HiDPI screen (2 x 2) would need a 6000-pixel atlas: rasterize less
    // densely instead (softer text, but text) until it fits.
    const float limit = float(atlasLimit());
    for (int tries = 0; tries < 5 && (io.Fonts->TexWidth > limit || io.Fonts->TexHeight > limit); ++tries) {
        density *= 0.95f * std::sqrt(limit * limit / (float(io.Fonts->TexWidth) * float(io.Fonts->TexHeight)));
        addFonts(path, density);
    }
    if (density < g.rasterScale * g.scale)
        logInfo("UI font atlas capped at " + std::to_string(int(limit)) + " pixels: text rasterized at " +
                std::to_string(int(100 * density / (g.rasterScale * g.scale))) + "% of its size");
    g.stats.cjk = g.body != nullptr && g.body->FindGlyphNoFallback(0x661F) != nullptr;   // 星
    io.FontDefault = g.body;
    io.FontGlobalScale = g.scale / density;
    if (g.ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        io.Fonts->ClearTexData();   // the GPU has it; the CPU copies are 5 bytes a pixel
    }
    g.stats.atlasWidth = io.Fonts->TexWidth;
    g.stats.atlasHeight = io.Fonts->TexHeight;
    g.stats.glyphs = g.body ? g.body->Glyphs.Size : 0;
    g.stats.titleGlyphs = g.title ? g.title->Glyphs.Size : 0;
    g.stats.typing = !g.typingFont.empty() && g.body != nullptr;
    g.stats.density = density;
    g.stats.buildMilliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// The typing font: asked for after the first frame is drawn, so that neither the first frame
// nor (in the browser) the first load waits for 3,000 glyphs nobody may type. Natively it is
// read at once; the browser fetches it from the page's folder (the path without its leading
// '/', since the site may live in a sub-folder of its host). Without it, typed hanzi outside
// the game's own characters show as '?', and everything else works.
bool isTrueTypeFont(const std::string& b) {
    auto u32 = [&](size_t at) { return uint32_t(uint8_t(b[at])) << 24 | uint32_t(uint8_t(b[at + 1])) << 16 |
                                       uint32_t(uint8_t(b[at + 2])) << 8 | uint32_t(uint8_t(b[at + 3])); };
    if (b.size() < 12 || (u32(0) != 0x00010000u && u32(0) != 0x74727565u)) return false;   // 1.0 or 'true'
    const size_t tables = size_t(uint8_t(b[4])) << 8 | size_t(uint8_t(b[5]));
    if (tables == 0 || 12 + 16 * tables > b.size()) return false;
    for (size_t i = 0; i < tables; ++i) {
        const uint64_t offset = u32(12 + 16 * i + 8), length = u32(12 + 16 * i + 12);
        if (offset + length > b.size()) return false;
    }
    return true;
}

static void typingFontRead(std::string bytes) {
    if (!isTrueTypeFont(bytes)) {
        logWarn("UI font: " + g.cfg.typingFontPath + " is not a whole TrueType font (" + std::to_string(bytes.size()) +
                " bytes): typed Chinese beyond the game's own shows as '?'");
        return;
    }
    g.typingFont = std::move(bytes);
    g.typingArrived = true;
}

#ifdef __EMSCRIPTEN__
static void typingFontFetched(void*, void* data, int size) {
    typingFontRead(std::string(static_cast<const char*>(data), size_t(size)));
}
static void typingFontFailed(void*) {
    logWarn("UI font: " + g.cfg.typingFontPath + " could not be fetched: typed Chinese beyond the game's own shows as '?'");
}
#endif

static void requestTypingFont() {
    g.typingRequested = true;
    const std::string& path = g.cfg.typingFontPath;
    if (path.empty() || !g.body || !g.stats.cjk) return;
#ifdef __EMSCRIPTEN__
    const std::string url = path[0] == '/' ? path.substr(1) : path;
    emscripten_async_wget_data(url.c_str(), nullptr, typingFontFetched, typingFontFailed);
#else
    std::optional<std::string> bytes = sp::readFile(path);
    if (bytes && !bytes->empty()) typingFontRead(std::move(*bytes));
    else logWarn("UI font: no " + path + ": typed Chinese beyond the game's own shows as '?'");
#endif
}

static void applyScale() {
    ImGui::GetStyle() = ImGuiStyle();
    if (g.cfg.style) g.cfg.style(g.scale);
    else ImGui::GetStyle().ScaleAllSizes(g.scale);
    buildFonts();
}

// [SECTION] Lifecycle and events

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
    resetMouse();
    if (!ImGui_ImplOpenGL3_Init("#version 300 es")) return false;
    applyScale();   // builds the atlas before the texture exists...
    auto t0 = std::chrono::steady_clock::now();
    ImGui_ImplOpenGL3_CreateDeviceObjects();   // ...which this uploads (with the shaders)
    ImGui::GetIO().Fonts->ClearTexData();
    g.stats.buildMilliseconds += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    g.ready = true;
    logInfo("UI font atlas " + std::to_string(g.stats.atlasWidth) + "x" + std::to_string(g.stats.atlasHeight) +
            ", " + std::to_string(g.stats.glyphs) + " + " + std::to_string(g.stats.titleGlyphs) + " glyphs, " +
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

// ImGui 1.86 reads keys as states once a frame (io.KeysDown), so a key pressed and released
// between two frames, a quick tap on a slow frame, would never be seen; and its SDL backend
// takes Ctrl/Shift/Alt from SDL_GetModState(), the state after every queued event, so in a
// quick Ctrl+A the Ctrl could already read as up. Here a release that arrives in the same
// frame as its press waits for the next frame (beginEvents), and the modifiers come from
// each key event itself.
static bool toImGui(const SDL_Event& e) {
    const bool taken = ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
        ImGuiIO& io = ImGui::GetIO();
        const Uint16 mod = e.key.keysym.mod;
        io.KeyShift = (mod & KMOD_SHIFT) != 0;
        io.KeyCtrl = (mod & KMOD_CTRL) != 0;
        io.KeyAlt = (mod & KMOD_ALT) != 0;
#ifndef _WIN32
        io.KeySuper = (mod & KMOD_GUI) != 0;
#endif
    }
    return taken;
}

// A key event either goes to ImGui now or waits for the next frame (see toImGui).
// Once a release waits, every later key event of the frame waits behind it, in order:
// in a quick Ctrl+A whose Ctrl went down a frame earlier, the Ctrl release must not
// overtake the A (ImGui would see A without Ctrl), nor the A release, replayed later
// with the Ctrl it was pressed with, leave Ctrl stuck down.
static bool keyEvent(const SDL_Event& e) {
    if (!g.heldReleases.empty()) {
        g.heldReleases.push_back(e);
        return true;
    }
    const size_t key = size_t(e.key.keysym.scancode);
    if (key < g.pressedThisFrame.size()) {
        if (e.type == SDL_KEYDOWN) {
            g.pressedThisFrame.set(key);
        } else if (g.pressedThisFrame.test(key)) {
            g.heldReleases.push_back(e);
            return true;
        }
    }
    return toImGui(e);
}

void beginEvents() {
    if (!g.ready) return;
    // The waiting events go through the same rule again: two quick shortcuts in one slow
    // frame (Ctrl+A, Ctrl+C) spread over three frames, each press seen for a frame.
    std::vector<SDL_Event> waiting;
    waiting.swap(g.heldReleases);
    g.pressedThisFrame.reset();
    for (const SDL_Event& e : waiting) keyEvent(e);
}

bool processEvent(const SDL_Event& e) {
    if (!g.ready) return false;
    trackMouse(e);
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) return keyEvent(e);
    return toImGui(e);
}

void newFrame(float dt) {
    if (!g.ready) return;
    if (!g.typingRequested && ++g.frames == 2) requestTypingFont();
    if (g.typingArrived) {
        g.typingArrived = false;
        const int before = g.stats.glyphs;
        buildFonts();
        logInfo("UI font: " + std::to_string(g.stats.glyphs - before) + " glyphs for typing merged in, atlas " +
                std::to_string(g.stats.atlasWidth) + "x" + std::to_string(g.stats.atlasHeight) + ", " +
                std::to_string(int(g.stats.buildMilliseconds)) + " ms");
    }
    if (g.pendingScale > 0) {
        g.scale = g.pendingScale;
        g.pendingScale = 0;
        applyScale();
    } else if (std::fabs(drawableRatio() - g.rasterScale) > 0.01f) {
        buildFonts();   // the window moved to a screen with another pixel density
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    applyMouse();   // position and buttons from the events, not the backend's polling (mouse.h)
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

void setAtlasLimit(int side) {
    g.atlasLimit = side;
    if (g.ready) g.pendingScale = g.pendingScale > 0 ? g.pendingScale : g.scale;   // rebuild
}

ImFont* font(FontRole role) { return role == FontRole::Title ? g.title : g.body; }

bool fontCovers(FontRole role, const char* text) {
    const ImFont* f = font(role);
    if (!f || !text) return false;
    for (const unsigned char* s = reinterpret_cast<const unsigned char*>(text); *s;) {
        // UTF-8 -> code point; a broken sequence counts as missing (ImGui would show '?').
        int n = *s < 0x80 ? 1 : (*s >> 5) == 0x6 ? 2 : (*s >> 4) == 0xE ? 3 : (*s >> 3) == 0x1E ? 4 : 0;
        if (n == 0) return false;
        unsigned c = n == 1 ? *s : (*s & (0x7F >> n));
        for (int i = 1; i < n; ++i) {
            if ((s[i] & 0xC0) != 0x80) return false;
            c = (c << 6) | (s[i] & 0x3F);
        }
        s += n;
        if (c > 0xFFFF) return false;   // ImGui 1.86 keeps 16-bit characters
        if (c >= 0x20 && !f->FindGlyphNoFallback(ImWchar(c))) return false;
    }
    return true;
}

const FontStats& fontStats() { return g.stats; }

bool wantsMouse() { return g.ready && ImGui::GetIO().WantCaptureMouse; }
bool wantsKeyboard() { return g.ready && (ImGui::GetIO().WantCaptureKeyboard || ImGui::GetIO().WantTextInput); }

} // namespace sp::ui
