// A run's start: every file read before a window opens (a broken level the user named is a
// sentence and exit code 2), the window's config, and the first screen the command line asks for.
#include "game/app/game.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/platform/storage.h"
#include "game/edit/library.h"
#include "game/editor/editor.h"
#include "game/screens/play.h"
#include "game/sim/level_io.h"
#include "game/sim/share_link.h"
#include "game/view/planet_look.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cstdio>

// Index
// [SECTION] prepare: every file, before the window
// [SECTION] the window
// [SECTION] init: the first screen

namespace sp {

namespace {
bool looksLikeFile(const std::string& s) {
    return s.find('/') != std::string::npos || (s.size() > 5 && s.compare(s.size() - 5, 5, ".json") == 0);
}

void printProblems(const std::string& file, const std::vector<Problem>& problems) {
    for (const Problem& p : problems) std::fprintf(stderr, "  %s\n", formatProblem(file, p).c_str());
}
} // namespace

// [SECTION] prepare: every file, before the window

int Game::prepare() {
    paths_ = findPaths(options_.data, options_.home);
    std::string error;
    if (!strings_.load(paths_.strings, &error)) notices_.push_back(error);
    Campaign campaign = loadCampaign(paths_.data + "levels");
    for (const std::string& e : campaign.errors) {
        logWarn(e);
        notices_.push_back(e);
    }
    const std::string settingsProblem = loadSave(std::move(campaign));

    if (int code = openCommandLineLevel(); code != 0) return code;
    if (int code = readReplay(); code != 0) return code;

    // Command-line choices hold for this run only; the saved settings stay as they are.
    if (!options_.lang.empty()) settings_.language = options_.lang;
    if (options_.scale > 0) settings_.ui_scale = options_.scale;
    if (options_.vectors) settings_.show_vectors = true;
    strings_.setLanguage(settings_.language);
    if (!settingsProblem.empty()) {
        notices_.push_back(strings_("notice.settings_reset"));
        notices_.push_back("save file: " + settingsProblem);
    }
    if (!platform::userFilesKept()) notices_.push_back(strings_("notice.no_storage"));
    if (!options_.link.empty()) openShareLink();
    if (!progress_.levelId().empty()) progress_.selectChapter(std::max(0, progress_.chapterOf(progress_.levelId())));
    return 0;
}

// A level named on the command line must open, or the run says why and stops.
int Game::openCommandLineLevel() {
    if (options_.level.empty()) return 0;
    const bool editing = options_.screen == "editor";
    if (editing && looksLikeFile(options_.level)) {
        // The editor opens drafts too: only a file that holds no level at all stops here.
        LevelLoad load = edit::openLevelFile(options_.level);
        if (!load.level) {
            std::fprintf(stderr, "starpath: the level file %s cannot be opened in the editor:\n", options_.level.c_str());
            printProblems(options_.level, load.problems);
            return 2;
        }
        return 0;
    }
    if (looksLikeFile(options_.level)) {
        std::string error;
        auto bytes = readFile(options_.level, &error);
        if (!bytes) {
            std::fprintf(stderr, "starpath: cannot read the level file %s: %s\n", options_.level.c_str(), error.c_str());
            return 2;
        }
        LevelLoad load = parseLevel(*bytes);
        if (!load.ok()) {
            std::fprintf(stderr, "starpath: the level file %s has problems:\n", options_.level.c_str());
            printProblems(options_.level, load.problems);
            return 2;
        }
        progress_.chooseLevel(*load.level, LevelSource::File);
        return 0;
    }
    const Campaign& campaign = progress_.campaign();
    if (!campaign.find(options_.level)) {
        // Either the campaign does not list it, or its file is broken: say which.
        const std::string file = "/" + options_.level + ".json";
        std::vector<std::string> problems;
        for (const std::string& e : campaign.errors)
            if (e.find(file) != std::string::npos) problems.push_back(e);
        if (problems.empty())
            std::fprintf(stderr, "starpath: level '%s' is not in the campaign (%slevels/campaign.json).\n",
                         options_.level.c_str(), paths_.data.c_str());
        else
            std::fprintf(stderr, "starpath: level '%s' could not be loaded:\n", options_.level.c_str());
        for (const std::string& e : problems) std::fprintf(stderr, "  %s\n", e.c_str());
        return 2;
    }
    progress_.chooseCampaignLevel(options_.level);
    return 0;
}

int Game::readReplay() {
    if (options_.inputs.empty()) return 0;
    std::string error;
    auto bytes = readFile(options_.inputs, &error);
    if (!bytes) {
        std::fprintf(stderr, "starpath: cannot read the input log %s: %s\n", options_.inputs.c_str(), error.c_str());
        return 2;
    }
    InputLoad load = parseInputLog(*bytes);
    if (!load.log) {
        std::fprintf(stderr, "starpath: the input log %s has problems:\n", options_.inputs.c_str());
        printProblems(options_.inputs, load.problems);
        return 2;
    }
    if (!load.log->level_id.empty() && load.log->level_id != progress_.levelId())
        std::fprintf(stderr, "starpath: note: %s was recorded on level %s, not %s\n", options_.inputs.c_str(),
                     load.log->level_id.c_str(), progress_.levelId().c_str());
    replayLog_ = *load.log;
    return 0;
}

// A share link is something a player clicked, not a command they typed: a broken one never
// stops the game. It becomes a notice over the normal menu, in the player's language, with
// the exact problems (technical, in English, like every file problem) below it.
void Game::openShareLink() {
    std::string error;
    auto text = readFile(options_.link, &error);
    LevelLoad load = text ? levelFromShareLink(*text)
                          : LevelLoad{std::nullopt, {Problem{"", "the link could not be read: " + error}}};
    if (!load.ok()) {
        notices_.push_back(strings_("notice.link_broken"));
        for (const Problem& p : load.problems) {
            const std::string line = formatProblem("share link", p);
            logWarn(line);
            notices_.push_back(line);
        }
        return;
    }
    logInfo("share link: level " + load.level->id + " (" + levelFingerprint(*load.level) + ")");
    progress_.chooseLevel(std::move(*load.level), LevelSource::File);
}

// [SECTION] the window

platform::AppConfig Game::appConfig() const {
    platform::AppConfig c;
    c.title = "Starpath";
    c.width = options_.width;
    c.height = options_.height;
#ifdef __EMSCRIPTEN__
    // A browser only goes fullscreen from a click or a key press, never at page load.
    c.fullscreen = false;
#else
    c.fullscreen = settings_.fullscreen && !options_.scripted();
#endif
    c.vsync = options_.perfFrames == 0;   // --perf measures work, not the display's refresh
    c.ui.scale = float(settings_.ui_scale);
    c.ui.titleSize = 44.0f;
    c.ui.fontPath = paths_.font;
    c.ui.typingFontPath = paths_.typingFont;
    c.ui.style = view::applyTheme;
    return c;
}

// [SECTION] init: the first screen

bool Game::init() {
    if (!renderer_.init()) {
        std::fprintf(stderr, "starpath: the renderer could not start (OpenGL ES 3.0 shaders failed)\n");
        return false;
    }
    if (!paths_.imagery.empty()) view::loadEarthImagery(renderer_, paths_.imagery);
    sounds_.init();
    applySettings(true);
    flow_.createScreens();
    automation_.configure(options_.screenshot, options_.perfFrames);
    startScreen();
    return true;
}

// Where the command line asks to start. A share link is a level someone sent: it opens on
// its briefing, as every level a player picks does, never in a flight whose clock is
// already running. (--ticks or --inputs with a link ask for the flight itself.)
void Game::startScreen() {
    const Campaign& campaign = progress_.campaign();
    const bool fromLink = !options_.link.empty() && progress_.source() == LevelSource::File;
    const bool flightAsked = options_.ticks >= 0 || replayLog_.has_value();
    ScreenId start = progress_.levelId().empty() ? ScreenId::Title
                     : (fromLink && !flightAsked) ? ScreenId::Briefing
                                                  : ScreenId::Play;
    if (!options_.screen.empty()) screenFromName(options_.screen.c_str(), start);
    const bool needsLevel = start == ScreenId::Briefing || start == ScreenId::Play || start == ScreenId::Results;
    if (needsLevel && progress_.levelId().empty() && !campaign.chapters.empty() && !campaign.chapters[0].levels.empty())
        progress_.chooseCampaignLevel(campaign.chapters[0].levels[0]);
    if (needsLevel && !progress_.level()) start = ScreenId::Title;   // nothing loaded: the notice says why

    const InputLog* replay = replayLog_ ? &*replayLog_ : nullptr;
    PlayScreen& play = flow_.play();
    if (start == ScreenId::Play) {
        flow_.startFlight(replay);
        if (options_.ticks >= 0) play.fastForward(options_.ticks);
        if (options_.planMinutes > 0 && !play.planAhead(options_.planMinutes))
            std::printf("--plan: this flight cannot plan a burn %.1f minutes ahead\n", options_.planMinutes);
        if (options_.map) play.showMap(true);
        if (options_.paused) play.pauseAsPlayer();
        else if (options_.scripted()) play.setFrozen(options_.ticks >= 0);
        return;
    }
    if (start == ScreenId::Results) {
        flow_.startFlight(replay);
        if (options_.ticks >= 0) play.fastForward(options_.ticks);
        else play.runToEnd();
        play.finishFlight();   // fills result() and goes to the results screen
        return;
    }
    if (start == ScreenId::Settings) flow_.openSettings();   // Back leads to the title
    if (start == ScreenId::ChapterComplete) {
        flow_.showChapterComplete(progress_.chapter());   // the chapter of --level, else the first
        return;
    }
    if (start == ScreenId::Editor) {
        // --level opens that level: a file as itself, a campaign level as a copy.
        EditorScreen& editor = flow_.editor();
        if (options_.level.empty()) editor.startCreating();
        else if (looksLikeFile(options_.level)) editor.openFile(options_.level);
        else if (const Level* l = campaign.find(options_.level)) editor.openCopy(*l);
        if (!options_.select.empty() && !editor.selectPointer(options_.select))
            std::fprintf(stderr, "starpath: --select %s: the level has no such part\n", options_.select.c_str());
    }
    if (start != ScreenId::Settings) flow_.go(start);
}

} // namespace sp
