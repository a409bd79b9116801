// The editor's command API (game/edit/document.h) on real levels: edits, undo back to the
// exact original bytes, redo to the edited ones; every shipped level unchanged by an open and
// save; every property of every table editable and kept by save and load.
#include "engine/core/file_io.h"
#include "game/edit/document.h"
#include "game/sim/campaign.h"
#include "game/sim/level_types.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <set>

using namespace sp;
using namespace sp::edit;

namespace {

const Campaign& campaign() {
    static Campaign c = loadCampaign(test::dataDir() + "/levels");
    return c;
}

Level shipped(const std::string& id) {
    const Level* l = campaign().find(id);
    REQUIRE(l);
    return *l;
}

// A value of the property's type that differs from `current` and reads back as itself.
Value otherValue(const PropInfo& p, const Value& current) {
    switch (p.type) {
    case PropType::Number: {
        double lo = p.min, hi = std::min(p.max, p.min + 1000.0);
        double v = lo + (hi - lo) * 0.375;
        return v == std::get<double>(current) ? Value(lo + (hi - lo) * 0.625) : Value(v);
    }
    case PropType::Int: {
        int v = int(p.min);
        return v == std::get<int>(current) ? Value(v + 1) : Value(v);
    }
    case PropType::Bool: return Value(!std::get<bool>(current));
    case PropType::String: {
        std::string v = std::string(p.key) == "id" ? "edited-id" : "Edited 编辑";
        return v == std::get<std::string>(current) ? Value(v + "2") : Value(v);
    }
    case PropType::Enum:
        for (const char* c : p.choices)
            if (std::get<std::string>(current) != c) return Value(std::string(c));
        return current;
    case PropType::Text: return Value(Text{"Edited " + std::string(p.key), "编辑 " + std::string(p.key)});
    }
    return current;
}

// Collects the first property of every table walkLevel visits: the file's whole shape.
struct TableCollector {
    std::set<const PropInfo*> tables;
    template <class T> void fields(const T&, const Props<T>& props) { tables.insert(&props.front()); }
    template <class T, class Inner> void object(const char*, const T&, const Props<T>& props, Inner inner) {
        tables.insert(&props.front());
        inner();
    }
    template <class T> void list(const char*, const std::vector<T>&, const Props<T>& props, size_t) {
        tables.insert(&props.front());
    }
    void texts(const char*, const std::vector<Text>&, size_t) { tables.insert(&hintInfo()); }
    void solution(const char*, const std::optional<std::vector<InputEvent>>&) {}
};

} // namespace

TEST_CASE("edit: a sequence of edits undone gives back the original bytes, redone, the edited ones") {
    for (const char* id : {"1-1", "1-3", "1-5", "1-6"}) {
        INFO(id);
        const Level original = shipped(id);
        const std::string before = saveLevel(original);
        Document doc(original);
        CHECK_FALSE(doc.dirty());

        // What an author does in a minute: move things, retype, add, duplicate, delete.
        REQUIRE(doc.moveBy({Kind::Ship, 0}, {120, -40}));
        REQUIRE(doc.set({Kind::Level, 0}, "title", Text{"My level", "我的关卡"}));
        REQUIRE(doc.set({Kind::Attractor, 0}, "radius_km", 6000.0));
        auto zone = doc.add(Kind::Zone);
        REQUIRE(zone);
        REQUIRE(doc.moveBy(*zone, {8000, 3000}));
        auto copy = doc.duplicate(*zone);
        REQUIRE(copy);
        REQUIRE(doc.add(Kind::Hint));
        REQUIRE(doc.set({Kind::Hint, int(doc.level().hints.size()) - 1}, "text", Text{"Go", "走"}));
        auto goal = doc.add(Kind::Goal);
        REQUIRE(goal);
        REQUIRE(doc.set(*goal, "type", std::string("zone")));
        REQUIRE(doc.set(*goal, "index", copy->index));
        REQUIRE(doc.remove(*zone));   // the goal pointed at the copy: it follows it down one place
        CHECK(doc.level().goals.list.back().index == copy->index - 1);
        REQUIRE(doc.set({Kind::Actions, 0}, "pilot", !original.actions.pilot));
        // A drag: many small moves, one undo step.
        const size_t steps = doc.historySize();
        doc.beginGroup("move");
        for (int i = 0; i < 30; ++i) doc.moveBy({Kind::Attractor, 0}, {10, 5});
        doc.endGroup();
        CHECK(doc.historySize() == steps + 1);
        CHECK(doc.dirty());

        const std::string edited = saveLevel(doc.level());
        CHECK(edited != before);
        while (doc.canUndo()) REQUIRE(doc.undo());
        CHECK(saveLevel(doc.level()) == before);
        CHECK_FALSE(doc.dirty());
        while (doc.canRedo()) REQUIRE(doc.redo());
        CHECK(saveLevel(doc.level()) == edited);
        CHECK(doc.dirty());
    }
}

