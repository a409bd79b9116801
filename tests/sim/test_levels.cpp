// The shipped campaign: every level loads, is stored canonically, is won by its recorded
// solution with every star, replays identically, and is not won by doing nothing.
#include "engine/core/file_io.h"
#include "game/sim/campaign.h"
#include "game/sim/replay.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

using namespace sp;

static const Campaign& campaign() {
    static Campaign c = loadCampaign(test::dataDir() + "/levels");
    return c;
}

static InputLog solutionFor(const std::string& id) {
    const std::string path = test::dataDir() + "/levels/solutions/" + id + ".json";
    auto bytes = readFile(path);
    INFO(path);
    REQUIRE(bytes);
    InputLoad load = parseInputLog(*bytes);
    for (const Problem& p : load.problems) UNSCOPED_INFO(formatProblem(path, p));
    REQUIRE(load.log);
    return *load.log;
}

TEST_CASE("the campaign loads without problems and chapter 1 has at least five levels") {
    for (const std::string& e : campaign().errors) UNSCOPED_INFO(e);
    CHECK(campaign().errors.empty());
    REQUIRE(!campaign().chapters.empty());
    CHECK(campaign().chapters[0].levels.size() >= 5);
    CHECK(!campaign().chapters[0].title.en.empty());
    CHECK(!campaign().chapters[0].title.zh.empty());
}

TEST_CASE("every shipped level is stored in canonical form") {
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        CHECK(*readFile(test::dataDir() + "/levels/" + id + ".json") == saveLevel(level));
    }
}

TEST_CASE("every level's recorded solution wins with every star, and replays identically") {
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        InputLog log = solutionFor(id);
        CHECK(log.level_id == id);
        ReplayResult first = runReplay(level, log);
        ReplayResult second = runReplay(level, log);
        INFO(first.reason.en);
        CHECK(first.outcome == Outcome::Won);
        CHECK(first.stars == 1 + int(level.stars.size()));
        CHECK(first.hash == second.hash);
        CHECK(first.ticks == second.ticks);
    }
}

TEST_CASE("no level is won with empty input") {
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        ReplayResult r = runReplay(level, InputLog{});
        CHECK(r.outcome != Outcome::Won);
        CHECK(r.stars == 0);
    }
}

TEST_CASE("every level has both languages, hints, a fact card with sources and a teacher note") {
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        for (const Text* t : {&level.title, &level.briefing, &level.lesson, &level.fact.title, &level.fact.text,
                              &level.fact.not_to_scale, &level.teacher.objective, &level.teacher.key_idea,
                              &level.teacher.question}) {
            CHECK(!t->en.empty());
            CHECK(!t->zh.empty());
        }
        CHECK(level.hints.size() >= 2);
        REQUIRE(!level.fact.numbers.empty());
        for (const FactNumber& n : level.fact.numbers) CHECK(!n.source.empty());
    }
}

TEST_CASE("level 1-5's debris matters: Box2D contacts end a flight that ignores it") {
    const Level* level = campaign().find("1-5");
    REQUIRE(level);
    REQUIRE(!level->debris.empty());
    ReplayResult r = runReplay(*level, InputLog{});
    CHECK(r.outcome == Outcome::Lost);
    CHECK(r.reasonCode == "debris");
}
