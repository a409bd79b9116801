// Platform services that need SDL: screenshots, audio without a device, storage, input.
#include "gfx_fixture.h"
#include "engine/core/file_io.h"
#include "engine/platform/audio.h"
#include "engine/platform/image.h"
#include "game/view/sounds.h"
#include "engine/platform/input.h"
#include <SDL.h>
#include <cmath>
#include <cstdlib>
#include <set>


using namespace sp;
using sp::test::context;

TEST_CASE("a screenshot PNG has the window's size and real content", "[gfx][platform]") {
    auto& g = context();
    auto& in = test::beginFrame(g, gfx::rgb(0x0a1230));
    g.renderer.circle({200, 200}, 80, gfx::rgb(0xffb23f));
    g.renderer.rect({600, 300}, {900, 500}, gfx::rgb(0x1fb5a6));
    g.renderer.endFrame();
    std::string path = platform::executableDir() + "gfx_test_screenshot.png";
    std::remove(path.c_str());
    g.app.requestScreenshot(path);
    g.app.endFrame();

    // Read back through the game's own picture loader (engine/platform/image.h).
    const platform::Image png = platform::loadImage(path);
    REQUIRE(png.width > 0);
    const int w = png.width, h = png.height;
    const unsigned char* img = png.rgba.data();
    CHECK(w == g.app.drawableWidth());
    CHECK(h == g.app.drawableHeight());
    CHECK(w == int(std::lround(in.windowWidth * in.pixelRatio)));
    std::set<uint32_t> colors;
    for (int i = 0; i < w * h; i += 97) colors.insert(uint32_t(img[i * 4]) << 16 | uint32_t(img[i * 4 + 1]) << 8 | img[i * 4 + 2]);
    CHECK(colors.size() >= 3);
    // Rows are flipped into PNG order: the circle is near the top-left, not the bottom-left.
    const unsigned char* top = img + (size_t(200) * w + 200) * 4;
    CHECK(top[0] > 200);
    CHECK(top[2] < 120);
    // A file that is not a picture is refused, not read as one.
    CHECK(platform::loadImage(platform::executableDir() + "no-such-picture.png").width == 0);
}

TEST_CASE("the game's sounds without a device do not fail and still mix", "[gfx][audio]") {
    view::Sounds sounds;
    platform::Audio& audio = sounds.audio();
    bool device = sounds.init();   // Xvfb/CI: usually no device; both outcomes are fine
    INFO("device: " << device);
    audio.setMasterVolume(1.0f);
    sounds.play(view::Sound::Success);
    sounds.click();
    sounds.play(view::Sound::Failure);
    sounds.setThrust(true);
    if (!device) {
        std::vector<float> out(size_t(audio.sampleRate()) * 2);
        audio.mix(out.data(), audio.sampleRate());   // one second
        double energy = 0;
        float peak = 0;
        int bad = 0;
        for (float s : out) {
            energy += double(s) * s;
            peak = std::max(peak, std::abs(s));
            bad += std::isfinite(s) ? 0 : 1;
        }
        CHECK(bad == 0);
        CHECK(energy > 100.0);
        CHECK(peak <= 1.0f);
        // Muted: silence within a few milliseconds (the gain is smoothed, not cut).
        audio.setMuted(true);
        audio.mix(out.data(), audio.sampleRate() / 2);
        float tail = 0;
        for (size_t i = out.size() / 4; i < out.size() / 2; ++i) tail = std::max(tail, std::abs(out[i]));
        CHECK(tail < 1e-3f);
    }
    sounds.setThrust(false);
    sounds.shutdown();
    CHECK_FALSE(audio.hasDevice());
}

// The engine's mixer knows sounds only as the samples it was given.
TEST_CASE("the mixer plays the samples it was given, and nothing for an unknown id", "[gfx][audio]") {
    platform::Audio audio;
    const platform::SoundId tone = audio.addSound(std::vector<float>(4410, 0.5f));
    REQUIRE(tone >= 0);
    audio.setMasterVolume(1.0f);
    std::vector<float> out(size_t(audio.sampleRate()) * 2);
    audio.play(tone + 7);                          // never added: nothing
    audio.mix(out.data(), audio.sampleRate() / 10);
    float peak = 0;
    for (float s : out) peak = std::max(peak, std::abs(s));
    CHECK(peak == 0.0f);
    audio.play(tone);
    audio.mix(out.data(), audio.sampleRate() / 10);
    peak = 0;
    for (float s : out) peak = std::max(peak, std::abs(s));
    CHECK(peak > 0.3f);                            // the tone, through the smoothed volume and soft clip
}