TEST_CASE("edit: every shipped level opened and saved without changes is unchanged") {
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        auto bytes = readFile(test::dataDir() + "/levels/" + id + ".json");
        REQUIRE(bytes);
        LevelLoad draft = parseLevelDraft(*bytes);   // the editor's way in
        REQUIRE(draft.level);
        CHECK(draft.problems.empty());
        Document doc(*draft.level);
        CHECK(saveLevel(doc.level()) == *bytes);
        // Touching and untouching a value leaves nothing to save.
        REQUIRE(doc.set({Kind::Ship, 0}, "mass_kg", 1234.5));
        REQUIRE(doc.undo());
        CHECK(saveLevel(doc.level()) == *bytes);
        CHECK_FALSE(doc.dirty());
    }
}

TEST_CASE("edit: the inspector's property lists are exactly the file format's tables") {
    // Adding a table to the file format without a kind for the editor fails here.
    TableCollector walked;
    Level level;
    walkLevel(level, walked);
    std::set<const PropInfo*> listed;
    for (size_t k = 0; k < size_t(Kind::Count); ++k) {
        const Kind kind = Kind(k);
        INFO(kindLabel(kind));
        const auto props = propsOf(kind);
        REQUIRE_FALSE(props.empty());
        // A hint's one property is a copy of hintInfo() under the key "text".
        listed.insert(kind == Kind::Hint ? &hintInfo() : props.front());
        if (kind == Kind::Hint) CHECK(props.front()->type == hintInfo().type);
    }
    CHECK(listed == walked.tables);
}

TEST_CASE("edit: every property of every kind is editable and survives save and load") {
    Level start = shipped("1-6");
    Document doc(start);
    size_t edited = 0, declared = 0;
    for (size_t k = 0; k < size_t(Kind::Count); ++k) declared += propsOf(Kind(k)).size();
    for (size_t k = 0; k < size_t(Kind::Count); ++k) {
        const Kind kind = Kind(k);
        Ref r{kind, 0};
        if (isList(kind) && countOf(doc.level(), kind) == 0) REQUIRE(doc.add(kind));
        for (const PropInfo* p : propsOf(kind)) {
            INFO(kindLabel(kind) << "." << p->key);
            const Value now = *get(doc.level(), r, p->key);
            const Value next = otherValue(*p, now);
            REQUIRE_FALSE(next == now);
            REQUIRE(doc.set(r, p->key, next));
            // Through the bytes, the way the editor saves and opens a draft.
            LevelLoad back = parseLevelDraft(saveLevel(doc.level()));
            REQUIRE(back.level);
            CHECK(*get(*back.level, r, p->key) == next);
            ++edited;
        }
    }
    CHECK(edited == declared);
    CHECK(declared > 70);
    // And all of it undoes to the start.
    while (doc.canUndo()) doc.undo();
    CHECK(saveLevel(doc.level()) == saveLevel(start));
}

TEST_CASE("edit: deleting keeps references right, and undo puts them back") {
    Document doc(shipped("1-6"));   // a station on attractor 0, a contact goal for station 0
    const std::string before = saveLevel(doc.level());
    auto moon = doc.add(Kind::Attractor);
    REQUIRE(moon);
    auto station = doc.add(Kind::Station);
    REQUIRE(doc.set(*station, "attractor", 1));
    auto goal = doc.add(Kind::Goal);
    REQUIRE(doc.set(*goal, "type", std::string("contact")));
    REQUIRE(doc.set(*goal, "index", station->index));
    REQUIRE(doc.set(*goal, "attractor", 1));
    const std::string withAll = saveLevel(doc.level());
    REQUIRE(doc.remove({Kind::Station, 0}));   // the first station: ours becomes 0
    CHECK(doc.level().goals.list.back().index == station->index - 1);
    CHECK(doc.level().goals.list.back().attractor == 1);   // a contact goal's attractor is not an index in use
    REQUIRE(doc.undo());
    CHECK(saveLevel(doc.level()) == withAll);
    REQUIRE(doc.remove({Kind::Attractor, 0}));
    CHECK(doc.level().stations.back().attractor == 0);
    REQUIRE(doc.undo());
    while (doc.canUndo()) doc.undo();
    CHECK(saveLevel(doc.level()) == before);
}

