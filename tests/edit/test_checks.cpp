// What the editor tells an author beyond "it loads": references chosen from the level's own
// lists (PropInfo::refersTo), and warnings (game/sim/level_warnings.h, game/edit/checks.h):
// template words left in a new level, and stars that the level's fuel makes impossible or
// free. On real templates, real campaign levels and their recorded solutions.
#include "engine/core/file_io.h"
#include "game/edit/checks.h"
#include "game/edit/document.h"
#include "game/edit/library.h"
#include "game/sim/campaign.h"
#include "game/sim/input.h"
#include "game/sim/level_types.h"
#include "game/sim/level_warnings.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace sp;
using namespace sp::edit;

namespace {

Level shipped(const std::string& id) {
    static Campaign c = loadCampaign(test::dataDir() + "/levels");
    const Level* l = c.find(id);
    REQUIRE(l);
    return *l;
}

std::vector<Template> templates() {
    std::vector<std::string> errors;
    auto list = loadTemplates(test::dataDir() + "/", &errors);
    REQUIRE(errors.empty());
    REQUIRE(list.size() == 9);
    return list;
}

// A campaign level with its recorded solution stored in it, as a level its author won.
Level withSolution(const std::string& id) {
    Level l = shipped(id);
    auto bytes = readFile(test::dataDir() + "/levels/solutions/" + id + ".json");
    REQUIRE(bytes);
    InputLoad load = parseInputLog(*bytes);
    REQUIRE(load.log);
    l.solution = load.log->events;
    return l;
}

std::set<std::string> pointers(const std::vector<Problem>& list) {
    std::set<std::string> out;
    for (const Problem& p : list) out.insert(p.pointer);
    return out;
}

const Problem* find(const std::vector<Problem>& list, const std::string& pointer, const std::string& code) {
    for (const Problem& p : list)
        if (p.pointer == pointer && p.code == code) return &p;
    return nullptr;
}

} // namespace

// [SECTION] references

TEST_CASE("edit: a goal's zone, gate or station and a station's planet point into the level's lists") {
    Document doc(shipped("1-6"));   // Earth, a ground station, an orbit goal and a contact goal
    const PropInfo* index = findProp(Kind::Goal, "index");
    const PropInfo* attractor = findProp(Kind::Goal, "attractor");
    REQUIRE(index);
    REQUIRE(attractor);
    const Ref orbit{Kind::Goal, 0}, contact{Kind::Goal, 1};
    REQUIRE(doc.level().goals.list[1].type == GoalType::Contact);
    CHECK(referredKind(doc.level(), contact, *index) == Kind::Station);
    CHECK_FALSE(referredKind(doc.level(), contact, *attractor));   // a contact goal has no planet
    CHECK(referredKind(doc.level(), orbit, *attractor) == Kind::Attractor);
    CHECK_FALSE(referredKind(doc.level(), orbit, *index));
    CHECK(referredKind(doc.level(), {Kind::Station, 0}, *findProp(Kind::Station, "attractor")) == Kind::Attractor);
    // The type decides where "index" points.
    REQUIRE(doc.set(contact, "type", std::string("zone")));
    CHECK(referredKind(doc.level(), contact, *index) == Kind::Zone);
    REQUIRE(doc.set(contact, "type", std::string("gate")));
    CHECK(referredKind(doc.level(), contact, *index) == Kind::Gate);
    REQUIRE(doc.set(contact, "type", std::string("survive")));
    CHECK_FALSE(referredKind(doc.level(), contact, *index));
    // Nothing else is a reference, and no reference is left as a bare number: every Int
    // property of every table points into a list.
    for (size_t k = 0; k < size_t(Kind::Count); ++k)
        for (const PropInfo* p : propsOf(Kind(k))) {
            INFO(kindLabel(Kind(k)) << "." << p->key);
            if (std::string(p->key) == "substeps" || std::string(p->key) == "max_skips") continue;   // the Ints that count something
            CHECK((p->type == PropType::Int) == !p->refersTo.empty());
            for (const RefTarget& t : p->refersTo) CHECK(kindOfList(t.list));
        }
    CHECK(kindOfList("goals/list") == Kind::Goal);
    CHECK_FALSE(kindOfList("ship"));
}

