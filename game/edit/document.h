// The level being edited, and every change to it as an undoable command. The editor screen
// (game/editor) turns mouse, touch and keys into calls here; tests call the same functions,
// so everything an author can do is testable without a window.
//
// Undo keeps, per command, only what changed (a value's before and after, or the entry a
// delete removed), so the history has no practical limit: ten thousand edits of a big level
// are a few megabytes. A drag is one command: between beginGroup() and endGroup() every
// change joins the same command, and repeated changes of one property keep one before/after.
#pragma once
#include "engine/core/vec2.h"
#include "game/edit/entity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sp::edit {

// One reversible change.
struct Op {
    enum class Type { Set, Insert, Erase } type = Type::Set;
    Ref ref;
    std::string key;          // Set
    Value before, after;      // Set
    Entity entity;            // Insert, Erase: the entry itself
};

struct Command {
    std::string label;        // "move", "delete zone", "edit radius_km": for the Undo tooltip
    std::vector<Op> ops;
    std::optional<Ref> focus; // selected again after undo or redo
};

using Change = std::pair<std::string, Value>;   // key, new value

class Document {
public:
    explicit Document(Level level = {});

    const Level& level() const { return level_; }
    // Changes with every edit, undo and redo: screens cache validation and previews on it.
    uint64_t revision() const { return revision_; }

    // [SECTION] edits: each call is one command unless a group is open. False (and nothing
    // recorded) if the Ref or key does not exist or nothing would change.
    bool set(Ref r, const std::string& key, const Value& v);
    bool setMany(Ref r, const std::vector<Change>& changes, const char* label = "edit");
    std::optional<Ref> add(Kind k);                          // a default entry, appended
    std::optional<Ref> add(Kind k, const Entity& e);
    // An entry at `at.index` (0..count), the ones from there on moving up one: a ground point
    // goes in x order. Nothing numbers ground points or craft; for kinds something does
    // refer to (zones, attractors...) use add(), which never renumbers.
    std::optional<Ref> insert(Ref at, const Entity& e);
    std::optional<Ref> duplicate(Ref r);                     // appended, moved a little if placed
    // Deletes a list entry; indices that pointed past it (a goal's zone, a station's
    // attractor) shift down with it, in the same command.
    bool remove(Ref r);
    bool moveBy(Ref r, Vec2 deltaKm);                        // placed kinds only

    void beginGroup(const char* label);
    void endGroup();
    bool inGroup() const { return group_.has_value(); }

    // [SECTION] undo and redo
    bool canUndo() const { return done_ > 0; }
    bool canRedo() const { return done_ < history_.size(); }
    bool undo();
    bool redo();
    const std::string& undoLabel() const;   // "" when there is nothing to undo
    const std::string& redoLabel() const;
    size_t historySize() const { return history_.size(); }

    // [SECTION] saved state: dirty() until markSaved() at the current point of the history.
    bool dirty() const;
    void markSaved();

    // The author's recorded win (Level::solution). Not an edit: undo leaves it alone.
    void setSolution(std::optional<std::vector<InputEvent>> events);

    // [SECTION] selection: not part of the history, but kept valid by it.
    const std::optional<Ref>& selection() const { return selection_; }
    void select(std::optional<Ref> r);

private:
    void apply(const Op& op, bool forward);
    void record(Op op);
    void commit(Command c);
    void fixSelection();

    Level level_;
    std::vector<Command> history_;
    size_t done_ = 0;                       // history_[0, done_) is applied
    std::optional<Command> group_;
    int groupDepth_ = 0;
    // The history position that matches the file on disk; -1 when no position does (the
    // saved state was undone and then replaced by new edits).
    long long savedAt_ = 0;
    bool solutionChanged_ = false;
    uint64_t revision_ = 0;
    std::optional<Ref> selection_;
};

// Where a placed entity is, in km (a gate: its middle; a station: on its planet's surface; a
// moon on its orbit: where the flight starts it, game/sim/bodies.h).
std::optional<Vec2> positionOf(const Level& level, Ref r);
Vec2 attractorAt(const Level& level, int index);   // (0, 0) for no such attractor
// The changes that move it by `deltaKm` (a station slides along its planet's surface; a
// ground point stops short of its neighbours, so the line still runs left to right; a moon on
// its orbit takes its orbit with it, turned and resized about its parent).
std::vector<Change> moveChanges(const Level& level, Ref r, Vec2 deltaKm);

// How big things are in this level next to Chapter 1's (100 km per physics unit): 1 there,
// 1e-5 on a landing site a metre per unit. The editor's sizes in km (how far a copy lands
// from its original, a new zone's radius, the map's closest zoom) are Chapter 1's times this.
double sizeScale(const Level& level);
// The same for speeds: Chapter 1's km/s (a unit of 100 km, 120 real seconds a second of play)
// against this level's (a metre per unit, real time: about a thousandth). Velocity arrows
// are drawn this much longer per km/s.
double speedScale(const Level& level);

} // namespace sp::edit
