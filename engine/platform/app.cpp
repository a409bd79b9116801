// The SDL2 window, the GLES 3.0 context and the frame loop.
//
// Index
// [SECTION] Open / close
// [SECTION] One frame
// [SECTION] The loop (native and web)
// [SECTION] Window controls
#include "engine/platform/app.h"
#include "engine/core/log.h"
#include "engine/platform/screenshot.h"
#include <GLES3/gl3.h>
#include <SDL.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace sp::platform {

// [SECTION] Open / close

App::~App() { close(); }

bool App::open(const AppConfig& cfg) {
    if (window_) return true;
    // Touch is handled as fingers by InputCollector; SDL's touch->mouse emulation stays on
    // because ImGui 1.86's SDL backend only understands the mouse.
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
    // ImGui 1.86 types committed text but cannot draw an input method's composition or its
    // candidate list: let the IME draw both itself (Windows: SHOW_UI; IBus/Fcitx on Linux:
    // INTERNAL_EDITING). engine/ui/text_input.cpp tells it where the caret is.
    SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
    SDL_SetHint(SDL_HINT_IME_INTERNAL_EDITING, "1");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        logError(std::string("SDL video init failed: ") + SDL_GetError());
        return false;
    }
    // OpenGL ES 3.0 everywhere: it is WebGL2 in the browser and Mesa gives it natively.
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);      // 2D: no depth buffer to pay for
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    Uint32 flags = SDL_WINDOW_OPENGL;
    if (cfg.resizable) flags |= SDL_WINDOW_RESIZABLE;
    if (cfg.highDpi) flags |= SDL_WINDOW_ALLOW_HIGHDPI;
    if (cfg.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    flags |= cfg.hidden ? SDL_WINDOW_HIDDEN : SDL_WINDOW_SHOWN;
    window_ = SDL_CreateWindow(cfg.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               cfg.width, cfg.height, flags);
    if (!window_) {
        logError(std::string("cannot create window: ") + SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
        return false;
    }
    glContext_ = SDL_GL_CreateContext(window_);
    if (!glContext_) {
        logError(std::string("cannot create an OpenGL ES 3.0 context: ") + SDL_GetError());
        SDL_DestroyWindow(window_);
        window_ = nullptr;
        SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
        return false;
    }
    SDL_GL_MakeCurrent(window_, glContext_);
    paceFrames_ = false;
#ifndef __EMSCRIPTEN__
    // (In the browser requestAnimationFrame paces the loop; SDL's swap interval would try to
    // retime a main loop that does not exist yet and print a warning.)
    if (SDL_GL_SetSwapInterval(cfg.vsync ? 1 : 0) != 0 && cfg.vsync) {
        logInfo("vsync not available; the loop sleeps to about 60 frames per second");
        paceFrames_ = true;
    }
#endif
    logInfo(std::string("GL: ") + reinterpret_cast<const char*>(glGetString(GL_VERSION)) + " / " +
            reinterpret_cast<const char*>(glGetString(GL_RENDERER)));

    refreshSizes();
    if (!ui::init(window_, glContext_, cfg.ui)) {
        logError("cannot initialize the UI");
        close();
        return false;
    }
    startCounter_ = lastCounter_ = SDL_GetPerformanceCounter();
    frameIndex_ = 0;
    quitRequested_ = false;
    return true;
}

void App::close() {
    if (!window_) return;
    ui::shutdown();
    SDL_GL_DeleteContext(glContext_);
    SDL_DestroyWindow(window_);
    glContext_ = nullptr;
    window_ = nullptr;
    SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
}

void App::refreshSizes() {
    int w = 0, h = 0, fw = 0, fh = 0;
    SDL_GetWindowSize(window_, &w, &h);
    SDL_GL_GetDrawableSize(window_, &fw, &fh);
    if (w != winW_ || h != winH_ || fw != fbW_ || fh != fbH_) resizedSinceLastFrame_ = true;
    winW_ = w; winH_ = h; fbW_ = fw; fbH_ = fh;
}

double App::timeSeconds() const {
    return double(SDL_GetPerformanceCounter() - startCounter_) / double(SDL_GetPerformanceFrequency());
}

// [SECTION] One frame

bool App::beginFrame(FrameInput& in) {
    input_.beginFrame();
    SDL_Event e;
    ui::beginEvents();
    while (SDL_PollEvent(&e)) {
        ui::processEvent(e);
        input_.handle(e, winW_, winH_);
    }
    if (input_.quitRequested()) quitRequested_ = true;
    if (quitRequested_) return false;
    refreshSizes();

    // Real time since the last frame. Never zero or negative (ImGui asserts on that, and a
    // coarse browser timer can return the same value twice) and never huge.
    Uint64 now = SDL_GetPerformanceCounter();
    double dt = double(now - lastCounter_) / double(SDL_GetPerformanceFrequency());
    lastCounter_ = now;
    if (frameIndex_ == 0 || !(dt > 1e-6)) dt = frameIndex_ == 0 ? 1.0 / 60.0 : 1e-6;
    if (dt > 0.25) dt = 0.25;

    ui::newFrame(float(dt));
    input_.finish(in, ui::wantsMouse(), ui::wantsKeyboard());
    in.dt = dt;
    in.time = double(now - startCounter_) / double(SDL_GetPerformanceFrequency());
    in.frame = frameIndex_++;
    in.windowWidth = winW_;
    in.windowHeight = winH_;
    in.pixelRatio = pixelRatio();
    in.resized = resizedSinceLastFrame_;
    resizedSinceLastFrame_ = false;
    return true;
}

void App::endFrame() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbW_, fbH_);
    ui::render();
    if (!screenshotPath_.empty()) {
        if (saveFramebufferPng(screenshotPath_, fbW_, fbH_)) logInfo("screenshot: " + screenshotPath_);
        screenshotPath_.clear();
    }
    SDL_GL_SwapWindow(window_);
}

