// Level files at the border: a good level loads and saves back canonically; every kind of
// bad file is refused with a pointer and a sentence; no bytes at all can crash the loader.
#include "engine/core/rng.h"
#include "game/sim/level_io.h"
#include "game/sim/level_types.h"
#include "game/sim/props.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace sp;
namespace fs = std::filesystem;

namespace {

// A small level as an author writes it: Earth, a ship in low orbit, launch, an orbit goal.
const char* const kValid = R"({
  "version": 1,
  "id": "t-1",
  "title": {"en": "First orbit", "zh": "第一条轨道"},
  "attractors": [{"name": {"en": "Earth", "zh": "地球"}}],
  "ship": {"y_km": 6771.0, "vx_km_s": -7.67, "fuel_dv_km_s": 0.5},
  "actions": {"launch": true, "launch_max_km_s": 9.5},
  "goals": {"list": [{"type": "orbit", "a_min_km": 6600.0, "a_max_km": 7200.0}]},
  "hints": [{"en": "Faster is not always better."}]
})";

Json validJson() { return Json::parse(kValid); }

// Flattens a level into (pointer, value) pairs by walking its shape, to compare two levels
// field by field through the same tables the loader uses.
struct Flatten {
    std::vector<std::pair<std::string, Value>> values;
    std::vector<std::string> at{""};

    template <class T>
    void fields(const T& obj, const Props<T>& props) {
        for (const auto& p : props) values.push_back({childPointer(at.back(), p.key), p.get(obj)});
    }
    template <class T, class Inner>
    void object(const char* key, const T& obj, const Props<T>& props, Inner inner) {
        at.push_back(childPointer(at.back(), key));
        fields(obj, props);
        inner();
        at.pop_back();
    }
    template <class T>
    void list(const char* key, const std::vector<T>& items, const Props<T>& props, size_t) {
        std::string pointer = childPointer(at.back(), key);
        values.push_back({pointer, int(items.size())});
        for (size_t i = 0; i < items.size(); ++i) {
            at.push_back(childPointer(pointer, i));
            fields(items[i], props);
            at.pop_back();
        }
    }
    void texts(const char* key, const std::vector<Text>& items, size_t) {
        std::string pointer = childPointer(at.back(), key);
        values.push_back({pointer, int(items.size())});
        for (size_t i = 0; i < items.size(); ++i) values.push_back({childPointer(pointer, i), items[i]});
    }
    void solution(const char* key, const std::optional<std::vector<InputEvent>>& events) {
        values.push_back({childPointer(at.back(), key), events ? int(events->size()) : -1});
    }
};

std::vector<std::pair<std::string, Value>> flatten(const Level& level) {
    Flatten f;
    walkLevel(level, f);
    f.values.push_back({"/version", level.version});
    return f.values;
}

Level load(const std::string& bytes) {
    LevelLoad r = parseLevel(bytes);
    for (const Problem& p : r.problems) UNSCOPED_INFO(formatProblem("level", p));
    REQUIRE(r.ok());
    REQUIRE(r.problems.empty());
    return *r.level;
}

std::vector<Problem> problemsOf(const std::string& bytes) {
    LevelLoad r = parseLevel(bytes);
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.problems.empty());
    for (const Problem& p : r.problems) CHECK_FALSE(p.message.empty());
    return r.problems;
}

std::string describe(const std::vector<Problem>& problems) {
    std::string s;
    for (const Problem& p : problems) s += formatProblem("level", p) + "\n";
    return s;
}

// True if some problem is at `pointer` and its message contains `words`.
bool has(const std::vector<Problem>& problems, const std::string& pointer, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.pointer == pointer && p.message.find(words) != std::string::npos;
    });
}

#define CHECK_PROBLEM(problems, pointer, words) \
    do { INFO(describe(problems)); CHECK(has(problems, pointer, words)); } while (0)

} // namespace