TEST_CASE("edit: every reference the tables declare is checked by validation, by the list's name") {
    // One level with one of everything, then each reference pointed one past the end of its list.
    Document doc(shipped("1-2"));   // a zone goal for the beacon
    REQUIRE(doc.add(Kind::Gate));
    REQUIRE(doc.add(Kind::Station));
    REQUIRE(validateLevel(doc.level()).empty());
    size_t checked = 0;
    for (GoalType type : {GoalType::Zone, GoalType::Gate, GoalType::Contact, GoalType::Orbit, GoalType::Revolutions}) {
        Level l = doc.level();
        l.goals.list.at(0).type = type;
        for (size_t k = 0; k < size_t(Kind::Count); ++k) {
            const Kind kind = Kind(k);
            for (const PropInfo* p : propsOf(kind)) {
                for (size_t i = 0; i < countOf(l, kind); ++i) {
                    const Ref r{kind, isList(kind) ? int(i) : 0};
                    std::optional<Kind> target = referredKind(l, r, *p);
                    if (!target) continue;
                    Level broken = l;
                    const int past = int(countOf(broken, *target));
                    REQUIRE(set(broken, r, p->key, past));
                    INFO(pointerOf(r, p->key) << " -> " << kindLabel(*target) << " " << past);
                    const std::vector<Problem> found = validateLevel(broken);
                    REQUIRE(pointers(found).count(pointerOf(r, p->key)));
                    for (const Problem& pr : found)
                        if (pr.pointer == pointerOf(r, p->key))
                            CHECK(pr.message.find(std::string("refers to ") + kindLabel(*target) + " " + std::to_string(past)) == 0);
                    ++checked;
                }
            }
        }
    }
    CHECK(checked >= 7);   // zone, gate, station (goal index), 2 planets (goal), the station's planet
}

TEST_CASE("edit: deleting a zone renumbers the zone goals behind it, and only those") {
    Document doc(shipped("1-2"));
    auto second = doc.add(Kind::Zone);
    REQUIRE(second);
    REQUIRE(doc.set({Kind::Zone, 1}, "name", Text{"Far beacon", u8"远处的信标"}));
    auto goal = doc.add(Kind::Goal);
    REQUIRE(doc.set(*goal, "type", std::string("zone")));
    REQUIRE(doc.set(*goal, "index", 1));
    auto gateGoal = doc.add(Kind::Goal);
    REQUIRE(doc.add(Kind::Gate));
    REQUIRE(doc.add(Kind::Gate));
    REQUIRE(doc.set(*gateGoal, "type", std::string("gate")));
    REQUIRE(doc.set(*gateGoal, "index", 1));
    REQUIRE(doc.remove({Kind::Zone, 0}));
    CHECK(doc.level().goals.list[size_t(goal->index)].index == 0);   // still the far beacon
    CHECK(doc.level().zones.at(0).name.en == "Far beacon");
    CHECK(doc.level().goals.list[size_t(gateGoal->index)].index == 1);   // a gate goal: untouched
    REQUIRE(doc.undo());
    CHECK(doc.level().goals.list[size_t(goal->index)].index == 1);
}

// [SECTION] template words