TEST_CASE("edit: unsaved mark, redo branch, selection and limits") {
    Document doc(shipped("1-1"));
    REQUIRE(doc.set({Kind::Ship, 0}, "mass_kg", 500.0));
    doc.markSaved();
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.undo());
    CHECK(doc.dirty());
    REQUIRE(doc.redo());
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.undo());
    REQUIRE(doc.set({Kind::Ship, 0}, "mass_kg", 700.0));   // the saved state is gone for good
    CHECK(doc.dirty());
    CHECK_FALSE(doc.canRedo());
    while (doc.canUndo()) doc.undo();
    CHECK(doc.dirty());

    // Setting the same value, a wrong type or a missing key records nothing.
    const size_t n = doc.historySize();
    CHECK_FALSE(doc.set({Kind::Ship, 0}, "mass_kg", doc.level().ship.mass_kg));
    CHECK_FALSE(doc.set({Kind::Ship, 0}, "mass_kg", std::string("heavy")));
    CHECK_FALSE(doc.set({Kind::Ship, 0}, "no_such_key", 1.0));
    CHECK_FALSE(doc.set({Kind::Zone, 5}, "x_km", 1.0));
    CHECK(doc.historySize() == n);

    // Selection follows add, and is dropped when its entity goes away.
    auto zone = doc.add(Kind::Zone);
    REQUIRE(zone);
    CHECK(doc.selection() == zone);
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.selection().has_value());
    REQUIRE(doc.redo());
    CHECK(doc.selection() == zone);

    // Lists stop at the file's limits.
    for (size_t i = doc.level().stars.size(); i < kMaxStars; ++i) REQUIRE(doc.add(Kind::Star));
    CHECK_FALSE(doc.add(Kind::Star));
    // A hint's entry must be a Text.
    CHECK_FALSE(doc.add(Kind::Hint, Entity(Zone{})));

    // Ten thousand drags: the history holds them all.
    for (int i = 0; i < 10000; ++i) doc.moveBy({Kind::Ship, 0}, {1, 0});
    int undone = 0;
    while (doc.canUndo()) undone += doc.undo();
    CHECK(undone > 10000);
}

TEST_CASE("edit: a goal shows only the properties its type uses") {
    Document doc(shipped("1-4"));   // an orbit goal
    const Ref g{Kind::Goal, 0};
    auto shown = [&] {
        std::vector<std::string> keys;
        for (const PropInfo* p : propsOf(Kind::Goal))
            if (inUse(doc.level(), g, *p)) keys.push_back(p->key);
        return keys;
    };
    CHECK(shown() == std::vector<std::string>{"type", "attractor", "a_min_km", "a_max_km", "e_min", "e_max",
                                              "periapsis_min_km", "apoapsis_max_km"});
    REQUIRE(doc.set(g, "type", std::string("zone")));
    CHECK(shown() == std::vector<std::string>{"type", "index"});
    REQUIRE(doc.set(g, "type", std::string("survive")));
    CHECK(shown() == std::vector<std::string>{"type", "minutes"});
    // Every goal type uses something besides its type, and everything else shows always.
    for (const char* type : goalProps().front().choices) {
        REQUIRE(doc.set(g, "type", std::string(type)));
        CHECK(shown().size() > 1);
    }
    // A type is one of the table's: anything else changes nothing and records nothing.
    const size_t history = doc.historySize();
    CHECK_FALSE(doc.set(g, "type", std::string("teleport")));
    CHECK(doc.historySize() == history);
    CHECK(doc.level().goals.list[0].type == GoalType(kGoalTypes - 1));   // the last of the choices
    for (const PropInfo* p : propsOf(Kind::Zone)) CHECK(inUse(doc.level(), {Kind::Zone, 0}, *p));
}

TEST_CASE("edit: problems point at the entity to select") {
    CHECK(refFromPointer("/zones/2/radius_km") == Ref{Kind::Zone, 2});
    CHECK(refFromPointer("/goals/list/1/index") == Ref{Kind::Goal, 1});
    CHECK(refFromPointer("/goals/combine") == Ref{Kind::Goals, 0});
    CHECK(refFromPointer("/fact/numbers/0/label/en") == Ref{Kind::FactNumber, 0});
    CHECK(refFromPointer("/fact/title") == Ref{Kind::Fact, 0});
    CHECK(refFromPointer("/ship") == Ref{Kind::Ship, 0});
    CHECK(refFromPointer("/id") == Ref{Kind::Level, 0});
    CHECK(refFromPointer("/hints/3") == Ref{Kind::Hint, 3});
    CHECK(refFromPointer("") == Ref{Kind::Level, 0});
    for (size_t k = 0; k < size_t(Kind::Count); ++k) {
        Ref r{Kind(k), isList(Kind(k)) ? 4 : 0};
        CHECK(refFromPointer(pointerOf(r)) == r);
    }
    // Validation of a broken level names things refFromPointer finds.
    Level l = shipped("1-5");
    l.goals.list.at(0).type = GoalType::Zone;
    l.goals.list.at(0).index = 7;
    for (const Problem& p : validateLevel(l)) CHECK(refFromPointer(p.pointer));
}

TEST_CASE("edit: a station moves along its planet's surface") {
    Document doc(shipped("1-6"));
    const Ref st{Kind::Station, 0};
    auto at = positionOf(doc.level(), st);
    REQUIRE(at);
    REQUIRE(doc.moveBy(st, {-at->x * 2, -at->y * 2}));   // drag it through the planet
    auto now = positionOf(doc.level(), st);
    const Attractor& earth = doc.level().attractors[0];
    CHECK(std::hypot(now->x - earth.x_km, now->y - earth.y_km) == Approx(earth.radius_km));
    CHECK(now->x == Approx(-at->x).margin(1));
    CHECK(now->y == Approx(-at->y).margin(1));
}