TEST_CASE("level: a hand-written level loads, and saving is canonical") {
    Level a = load(kValid);
    CHECK(a.id == "t-1");
    CHECK(a.title.zh == "第一条轨道");
    REQUIRE(a.attractors.size() == 1);
    CHECK(a.attractors[0].radius_km == 6371.0);   // a default, since the file does not say
    CHECK(a.ship.vx_km_s == -7.67);
    CHECK(a.actions.launch);
    REQUIRE(a.goals.list.size() == 1);
    CHECK(a.goals.list[0].a_max_km == 7200.0);
    REQUIRE(a.hints.size() == 1);

    std::string first = saveLevel(a);
    Level b = load(first);
    std::string second = saveLevel(b);
    CHECK(first == second);
    CHECK(flatten(a) == flatten(b));

    // Defaults are left out: the file shows only what it sets.
    for (const char* absent : {"\"look\"", "\"radius_km\"", "\"mu_km3_s2\"", "\"combine\"", "\"zones\"",
                               "\"fact\"", "\"teacher\"", "\"pilot\"", "\"time_limit_min\""})
        CHECK(first.find(absent) == std::string::npos);
    for (const char* present : {"\"vx_km_s\": -7.67", "\"launch_max_km_s\": 9.5", "\"y_km\": 6771.0"})
        CHECK(first.find(present) != std::string::npos);
    // Keys in declared order, version first.
    CHECK(first.rfind("{\n  \"version\": " + std::to_string(kLevelVersion) + ",\n  \"id\": \"t-1\",\n  \"title\"", 0) == 0);
    CHECK(first.find("\"attractors\"") < first.find("\"ship\""));
    CHECK(first.find("\"ship\"") < first.find("\"goals\""));
}

TEST_CASE("level: numbers survive a save exactly") {
    Json j = validJson();
    const double tricky[] = {0.1, 1.0 / 3.0, -7.6686, 398600.4418, 6371.000000000001, 1e-300, 5e-324, 0.0};
    for (double x : tricky) {
        j["zones"] = Json::array({{{"x_km", x}}});
        Level a = load(j.dump());
        CHECK(a.zones.at(0).x_km == x);
        Level b = load(saveLevel(a));
        CHECK(b.zones.at(0).x_km == x);
        CHECK(saveLevel(b) == saveLevel(a));
    }
}

TEST_CASE("level: an empty level saves to its version alone") {
    CHECK(saveLevel(Level{}) == "{\n  \"version\": " + std::to_string(kLevelVersion) + "\n}\n");
}

TEST_CASE("level: every table is sound") {
    // Keys unique, labels present, defaults within range, and each key its own field.
    auto sound = [](auto tag, const auto& props) {
        using T = decltype(tag);
        std::set<std::string> keys;
        for (const auto& p : props) {
            INFO(p.key);
            CHECK(keys.insert(p.key).second);
            CHECK(std::string(p.label).size() > 0);
            Problems problems;
            checkValue(p.defaultValue(), "", p, problems);
            CHECK(problems.empty());
            // Change this one property; no other may move (two keys on one field would).
            T obj{};
            Value changed = p.defaultValue();
            if (auto* d = std::get_if<double>(&changed)) *d = (*d == p.max) ? p.min : p.max;
            if (auto* i = std::get_if<int>(&changed)) *i = (*i == int(p.max)) ? int(p.min) : int(p.max);
            if (auto* b = std::get_if<bool>(&changed)) *b = !*b;
            if (auto* s = std::get_if<std::string>(&changed)) *s = p.choices.empty() ? *s + "x" : (*s == p.choices[0] ? p.choices[1] : p.choices[0]);
            if (auto* t = std::get_if<Text>(&changed)) t->en += "x";
            REQUIRE_FALSE(changed == p.defaultValue());
            p.set(obj, changed);
            for (const auto& q : props) {
                INFO(q.key);
                if (q.key == p.key) CHECK(q.get(obj) == changed);
                else CHECK(q.get(obj) == q.defaultValue());
            }
        }
    };
    sound(Level{}, levelProps());
    sound(Attractor{}, attractorProps());
    sound(Ship{}, shipProps());
    sound(Zone{}, zoneProps());
    sound(Gate{}, gateProps());
    sound(Debris{}, debrisProps());
    sound(Station{}, stationProps());
    sound(Actions{}, actionsProps());
    sound(Goals{}, goalsProps());
    sound(Goal{}, goalProps());
    sound(StarRule{}, starRuleProps());
    sound(FactCard{}, factCardProps());
    sound(FactNumber{}, factNumberProps());
    sound(TeacherNote{}, teacherNoteProps());
}

