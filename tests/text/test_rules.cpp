// Every rule type has every part: a key, the properties it reads (which exist), its checks,
// its rule, its reports, and the words for each code it reports in both string tables. Adding a
// type without one of them fails here (CONVENTIONS.md, "A new rule type", says what to write).
#include "game/sim/level_types.h"
#include "game/sim/rules/actions.h"
#include "game/sim/rules/goals.h"
#include "game/sim/rules/outcomes.h"
#include "game/sim/rules/stars.h"
#include "game/text/format.h"
#include "game/text/strings.h"
#include "text_fixtures.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace sp;

namespace {

// The key is in both tables, in its own words.
void checkWords(const std::string& key) {
    INFO(key);
    CHECK(test::tables().hasIn("en", key));
    CHECK(test::tables().hasIn("zh", key));
}

// The named placeholders of a table's text ("{altitude_km}", "{min_km:n}" -> min_km).
std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    for (size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
        const size_t close = text.find('}', at);
        if (close == std::string::npos) break;
        const std::string inside = text.substr(at + 1, close - at - 1);
        out.insert(inside.substr(0, inside.find(':')));
    }
    return out;
}

template <class T>
bool declares(const Props<T>& props, const std::string& key) {
    for (const auto& p : props)
        if (key == p.key) return true;
    return false;
}

const std::set<std::string> kLists = {"attractors", "zones", "gates", "stations", "craft"};

} // namespace

TEST_CASE("every goal type is one complete row") {
    std::set<std::string> keys, used;
    for (int t = 0; t < kGoalTypes; ++t) {
        const GoalRow& row = goalRow(GoalType(t));
        INFO("goal type " << t << " " << (row.key ? row.key : "(no key)"));
        CHECK(row.type == GoalType(t));   // the table is in enum order
        REQUIRE(row.key);
        CHECK(keys.insert(row.key).second);
        CHECK(row.validate);
        CHECK(row.update);
        CHECK(row.missed);
        CHECK(row.describe);
        CHECK(row.explainOrder >= 0);
        REQUIRE(!row.props.empty());
        for (const GoalProp& p : row.props) {
            INFO(p.key);
            CHECK(declares(goalProps(), p.key));
            CHECK(std::string(p.key) != "type");
            if (p.refersTo) CHECK(kLists.count(p.refersTo) == 1);
            used.insert(p.key);
        }
        CHECK(!row.goalCodes.empty());
        CHECK(!row.missedCodes.empty());
        CHECK(bool(row.live) == !row.liveCodes.empty());
        checkWords(std::string("choice.") + row.key);   // its name in the editor
        for (const char* c : row.goalCodes) checkWords(std::string("goal.") + c);
        for (const char* c : row.missedCodes) checkWords(std::string("why.") + c);
        for (const char* c : row.liveCodes) checkWords(std::string("why.") + c);
        // What it says about a goal with its defaults is one of its own codes.
        Goal g;
        g.type = GoalType(t);
        const std::string described = row.describe(g, Level{}).code;
        bool known = false;
        for (const char* c : row.goalCodes) known = known || described == c;
        CHECK(known);
        // A reference it names gets a name in every section that can say it.
        for (const GoalProp& p : row.props) {
            if (!p.refersTo) continue;
            const std::string kind = entryKind(p.refersTo);
            checkWords("goal.unnamed_" + kind);
            checkWords("why.unnamed_" + kind);
        }
    }
    // And no goal property is left that no type reads.
    for (const auto& p : goalProps()) {
        INFO(p.key);
        if (std::string(p.key) != "type") CHECK(used.count(p.key) == 1);
    }
}

TEST_CASE("goal properties say which types read them, from the rows") {
    for (const auto& p : goalProps()) {
        if (std::string(p.key) == "type") continue;
        INFO(p.key);
        CHECK(!p.usedBy.empty());
    }
    // A zone goal's "index" is a zone; a contact goal's a station; an orbit goal has none.
    for (const auto& p : goalProps()) {
        if (std::string(p.key) != "index") continue;
        CHECK(std::string(refList(p, "zone")) == "zones");
        CHECK(std::string(refList(p, "contact")) == "stations");
        CHECK(refList(p, "orbit") == nullptr);
    }
}

TEST_CASE("every star type is one complete row") {
    std::set<std::string> keys;
    for (int t = 0; t < kStarTypes; ++t) {
        const StarRow& row = starRow(StarType(t));
        INFO("star type " << t << " " << (row.key ? row.key : "(no key)"));
        CHECK(row.type == StarType(t));
        REQUIRE(row.key);
        CHECK(keys.insert(row.key).second);
        CHECK(row.validate);
        CHECK(row.warn);
        CHECK(row.holds);
        REQUIRE(row.describe);
        for (const char* p : row.props) CHECK(declares(starRuleProps(), p));
        checkWords(std::string("choice.") + row.key);
        REQUIRE(!row.starCodes.empty());
        for (const char* c : row.starCodes) checkWords(std::string("star.") + c);
        StarRule s;
        s.type = StarType(t);
        CHECK(std::string(row.describe(s).code) == row.starCodes.front());
    }
}

