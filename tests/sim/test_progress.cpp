// The campaign's progress rules, headless (game/sim/progress.h): which levels are open, which
// comes next, what a win records and for which levels it counts at all.
#include "game/sim/progress.h"
#include "tests/sim/campaign_fixtures.h"

#include <catch2/catch.hpp>

using namespace sp;
using test::twoChapters;
using test::won;

namespace {
const Campaign& shipped() { return test::shippedCampaign(); }
} // namespace

TEST_CASE("a level opens when the one before it is won, across chapters") {
    REQUIRE(shipped().chapters.size() >= 2);
    REQUIRE(shipped().chapters[0].levels.size() == 6);
    REQUIRE(shipped().chapters[1].levels.front() == "2-1");
    Progress fresh(twoChapters(), SaveData{});
    CHECK(fresh.unlocked("1-1"));
    CHECK_FALSE(fresh.unlocked("1-2"));
    CHECK_FALSE(fresh.unlocked("2-1"));
    CHECK_FALSE(fresh.unlocked("no-such-level"));

    Progress some(twoChapters(), won({"1-1", "1-2"}));
    CHECK(some.unlocked("1-2"));
    CHECK(some.unlocked("1-3"));
    CHECK_FALSE(some.unlocked("1-4"));

    // The last level of chapter 1 opens the first of chapter 2; a win out of order opens only
    // the level after it.
    Progress chapterDone(twoChapters(), won({"1-6"}));
    CHECK(chapterDone.unlocked("2-1"));
    CHECK_FALSE(chapterDone.unlocked("2-2"));
    CHECK_FALSE(chapterDone.unlocked("1-2"));
}

TEST_CASE("the next level follows the chapter, then the next chapter, then ends") {
    Progress p(twoChapters(), SaveData{});
    p.chooseCampaignLevel("1-3");
    CHECK(p.nextLevel() == "1-4");
    p.chooseCampaignLevel("1-6");
    CHECK(p.nextLevel() == "2-1");
    CHECK(p.chapter() == 0);
    p.chooseCampaignLevel("2-1");
    CHECK(p.chapter() == 1);                 // choosing a level moves the menus to its chapter
    CHECK(p.nextLevel() == "2-2");
    p.chooseCampaignLevel("2-2");
    CHECK(p.nextLevel().empty());

    Progress one(shipped(), SaveData{});
    one.chooseCampaignLevel("1-6");
    CHECK(one.nextLevel() == "2-1");         // the shipped chapters follow one another
    one.chooseCampaignLevel(shipped().chapters.back().levels.back());
    CHECK(one.nextLevel().empty());          // the end of the last chapter
}

TEST_CASE("a win keeps the best stars and time, says what it was before, and finishes a chapter once") {
    Progress p(shipped(), won({"1-1", "1-2", "1-3", "1-4", "1-5"}));
    p.chooseCampaignLevel("1-6");
    REQUIRE(p.level() != nullptr);
    CHECK(p.level()->id == "1-6");

    WinRecord first = p.recordWin("1-6", 2, 60);
    CHECK(first.counted);
    CHECK(first.improved);
    CHECK(first.previousStars == 0);
    CHECK(first.chapterCompleted == 0);
    CHECK(p.save().stars("1-6") == 2);

    WinRecord worse = p.recordWin("1-6", 1, 70);
    CHECK(worse.counted);
    CHECK_FALSE(worse.improved);
    CHECK(worse.previousStars == 2);
    CHECK(worse.previousMinutes == 60);
    CHECK(worse.chapterCompleted == -1);     // finished already: no second moment
    CHECK(p.save().stars("1-6") == 2);
}

TEST_CASE("a level from a file, a link, My levels or a test flight counts for nothing") {
    const Level* campaignLevel = shipped().find("1-1");
    REQUIRE(campaignLevel);
    for (LevelSource source : {LevelSource::File, LevelSource::MyLevel, LevelSource::Test}) {
        INFO("source " << int(source));
        Progress p(shipped(), SaveData{});
        Level copy = *campaignLevel;             // the same id as the campaign's 1-1
        copy.title.en = "Someone's own 1-1";
        p.chooseLevel(copy, source);
        CHECK(p.levelId() == "1-1");
        REQUIRE(p.level() != nullptr);
        CHECK(p.level()->title.en == "Someone's own 1-1");   // not hidden by the campaign's
        CHECK(p.testPlaying() == (source == LevelSource::Test));
        CHECK(p.nextLevel().empty());
        WinRecord r = p.recordWin("1-1", 3, 10);
        CHECK_FALSE(r.counted);
        CHECK(p.save().stars("1-1") == 0);
        CHECK_FALSE(p.unlocked("1-2"));

        // Back to the campaign's menus: its own 1-1 again, and wins count.
        p.chooseCampaignLevel("1-1");
        CHECK(p.level() == p.campaign().find("1-1"));
        CHECK(p.recordWin("1-1", 3, 10).counted);
        CHECK(p.unlocked("1-2"));
    }
}

TEST_CASE("nothing chosen is no level, and a campaign id the campaign lacks is none either") {
    Progress p(shipped(), SaveData{});
    CHECK(p.level() == nullptr);
    p.chooseCampaignLevel("9-9");
    CHECK(p.level() == nullptr);
    CHECK(p.nextLevel().empty());
}