TEST_CASE("level: a level with every section filled round-trips") {
    Level a = load(kValid);
    a.briefing = {"Go", "走"};
    a.zones.push_back({{"Z", ""}, 100, 200, 300});
    a.gates.push_back({{"G", "门"}, 0, 7000, 0, 8000});
    a.debris.push_back({1, 2, 3, 4, 5, false});
    a.stations.push_back({{"Kashi", "喀什"}, 0, 45, 3000});
    a.actions.pilot = a.actions.burn = true;
    a.goals.combine = "any";
    Goal g;
    g.type = GoalType::Contact;
    g.minutes = 3.5;
    a.goals.list.push_back(g);
    a.stars.push_back({StarType::Accuracy, 0.05, {"Round", "圆"}});
    a.fact.title = {"DFH-1", "东方红一号"};
    a.fact.numbers.push_back({{"Mass", "质量"}, {"173 kg", "173 千克"}, {"Xinhua, 25 April 1970", "新华社，1970 年 4 月 25 日"}, "real"});
    a.teacher.question = {"Why?", "为什么？"};
    REQUIRE(validateLevel(a).empty());
    std::string saved = saveLevel(a);
    Level b = load(saved);
    CHECK(flatten(a) == flatten(b));
    CHECK(saveLevel(b) == saved);
    CHECK(b.fact.numbers.at(0).source == Text{"Xinhua, 25 April 1970", "新华社，1970 年 4 月 25 日"});
    CHECK(b.fact.numbers.at(0).value.zh == "173 千克");
    CHECK(b.stations.at(0).name.zh == "喀什");
    CHECK_FALSE(b.debris.at(0).moving);
}

// Version 1 wrote a fact number's value and source as plain strings; they still open, as
// the same text in both languages, and are saved as texts.
TEST_CASE("level: a version 1 file with plain fact-number strings opens and saves as the newest version") {
    Json j = validJson();
    j["version"] = 1;
    j["fact"] = {{"numbers", Json::array({{{"label", {{"en", "Mass"}, {"zh", "质量"}}},
                                           {"value", "173 kg"},
                                           {"source", "Xinhua, 25 April 1970"}}})}};
    Level a = load(j.dump());
    REQUIRE(a.fact.numbers.size() == 1);
    CHECK(a.fact.numbers[0].value == Text{"173 kg", "173 kg"});
    CHECK(a.fact.numbers[0].source == Text{"Xinhua, 25 April 1970", "Xinhua, 25 April 1970"});
    CHECK(a.version == kLevelVersion);
    Json saved = Json::parse(saveLevel(a));
    CHECK(saved["version"] == kLevelVersion);
    CHECK(saved["fact"]["numbers"][0]["value"] == Json{{"en", "173 kg"}, {"zh", "173 kg"}});
    CHECK(saved["fact"]["numbers"][0]["source"]["zh"] == "Xinhua, 25 April 1970");

    // The upgrade leaves what it does not recognize to the reader, which says where it is.
    j["fact"]["numbers"][0]["value"] = 173;
    CHECK_PROBLEM(problemsOf(j.dump()), "/fact/numbers/0/value", "expected an object like");
    j["fact"]["numbers"] = "none";
    CHECK_PROBLEM(problemsOf(j.dump()), "/fact/numbers", "expected a list");

    // A version 2 file must give texts: a plain string there is a mistake, and said so.
    j = validJson();
    j["version"] = 2;
    j["fact"] = {{"numbers", Json::array({{{"value", "173 kg"}}})}};
    CHECK_PROBLEM(problemsOf(j.dump()), "/fact/numbers/0/value", "expected an object like {\"en\": \"...\", \"zh\": \"...\"}");
}

