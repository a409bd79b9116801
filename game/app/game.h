// The Game: the top of the program. It owns what the screens share (window, renderer, sound,
// strings, settings, the progress and the save file), implements the Shell every screen is
// handed, and keeps the screens in its ScreenFlow. It is deliberately not where gameplay
// lives: each screen is its own file, the play screen owns the flight, and the progress
// rules are headless (game/sim/progress.h).
//
// Order of a run (main.cpp): prepare() reads every file (so a broken level named on the
// command line fails before a window opens), then App runs init() / frame() / shutdown().
//
// Files: game.cpp (services, settings, the save, each frame), start.cpp (prepare, the
// command line's start, the window's config), flow.cpp (ScreenFlow), paths.cpp (folders).
#pragma once
#include "engine/platform/app.h"
#include "engine/render/renderer.h"
#include "engine/render/starfield.h"
#include "game/app/automation.h"
#include "game/app/flow.h"
#include "game/app/options.h"
#include "game/app/paths.h"
#include "game/shell/shell.h"
#include "game/sim/input.h"
#include "game/sim/save.h"
#include "game/view/sounds.h"
#include "game/text/strings.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sp {

class Game : public Shell {
public:
    Game(platform::App& app, Options options);
    ~Game() override;

    // start.cpp
    // Reads strings, campaign, save and the files named on the command line.
    // Returns 0, or 2 after printing a sentence on stderr (a broken file the user named).
    int prepare();
    platform::AppConfig appConfig() const;
    bool init();                                  // window is open: GL, sound, screens, the first screen

    // game.cpp
    void frame(const platform::FrameInput& in);
    void shutdown();

    // [SECTION] Shell
    platform::App& app() override { return app_; }
    gfx::Renderer& renderer() override { return renderer_; }
    const gfx::Starfield& starfield() const override { return starfield_; }
    view::Sounds& sounds() override { return sounds_; }
    const Strings& tr() const override { return strings_; }
    double time() const override { return time_; }
    FrameTimes& times() override { return times_; }
    const RunFlags& run() const override { return run_; }
    const std::string& userDir() const override { return paths_.user; }
    const std::string& dataDir() const override { return paths_.data; }
    const Settings& settings() const override { return settings_; }
    void changeSettings(const Settings& s) override;
    Progress& progress() override { return progress_; }
    bool recordWin(const std::string& levelId, int stars, double minutes) override;
    Flow& flow() override { return flow_; }

private:
    // start.cpp
    int openCommandLineLevel();
    int readReplay();
    void openShareLink();
    void startScreen();
    // game.cpp
    std::string loadSave(Campaign campaign);      // "" or why the settings could not be read
    void applySettings(bool firstTime);
    void writeSave();
    void handleGlobalKeys(const platform::FrameInput& in);
    void drawNotices();

    platform::App& app_;
    Options options_;
    RunFlags run_;
    Paths paths_;
    gfx::Renderer renderer_;
    gfx::Starfield starfield_;
    view::Sounds sounds_;
    Strings strings_;
    Settings settings_;
    Progress progress_;
    std::unique_ptr<SaveStore> store_;
    std::optional<InputLog> replayLog_;           // --inputs FILE
    // Problems worth telling the player once (damaged save, broken level files) are shown
    // on the menus until dismissed.
    std::vector<std::string> notices_;
    ScreenFlow flow_;
    FrameTimes times_;
    Automation automation_;
    double time_ = 0;
};

} // namespace sp
