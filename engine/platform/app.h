// The application shell: one SDL2 window with an OpenGL ES 3.0 context (= WebGL2), Dear ImGui
// wired in, and an inverted frame loop. The game never writes a main loop: it hands App three
// callbacks and App calls frame() once per displayed frame, natively from a while loop and on
// the web from emscripten_set_main_loop. One frame inside frame():
//     input (FrameInput, already filtered of what ImGui took) -> FixedClock ticks -> draw -> UI.
// ImGui's NewFrame has already run when frame() is called, and App renders ImGui and swaps
// after it returns, so frame() may call ImGui widgets freely.
//
// Coordinates: everything the game sees (pointer positions, windowSize, Camera2D viewport,
// Renderer screen space, ImGui) is in window pixels ("points"). pixelRatio() = drawable
// pixels / window pixels (2 on a Retina screen); only the renderer and screenshots care.
//
// Tests and tools that want to step frames by hand use open() / beginFrame() / endFrame() /
// close() instead of run().
#pragma once
#include "engine/platform/input.h"
#include "engine/ui/ui.h"
#include <functional>
#include <string>

struct SDL_Window;

namespace sp::platform {

struct AppConfig {
    std::string title;           // the window's title bar
    int width = 1280;            // window pixels
    int height = 720;
    bool resizable = true;
    bool highDpi = true;         // ask for a full-resolution drawable on HiDPI screens
    bool vsync = true;
    bool fullscreen = false;     // start in desktop fullscreen
    bool hidden = false;         // no visible window (tools); readback may be undefined then
    ui::UiConfig ui;             // fonts, UI scale (see engine/ui/ui.h)
};

struct AppCallbacks {
    std::function<bool()> init;                        // false aborts run() with exit code 1
    std::function<void(const FrameInput&)> frame;      // one whole frame
    std::function<void()> shutdown;                    // GL context still current
};

class App {
public:
    App() = default;
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Opens the window, runs the loop until quit, closes. Returns the process exit code.
    // On the web this never returns (the browser owns the loop).
    int run(const AppConfig& config, AppCallbacks callbacks);

    // --- Stepping by hand (tests, tools) --------------------------------------------------
    bool open(const AppConfig& config);     // window + GL context + ImGui; false on failure
    // Polls events, measures the frame delta, starts the ImGui frame, fills `in`.
    // Returns false once a quit was requested (window closed or requestQuit()).
    bool beginFrame(FrameInput& in);
    void endFrame();                        // renders ImGui, takes a pending screenshot, swaps
    void close();
    bool isOpen() const { return window_ != nullptr; }

    // --- Callable from the game at any time ------------------------------------------------
    void requestQuit() { quitRequested_ = true; }
    bool quitRequested() const { return quitRequested_; }
    void setFullscreen(bool on);            // desktop fullscreen (no video mode change)
    bool isFullscreen() const;
    void toggleFullscreen() { setFullscreen(!isFullscreen()); }
    void setTitle(const std::string& title);
    // Text fields of ImGui turn text input on and off by themselves (engine/ui/text_input.h);
    // this is for text the game reads from SDL_TEXTINPUT on its own. On touch devices it
    // shows the on-screen keyboard.
    void setTextInput(bool on);

    int windowWidth() const { return winW_; }
    int windowHeight() const { return winH_; }
    int drawableWidth() const { return fbW_; }
    int drawableHeight() const { return fbH_; }
    float pixelRatio() const { return winW_ > 0 ? float(fbW_) / float(winW_) : 1.0f; }
    double timeSeconds() const;             // since open()

    // Saves the next finished frame (world + UI) as a PNG, just before it is presented.
    void requestScreenshot(const std::string& pngPath) { screenshotPath_ = pngPath; }

    SDL_Window* sdlWindow() const { return window_; }

private:
    void refreshSizes();
    bool step();                  // one whole frame through the callbacks; false = stop
#ifdef __EMSCRIPTEN__
    static void webFrame(void* self);
#endif

    SDL_Window* window_ = nullptr;
    void* glContext_ = nullptr;
    bool quitRequested_ = false;
    int winW_ = 0, winH_ = 0, fbW_ = 0, fbH_ = 0;
    int windowedW_ = 0, windowedH_ = 0;   // size to come back to after fullscreen
    bool paceFrames_ = false;             // no vsync: sleep to ~60 fps instead of spinning
    unsigned long long startCounter_ = 0, lastCounter_ = 0;
    unsigned long long frameIndex_ = 0;
    std::string screenshotPath_;
    InputCollector input_;
    FrameInput frameInput_;
    bool resizedSinceLastFrame_ = false;
    AppCallbacks callbacks_;      // kept for the web's main-loop trampoline
};

} // namespace sp::platform