// Versions 1 and 2 left a goal's and a star's type out when it was the default: such a goal
// was an orbit goal and such a star a fuel_left star. Those files still open and mean the same;
// saved again, they say so. From version 3 on a type is always written, and required.
TEST_CASE("level: goals and stars without a type in version 1 and 2 files keep their meaning") {
    for (int version : {1, 2}) {
        INFO("version " << version);
        Json j = validJson();
        j["version"] = version;
        j["goals"]["list"] = Json::array({{{"a_min_km", 6600.0}}, {{"type", "survive"}, {"minutes", 5.0}}});
        j["stars"] = Json::array({{{"value", 0.3}}, {{"type", "time"}, {"value", 60.0}}});
        Level a = load(j.dump());
        REQUIRE(a.goals.list.size() == 2);
        CHECK(a.goals.list[0].type == GoalType::Orbit);
        CHECK(a.goals.list[0].a_min_km == 6600.0);
        CHECK(a.goals.list[1].type == GoalType::Survive);
        REQUIRE(a.stars.size() == 2);
        CHECK(a.stars[0].type == StarType::FuelLeft);
        CHECK(a.stars[0].value == 0.3);
        CHECK(a.stars[1].type == StarType::Time);
        Json saved = Json::parse(saveLevel(a));
        CHECK(saved["version"] == kLevelVersion);
        CHECK(saved["goals"]["list"][0]["type"] == "orbit");
        CHECK(saved["stars"][0]["type"] == "fuel_left");
        CHECK(flatten(load(saved.dump())) == flatten(a));
    }
    // The newest version must say it.
    Json j = validJson();
    j["version"] = kLevelVersion;
    j["goals"]["list"] = Json::array({{{"a_min_km", 6600.0}}});
    CHECK_PROBLEM(problemsOf(j.dump()), "/goals/list/0/type", "is missing: it must be given, as one of: orbit, gate,");
    j["goals"]["list"][0]["type"] = "orbit";
    j["stars"] = Json::array({{{"value", 0.3}}});
    CHECK_PROBLEM(problemsOf(j.dump()), "/stars/0/type", "is missing: it must be given, as one of: fuel_left, time, accuracy");
    // And a default type is written like any other.
    Level l = load(validJson().dump());
    l.stars.push_back(StarRule{});
    const std::string saved = saveLevel(l);
    CHECK(saved.find("\"type\": \"orbit\"") != std::string::npos);
    CHECK(saved.find("\"type\": \"fuel_left\"") != std::string::npos);
}

// Up to version 3 a ground site stood at "angle_deg" from +x; from version 4 at a longitude
// east of its planet's longitude 0. An old file's sites stand where they stood.
TEST_CASE("level: a version 3 site's angle becomes the longitude that keeps it in place") {
    Json j = validJson();
    j["version"] = 3;
    j["attractors"] = Json::array({{{"prime_meridian_deg", -20.0}}, {{"x_km", 384400.0}, {"radius_km", 1737.4}}});
    j["stations"] = Json::array({{{"angle_deg", 70.0}}, {{"attractor", 1}, {"angle_deg", 10.0}}, {{"attractor", 7}, {"angle_deg", 5.0}}});
    const LevelLoad load3 = parseLevel(j.dump());
    // The third names no planet the level has: its number stays, and the reader says where.
    CHECK_PROBLEM(load3.problems, "/stations/2/attractor", "");
    j["stations"].erase(2);
    Level a = load(j.dump());
    REQUIRE(a.stations.size() == 2);
    CHECK(a.stations[0].longitude_deg == 90.0);   // 70 deg from +x, where longitude 0 is at -20
    CHECK(siteAngleDeg(a.stations[0], a.attractors[0]) == 70.0);
    CHECK(a.stations[1].longitude_deg == 10.0);   // the Moon's longitude 0 is at +x
    Json saved = Json::parse(saveLevel(a));
    CHECK(saved["version"] == kLevelVersion);
    CHECK(saved["stations"][1]["longitude_deg"] == 10.0);   // (90 is the default, left out)
    CHECK(!saved["stations"][0].contains("angle_deg"));
    CHECK(load(saved.dump()).stations[0].longitude_deg == 90.0);
    // From version 4 on "angle_deg" is not a site's key: said so, by name.
    j["version"] = kLevelVersion;
    CHECK_PROBLEM(problemsOf(j.dump()), "/stations/0/angle_deg", "");
}

TEST_CASE("level: a rotation period may be negative (clockwise), within its range") {
    Json j = validJson();
    j["attractors"][0]["rotation_period_min"] = -1436.0;
    CHECK(load(j.dump()).attractors[0].rotation_period_min == -1436.0);
    j["attractors"][0]["rotation_period_min"] = -2e6;
    CHECK_PROBLEM(problemsOf(j.dump()), "/attractors/0/rotation_period_min", "must be between -1000000 and 1000000");
}