TEST_CASE("edit: a level from a template has its words marked until the author changes them") {
    const std::vector<Template> all = templates();
    for (const Template& t : all) {
        INFO(t.key);
        Level fresh = startFrom(t);
        const std::vector<Problem> w = templateTextWarnings(fresh, all);
        for (const Problem& p : w) {
            CHECK(p.severity == Severity::Warning);
            CHECK(p.code == "template_text");
            CHECK(refFromPointer(p.pointer));
        }
        // The words a template writes about itself, in both languages (one warning a field);
        // never names or star labels.
        for (const char* at : {"/title", "/briefing", "/lesson"}) CHECK(pointers(w).count(at));
        for (size_t i = 0; i < fresh.hints.size(); ++i) CHECK(pointers(w).count("/hints/" + std::to_string(i)));
        for (const Problem& p : w) CHECK(p.args == std::vector<std::string>{"en_zh"});
        for (const Problem& p : w) {
            CHECK(p.pointer.find("/name/") == std::string::npos);
            CHECK(p.pointer.rfind("/stars/", 0) == std::string::npos);
        }
        // A warning is not an error: the level still loads, plays and can be shared.
        CHECK(validateLevel(fresh).empty());
    }

    // The Earth-orbit template's hint, "Doing nothing is fine here", changed in English only.
    Document doc(startFrom(all.at(0)));
    REQUIRE(doc.level().hints.size() == 1);
    REQUIRE(doc.level().hints[0].en.find("Doing nothing is fine here") == 0);
    Text hint = doc.level().hints[0];
    hint.en = "Watch the height: the orbit is round, so it stays the same.";
    REQUIRE(doc.set({Kind::Hint, 0}, "text", hint));
    std::vector<Problem> w = templateTextWarnings(doc.level(), all);
    CHECK_FALSE(pointers(w).count("/hints/0"));
    CHECK(pointers(w).count("/hints/0/zh"));   // the Chinese is still the template's
    CHECK(find(w, "/hints/0/zh", "template_text")->args == std::vector<std::string>{"zh"});
    // Saved and opened again: still known, with nothing stored in the file about templates.
    LevelLoad back = parseLevel(saveLevel(doc.level()));
    REQUIRE(back.level);
    CHECK(pointers(templateTextWarnings(*back.level, all)) == pointers(w));
    // Undo brings the template's words, and their warning, back.
    REQUIRE(doc.undo());
    CHECK(pointers(templateTextWarnings(doc.level(), all)).count("/hints/0"));

    // The campaign's own levels use none of the templates' words.
    for (const char* id : {"1-1", "1-2", "1-3", "1-4", "1-5", "1-6"}) {
        INFO(id);
        CHECK(templateTextWarnings(shipped(id), all).empty());
    }
}

// [SECTION] stars the fuel decides

TEST_CASE("edit: a fuel star on a ship without fuel, or where nothing spends fuel, is a warning") {
    // The shipped levels and templates have no such star.
    for (const char* id : {"1-1", "1-2", "1-3", "1-4", "1-5", "1-6"}) {
        INFO(id);
        CHECK(levelWarnings(shipped(id)).empty());
    }
    for (const Template& t : templates()) CHECK(levelWarnings(t.level).empty());

    Level l = shipped("1-3");   // planned burns, 0.8 km/s of fuel, stars for 30% and 42% left
    REQUIRE(l.stars.size() == 2);
    l.ship.fuel_dv_km_s = 0;
    std::vector<Problem> w = levelWarnings(l);
    REQUIRE(w.size() == 2);
    const Problem* noFuel = find(w, "/stars/0/value", "star_no_fuel");
    REQUIRE(noFuel);
    CHECK(noFuel->severity == Severity::Warning);
    CHECK(noFuel->args == std::vector<std::string>{"30"});
    CHECK(noFuel->message.find("no flight can earn it") != std::string::npos);
    CHECK(validateLevel(l).empty());   // allowed: test-play and sharing go ahead

    l = shipped("1-3");
    l.actions.burn = false;
    l.actions.launch = true;            // the ship can only be launched: nothing spends fuel
    REQUIRE(validateLevel(l).empty());
    w = levelWarnings(l);
    CHECK(find(w, "/stars/0", "star_fuel_unused"));
    CHECK(find(w, "/stars/1", "star_fuel_unused"));
    l.actions.pilot = true;             // an engine spends it...
    CHECK(levelWarnings(l).empty());
    l.ship.thrust_m_s2 = 0;             // ...unless it has no thrust
    CHECK(levelWarnings(l).size() == 2);

    // A time star at the time limit: every win is that fast.
    l = shipped("1-2");
    REQUIRE(l.stars.at(0).type == StarType::Time);
    CHECK(levelWarnings(l).empty());
    l.stars[0].value = l.time_limit_min;
    const std::vector<Problem> timeWarnings = levelWarnings(l);   // kept: `find` points into it
    const Problem* fast = find(timeWarnings, "/stars/0/value", "star_time_free");
    REQUIRE(fast);
    CHECK(fast->args.at(1) == formatNumber(l.time_limit_min));
}

// [SECTION] what kind of number a fact card shows

