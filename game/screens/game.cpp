#include "game/screens/game.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/platform/storage.h"
#include "game/view/theme.h"
#include "engine/ui/ui.h"
#include "game/view/widgets.h"
#include "game/edit/library.h"
#include "game/editor/editor.h"
#include "game/screens/menu_kit.h"
#include "game/screens/play.h"
#include "game/screens/screens.h"
#include "game/sim/level_io.h"
#include "game/sim/share_link.h"
#include "game/view/text_wrap.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

// Index
// [SECTION] screens by name
// [SECTION] prepare: every file, before the window
// [SECTION] init, frame, shutdown
// [SECTION] settings and progress
// [SECTION] levels and navigation
// [SECTION] the level editor
// [SECTION] keys that work everywhere, notices

namespace sp {

// [SECTION] screens by name

namespace {
const char* const kScreenNames[] = {"title", "chapters", "levels", "briefing", "play", "results", "settings", "editor", "chapter-complete"};
static_assert(sizeof(kScreenNames) / sizeof(kScreenNames[0]) == size_t(ScreenId::Count), "one name per screen");

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool looksLikeFile(const std::string& s) {
    return s.find('/') != std::string::npos || (s.size() > 5 && s.compare(s.size() - 5, 5, ".json") == 0);
}
} // namespace

bool screenFromName(const char* name, ScreenId& out) {
    for (size_t i = 0; i < size_t(ScreenId::Count); ++i) {
        if (std::string(name) == kScreenNames[i]) {
            out = ScreenId(i);
            return true;
        }
    }
    return false;
}

// [SECTION] prepare: every file, before the window

Game::Game(platform::App& app, Options options) : app_(app), options_(std::move(options)) {}
Game::~Game() = default;

int Game::prepare() {
    // The storage module reads these once; they must be set before its first call.
    if (!options_.home.empty()) setenv("STARPATH_HOME", options_.home.c_str(), 1);
    if (!options_.data.empty()) setenv("STARPATH_DATA_DIR", options_.data.c_str(), 1);
    // The shipped data: --data, else where the engine finds it, else the tree this build was
    // made from. (A build folder holds assets/fonts but no levels: keep looking past it.)
    std::string data = platform::dataDir();
    if (options_.data.empty() && !fileExists(data + "levels/campaign.json") &&
        fileExists(std::string(STARPATH_DATA_DIR) + "/levels/campaign.json"))
        data = std::string(STARPATH_DATA_DIR) + "/";
    dataDir_ = data;

    std::string error;
    // A --data folder may hold only levels; the string tables this build came with still work.
    std::string stringsDir = data + "assets/strings";
    if (!fileExists(stringsDir + "/en.json")) stringsDir = std::string(STARPATH_DATA_DIR) + "/assets/strings";
    if (!strings_.load(stringsDir, &error)) notices_.push_back(error);
    campaign_ = loadCampaign(data + "levels");
    for (const std::string& e : campaign_.errors) {
        logWarn(e);
        notices_.push_back(e);
    }

    store_ = std::make_unique<SaveStore>(userDir());
    std::string notice;
    save_ = store_->load(&notice);
    if (!notice.empty()) {
        notices_.push_back(notice);
        platform::persistUserFiles();   // a damaged save was moved aside: keep that move too
    }

    // A level named on the command line must open, or the run says why and stops.
    const bool editing = options_.screen == "editor";
    if (!options_.level.empty()) {
        if (editing && looksLikeFile(options_.level)) {
            // The editor opens drafts too: only a file that holds no level at all stops here.
            LevelLoad load = edit::openLevelFile(options_.level);
            if (!load.level) {
                std::fprintf(stderr, "starpath: the level file %s cannot be opened in the editor:\n", options_.level.c_str());
                for (const Problem& p : load.problems) std::fprintf(stderr, "  %s\n", formatProblem(options_.level, p).c_str());
                return 2;
            }
        } else if (looksLikeFile(options_.level)) {
            auto bytes = readFile(options_.level, &error);
            if (!bytes) {
                std::fprintf(stderr, "starpath: cannot read the level file %s: %s\n", options_.level.c_str(), error.c_str());
                return 2;
            }
            LevelLoad load = parseLevel(*bytes);
            if (!load.ok()) {
                std::fprintf(stderr, "starpath: the level file %s has problems:\n", options_.level.c_str());
                for (const Problem& p : load.problems) std::fprintf(stderr, "  %s\n", formatProblem(options_.level, p).c_str());
                return 2;
            }
            fileLevel_ = *load.level;
            levelId_ = fileLevel_->id;
            source_ = LevelSource::File;
        } else if (!campaign_.find(options_.level)) {
            // Either the campaign does not list it, or its file is broken: say which.
            const std::string file = "/" + options_.level + ".json";
            std::vector<std::string> problems;
            for (const std::string& e : campaign_.errors)
                if (e.find(file) != std::string::npos) problems.push_back(e);
            if (problems.empty())
                std::fprintf(stderr, "starpath: level '%s' is not in the campaign (%slevels/campaign.json).\n",
                             options_.level.c_str(), data.c_str());
            else
                std::fprintf(stderr, "starpath: level '%s' could not be loaded:\n", options_.level.c_str());
            for (const std::string& e : problems) std::fprintf(stderr, "  %s\n", e.c_str());
            return 2;
        } else {
            levelId_ = options_.level;
        }
    }
    if (!options_.inputs.empty()) {
        auto bytes = readFile(options_.inputs, &error);
        if (!bytes) {
            std::fprintf(stderr, "starpath: cannot read the input log %s: %s\n", options_.inputs.c_str(), error.c_str());
            return 2;
        }
        InputLoad load = parseInputLog(*bytes);
        if (!load.log) {
            std::fprintf(stderr, "starpath: the input log %s has problems:\n", options_.inputs.c_str());
            for (const Problem& p : load.problems) std::fprintf(stderr, "  %s\n", formatProblem(options_.inputs, p).c_str());
            return 2;
        }
        if (!load.log->level_id.empty() && load.log->level_id != levelId_)
            std::fprintf(stderr, "starpath: note: %s was recorded on level %s, not %s\n", options_.inputs.c_str(),
                         load.log->level_id.c_str(), levelId_.c_str());
        replayLog_ = *load.log;
    }

    // Command-line choices hold for this run only; the saved settings stay as they are.
    if (!options_.lang.empty()) save_.settings.language = options_.lang;
    if (options_.scale > 0) save_.settings.ui_scale = options_.scale;
    if (options_.vectors) save_.settings.show_vectors = true;
    strings_.setLanguage(save_.settings.language);
    if (!platform::userFilesKept()) notices_.push_back(strings_("notice.no_storage"));
    if (!options_.link.empty()) openShareLink();
    if (!levelId_.empty()) chapter_ = std::max(0, chapterOf(levelId_));
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
    fileLevel_ = std::move(load.level);
    levelId_ = fileLevel_->id;
    source_ = LevelSource::File;
}

platform::AppConfig Game::appConfig() const {
    platform::AppConfig c;
    c.title = "Starpath";
    c.width = options_.width;
    c.height = options_.height;
#ifdef __EMSCRIPTEN__
    // A browser only goes fullscreen from a click or a key press, never at page load.
    c.fullscreen = false;
#else
    c.fullscreen = save_.settings.fullscreen && !options_.scripted();
#endif
    c.vsync = options_.perfFrames == 0;   // --perf measures work, not the display's refresh
    c.ui.scale = float(save_.settings.ui_scale);
    c.ui.titleSize = 44.0f;
    c.ui.fontPath = platform::findAsset("assets/fonts/starpath-ui.ttf");
    c.ui.style = view::applyTheme;
    return c;
}

// [SECTION] init, frame, shutdown

bool Game::init() {
    if (!renderer_.init()) {
        std::fprintf(stderr, "starpath: the renderer could not start (OpenGL ES 3.0 shaders failed)\n");
        return false;
    }
    sounds_.init();
    applySettings(true);
    screens_[size_t(ScreenId::Title)] = makeTitleScreen(*this);
    screens_[size_t(ScreenId::Chapters)] = makeChapterScreen(*this);
    screens_[size_t(ScreenId::Levels)] = makeLevelSelectScreen(*this);
    screens_[size_t(ScreenId::Briefing)] = makeBriefingScreen(*this);
    screens_[size_t(ScreenId::Play)] = std::make_unique<PlayScreen>(*this);
    screens_[size_t(ScreenId::Results)] = makeResultsScreen(*this);
    screens_[size_t(ScreenId::Settings)] = makeSettingsScreen(*this);
    screens_[size_t(ScreenId::Editor)] = std::make_unique<EditorScreen>(*this);
    screens_[size_t(ScreenId::ChapterComplete)] = makeChapterCompleteScreen(*this);
    automation_.configure(options_.screenshot, options_.perfFrames);

    // Where the command line asks to start. A share link is a level someone sent: it opens on
    // its briefing, as every level a player picks does, never in a flight whose clock is
    // already running. (--ticks or --inputs with a link ask for the flight itself.)
    const bool fromLink = !options_.link.empty() && source_ == LevelSource::File;
    const bool flightAsked = options_.ticks >= 0 || replayLog_.has_value();
    ScreenId start = levelId_.empty() ? ScreenId::Title : (fromLink && !flightAsked) ? ScreenId::Briefing : ScreenId::Play;
    if (!options_.screen.empty()) screenFromName(options_.screen.c_str(), start);
    const bool needsLevel = start == ScreenId::Briefing || start == ScreenId::Play || start == ScreenId::Results;
    if (needsLevel && levelId_.empty() && !campaign_.chapters.empty() && !campaign_.chapters[0].levels.empty())
        levelId_ = campaign_.chapters[0].levels[0];
    if (needsLevel && !level()) start = ScreenId::Title;   // nothing loaded: the notice says why

    const InputLog* replay = replayLog_ ? &*replayLog_ : nullptr;
    if (start == ScreenId::Play) {
        startFlight(replay);
        if (options_.ticks >= 0) play().fastForward(options_.ticks);
        if (options_.scripted()) play().setFrozen(options_.ticks >= 0);
        return true;
    }
    if (start == ScreenId::Results) {
        startFlight(replay);
        if (options_.ticks >= 0) play().fastForward(options_.ticks);
        else play().runToEnd();
        play().finishFlight();   // fills result() and goes to the results screen
        return true;
    }
    if (start == ScreenId::Settings) settingsReturn_ = ScreenId::Title;
    if (start == ScreenId::ChapterComplete) {
        showChapterComplete(chapter_);   // the chapter of --level, else the first
        return true;
    }
    if (start == ScreenId::Editor) {
        // --level opens that level: a file as itself, a campaign level as a copy.
        if (options_.level.empty()) editor().startCreating();
        else if (looksLikeFile(options_.level)) editor().openFile(options_.level);
        else if (const Level* l = campaign_.find(options_.level)) editor().openCopy(*l);
        if (!options_.select.empty() && !editor().selectPointer(options_.select))
            std::fprintf(stderr, "starpath: --select %s: the level has no such part\n", options_.select.c_str());
    }
    go(start);
    return true;
}

void Game::frame(const platform::FrameInput& input) {
    const auto t0 = std::chrono::steady_clock::now();
    platform::FrameInput in = input;
    // --perf runs one tick per frame whatever the machine, so runs compare.
    if (automation_.perf()) in.dt = 1.0 / 60.0;
    time_ = in.time;
    times_ = {};
    renderer_.beginFrame(in.windowWidth, in.windowHeight, in.pixelRatio, view::palette().spaceDeep);
    screens_[size_t(current_)]->frame(in);
    const auto tFlush = std::chrono::steady_clock::now();
    renderer_.endFrame();
    times_.drawMs += msSince(tFlush);
    handleGlobalKeys(in);
    if (current_ != ScreenId::Play) drawNotices();
    automation_.endFrame(app_, times_, msSince(t0));
}

void Game::shutdown() {
    sounds_.setThrust(false);
    sounds_.shutdown();
    for (auto& s : screens_) s.reset();
    renderer_.shutdown();
}

// [SECTION] settings and progress

void Game::applySettings(bool firstTime) {
    const Settings& s = save_.settings;
    strings_.setLanguage(s.language);
    sounds_.setVolume(float(s.volume));
    sounds_.setMuted(s.muted);
    if (!firstTime && std::abs(float(s.ui_scale) - ui::scale()) > 1e-3f) ui::setScale(float(s.ui_scale));
    if (!firstTime && s.fullscreen != app_.isFullscreen()) app_.setFullscreen(s.fullscreen);
}

void Game::changeSettings(const Settings& s) {
    save_.settings = s;
    save_.settings.ui_scale = std::clamp(s.ui_scale, 0.75, 2.0);
    save_.settings.volume = std::clamp(s.volume, 0.0, 1.0);
    applySettings(false);
    writeSave();
}

bool Game::recordWin(const std::string& id, int stars, double minutes) {
    if (source_ != LevelSource::Campaign) return false;   // a file, a link, My levels, a test flight
    auto was = save_.levels.find(id);
    if (was != save_.levels.end()) {
        result_.previousStars = was->second.stars;
        result_.previousMinutes = was->second.best_minutes;
    }
    result_.chapterCompleted = chapterCompletedBy(campaign_, save_, id);
    const bool better = save_.recordWin(id, stars, minutes);
    writeSave();
    return better;
}

void Game::writeSave() {
    std::string error;
    if (!store_->save(save_, &error)) notices_.push_back(error);
    platform::persistUserFiles();   // in the browser: from memory to IndexedDB
}

std::string Game::userDir() const { return platform::userDir(); }

bool Game::unlocked(const std::string& id) const {
    // Campaign order across chapters: each level opens when the one before it is won. (A level
    // from a file or a link is played as it is and unlocks nothing, even under a campaign id.)
    std::string previous;
    for (const Chapter& c : campaign_.chapters) {
        for (const std::string& l : c.levels) {
            if (l == id) return previous.empty() || save_.completed(previous);
            previous = l;
        }
    }
    return false;
}

// [SECTION] levels and navigation

const Level* Game::level() const {
    if (source_ != LevelSource::Campaign) return &*fileLevel_;
    return campaign_.find(levelId_);
}

void Game::selectLevel(const std::string& id) {
    levelId_ = id;
    source_ = LevelSource::Campaign;   // chosen from the campaign's menus
    const int c = chapterOf(id);
    if (c >= 0) chapter_ = c;
}

std::string Game::nextLevel() const {
    if (source_ != LevelSource::Campaign) return "";
    std::string next = campaign_.next(levelId_);
    if (!next.empty()) return next;
    // The last level of a chapter leads to the first of the next one.
    for (size_t c = 0; c + 1 < campaign_.chapters.size(); ++c) {
        const auto& levels = campaign_.chapters[c].levels;
        if (!levels.empty() && levels.back() == levelId_ && !campaign_.chapters[c + 1].levels.empty())
            return campaign_.chapters[c + 1].levels.front();
    }
    return "";
}

int Game::chapterOf(const std::string& id) const { return campaign_.chapterOf(id); }

void Game::go(ScreenId id) {
    if (current_ == ScreenId::Play && id != ScreenId::Play && id != ScreenId::Settings) sounds_.setThrust(false);
    current_ = id;
    screens_[size_t(id)]->enter();
    // One line per screen change: the trail a bug report (or a browser test) can follow.
    logInfo(std::string("screen: ") + kScreenNames[size_t(id)] + (levelId_.empty() ? "" : " (level " + levelId_ + ")"));
}

void Game::showChapterComplete(int chapterIndex) {
    completedChapter_ = chapterIndex;
    go(ScreenId::ChapterComplete);
}

void Game::openSettings() {
    settingsReturn_ = current_;
    go(ScreenId::Settings);
}

void Game::closeSettings() {
    current_ = settingsReturn_;   // no enter(): the screen we came from resumes as it was
}

PlayScreen& Game::play() { return static_cast<PlayScreen&>(*screens_[size_t(ScreenId::Play)]); }

void Game::startFlight(const InputLog* replay) {
    const Level* l = level();
    if (!l) return;
    play().start(*l, replay);
    go(ScreenId::Play);
}

// [SECTION] the level editor

EditorScreen& Game::editor() { return static_cast<EditorScreen&>(*screens_[size_t(ScreenId::Editor)]); }

void Game::testPlay(const Level& level, bool briefing, const InputLog* replay) {
    fileLevel_ = level;
    levelId_ = level.id;
    source_ = LevelSource::Test;
    if (briefing) go(ScreenId::Briefing);
    else startFlight(replay);
}

void Game::backToEditor() {
    sounds_.setThrust(false);
    go(ScreenId::Editor);
}

void Game::editCopy(const Level& level) {
    editor().openCopy(level);
    go(ScreenId::Editor);
}

void Game::editFile(const std::string& path) {
    editor().openFile(path);
    go(ScreenId::Editor);
}

void Game::playMyLevel(const Level& level) {
    fileLevel_ = level;
    levelId_ = level.id;
    source_ = LevelSource::MyLevel;
    myLevelsTab_ = true;   // the way back from its results leads to the same list
    go(ScreenId::Briefing);
}

// [SECTION] keys that work everywhere, notices

void Game::handleGlobalKeys(const platform::FrameInput& in) {
    if (in.pressed(platform::Key::F11)) {
        Settings s = save_.settings;
        s.fullscreen = !app_.isFullscreen();
        changeSettings(s);
    }
    if (in.pressed(platform::Key::F12)) {
        const std::string dir = userDir() + "screenshots/";
        platform::makeDirs(dir);
        char name[64];
        const std::time_t now = std::time(nullptr);
        std::strftime(name, sizeof name, "starpath-%Y%m%d-%H%M%S.png", std::localtime(&now));
        app_.requestScreenshot(dir + name);
        std::printf("screenshot: %s%s\n", dir.c_str(), name);
        std::fflush(stdout);
    }
}

void Game::drawNotices() {
    if (notices_.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = std::min(vp->Size.x - 40.0f, 760.0f * ui::scale());
    // At the bottom, in the middle; on a wide title, over Earth, beside the menu (a notice
    // saying "press Play" must not hide Play).
    const float besideTitleMenu = vp->Size.x * (1 - kTitleMenuRight) - 40.0f;
    if (current_ == ScreenId::Title && vp->Size.x > vp->Size.y && besideTitleMenu >= 360.0f * ui::scale()) {
        width = std::min(width, besideTitleMenu);
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x - 20.0f, vp->Size.y - 20.0f), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    } else {
        ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y - 20.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    }
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##notices", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(view::palette().accentHot.r, view::palette().accentHot.g, view::palette().accentHot.b, 1));
    ImGui::TextUnformatted(strings_("notice.title"));
    ImGui::PopStyleColor();
    ImGui::PushTextWrapPos(0);
    // File problems are technical (paths, JSON pointers); they stay in the language the
    // sim writes them in, but the heading and the button follow the UI language.
    const size_t shown = std::min<size_t>(notices_.size(), 6);
    for (size_t i = 0; i < shown; ++i) view::wrappedText(notices_[i]);
    if (notices_.size() > shown) ImGui::TextDisabled("%s", strings_.format("notice.more", {std::to_string(notices_.size() - shown)}).c_str());
    ImGui::PopTextWrapPos();
    if (view::secondaryButton(strings_("common.ok"))) {
        click();
        notices_.clear();
    }
    ImGui::End();
}

} // namespace sp
