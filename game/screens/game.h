// The Game: what every screen shares (window, renderer, sound, strings, campaign, save) and
// the navigation between screens. It is deliberately not where gameplay lives: each screen
// is its own file, and the play screen owns the flight.
//
// Order of a run (main.cpp): prepare() reads every file (so a broken level named on the
// command line fails before a window opens), then App runs init() / frame() / shutdown().
#pragma once
#include "engine/platform/app.h"
#include "engine/platform/audio.h"
#include "engine/render/renderer.h"
#include "engine/render/starfield.h"
#include "game/automation.h"
#include "game/options.h"
#include "game/screens/screen.h"
#include "game/sim/campaign.h"
#include "game/sim/input.h"
#include "game/sim/save.h"
#include "game/sim/sim.h"
#include "game/text/strings.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sp {

class PlayScreen;
class EditorScreen;

// Where the selected level came from. Only the campaign's own levels count as progress.
enum class LevelSource {
    Campaign,
    File,      // --level FILE.json or a share link
    MyLevel,   // played from My levels (level select)
    Test,      // test-played from the editor: results and the pause menu lead back there
};

// How the last flight ended, for the results screen.
struct FlightResult {
    std::string levelId;
    Outcome outcome = Outcome::Flying;
    Text reason;                     // the sim's sentence that teaches
    int stars = 0;
    std::vector<bool> starsEarned;   // per star rule
    double minutes = 0;              // real flight time
    double fuelLeftKms = 0;
    bool newBest = false;
    bool replay = false;             // a recorded input log, not the player's own flight
    // Filled by Game::recordWin: the level's best before this win (0 stars: never won), and
    // the chapter this win finished for the first time (-1: none), for the chapter-complete
    // moment after the results.
    int previousStars = 0;
    double previousMinutes = 0;
    int chapterCompleted = -1;
};

// Per-frame CPU time, split for `--perf`. Screens add what they spend.
struct FrameTimes {
    double simMs = 0, drawMs = 0;
};

class Game {
public:
    Game(platform::App& app, Options options);
    ~Game();

    // Reads strings, campaign, save and the files named on the command line.
    // Returns 0, or 2 after printing a sentence on stderr (a broken file the user named).
    int prepare();
    platform::AppConfig appConfig() const;
    bool init();                                  // window is open: GL, sound, screens
    void frame(const platform::FrameInput& in);
    void shutdown();

    // [SECTION] services
    platform::App& app() { return app_; }
    gfx::Renderer& renderer() { return renderer_; }
    const gfx::Starfield& starfield() const { return starfield_; }
    platform::Audio& audio() { return audio_; }
    const Strings& tr() const { return strings_; }
    const std::string& lang() const { return strings_.language(); }
    const std::string& text(const Text& t) const { return t.get(lang()); }
    const Campaign& campaign() const { return campaign_; }
    const Options& options() const { return options_; }
    FrameTimes& times() { return times_; }
    double time() const { return time_; }        // seconds since start, for animation
    void click() { audio_.play(platform::Sound::Click); }

    // [SECTION] settings and progress
    const Settings& settings() const { return save_.settings; }
    // Applies a changed setting at once (language, scale, sound, fullscreen) and saves.
    void changeSettings(const Settings& s);
    const SaveData& progress() const { return save_; }
    bool unlocked(const std::string& levelId) const;
    // Records a win of the player's own flight: best stars and time, then saves, and notes in
    // result() what it was before and whether the win finished a chapter for the first time.
    // A level that is not the campaign's (a file, a link, My levels, a test flight) records nothing.
    bool recordWin(const std::string& levelId, int stars, double minutes);
    std::string userDir() const;
    // Problems worth telling the player once (damaged save, broken level files) are shown
    // on the menus until dismissed.

    // [SECTION] levels and navigation
    int chapterIndex() const { return chapter_; }
    void selectChapter(int index) { chapter_ = index; }
    const std::string& levelId() const { return levelId_; }
    const Level* level() const;                   // the selected level, or null
    void selectLevel(const std::string& id);
    std::string nextLevel() const;                // after the selected one, "" at the end
    int chapterOf(const std::string& levelId) const;

    void go(ScreenId id);
    // The end of a chapter: what it taught and what comes next (chapter_complete.cpp).
    void showChapterComplete(int chapterIndex);
    int completedChapter() const { return completedChapter_; }
    void openSettings();                          // remembers where to come back to
    void closeSettings();
    PlayScreen& play();
    // Starts the selected level in the play screen (its briefing has been read).
    void startFlight(const InputLog* replay = nullptr);

    FlightResult& result() { return result_; }

    // [SECTION] the level editor
    EditorScreen& editor();
    const std::string& dataDir() const { return dataDir_; }   // holds levels/ (and templates)
    LevelSource levelSource() const { return source_; }
    bool testPlaying() const { return source_ == LevelSource::Test; }
    // Plays a level the editor has put through parseLevel, as a shipped level is played: the
    // briefing first if asked, a replay of `replay` if given. Nothing counts as progress.
    void testPlay(const Level& level, bool briefing, const InputLog* replay = nullptr);
    // Leaves a test flight for the editor, whose document is as it was left.
    void backToEditor();
    void editCopy(const Level& level);            // "Edit a copy" of any level
    void editFile(const std::string& path);       // a level file in the editor (drafts too)
    void playMyLevel(const Level& level);         // from My levels: its briefing, then play
    bool myLevelsTab() const { return myLevelsTab_; }   // level select shows My levels
    void showMyLevels(bool on) { myLevelsTab_ = on; }

private:
    void handleGlobalKeys(const platform::FrameInput& in);
    void drawNotices();
    void openShareLink();
    void applySettings(bool firstTime);
    void writeSave();

    platform::App& app_;
    Options options_;
    gfx::Renderer renderer_;
    gfx::Starfield starfield_;
    platform::Audio audio_;
    Strings strings_;
    Campaign campaign_;
    // --level FILE.json, a share link (--link), a level of My levels or a test flight.
    std::optional<Level> fileLevel_;
    // Unless it is Campaign, the selected level is fileLevel_, not the campaign's level of the
    // same id (a file or a link may carry any id: it must neither hide the campaign's level
    // nor win its stars).
    LevelSource source_ = LevelSource::Campaign;
    std::string dataDir_;
    bool myLevelsTab_ = false;
    std::optional<InputLog> replayLog_;           // --inputs FILE
    std::unique_ptr<SaveStore> store_;
    SaveData save_;
    std::vector<std::string> notices_;
    std::array<std::unique_ptr<Screen>, size_t(ScreenId::Count)> screens_;
    ScreenId current_ = ScreenId::Title;
    ScreenId settingsReturn_ = ScreenId::Title;
    int chapter_ = 0;
    int completedChapter_ = 0;                    // the chapter the chapter-complete screen shows
    std::string levelId_;
    FlightResult result_;
    FrameTimes times_;
    Automation automation_;
    double time_ = 0;
};

} // namespace sp