TEST_CASE("edit: a fact number says what kind it is, or the editor asks for it") {
    // The inspector offers the kind from the table, with every kind a card can show.
    const std::vector<const PropInfo*> props = propsOf(Kind::FactNumber);
    const auto kind = std::find_if(props.begin(), props.end(), [](const PropInfo* p) { return std::string(p->key) == "provenance"; });
    REQUIRE(kind != props.end());
    CHECK((*kind)->type == PropType::Enum);
    std::set<std::string> choices((*kind)->choices.begin(), (*kind)->choices.end());
    CHECK(choices == std::set<std::string>{"", "real", "derived", "estimate", "tuned_for_play"});

    // A number added in the editor has no kind yet: a warning at its field, nothing blocked.
    Document doc(shipped("1-3"));
    REQUIRE(levelWarnings(doc.level()).empty());
    const std::optional<Ref> added = doc.add(Kind::FactNumber);
    REQUIRE(added);
    const std::string at = "/fact/numbers/" + std::to_string(added->index) + "/provenance";
    std::vector<Problem> w = levelWarnings(doc.level());
    REQUIRE(w.size() == 1);
    CHECK(find(w, at, "fact_unlabelled"));
    CHECK(validateLevel(doc.level()).empty());
    // Chosen in the inspector, it is saved, read back, and the warning is gone; undo brings it back.
    REQUIRE(doc.set(*added, "provenance", std::string("tuned_for_play")));
    CHECK(levelWarnings(doc.level()).empty());
    const LevelLoad back = parseLevel(saveLevel(doc.level()));
    REQUIRE(back.ok());
    CHECK(back.level->fact.numbers.at(size_t(added->index)).provenance == "tuned_for_play");
    REQUIRE(doc.undo());
    CHECK(levelWarnings(doc.level()).size() == 1);

    // A kind that is not one of them is an error that lists the ones there are.
    Level bad = shipped("1-3");
    bad.fact.numbers.at(0).provenance = "measured";
    const std::vector<Problem> errors = validateLevel(bad);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].pointer == "/fact/numbers/0/provenance");
    CHECK(errors[0].message.find("real, derived, estimate, tuned_for_play") != std::string::npos);
}

TEST_CASE("edit: flying the level shows a fuel star no win can earn, and stars the author's win missed") {
    // 1-3 with its recorded win: every star earned, nothing to say.
    Level l = withSolution("1-3");
    FlightReport r = checkFlights(l);
    CHECK(r.verified);
    CHECK(r.warnings.empty());

    // A star for 90% of the fuel: the author's own win kept less. The numbers say how much.
    l.stars.at(1).value = 0.9;
    r = checkFlights(l);
    CHECK(r.verified);
    REQUIRE(r.warnings.size() == 1);
    const Problem& missed = r.warnings[0];
    CHECK(missed.pointer == "/stars/1/value");
    CHECK(missed.code == "star_not_earned_fuel");
    REQUIRE(missed.args.size() == 2);
    const double kept = std::stod(missed.args[0]);
    CHECK(kept >= 42);   // the recorded win earns the 42% star...
    CHECK(kept < 90);    // ...and not this one
    CHECK(missed.args[1] == "90");

    // A star for all the fuel: 1-3 cannot be won by doing nothing (the far side stays low), and
    // with no launch every other flight spends fuel: no win can earn it.
    l = shipped("1-3");
    l.stars.at(1).value = 1.0;
    r = checkFlights(l);
    CHECK_FALSE(r.verified);   // no recorded win
    const Problem* full = find(r.warnings, "/stars/1/value", "star_fuel_full");
    REQUIRE(full);
    CHECK(full->args == std::vector<std::string>{"timeout"});
    CHECK(r.warnings.size() == 1);

    // The Earth-orbit template is won by doing nothing: a 100% fuel star there can be earned.
    Level orbit = templates().at(0).level;
    REQUIRE(orbit.stars.size() == 1);
    orbit.stars[0].value = 1.0;
    r = checkFlights(orbit);
    CHECK(r.verified);
    CHECK(r.warnings.empty());

    // With a launch the first move is free and aimed by the player: one flight cannot decide it.
    Level launched = shipped("1-6");
    launched.stars.at(0).value = 1.0;
    CHECK_FALSE(find(checkFlights(launched).warnings, "/stars/0/value", "star_fuel_full"));
}