TEST_CASE("level: each kind of bad file gets the right pointer and a sentence") {
    SECTION("wrong type") {
        Json j = validJson();
        j["ship"]["mass_kg"] = "heavy";
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/ship/mass_kg", "expected a number (got the text \"heavy\")");
    }
    SECTION("out of range") {
        Json j = validJson();
        j["ship"]["mass_kg"] = -5;
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/ship/mass_kg", "must be between 1 and 1000000 (got -5)");
        CHECK(formatProblem("levels/1-3.json", p.at(0)) ==
              "levels/1-3.json: /ship/mass_kg: must be between 1 and 1000000 (got -5)");
    }
    SECTION("a number too large to store") {
        std::string s = kValid;
        s.replace(s.find("6771.0"), 6, "1e400");
        auto p = problemsOf(s);
        CHECK_PROBLEM(p, "/ship/y_km", "the number \"1e400\" is too large to store");
    }
    SECTION("unknown key, with a suggestion") {
        Json j = validJson();
        j["ship"]["raduis_km"] = 30;
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/ship/raduis_km", "unknown key \"raduis_km\"");
        CHECK_PROBLEM(p, "/ship/raduis_km", "did you mean \"radius_km\"?");
    }
    SECTION("unknown keys at the top, in a text and in a list") {
        Json j = validJson();
        j["atractors"] = Json::array();
        j["title"]["fr"] = "Premier";
        j["goals"]["list"][0]["kind"] = "orbit";
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/atractors", "did you mean \"attractors\"?");
        CHECK_PROBLEM(p, "/title/fr", "unknown key");
        CHECK_PROBLEM(p, "/goals/list/0/kind", "unknown key");
    }
    SECTION("missing version") {
        Json j = validJson();
        j.erase("version");
        CHECK_PROBLEM(problemsOf(j.dump()), "/version", "missing");
    }
    SECTION("version of the wrong kind") {
        Json j = validJson();
        j["version"] = "1";
        CHECK_PROBLEM(problemsOf(j.dump()), "/version", "expected a whole number");
        j["version"] = 0;
        CHECK_PROBLEM(problemsOf(j.dump()), "/version", "must be between 1 and " + std::to_string(kLevelVersion) + " (got 0)");
    }
    SECTION("future version") {
        Json j = validJson();
        j["version"] = 7;
        CHECK_PROBLEM(problemsOf(j.dump()), "/version", "made by a newer Starpath (file version 7");
    }
    SECTION("bad goal index") {
        Json j = validJson();
        j["goals"]["list"][0] = {{"type", "gate"}, {"index", 3}};
        CHECK_PROBLEM(problemsOf(j.dump()), "/goals/list/0/index", "refers to gate 3, but the level has no gates");
        j["gates"] = Json::array({Json::object(), Json::object()});
        j["gates"][0]["x2_km"] = 5;
        j["gates"][1]["x2_km"] = 5;
        CHECK_PROBLEM(problemsOf(j.dump()), "/goals/list/0/index", "the level has 2 gates (numbered from 0)");
        j["goals"]["list"][0] = {{"type", "orbit"}, {"attractor", 1}};
        CHECK_PROBLEM(problemsOf(j.dump()), "/goals/list/0/attractor", "refers to attractor 1");
        j["goals"]["list"][0] = {{"type", "contact"}, {"index", 0}};
        CHECK_PROBLEM(problemsOf(j.dump()), "/goals/list/0/index", "no stations");
        // Out of range is said once, not also as a missing station.
        j["goals"]["list"][0]["index"] = 40;
        auto p = problemsOf(j.dump());
        CHECK(p.size() == 1);
        CHECK_PROBLEM(p, "/goals/list/0/index", "must be between 0 and 31 (got 40)");
    }
    SECTION("ship inside a planet") {
        Json j = validJson();
        j["ship"]["y_km"] = 100.0;
        CHECK_PROBLEM(problemsOf(j.dump()), "/ship", "starts inside attractor 0 \"Earth\": 100 km from its centre");
    }
    SECTION("too deep nesting") {
        auto p = problemsOf(std::string(100000, '['));
        CHECK_PROBLEM(p, "", "brackets nest 100000 levels deep; at most 32");
        std::string objects;
        for (int i = 0; i < 50000; ++i) objects += "{\"a\":";
        CHECK_PROBLEM(problemsOf(objects), "", "levels deep");
        // Brackets inside strings do not count.
        Json j = validJson();
        j["title"]["en"] = std::string(1000, '[');
        CHECK(parseLevel(j.dump()).ok());
    }
    SECTION("oversized file") {
        std::string s = kValid;
        s += std::string(kMaxLevelBytes, ' ');
        CHECK_PROBLEM(problemsOf(s), "", "too large");
    }
    SECTION("truncated file") {
        std::string s = kValid;
        for (size_t cut : {size_t(0), size_t(1), s.size() / 3, s.size() / 2, s.size() - 2}) {
            INFO(cut);
            auto p = problemsOf(s.substr(0, cut));
            CHECK(p.at(0).pointer.empty());
        }
        CHECK_PROBLEM(problemsOf(s.substr(0, s.size() / 2)), "", "not valid JSON: parse error at line");
    }
    SECTION("not an object, empty, null") {
        CHECK_PROBLEM(problemsOf("[]"), "", "a level file must be a JSON object");
        CHECK_PROBLEM(problemsOf(""), "", "empty");
        CHECK_PROBLEM(problemsOf(" \n"), "", "empty");
        CHECK_PROBLEM(problemsOf("null"), "", "a level file must be a JSON object");
        CHECK_PROBLEM(problemsOf("{}"), "/version", "missing");
    }
    SECTION("duplicate key") {
        std::string s = kValid;
        s.replace(s.find("\"y_km\""), 6, "\"vx_km_s\": 1, \"y_km\"");
        CHECK_PROBLEM(problemsOf(s), "/ship/vx_km_s", "appears twice");
    }
    SECTION("bad enum, bad whole number, bad text, bad list") {
        Json j = validJson();
        j["attractors"][0]["look"] = "venus";
        j["goals"]["list"][0]["attractor"] = 0.5;
        j["teacher"] = {{"objective", "plain string"}};
        j["zones"] = Json::object();
        j["stations"] = Json::array({{{"attractor", 1e12}}});
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/attractors/0/look", "must be one of: earth, moon, mars (got \"venus\")");
        CHECK_PROBLEM(p, "/goals/list/0/attractor", "expected a whole number (got 0.5)");
        CHECK_PROBLEM(p, "/teacher/objective", "expected an object like {\"en\"");
        CHECK_PROBLEM(p, "/zones", "expected a list [...] (got an object {...})");
        CHECK_PROBLEM(p, "/stations/0/attractor", "must be between 0 and 15 (got 1000000000000)");
    }
    SECTION("counts") {
        Json j = validJson();
        j["debris"] = Json::array();
        for (int i = 0; i < 201; ++i) j["debris"].push_back({{"x_km", 20000}});
        j["hints"] = Json::array();
        for (int i = 0; i < 11; ++i) j["hints"].push_back({{"en", "h"}});
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/debris", "has 201 entries; at most 200 are allowed");
        CHECK_PROBLEM(p, "/hints", "at most 10");
        // A hostile list is refused before it is even built.
        std::string zones = R"({"version": 1, "zones": [)";
        for (int i = 0; i < 300000; ++i) zones += "{},";
        CHECK_PROBLEM(problemsOf(zones + "{}]}"), "/zones", "has more than 10000 entries");
    }
    SECTION("rules between entities") {
        Json j = validJson();
        j["id"] = "1 3";
        j["actions"] = {{"launch", false}};
        j["goals"]["list"] = Json::array();
        j["stars"] = Json::array({{{"type", "fuel_left"}, {"value", 50}}});
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/id", "only letters, digits");
        CHECK_PROBLEM(p, "/actions", "the player can do nothing");
        CHECK_PROBLEM(p, "/goals/list", "at least one goal");
        CHECK_PROBLEM(p, "/stars/0/value", "between 0 and 1 (got 50)");
        j = validJson();
        j.erase("attractors");
        CHECK_PROBLEM(problemsOf(j.dump()), "/attractors", "at least one attractor");
        j = validJson();
        j["actions"]["launch_default_km_s"] = 11;
        CHECK_PROBLEM(problemsOf(j.dump()), "/actions/launch_default_km_s", "between launch_min_km_s and launch_max_km_s (0 to 9.5)");
    }
    SECTION("a follow-on problem is not reported twice") {
        Json j = validJson();
        j["attractors"] = "Earth";
        auto p = problemsOf(j.dump());
        // Not also "needs at least one attractor".
        CHECK(std::count_if(p.begin(), p.end(), [](const Problem& q) { return q.pointer == "/attractors"; }) == 1);
        CHECK_PROBLEM(p, "/attractors", "expected a list");
    }
    SECTION("a flood of problems is capped") {
        Json j = validJson();
        for (int i = 0; i < 5000; ++i) j["ship"]["k" + std::to_string(i)] = i;
        auto p = problemsOf(j.dump());
        CHECK(p.size() == Problems::kMax + 1);
        CHECK(p.back().message.find("more problems") != std::string::npos);
    }
    SECTION("a long quoted key is cut between characters, never inside one") {
        Json j = validJson();
        std::string key;
        for (int i = 0; i < 50; ++i) key += "星";
        j["ship"][key] = 1;
        auto p = problemsOf(j.dump());
        CHECK_PROBLEM(p, "/ship/" + key, "unknown key");
        for (const Problem& q : p) CHECK_NOTHROW(Json(q.message).dump());   // strict UTF-8
        CHECK_NOTHROW(Json(formatProblem("f", p.at(0))).dump());
    }
    SECTION("invalid UTF-8 and control characters") {
        std::string s = kValid;
        s.replace(s.find("First orbit"), 5, "Fi\xff\xfe");
        CHECK_PROBLEM(problemsOf(s), "", "not valid JSON");
        Json j = validJson();
        j["ship"]["\x1b[31mred"] = 1;
        auto p = problemsOf(j.dump());
        std::string line = formatProblem("f", p.at(0));
        CHECK(line.find('\x1b') == std::string::npos);
        CHECK(line.find("\\u001b") != std::string::npos);
    }
}