// [SECTION] The loop (native and web)

bool App::step() {
    [[maybe_unused]] Uint64 start = SDL_GetPerformanceCounter();   // for the native pacing below
    if (!beginFrame(frameInput_)) return false;
    if (callbacks_.frame) callbacks_.frame(frameInput_);
    endFrame();
#ifndef __EMSCRIPTEN__
    // Without vsync a fast frame would spin a core at 100% (a laptop on battery in class).
    if (paceFrames_) {
        double spent = double(SDL_GetPerformanceCounter() - start) / double(SDL_GetPerformanceFrequency());
        if (spent < 1.0 / 60.0) SDL_Delay(Uint32((1.0 / 60.0 - spent) * 1000.0));
    }
#endif
    return !quitRequested_;
}

#ifdef __EMSCRIPTEN__
void App::webFrame(void* self) {
    App* app = static_cast<App*>(self);
    if (!app->step()) {
        emscripten_cancel_main_loop();
        if (app->callbacks_.shutdown) app->callbacks_.shutdown();
        app->close();
        return;
    }
    // The page (web/shell.html) keeps its loading screen up until a real frame is drawn,
    // and the browser tests time the start-up to this moment.
    if (app->frameIndex_ == 1)
        EM_ASM({ if (Module['onFirstFrame']) Module['onFirstFrame'](); });
}
#endif

int App::run(const AppConfig& config, AppCallbacks callbacks) {
    callbacks_ = std::move(callbacks);
    if (!open(config)) return 1;
    if (callbacks_.init && !callbacks_.init()) {
        close();
        return 1;
    }
#ifdef __EMSCRIPTEN__
    // The browser calls webFrame once per animation frame; this call does not return.
    emscripten_set_main_loop_arg(&App::webFrame, this, 0, 1);
#else
    while (step()) {
    }
    if (callbacks_.shutdown) callbacks_.shutdown();
    close();
#endif
    return 0;
}

// [SECTION] Window controls

void App::setFullscreen(bool on) {
    if (!window_ || on == isFullscreen()) return;
    if (on) SDL_GetWindowSize(window_, &windowedW_, &windowedH_);
    if (SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) != 0)
        logWarn(std::string("fullscreen change refused: ") + SDL_GetError());
    // Without a window manager (kiosk, Xvfb) nobody restores the old size: do it ourselves.
    if (!on && windowedW_ > 0) SDL_SetWindowSize(window_, windowedW_, windowedH_);
    refreshSizes();
}

bool App::isFullscreen() const {
    return window_ && (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN) != 0;
}

void App::setTitle(const std::string& title) {
    if (window_) SDL_SetWindowTitle(window_, title.c_str());
}

void App::setTextInput(bool on) {
    if (on) SDL_StartTextInput();
    else SDL_StopTextInput();
}

} // namespace sp::platform
