// One window + GLES 3 context + renderer shared by every gfx test (opening a window per test
// would be slow under llvmpipe). Run the gfx tests under `xvfb-run -a`.
#pragma once
#include "engine/platform/app.h"
#include "engine/platform/screenshot.h"
#include "engine/platform/storage.h"
#include "engine/render/renderer.h"
#include "game/view/theme.h"
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

namespace sp::test {

struct Gfx {
    platform::App app;            // declared first: destroyed last, after the GL objects
    gfx::Renderer renderer;
    platform::FrameInput input;
    bool ok = false;
};

inline Gfx& context() {
    static Gfx g;
    static bool tried = false;
    if (!tried) {
        tried = true;
        platform::AppConfig cfg;
        cfg.title = "Starpath gfx tests";
        cfg.width = 1280;
        cfg.height = 720;
        cfg.vsync = false;
        cfg.highDpi = false;
        // The game's font subset (built beside the test executables) and look.
        cfg.ui.fontPath = platform::executableDir() + "assets/fonts/starpath-ui.ttf";
        cfg.ui.typingFontPath = platform::executableDir() + "assets/fonts/starpath-ui-typing.ttf";
        cfg.ui.style = view::applyTheme;
        g.ok = g.app.open(cfg) && g.renderer.init();
    }
    REQUIRE(g.ok);
    return g;
}

// Starts a frame (events, ImGui NewFrame) and the renderer's frame with `clear`.
inline platform::FrameInput& beginFrame(Gfx& g, gfx::Color clear) {
    REQUIRE(g.app.beginFrame(g.input));
    g.renderer.beginFrame(g.input.windowWidth, g.input.windowHeight, g.input.pixelRatio, clear);
    return g.input;
}

// Reads the back buffer (top row first).
struct Pixels {
    int w = 0, h = 0;
    std::vector<uint8_t> rgba;
    const uint8_t* at(int x, int y) const { return rgba.data() + (size_t(y) * w + x) * 4; }
};
inline Pixels readBack(Gfx& g) {
    Pixels p;
    p.w = g.app.drawableWidth();
    p.h = g.app.drawableHeight();
    REQUIRE(platform::readFramebuffer(p.w, p.h, p.rgba));
    return p;
}

inline bool near(const uint8_t* px, gfx::Color c, int tol = 3) {
    auto ch = [](float v) { return int(v * 255.0f + 0.5f); };
    return std::abs(px[0] - ch(c.r)) <= tol && std::abs(px[1] - ch(c.g)) <= tol && std::abs(px[2] - ch(c.b)) <= tol;
}

} // namespace sp::test