TEST_CASE("level: a made level's recorded solution round-trips, and a bad one is reported") {
    Level a = load(kValid);
    CHECK_FALSE(a.solution.has_value());
    CHECK(saveLevel(a).find("solution") == std::string::npos);   // shipped files stay as they are
    InputEvent launch;
    launch.tick = 3;
    launch.input.launch = true;
    launch.input.launch_km_s = 7.8;
    InputEvent thrust;
    thrust.tick = 90;
    thrust.input.thrust = true;
    a.solution = std::vector<InputEvent>{launch, thrust};
    const std::string saved = saveLevel(a);
    Level b = load(saved);
    REQUIRE(b.solution.has_value());
    REQUIRE(b.solution->size() == 2);
    CHECK(b.solution->at(0).input.launch_km_s == 7.8);
    CHECK(b.solution->at(1).input.thrust);
    CHECK(saveLevel(b) == saved);
    // Present but empty: won without touching anything. Not the same as no solution.
    a.solution = std::vector<InputEvent>{};
    Level c = load(saveLevel(a));
    REQUIRE(c.solution.has_value());
    CHECK(c.solution->empty());

    std::string broken = saved;
    const std::string late = "\"tick\": 90";
    broken.replace(broken.find(late), late.size(), "\"tick\": 1");   // out of order
    auto p = problemsOf(broken);
    CHECK_PROBLEM(p, "/solution/1/tick", "must not be smaller");
}

