// What a screen and the editor are handed, and all they may reach: the services they draw,
// sound and speak with, the player's settings, the progress through the campaign (headless
// rules, game/sim/progress.h) and the ways to other screens (flow.h). The game (game/app)
// is the one implementation; a screen never sees it, nor another screen's header.
//
//   game/app      Game: owns everything below, implements Shell; ScreenFlow implements Flow
//   game/screens  game/editor     peers: each includes game/shell, never the other
//   game/shell    this, Screen, Flow, Settings, the menu kit
#pragma once
#include "engine/platform/app.h"
#include "engine/render/renderer.h"
#include "engine/render/starfield.h"
#include "game/shell/flow.h"
#include "game/shell/settings.h"
#include "game/sim/progress.h"
#include "game/view/sounds.h"
#include "game/text/strings.h"

#include <string>

namespace sp {

// Per-frame CPU time, split for `--perf`. Screens add what they spend.
struct FrameTimes {
    double simMs = 0, drawMs = 0;
};

// How this run was started, as far as a screen cares.
struct RunFlags {
    bool scripted = false;      // driven by flags, ends by itself (--screenshot, --perf): no waiting for a player
    bool layoutCheck = false;   // --layout-check: the play screen prints whether any panels overlap
};

class Shell {
public:
    virtual ~Shell() = default;

    // [SECTION] services
    virtual platform::App& app() = 0;                   // the window: title, fullscreen, quit
    virtual gfx::Renderer& renderer() = 0;
    virtual const gfx::Starfield& starfield() const = 0;
    virtual view::Sounds& sounds() = 0;
    virtual const Strings& tr() const = 0;
    virtual double time() const = 0;                    // seconds since start, for animation
    virtual FrameTimes& times() = 0;
    virtual const RunFlags& run() const = 0;
    virtual const std::string& userDir() const = 0;     // the per-user folder, ends with '/'
    virtual const std::string& dataDir() const = 0;     // holds levels/ (and templates), ends with '/'

    // [SECTION] settings
    virtual const Settings& settings() const = 0;
    // Applies a changed setting at once (language, scale, sound, fullscreen) and saves.
    virtual void changeSettings(const Settings& s) = 0;

    // [SECTION] progress
    virtual Progress& progress() = 0;
    // Records a win of the player's own flight (Progress::recordWin), saves, and notes in
    // flow().result() what the best was before and whether the win finished a chapter. True
    // when it improved on the best. A level that is not the campaign's records nothing.
    virtual bool recordWin(const std::string& levelId, int stars, double minutes) = 0;

    // [SECTION] the way between screens
    virtual Flow& flow() = 0;

    // Conveniences over the services.
    const std::string& lang() const { return tr().language(); }
    const std::string& text(const Text& t) const { return t.get(lang()); }
    // "1-3  Round and Round" for a campaign level; a made level's title alone (its id is a
    // file name such as "my-earth-orbit", nothing to show a student).
    std::string heading(const Level& level) {
        const std::string& title = text(level.title);
        return progress().chapterOf(level.id) >= 0 ? level.id + "  " + title : title;
    }
    void click() { sounds().click(); }
};

} // namespace sp
