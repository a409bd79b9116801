// The shipped campaign: every level loads, is stored canonically, is won by its recorded
// solution with every star, replays identically, and is not won by doing nothing.
#include "engine/core/file_io.h"
#include "game/sim/campaign.h"
#include "game/sim/replay.h"
#include "game/sim/sim.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

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

// Before version 3 the save path left out a type equal to its default: an orbit goal and a
// fuel_left star were written without one. Each shipped level and template, written that way
// as a version 2 file, opens as exactly the level it is now.
TEST_CASE("every shipped level, as a version 2 file without default type keys, means the same") {
    std::vector<std::string> files;
    for (const auto& [id, level] : campaign().levels) files.push_back(test::dataDir() + "/levels/" + id + ".json");
    for (const char* t : {"1-earth-orbit", "2-earth-moon", "3-landing-site"})
        files.push_back(test::dataDir() + "/levels/templates/" + t + ".json");
    int stripped = 0;
    for (const std::string& path : files) {
        INFO(path);
        const std::optional<std::string> bytes = readFile(path);
        REQUIRE(bytes);
        nlohmann::ordered_json old = nlohmann::ordered_json::parse(*bytes);
        REQUIRE(old["version"] == kLevelVersion);
        old["version"] = 2;
        auto strip = [&](nlohmann::ordered_json& list, const char* byDefault) {
            for (auto& item : list)
                if (item["type"] == byDefault) item.erase("type"), ++stripped;
        };
        if (old.contains("goals")) strip(old["goals"]["list"], "orbit");
        if (old.contains("stars")) strip(old["stars"], "fuel_left");
        const LevelLoad then = parseLevel(old.dump(2));
        for (const Problem& p : then.problems) UNSCOPED_INFO(formatProblem(path, p));
        REQUIRE(then.ok());
        CHECK(saveLevel(*then.level) == *bytes);
    }
    CHECK(stripped >= 10);   // 1-3, 1-4 and 1-6 have orbit goals, and most stars keep fuel
}

TEST_CASE("every level's recorded solution wins with every star, and replays identically") {
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        InputLog log = solutionFor(id);
        CHECK(log.level_id == id);
        ReplayResult first = runReplay(level, log);
        ReplayResult second = runReplay(level, log);
        INFO(keyOf(first.report.code));
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
    CHECK(r.report.code == OutcomeCode::HitDebris);
}

// A Chinese card must read as Chinese: values in 公里, 天, 分钟, not "km", "days", "min".
// A value copied from the English (as version 1 files were read) fails here.
TEST_CASE("every fact number has its value and source in both languages, the Chinese value without Latin letters") {
    auto hasLatin = [](const std::string& s) {
        return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    };
    for (const auto& [id, level] : campaign().levels) {
        for (size_t i = 0; i < level.fact.numbers.size(); ++i) {
            const FactNumber& n = level.fact.numbers[i];
            INFO(id << " /fact/numbers/" << i << ": " << n.value.en << " | " << n.value.zh);
            CHECK(!n.value.en.empty());
            CHECK(!n.value.zh.empty());
            CHECK(n.value.zh != n.value.en);
            CHECK_FALSE(hasLatin(n.value.zh));
            CHECK(!n.source.en.empty());
            CHECK(!n.source.zh.empty());
        }
    }
}

// DFH-1 flew a prograde orbit (68.5°): the Earth under it turns the same way it flies. On
// screen every launch goes clockwise, so the ground station must go clockwise too.
TEST_CASE("in 1-6 the ground station turns the same way the satellite flies") {
    const Level* level = campaign().find("1-6");
    REQUIRE(level);
    REQUIRE(!level->stations.empty());
    Sim sim(*level);
    TickInput go;
    go.launch = true;
    go.launch_km_s = 8.115;
    sim.step(go);
    REQUIRE(sim.launched());
    const Vec2 r = sim.shipPosKm(), v = sim.shipVelKms();
    const double shipTurn = r.x * v.y - r.y * v.x;   // > 0 counter-clockwise
    const Vec2 before = sim.stationPosKm(0);
    const double startS = sim.elapsedRealSeconds();
    for (int t = 0; t < 600; ++t) sim.step({});
    REQUIRE_FALSE(sim.over());
    const Vec2 after = sim.stationPosKm(0);
    const double stationTurn = before.x * after.y - before.y * after.x;
    CHECK(shipTurn < 0);   // clockwise, as every launch flies
    CHECK(stationTurn < 0);
    // And by the right amount: one turn per sidereal day, 1,436 minutes.
    const double turnedDeg = std::atan2(-stationTurn, before.x * after.x + before.y * after.y) * 180 / 3.14159265358979;
    CHECK(turnedDeg == Approx(360.0 * (sim.elapsedRealSeconds() - startS) / 60 / 1436.0).epsilon(0.02));
}
