// The player's way through the campaign, headless: which level is chosen and where it came
// from, which levels are open, which comes next, and what a win records. The game keeps one
// (game/app), the menus read it, and tests drive it without a window (tests/sim/test_progress.cpp).
//
// Only the campaign's own levels count as progress. A level from a file, a share link, My
// levels or a test flight is played as it is: it opens nothing and wins no stars, even when
// it carries a campaign level's id.
#pragma once
#include "game/sim/campaign.h"
#include "game/sim/level.h"
#include "game/sim/save.h"

#include <optional>
#include <string>

namespace sp {

// Where the chosen level came from.
enum class LevelSource {
    Campaign,
    File,      // --level FILE.json or a share link
    MyLevel,   // played from My levels (level select)
    Test,      // test-played from the editor: results and the pause menu lead back there
};

// What recording a win found. Filled only when the win counted (a campaign level).
struct WinRecord {
    bool counted = false;
    bool improved = false;          // more stars or a better time than the best before
    int previousStars = 0;          // the best before this win (0: never won)
    double previousMinutes = 0;
    int chapterCompleted = -1;      // the chapter this win finished for the first time, or -1
};

class Progress {
public:
    Progress() = default;
    Progress(Campaign campaign, SaveData save);

    const Campaign& campaign() const { return campaign_; }
    const SaveData& save() const { return save_; }   // best stars and times per level

    // [SECTION] the rules
    // Campaign order across chapters: each level opens when the one before it is won.
    bool unlocked(const std::string& levelId) const;
    int chapterOf(const std::string& levelId) const { return campaign_.chapterOf(levelId); }
    // The level after the chosen one: the next of its chapter, after a chapter's last the
    // first of the next chapter; "" at the end or when the chosen level is not the campaign's.
    std::string nextLevel() const;
    // Records a win of `levelId` (the chosen level) with its stars and real minutes: keeps the
    // best of each. Counts only for the campaign's own levels.
    WinRecord recordWin(const std::string& levelId, int stars, double minutes);

    // [SECTION] the chosen level
    const std::string& levelId() const { return levelId_; }
    const Level* level() const;                      // null if nothing is chosen or it is missing
    LevelSource source() const { return source_; }
    bool testPlaying() const { return source_ == LevelSource::Test; }
    void chooseCampaignLevel(const std::string& levelId);   // also moves to its chapter
    void chooseLevel(Level level, LevelSource source);      // a file, a link, My levels, a test flight
    int chapter() const { return chapter_; }         // the chapter the menus show
    void selectChapter(int index) { chapter_ = index; }

private:
    Campaign campaign_;
    SaveData save_;
    // Unless the source is the campaign, the chosen level is this one, not the campaign's level
    // of the same id (it must neither hide the campaign's level nor win its stars).
    std::optional<Level> fileLevel_;
    LevelSource source_ = LevelSource::Campaign;
    std::string levelId_;
    int chapter_ = 0;
};

} // namespace sp
