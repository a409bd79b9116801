// What the player is told when a flight ends, in both languages, for every way the test flights
// end (tests/sim/outcome_cases.h): the sim's report turned into sentences by game/text, as the
// play screen, the results and the CLI show them. Every case's text is printed (run
// text_tests "[print]" -s to read them all), and each must be complete: no placeholder left
// unfilled, no key shown instead of a sentence, the numbers the report carries in it.
#include "game/sim/rules/outcomes.h"
#include "game/text/outcome_text.h"
#include "game/text/strings.h"
#include "tests/sim/outcome_cases.h"
#include "text_fixtures.h"

#include <catch2/catch.hpp>

#include <iostream>
#include <map>
#include <set>

using namespace sp;

namespace {

struct Ending {
    OutcomeReport report;
    Outcome outcome;
    Text text;
};

// Every case flown once, by name.
const std::map<std::string, Ending>& endings() {
    static const std::map<std::string, Ending> all = [] {
        std::map<std::string, Ending> out;
        for (const test::OutcomeCase& c : test::outcomeCases()) {
            const auto f = c.fly();
            out[c.name] = {f->sim().report(), f->sim().outcome(), outcomeTexts(f->sim().report(), f->sim().level(), test::tables())};
        }
        return out;
    }();
    return all;
}

const Ending& ending(const std::string& name) {
    auto it = endings().find(name);
    REQUIRE(it != endings().end());
    return it->second;
}

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("every ending reads as a whole sentence in English and Chinese", "[print]") {
    REQUIRE(endings().size() > 40);
    for (const auto& [name, e] : endings()) {
        std::cout << "## " << name << "  [" << keyOf(e.report.code);
        for (const Reason& g : e.report.goals) std::cout << " / " << g.code;
        std::cout << "]\nen: " << e.text.en << "\nzh: " << e.text.zh << "\n\n";
        INFO(name << "\n" << e.text.en << "\n" << e.text.zh);
        CHECK(e.report.code != OutcomeCode::None);
        CHECK(outcomeRow(e.report.code).result == e.outcome);
        for (const std::string* t : {&e.text.en, &e.text.zh}) {
            CHECK(t->size() > 8);
            CHECK_FALSE(has(*t, "{"));      // a placeholder nothing filled
            CHECK_FALSE(has(*t, "why."));   // a key instead of its sentence
            CHECK_FALSE(has(*t, "--"));     // a number that was not a number
        }
        CHECK(e.text.en != e.text.zh);
    }
}

TEST_CASE("a failure names the limit and by how much, in the numbers of its sentence") {
    SECTION("falling back names the speed needed and the speed launched") {
        const Ending& e = ending("cannon 6.0 km/s: falls back");
        CHECK(e.report.code == OutcomeCode::FellBack);
        CHECK(has(e.text.en, "At 300 km up you need about 7.7 km/s sideways"));
        CHECK(has(e.text.en, "you launched at 6.0 km/s"));
        CHECK(has(e.text.zh, "在 300 公里高度"));
        CHECK(has(e.text.zh, "7.7 公里/秒"));
        CHECK(has(ending("cannon held to 7.0 km/s").text.en, "launched at 7.0 km/s"));
    }
    SECTION("a launch aimed below the horizon names the aim, not a burn") {
        const Ending& e = ending("1-6 launched 10 degrees below the horizon");
        CHECK(e.report.code == OutcomeCode::LaunchedIntoAir);
        CHECK(has(e.text.en, "You launched 10.0° below the horizon, at 8.1 km/s"));
        CHECK_FALSE(has(e.text.en, "prograde"));
        CHECK(has(e.text.zh, "地平线以下 10.0°"));
    }
    SECTION("escaping names escape speed") {
        const Ending& e = ending("cannon 11.5 km/s: escapes");
        CHECK(has(e.text.en, "faster than about 10.9 km/s leaves for good; you launched at 11.5 km/s"));
        CHECK(has(e.text.zh, "10.9 公里/秒"));
    }
    SECTION("an orbit into the air names the air's height and how far below it the path went") {
        const Ending& e = ending("retrograde burn into the air");
        CHECK(e.report.code == OutcomeCode::FellIntoAir);
        CHECK(has(e.text.en, "above 100 km everywhere"));
        CHECK(e.report.number("short_km").value_or(0) > 100);
    }
    SECTION("leaving names the speed against escape speed") {
        const Ending& e = ending("faster than escape, no fuel, leaving");
        CHECK(e.report.code == OutcomeCode::FlewOut);
        CHECK(e.report.number("speed_km_s").value_or(0) > e.report.number("escape_km_s").value_or(1e9));
        CHECK(has(e.text.en, "escape speed there is about 10.9 km/s"));
        const Ending& world = ending("bound but past the edge of the world");
        CHECK(world.report.code == OutcomeCode::LeftWorld);
        CHECK(has(world.text.en, "it ends 20,000 km from its centre"));
    }
    SECTION("debris names the speed of the hit") {
        const Ending& e = ending("orbit into debris");
        CHECK(has(e.text.en, "You hit space debris at 15."));
        CHECK(has(e.text.zh, "公里/秒的速度撞上了太空碎片"));
    }
}

// The missed-target messages of tests/sim/test_flight.cpp, as the player reads them.
TEST_CASE("a timeout says the limit and why the target was missed") {
    const Ending& over = ending("1-2 at 9.6 km/s: over the beacon");
    CHECK(has(over.text.en, "Time is up after 2 h 30 min. Your highest point was"));
    CHECK(has(over.text.en, "Beacon is at 12,000 km"));
    CHECK(has(over.text.en, "less speed"));
    CHECK(has(over.text.zh, "最高点"));
    CHECK(has(over.text.zh, "12,000 公里"));
    const Ending& under = ending("1-2 at 9.1 km/s: under the beacon");
    CHECK(has(under.text.en, "did not climb high enough"));
    CHECK(has(under.text.en, "more speed"));
    CHECK(has(under.text.zh, "不够高"));
    const Ending& low = ending("1-3 burn planned, never confirmed");
    CHECK(has(low.text.en, "High point target is at 2,384 km"));
    CHECK(has(low.text.zh, "2,384 公里"));
    const Ending& place = ending("1-3 burn at the wrong place");
    CHECK(has(place.text.en, "you came within 79 km of it"));   // 81 km before the core read orbits at one moment
    const Ending& lap = ending("1-1 at 9.4 km/s: a lap longer than the limit");
    CHECK(has(lap.text.en, "67% of the way round"));
    CHECK(has(lap.text.en, "smaller orbit goes round faster"));
    CHECK(has(lap.text.zh, "绕得更快"));
    // Unnamed places get the table's words, and a sentence that opens with one is capitalized.
    CHECK(has(ending("station hears too little").text.en, "The ground station heard you for 5 min 44 s of the 1 h 0 min it needs."));
    CHECK(has(ending("station never hears").text.zh, "喀什一直没有收到你的信号，而它需要收听 30 分钟"));
    CHECK(has(ending("gate never crossed").text.en, "You did not fly through Gate of heaven: the closest you came was 13,"));
    CHECK(has(ending("orbit goal: too small").text.en, "it must be 1,000 to 1,400 km."));
    CHECK(has(ending("orbit goal: not high enough on average").text.zh, "至少要 1,000 公里"));
    CHECK(has(ending("template 2-earth-moon with no input").text.en, "the closest you came was"));
    CHECK(has(ending("cannon, no input").text.en, "You never launched."));
}

TEST_CASE("a lander down on a rock says how far the ground leaned, and the most its legs stand on") {
    const Ending& e = ending("lander: down on a rock");
    CHECK(e.report.code == OutcomeCode::TouchdownSlope);
    INFO(e.text.en);
    CHECK(has(e.text.en, "leans 13.7°"));
    CHECK(has(e.text.en, "at most 12.0°"));
    CHECK(has(e.text.zh, "倾斜 13.7°的地方"));
}

TEST_CASE("a win says the level's lesson, or that the mission is complete") {
    CHECK(ending("cannon 7.73 km/s: once around").text.en == "Mission complete!");
    CHECK(ending("cannon 7.73 km/s: once around").text.zh == "任务完成！");
    const Ending& won = ending("1-6 solved");
    CHECK(won.report.code == OutcomeCode::Won);
    CHECK(has(won.text.en, "You flew China's first satellite."));
}

// So every sentence above has met a real report: each code a row can give is given by a case.
TEST_CASE("the cases end every way a flight can end") {
    std::set<std::string> seen;
    for (const auto& [name, e] : endings()) {
        seen.insert(keyOf(e.report.code));
        for (const Reason& g : e.report.goals) seen.insert(g.code);
    }
    for (int c = 1; c < kOutcomeCodes; ++c) {
        const OutcomeRow& row = outcomeRow(OutcomeCode(c));
        CHECK(seen.count(row.key) == 1);
        for (const char* r : row.reasons)
            if (std::string(r) != "try_again") CHECK(seen.count(r) == 1);   // try_again: no flight can reach it
    }
    for (int t = 0; t < kGoalTypes; ++t)
        for (const char* c : goalRow(GoalType(t)).missedCodes) {
            INFO(c);
            CHECK(seen.count(c) == 1);
        }
}

TEST_CASE("a goal's live line for the HUD: the station hears you, or not yet") {
    Flight f(test::contactLevel(0, 60, 60));
    f.runTicks(30);   // a minute in view
    const Goal& g = f.sim().level().goals.list[0];
    const GoalRow& row = goalRow(g.type);
    REQUIRE(row.live);
    Reason now = row.live(f.sim(), g, f.sim().goals()[0]);
    now.goal = 0;
    CHECK(std::string(now.code) == "contact_hearing");
    CHECK(goalReasonText(now, f.sim().level(), test::tables()) == "Hearing the radio · 1 min");
    CHECK(goalReasonText(now, f.sim().level(), test::tables().in("zh")) == "正在收听信号 · 1 分钟");
}

// What the play screen and the results say when time runs out with a burn still planned: the
// player must learn why their burn did nothing, in both languages (flightOutcomeTexts).
TEST_CASE("a timeout with a burn still planned says why it never fired, in both languages") {
    const Level level = *test::shippedCampaign().find("1-3");
    const int64_t limitTicks = int64_t(level.time_limit_min * 60 / level.frame.time_scale * 60) + 1000;
    SECTION("confirmed, but set beyond the end of the time") {
        Flight f(level);
        f.placeBurn(limitTicks + 5000);
        f.setBurn(0.1, 0);
        REQUIRE(f.canConfirm());
        f.confirmBurn();
        f.runTicks(1000000);
        REQUIRE(f.sim().outcome() == Outcome::Timeout);
        const Text t = flightOutcomeTexts(f, test::tables());
        INFO(t.en << "\n" << t.zh);
        CHECK(has(t.en, "Your planned burn was still "));
        CHECK(has(t.en, " away: time ran out first."));
        CHECK(has(t.zh, "你规划的点火还要 "));
        CHECK(!has(t.zh, "Your planned"));   // each language gets its own note
        CHECK(!has(t.en, "{0}"));
    }
    SECTION("placed with a Δv, never confirmed") {
        Flight f(level);
        f.placeBurn(600);
        f.setBurn(0.1, 0);
        f.runTicks(1000000);
        REQUIRE(f.sim().outcome() == Outcome::Timeout);
        const Text t = flightOutcomeTexts(f, test::tables());
        INFO(t.en << "\n" << t.zh);
        CHECK(has(t.en, "Your burn point was never confirmed, so it never fired."));
        CHECK(has(t.zh, "你的点火位置一直没有确定，所以从未执行。"));
        CHECK(t.en.find(outcomeTexts(f.sim().report(), level, test::tables()).en) == 0);   // after what happened
    }
    SECTION("no plan: the sim's own sentence alone") {
        Flight f(level);
        f.runTicks(1000000);
        CHECK(flightOutcomeTexts(f, test::tables()).en == outcomeTexts(f.sim().report(), level, test::tables()).en);
    }
}

TEST_CASE("a mark off the receiver ends the flight at once, saying how far off and the limit, in both languages") {
    const Ending& off = ending("locate: the mark 300 km west of the receiver");
    CHECK(off.report.code == OutcomeCode::Missed);
    INFO(off.text.en);
    INFO(off.text.zh);
    // 2.7 degrees of the equator, 6,371 km round: 300 km.
    CHECK(has(off.text.en, "Your mark is 300 km from the Receiver; it must be within 100 km."));
    CHECK(has(off.text.zh, "你的标记离接收机 300 公里，要求不超过 100 公里。"));
    const Ending& on = ending("locate: the mark on the receiver");
    CHECK(on.report.code == OutcomeCode::Won);
}