// Which folders the game uses is game/app/paths.cpp (tests/app); the platform only names its own.
TEST_CASE("storage makes nested folders beside the executable and writes files atomically there", "[gfx][platform]") {
    const std::string exe = platform::executableDir();
    REQUIRE(!exe.empty());
    CHECK(exe.back() == '/');
    CHECK(sp::fileExists(exe + "assets/fonts/starpath-ui.ttf"));   // the build made the font here
    const std::string dir = exe + "test-home/nested/deeper/";
    REQUIRE(platform::makeDirs(dir));
    CHECK(platform::makeDirs(dir));   // already there: fine
    REQUIRE(sp::writeFileAtomic(dir + "save.json", "{\"ok\":true}"));
    std::string back = sp::readFile(dir + "save.json").value_or("");
    CHECK(back == "{\"ok\":true}");
    CHECK_FALSE(sp::fileExists(dir + "save.json.tmp"));
    CHECK(platform::userFilesKept());   // natively always
}

TEST_CASE("mouse and touch arrive as pointer events, and the UI keeps what it takes", "[gfx][input]") {
    platform::InputCollector ic;
    platform::FrameInput out;
    SDL_Event e{};

    ic.beginFrame();
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.which = 0;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 100;
    e.button.y = 50;
    ic.handle(e, 800, 600);
    e = SDL_Event{};
    e.type = SDL_FINGERDOWN;
    e.tfinger.fingerId = 77;
    e.tfinger.x = 0.5f;
    e.tfinger.y = 0.25f;
    ic.handle(e, 800, 600);
    ic.finish(out, false, false);
    REQUIRE(out.pointers.size() == 2);
    CHECK(out.pointers[0].type == platform::PointerType::Down);
    CHECK(out.pointers[0].id == 0);
    CHECK(out.pointers[0].pos.x == 100);
    CHECK(out.pointers[1].touch);
    CHECK(out.pointers[1].id == 1);
    CHECK(out.pointers[1].pos.x == Approx(400));
    CHECK(out.pointers[1].pos.y == Approx(150));

    // The UI now wants the mouse, but the game owns both pointers: their Ups still arrive.
    ic.beginFrame();
    e = SDL_Event{};
    e.type = SDL_MOUSEBUTTONUP;
    e.button.button = SDL_BUTTON_LEFT;
    ic.handle(e, 800, 600);
    e = SDL_Event{};
    e.type = SDL_FINGERUP;
    e.tfinger.fingerId = 77;
    ic.handle(e, 800, 600);
    e = SDL_Event{};
    e.type = SDL_MOUSEBUTTONDOWN;            // a new press over the UI: the game never sees it
    e.button.button = SDL_BUTTON_LEFT;
    ic.handle(e, 800, 600);
    e = SDL_Event{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_SPACE;
    ic.handle(e, 800, 600);
    ic.finish(out, true, true);
    REQUIRE(out.pointers.size() == 2);
    CHECK(out.pointers[0].type == platform::PointerType::Up);
    CHECK(out.pointers[1].type == platform::PointerType::Up);
    CHECK(out.keys.empty());
    CHECK_FALSE(out.keyHeld(platform::Key::Space));

    ic.beginFrame();
    e = SDL_Event{};
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_a;
    ic.handle(e, 800, 600);
    ic.finish(out, false, false);
    CHECK(out.pressed(platform::Key::A));
    CHECK(out.keyHeld(platform::Key::A));
    CHECK(std::string(platform::keyName(platform::Key::A)) == "A");
}

TEST_CASE("frame deltas are positive and bounded", "[gfx][platform]") {
    auto& g = context();
    for (int i = 0; i < 3; ++i) {
        auto& in = test::beginFrame(g, gfx::rgb(0));
        CHECK(in.dt > 0);
        CHECK(in.dt <= 0.25);
        g.renderer.endFrame();
        g.app.endFrame();
    }
}

TEST_CASE("desktop fullscreen can be toggled and restored", "[gfx][platform][fullscreen]") {
    auto& g = context();
    int w = g.app.windowWidth(), h = g.app.windowHeight();
    g.app.setFullscreen(true);
    CHECK(g.app.isFullscreen());
    g.app.setFullscreen(false);
    CHECK_FALSE(g.app.isFullscreen());
    // Let the window settle back before other tests draw at its size.
    for (int i = 0; i < 3; ++i) {
        test::beginFrame(g, gfx::rgb(0));
        g.renderer.endFrame();
        g.app.endFrame();
    }
    CHECK(g.app.windowWidth() == w);
    CHECK(g.app.windowHeight() == h);
}