TEST_CASE("level: a draft with errors still opens, with its problems") {
    Level a = load(kValid);
    a.goals.list.clear();
    a.ship.radius_km = -5;
    LevelLoad strict = parseLevel(saveLevel(a));
    CHECK_FALSE(strict.ok());
    LevelLoad draft = parseLevelDraft(saveLevel(a));
    REQUIRE(draft.level.has_value());
    CHECK(draft.level->ship.radius_km == -5);
    CHECK_PROBLEM(draft.problems, "/goals/list", "at least one goal");
    CHECK_PROBLEM(draft.problems, "/ship/radius_km", "between");
    CHECK(saveLevel(*draft.level) == saveLevel(a));
    CHECK_FALSE(parseLevelDraft("not json").level.has_value());
    CHECK_FALSE(parseLevelDraft("[1, 2]").level.has_value());
}

TEST_CASE("level: validateLevel checks a level built in memory") {
    Level a = load(kValid);
    CHECK(validateLevel(a).empty());
    a.ship.x_km = std::nan("");
    a.attractors[0].name.en = std::string(5000, 'a');
    a.title.zh = "\xe4\xb8";   // cut in the middle of a character
    a.zones.resize(33);
    auto p = validateLevel(a);
    CHECK_PROBLEM(p, "/ship/x_km", "must be a finite number");
    CHECK_PROBLEM(p, "/attractors/0/name/en", "too long: 5000 characters, at most 4000");
    CHECK_PROBLEM(p, "/title/zh", "not valid UTF-8");
    CHECK_PROBLEM(p, "/zones", "has 33 entries; at most 32");
    // Chinese counts by characters, not bytes.
    Level b = load(kValid);
    std::string zh;
    for (int i = 0; i < 3000; ++i) zh += "星";
    b.briefing.zh = zh;
    CHECK(validateLevel(b).empty());
}

