// Any part of a level, addressed generically: the editor's inspector, its commands and its
// validation list all go through here instead of knowing each struct. A Ref names one
// object (the ship, zone 2, goal 0, hint 1); propsOf(kind) lists its properties from the
// same tables that drive loading and saving (level_types.h), so a property added to a table
// appears in the file format and in the inspector at once.
#pragma once
#include "game/sim/level.h"
#include "game/sim/props.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sp::edit {

// Singletons first, then the lists. Order is the inspector's and the palette's order.
enum class Kind {
    Level, Ship, Actions, Goals, Fact, Teacher, Frame,                   // one each
    Attractor, Zone, Gate, Debris, Station, Goal, Star, FactNumber, Hint,  // lists
    Craft, GroundPoint, Satellite,
    Count
};

struct Ref {
    Kind kind = Kind::Level;
    int index = 0;   // for lists; 0 for singletons
    friend bool operator==(const Ref& a, const Ref& b) { return a.kind == b.kind && a.index == b.index; }
    friend bool operator!=(const Ref& a, const Ref& b) { return !(a == b); }
};

// One list entry, whatever its kind: what a delete keeps for its undo, what "add" inserts.
using Entity = std::variant<Attractor, Zone, Gate, Debris, Station, Goal, StarRule, FactNumber, Text, Ship, GroundPoint, Satellite>;

bool isList(Kind k);
// Drawn on the map and movable with the mouse: attractors, ship, zones, gates, debris, stations,
// other craft and the ground line's points.
bool isPlaced(Kind k);
const char* kindKey(Kind k);         // the JSON key: "ship", "zones", "goals/list", "hints"...
const char* kindLabel(Kind k);       // English, for messages and tests: "zone", "goal"

// The properties of a kind, in declared order. A hint has one: "text".
std::vector<const PropInfo*> propsOf(Kind k);
const PropInfo* findProp(Kind k, const std::string& key);

size_t countOf(const Level& level, Kind k);   // 1 for singletons
size_t maxCountOf(Kind k);                    // the limit a file may hold (level_types.h)
bool exists(const Level& level, Ref r);

// False for a property its object's "type" does not use (PropInfo::usedBy): the inspector
// hides it. True for everything without a type.
bool inUse(const Level& level, Ref r, const PropInfo& p);

// Values by key. get() is empty and set() false for a Ref or key that does not exist, or a
// value of the wrong type. set() does not check ranges: validation does, as for a file.
std::optional<Value> get(const Level& level, Ref r, const std::string& key);
bool set(Level& level, Ref r, const std::string& key, const Value& v);

// List entries (isList kinds only).
Entity defaultEntity(Kind k);
std::optional<Entity> entityAt(const Level& level, Ref r);
bool insertEntity(Level& level, Ref at, const Entity& e);   // at.index in 0..count
bool eraseEntity(Level& level, Ref r);

// [SECTION] references: Int properties that number an entry of another list (PropInfo::
// refersTo), which the inspector offers by name.
// The kind `p` of `r` points at for the object's current type: a zone goal's "index" points
// at zones, a station's "attractor" at attractors. Empty if `p` is not a reference, or not one
// the object's type uses (a zone goal's "attractor").
std::optional<Kind> referredKind(const Level& level, Ref r, const PropInfo& p);
// The kind of a list from its key in the file: "zones" -> Zone, "goals/list" -> Goal.
std::optional<Kind> kindOfList(const std::string& key);

// JSON pointers, as validation reports them: "/zones/2/radius_km" <-> {Zone, 2} (+ "radius_km").
std::string pointerOf(Ref r);
// A property's pointer: pointerOf(r) + "/" + key, except a hint's one "text", which is the hint.
std::string pointerOf(Ref r, const std::string& key);
// The object a problem is about: the deepest Ref whose pointer prefixes `pointer`, if any.
std::optional<Ref> refFromPointer(const std::string& pointer);
// The property of `r` that `pointer` lies in ("/zones/2/radius_km" -> "radius_km",
// "/hints/0/zh" -> "text"), or "" when it is about the object as a whole.
std::string propKeyOf(Ref r, const std::string& pointer);

} // namespace sp::edit
