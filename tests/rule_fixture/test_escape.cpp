// The one-row rule, shown: a goal type that only this build has (goal_escape.cpp, added to the
// table by the lines marked STARPATH_RULE_FIXTURE) is read from a level file, checked, offered
// by the editor's property table, flown to a win and explained when missed, in both languages.
// The same build runs tests/text/test_rules.cpp and test_outcome_text.cpp, which hold it to
// having every part, like the shipped types.
#include "escape_level.h"
#include "game/sim/flight.h"
#include "game/sim/level_io.h"
#include "game/sim/level_types.h"
#include "game/text/outcome_text.h"
#include "tests/text/text_fixtures.h"

#include <catch2/catch.hpp>

#include <string>

using namespace sp;

TEST_CASE("a level file names the fixture's type, and the editor offers it") {
    const std::string head = R"({"version": 2, "id": "t", "attractors": [{}], "ship": {"y_km": 7000}, "actions": {"launch": true}, )";
    LevelLoad load = parseLevel(head + R"("goals": {"list": [{"type": "escape", "attractor": 0}]}})");
    for (const Problem& p : load.problems) INFO(p.pointer << ": " << p.message);
    REQUIRE(load.ok());
    CHECK(load.level->goals.list[0].type == GoalType::Escape);
    // A typo is caught by the same table, with the new key among the choices.
    LevelLoad typo = parseLevel(head + R"("goals": {"list": [{"type": "escpae"}]}})");
    REQUIRE(!typo.ok());
    CHECK(typo.problems[0].message.find("did you mean \"escape\"?") != std::string::npos);
    // The attractor property says the new type reads it.
    bool listed = false;
    for (const auto& p : goalProps())
        if (std::string(p.key) == "attractor")
            for (const auto& t : p.usedBy) listed = listed || std::string(t) == "escape";
    CHECK(listed);
}

TEST_CASE("the fixture's goal is won by escaping and explained when missed") {
    Flight fast(test::escapeLevel());
    fast.aim(11.5, 0);
    fast.launch();
    fast.runTicks(1000000);
    CHECK(fast.sim().outcome() == Outcome::Won);

    Flight slow(test::escapeLevel());
    slow.aim(9.0, 0);
    slow.launch();
    slow.runTicks(1000000);
    REQUIRE(slow.sim().outcome() == Outcome::Timeout);
    const Text why = outcomeTexts(slow.sim().report(), slow.sim().level(), test::tables());
    INFO(why.en << "\n" << why.zh);
    CHECK(why.en.find("You stayed bound to Earth: your speed is ") != std::string::npos);
    CHECK(why.en.find("km/s") != std::string::npos);
    CHECK(why.zh.find("你仍被地球束缚") != std::string::npos);
    CHECK(why.en.find('{') == std::string::npos);
    CHECK(why.zh.find('{') == std::string::npos);
}