TEST_CASE("level: random bytes and damaged levels never crash the loader") {
    Rng rng(20240611);
    const std::string alphabet = "{}[]\":,0123456789.eE+-truefalsnl \\u\n";
    for (int round = 0; round < 3000; ++round) {
        size_t n = rng.next() % 600;
        std::string bytes(n, '\0');
        bool jsonish = round % 2 == 1;   // half raw bytes, half JSON-looking noise
        for (char& c : bytes)
            c = jsonish ? alphabet[rng.next() % alphabet.size()] : char(rng.next() & 0xff);
        LevelLoad r = parseLevel(bytes);
        REQUIRE_FALSE(r.ok());
        REQUIRE_FALSE(r.problems.empty());
        for (const Problem& p : r.problems) REQUIRE_FALSE(p.message.empty());
    }
    // Damaged copies of a good level: a few bytes changed, dropped or repeated. Some are still
    // levels; those must save and load back the same.
    const std::string good = kValid;
    int stillLevels = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string bytes = good;
        int edits = 1 + int(rng.next() % 4);
        for (int e = 0; e < edits && !bytes.empty(); ++e) {
            size_t at = rng.next() % bytes.size();
            switch (rng.next() % 3) {
            case 0: bytes[at] = alphabet[rng.next() % alphabet.size()]; break;
            case 1: bytes.erase(at, 1 + rng.next() % 8); break;
            default: bytes.insert(at, bytes.substr(at, 1 + rng.next() % 8)); break;
            }
        }
        LevelLoad r = parseLevel(bytes);
        REQUIRE(r.ok() == r.problems.empty());
        for (const Problem& p : r.problems) REQUIRE_FALSE(p.message.empty());
        if (r.ok()) {
            ++stillLevels;
            std::string saved = saveLevel(*r.level);
            LevelLoad again = parseLevel(saved);
            REQUIRE(again.ok());
            REQUIRE(saveLevel(*again.level) == saved);
        }
    }
    CHECK(stillLevels > 0);
}

// Needs at least one level: an empty or missing levels/ is a failure, not a pass.
TEST_CASE("level: every file in levels/ loads and saves back byte-identical") {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(test::dataDir()) / "levels")) {
        const fs::path& path = entry.path();
        if (entry.is_regular_file() && path.extension() == ".json" && path.filename() != "campaign.json")
            files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());
    for (const fs::path& path : files) {
        INFO(path.string());
        std::ifstream in(path, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        LevelLoad r = parseLevel(bytes.str());
        for (const Problem& p : r.problems) UNSCOPED_INFO(formatProblem(path.string(), p));
        REQUIRE(r.ok());
        std::string saved = saveLevel(*r.level);
        CHECK(saved == bytes.str());   // stored canonical, so an edit in the editor diffs cleanly
        LevelLoad again = parseLevel(saved);
        REQUIRE(again.ok());
        CHECK(saveLevel(*again.level) == saved);
        CHECK(flatten(*again.level) == flatten(*r.level));
    }
}
