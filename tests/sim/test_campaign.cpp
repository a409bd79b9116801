// The campaign's chapters: the end-of-chapter text in both languages for every level, and
// the rule for the chapter-complete moment (the first win that finishes a chapter).
#include "engine/core/file_io.h"
#include "game/sim/campaign.h"
#include "tests/sim/campaign_fixtures.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sp;
namespace fs = std::filesystem;
using test::twoChapters;
using test::won;

namespace {
const Campaign& shipped() { return test::shippedCampaign(); }

size_t codePoints(const std::string& utf8) {
    size_t n = 0;
    for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
    return n;
}
} // namespace

TEST_CASE("every chapter says what each of its levels taught, and sums up, in English and Chinese") {
    REQUIRE(!shipped().chapters.empty());
    for (const std::string& e : shipped().errors) UNSCOPED_INFO(e);
    CHECK(shipped().errors.empty());
    for (const Chapter& ch : shipped().chapters) {
        INFO("chapter " << ch.number);
        CHECK(!ch.summary.en.empty());
        CHECK(!ch.summary.zh.empty());
        CHECK(ch.ideas.size() == ch.levels.size());
        for (const std::string& id : ch.levels) {
            INFO("level " << id);
            auto it = ch.ideas.find(id);
            REQUIRE(it != ch.ideas.end());
            CHECK(!it->second.en.empty());
            CHECK(!it->second.zh.empty());
            // One line on the chapter-complete screen, even at 960x600: a short sentence.
            CHECK(it->second.en.size() <= 80);
            CHECK(codePoints(it->second.zh) <= 32);
        }
    }
}

TEST_CASE("an idea for a level the chapter does not list is reported with its place in the file") {
    const fs::path dir = fs::temp_directory_path() / ("starpath-campaign-test-" + std::to_string(reinterpret_cast<uintptr_t>(&dir)));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto level = readFile(test::dataDir() + "/levels/1-1.json");
    REQUIRE(level);
    REQUIRE(writeFileAtomic((dir / "1-1.json").string(), *level));
    REQUIRE(writeFileAtomic((dir / "campaign.json").string(),
                            R"({"chapters": [{"number": 1, "levels": ["1-1"],
                                "ideas": {"1-1": {"en": "Falling sideways.", "zh": "横着掉。"},
                                          "1-9": {"en": "A typo.", "zh": "笔误。"},
                                          "1-1x": "not a text"}}]})"));
    const Campaign c = loadCampaign(dir.string());
    fs::remove_all(dir);
    REQUIRE(c.chapters.size() == 1);
    CHECK(c.chapters[0].ideas.size() == 1);
    CHECK(c.chapters[0].ideas.at("1-1").zh == "横着掉。");
    REQUIRE(c.errors.size() == 2);
    CHECK(c.errors[0].find("/chapters/0/ideas/1-1x: the chapter has no level 1-1x") != std::string::npos);
    CHECK(c.errors[1].find("/chapters/0/ideas/1-9: the chapter has no level 1-9") != std::string::npos);
}

TEST_CASE("the chapter-complete moment comes with the first win that finishes a chapter") {
    const Campaign& c = shipped();
    REQUIRE(c.chapters[0].levels.size() >= 2);
    const std::vector<std::string>& ch1 = c.chapters[0].levels;
    const std::string last = ch1.back();

    SECTION("winning the last level after all the others finishes the chapter") {
        SaveData before;
        for (size_t i = 0; i + 1 < ch1.size(); ++i) before.recordWin(ch1[i], 2, 50);
        CHECK(chapterCompletedBy(c, before, last) == 0);
    }
    SECTION("a win that leaves a level unwon finishes nothing, even the last level's") {
        SaveData before;
        for (size_t i = 1; i + 1 < ch1.size(); ++i) before.recordWin(ch1[i], 3, 50);   // all but the first
        CHECK(chapterCompletedBy(c, before, last) == -1);
        CHECK(chapterCompletedBy(c, SaveData{}, last) == -1);
        CHECK(chapterCompletedBy(c, SaveData{}, ch1.front()) == -1);
    }
    SECTION("wins in another order (an old save, a future free chapter): the one that completes the set counts") {
        SaveData before;
        for (size_t i = 1; i < ch1.size(); ++i) before.recordWin(ch1[i], 1, 50);   // all but the first
        CHECK(chapterCompletedBy(c, before, ch1.front()) == 0);
    }
    SECTION("flying a level of a finished chapter again is no new moment") {
        SaveData before;
        for (const std::string& id : ch1) before.recordWin(id, 1, 50);
        CHECK(chapterCompletedBy(c, before, last) == -1);
        CHECK(chapterCompletedBy(c, before, ch1.front()) == -1);
    }
    SECTION("a level no chapter lists finishes nothing") {
        SaveData before;
        for (const std::string& id : ch1) before.recordWin(id, 1, 50);
        CHECK(chapterCompletedBy(c, SaveData{}, "my-earth-orbit") == -1);
        CHECK(chapterCompletedBy(c, before, "") == -1);
    }
    SECTION("each chapter on its own: finishing chapter 2 does not need, or repeat, chapter 1") {
        const Campaign two = twoChapters();
        CHECK(chapterCompletedBy(two, won({"2-1"}), "2-2") == 1);
        SaveData all;
        for (const std::string& id : ch1) all.recordWin(id, 1, 50);
        all.recordWin("2-1", 1, 50);
        CHECK(chapterCompletedBy(two, all, "2-2") == 1);
        CHECK(chapterCompletedBy(two, all, last) == -1);
        CHECK(chapterCompletedBy(two, won({"2-2"}), "2-2") == -1);
    }
}
