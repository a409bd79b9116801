// The ways between screens, as the screens and the editor ask for them: "go to the results",
// "test-play this level", "back to the editor". The game's ScreenFlow (game/app/flow.h)
// answers them; it is the one place that knows every screen, so no screen needs another's
// header (the play screen asks for the editor's "Verified" through authorWon, the title for
// the editor's autosave through leftoverAutosave).
#pragma once
#include "game/edit/library.h"
#include "game/shell/screen.h"
#include "game/sim/input.h"
#include "game/sim/level.h"
#include "game/sim/sim.h"

#include <optional>
#include <string>
#include <vector>

namespace sp {

// How the last flight ended, for the results screen.
struct FlightResult {
    std::string levelId;
    Outcome outcome = Outcome::Flying;
    Text reason;                     // the sim's sentence that teaches
    int stars = 0;
    std::vector<bool> starsEarned;   // per star rule
    double minutes = 0;              // real flight time
    double fuelLeftKms = 0;
    double spentKms = 0;             // Δv used: burns, engine, thrusters
    std::vector<EntryDip> dips;      // each dip into the air, for a craft that may skip (Ship::max_skips)
    double markOffKm = -1;           // a locate goal's mark from its receiver (-1: no mark was set)
    Text markedSite;                 // that receiver's name
    double fixErrorM = -1;           // a fix goal's error region (m, half across; -1: no fix goal, or it failed)
    double fixClockUs = 0;           // the clock error that fix found (µs)
    Text messageRelay;               // a message goal's: the satellite that carried the message (empty: none sent)
    double clockOffUs = -1;          // how far its clock knob was from the receiver's clock error (-1: no clock knob)
    bool newBest = false;
    bool replay = false;             // a recorded input log, not the player's own flight
    // Filled by Shell::recordWin: the level's best before this win (0 stars: never won), and
    // the chapter this win finished for the first time (-1: none), for the chapter-complete
    // moment after the results.
    int previousStars = 0;
    double previousMinutes = 0;
    int chapterCompleted = -1;
};

class Flow {
public:
    virtual ~Flow() = default;

    // [SECTION] screens
    virtual void go(ScreenId id) = 0;
    virtual void openSettings() = 0;                      // remembers where to come back to
    virtual void closeSettings() = 0;                     // back there, as it was left
    // The end of a chapter: what it taught and what comes next (chapter_complete.cpp).
    virtual void showChapterComplete(int chapterIndex) = 0;
    virtual int completedChapter() const = 0;             // the chapter that screen shows
    virtual bool myLevelsTab() const = 0;                 // level select shows My levels
    virtual void showMyLevels(bool on) = 0;

    // [SECTION] flights
    // Starts the chosen level (Progress::level) in the play screen; its briefing has been read.
    virtual void startFlight(const InputLog* replay = nullptr) = 0;
    virtual FlightResult& result() = 0;
    // From My levels: its briefing, then play. Nothing counts as progress.
    virtual void playMyLevel(const Level& level) = 0;

    // [SECTION] the level editor
    virtual void createLevel() = 0;                       // the unsaved level if one was left, else the templates
    virtual void editCopy(const Level& level) = 0;        // "Edit a copy" of any level
    virtual void editFile(const std::string& path) = 0;   // a level file (drafts too)
    // Plays a level the editor has put through parseLevel, as a shipped level is played: the
    // briefing first if asked, a replay of `replay` if given. Nothing counts as progress.
    virtual void testPlay(const Level& level, bool briefing, const InputLog* replay = nullptr) = 0;
    virtual void backToEditor() = 0;                      // the document is as it was left
    // The author won their own test flight (not a replay): the winning input verifies the level.
    virtual void authorWon(const std::vector<InputEvent>& events) = 0;
    // The autosave a crashed or closed session left (the title offers it).
    virtual const std::optional<edit::Autosave>& leftoverAutosave() = 0;
    virtual void restoreAutosave() = 0;                   // and opens it in the editor
    virtual void discardAutosave() = 0;
};

} // namespace sp