TEST_CASE("every action type is one complete row") {
    for (int t = 0; t < kActionTypes; ++t) {
        const ActionRow& row = actionRow(ActionType(t));
        INFO("action type " << t);
        CHECK(row.type == ActionType(t));
        REQUIRE(row.key);
        CHECK(row.allowed);
        CHECK(row.validate);
        CHECK(declares(actionsProps(), row.key));   // its flag
        for (const char* p : row.props) CHECK(declares(actionsProps(), p));
        Actions only;
        only.*(row.allowed) = true;
        CHECK(allowed(only, ActionType(t)));
    }
}

TEST_CASE("every outcome code is one row whose sentence quotes only numbers it reports") {
    std::set<std::string> keys;
    for (int c = 0; c < kOutcomeCodes; ++c) {
        const OutcomeRow& row = outcomeRow(OutcomeCode(c));
        INFO("outcome " << c << " " << (row.key ? row.key : "(no key)"));
        CHECK(row.code == OutcomeCode(c));
        REQUIRE(row.key);
        CHECK(keys.insert(row.key).second);
        REQUIRE(row.ending);
        if (row.code == OutcomeCode::None) continue;
        const std::string key = std::string("why.") + row.key;
        checkWords(key);
        for (const char* r : row.reasons) checkWords(std::string("why.") + r);
        for (const char* lang : {"en", "zh"}) {
            for (const std::string& name : placeholders(test::tables().in(lang)(key.c_str()))) {
                INFO(lang << ": {" << name << "}");
                bool reported = name == "goal";   // a timeout's goal reason
                for (const char* n : row.numbers) reported = reported || name == n;
                CHECK(reported);
            }
        }
    }
}

TEST_CASE("an unknown goal or star type is refused at load, by name") {
    const std::string head = R"({"version": 2, "id": "t", "attractors": [{}], "ship": {"y_km": 7000}, "actions": {"burn": true}, )";
    LevelLoad goal = parseLevel(head + R"("goals": {"list": [{"type": "teleport"}]}})");
    REQUIRE(!goal.ok());
    REQUIRE(!goal.problems.empty());
    CHECK(goal.problems[0].pointer == "/goals/list/0/type");
#ifdef STARPATH_RULE_FIXTURE
    const char* more = ", escape";   // tests/rule_fixture adds a type
#else
    const char* more = "";
#endif
    CHECK(goal.problems[0].message.find(std::string("must be one of: orbit, gate, zone, revolutions, contact, survive, land, rendezvous, dock, hold, flyby, relay, coverage, locate, fix, message") +
                                        more + " (got \"teleport\")") == 0);
    LevelLoad typo = parseLevel(head + R"("goals": {"list": [{"type": "orbti"}]}})");
    REQUIRE(!typo.ok());
    CHECK(typo.problems[0].message.find("did you mean \"orbit\"?") != std::string::npos);
    LevelLoad star = parseLevel(head + R"("goals": {"list": [{"type": "orbit"}]}, "stars": [{"type": "speed"}]})");
    REQUIRE(!star.ok());
    CHECK(star.problems[0].pointer == "/stars/0/type");
    CHECK(star.problems[0].message.find("must be one of: fuel_left, time, accuracy") == 0);
}

TEST_CASE("numbers in sentences keep the digits that matter: an eccentricity, a few km, m/s") {
    const Strings tr = test::tables().in("en");
    CHECK(numberText(tr, "max_e", 0.002) == "0.0020");   // not "0.00": the limit must be readable
    CHECK(numberText(tr, "e", 0.028446) == "0.028");
    CHECK(numberText(tr, "e", 0.25) == "0.25");
    CHECK(numberText(tr, "closest_km", 3.21) == "3.2 km");
    CHECK(numberText(tr, "closest_km", 487.4) == "487 km");
    CHECK(numberText(tr, "speed_m_s", 15.06) == "15.1 m/s");
    CHECK(numberText(tr, "offset_cm", 12.4) == "12 cm");
    CHECK(numberText(tr, "offset_cm", 3361) == "33.6 m");   // far off the port: metres
}

TEST_CASE("a duration under 10 minutes keeps its seconds; a longer one, or a whole one, does not") {
    const Strings en = test::tables().in("en"), zh = test::tables().in("zh");
    CHECK(durationText(en, 0.5) == "30 s");
    CHECK(durationText(en, 92.0 / 60) == "1 min 32 s");   // a landing
    CHECK(durationText(zh, 92.0 / 60) == "1 分 32 秒");
    CHECK(durationText(en, 6) == "6 min");                 // a time limit
    CHECK(durationText(en, 12.4) == "12 min");
    CHECK(durationText(en, 90) == "1 h 30 min");
}

TEST_CASE("a site's real coordinates read as a map gives them, in both languages") {
    CHECK(siteCoordinates(test::tables().in("en"), -45.5, 177.6) == "45.5° S, 177.6° E");
    CHECK(siteCoordinates(test::tables().in("zh"), -45.5, 177.6) == "南纬 45.5°，东经 177.6°");
    CHECK(siteCoordinates(test::tables().in("en"), 40.96, -259.7) == "41.0° N, 100.3° E");   // a longitude past 180 wraps
    CHECK(siteCoordinates(test::tables().in("en"), 44.12, -19.51) == "44.1° N, 19.5° W");
}
