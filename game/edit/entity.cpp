// Generic access to a level's parts (entity.h). Every function is one switch over Kind that
// hands the typed object and its property table to a generic lambda, so the knowledge of
// which struct lives where is written once, in withObject() and withList().
#include "game/edit/entity.h"

#include "game/sim/level_types.h"

#include <cstdlib>

namespace sp::edit {

namespace {

// A hint is a bare Text in the file; to the editor it is an object with one property.
struct HintBox {
    Text text;
};
const Props<HintBox>& hintProps() {
    static const Props<HintBox> props = {[] {
        Prop<HintBox> p{hintInfo(), &HintBox::text};
        p.key = "text";
        return p;
    }()};
    return props;
}

// Calls f(object, props) for the object `r` names; false if there is none.
template <class L, class F>
bool withObject(L& level, Ref r, F&& f) {
    auto item = [&](auto& list, const auto& props) {
        if (r.index < 0 || size_t(r.index) >= list.size()) return false;
        f(list[size_t(r.index)], props);
        return true;
    };
    switch (r.kind) {
    case Kind::Level: return f(level, levelProps()), true;
    case Kind::Ship: return f(level.ship, shipProps()), true;
    case Kind::Actions: return f(level.actions, actionsProps()), true;
    case Kind::Goals: return f(level.goals, goalsProps()), true;
    case Kind::Fact: return f(level.fact, factCardProps()), true;
    case Kind::Teacher: return f(level.teacher, teacherNoteProps()), true;
    case Kind::Frame: return f(level.frame, frameProps()), true;
    case Kind::Attractor: return item(level.attractors, attractorProps());
    case Kind::Zone: return item(level.zones, zoneProps());
    case Kind::Gate: return item(level.gates, gateProps());
    case Kind::Debris: return item(level.debris, debrisProps());
    case Kind::Station: return item(level.stations, stationProps());
    case Kind::Goal: return item(level.goals.list, goalProps());
    case Kind::Star: return item(level.stars, starRuleProps());
    case Kind::FactNumber: return item(level.fact.numbers, factNumberProps());
    case Kind::Craft: return item(level.craft, shipProps());
    case Kind::GroundPoint: return item(level.ground, groundPointProps());
    case Kind::Satellite: return item(level.satellites, satelliteProps());
    case Kind::Hint: {
        if (r.index < 0 || size_t(r.index) >= level.hints.size()) return false;
        HintBox box{level.hints[size_t(r.index)]};
        f(box, hintProps());
        if constexpr (!std::is_const_v<L>) level.hints[size_t(r.index)] = box.text;
        return true;
    }
    case Kind::Count: break;
    }
    return false;
}

// Calls f(vector) for the list of kind `k`; false for singletons.
template <class L, class F>
bool withList(L& level, Kind k, F&& f) {
    switch (k) {
    case Kind::Attractor: return f(level.attractors), true;
    case Kind::Zone: return f(level.zones), true;
    case Kind::Gate: return f(level.gates), true;
    case Kind::Debris: return f(level.debris), true;
    case Kind::Station: return f(level.stations), true;
    case Kind::Goal: return f(level.goals.list), true;
    case Kind::Star: return f(level.stars), true;
    case Kind::FactNumber: return f(level.fact.numbers), true;
    case Kind::Hint: return f(level.hints), true;
    case Kind::Craft: return f(level.craft), true;
    case Kind::GroundPoint: return f(level.ground), true;
    case Kind::Satellite: return f(level.satellites), true;
    default: return false;
    }
}

template <class T>
std::vector<const PropInfo*> infos(const Props<T>& props) {
    std::vector<const PropInfo*> out;
    for (const auto& p : props) out.push_back(&p);
    return out;
}

struct KindName {
    const char* key;
    const char* label;
};
const KindName kNames[] = {
    {"", "level"},           {"ship", "ship"},      {"actions", "actions"},     {"goals", "goals"},
    {"fact", "fact card"},   {"teacher", "teacher note"}, {"frame", "frame"},
    {"attractors", "attractor"}, {"zones", "zone"}, {"gates", "gate"},          {"debris", "debris"},
    {"stations", "station"}, {"goals/list", "goal"}, {"stars", "star"},        {"fact/numbers", "fact number"},
    {"hints", "hint"},       {"craft", "craft"},    {"ground", "ground point"}, {"satellites", "satellite"},
};
static_assert(sizeof(kNames) / sizeof(kNames[0]) == size_t(Kind::Count), "one name per kind");

} // namespace

bool isList(Kind k) { return k >= Kind::Attractor && k < Kind::Count; }

bool isPlaced(Kind k) {
    return k == Kind::Ship || k == Kind::Attractor || k == Kind::Zone || k == Kind::Gate || k == Kind::Debris ||
           k == Kind::Station || k == Kind::Craft || k == Kind::GroundPoint;
}

const char* kindKey(Kind k) { return k < Kind::Count ? kNames[size_t(k)].key : ""; }
const char* kindLabel(Kind k) { return k < Kind::Count ? kNames[size_t(k)].label : ""; }

std::vector<const PropInfo*> propsOf(Kind k) {
    std::vector<const PropInfo*> out;
    Level probe;   // withObject needs an object to hand over; a list gets one entry
    withList(probe, k, [](auto& list) { list.resize(1); });
    withObject(probe, Ref{k, 0}, [&](auto&, const auto& props) { out = infos(props); });
    return out;
}

const PropInfo* findProp(Kind k, const std::string& key) {
    for (const PropInfo* p : propsOf(k))
        if (key == p->key) return p;
    return nullptr;
}

size_t countOf(const Level& level, Kind k) {
    size_t n = 1;
    withList(level, k, [&](const auto& list) { n = list.size(); });
    return n;
}

size_t maxCountOf(Kind k) {
    switch (k) {
    case Kind::Attractor: return kMaxAttractors;
    case Kind::Debris: return kMaxDebris;
    case Kind::Star: return kMaxStars;
    case Kind::Hint: return kMaxHints;
    case Kind::Craft: return kMaxEntities - 1;
    case Kind::GroundPoint: return kMaxGround;
    case Kind::Zone: case Kind::Gate: case Kind::Station: case Kind::Goal: case Kind::FactNumber: case Kind::Satellite: return kMaxEntities;
    default: return 1;
    }
}

bool exists(const Level& level, Ref r) {
    if (r.kind >= Kind::Count) return false;
    if (!isList(r.kind)) return r.index == 0;
    return r.index >= 0 && size_t(r.index) < countOf(level, r.kind);
}

std::optional<Value> get(const Level& level, Ref r, const std::string& key) {
    std::optional<Value> out;
    withObject(level, r, [&](const auto& obj, const auto& props) {
        for (const auto& p : props)
            if (key == p.key) out = p.get(obj);
    });
    return out;
}

bool set(Level& level, Ref r, const std::string& key, const Value& v) {
    bool done = false;
    withObject(level, r, [&](auto& obj, const auto& props) {
        for (const auto& p : props) {
            if (key != p.key || p.get(obj).index() != v.index()) continue;
            done = p.set(obj, v);   // false for a key an enum field's type does not have
        }
    });
    return done;
}

namespace {
// The object's "type" (goals, stars), or "" for objects without one.
std::string typeOf(const Level& level, Ref r) {
    std::optional<Value> type = get(level, r, "type");
    return type && std::holds_alternative<std::string>(*type) ? std::get<std::string>(*type) : "";
}
} // namespace

bool inUse(const Level& level, Ref r, const PropInfo& p) { return usedFor(p, typeOf(level, r)); }

std::optional<Kind> referredKind(const Level& level, Ref r, const PropInfo& p) {
    if (p.refersTo.empty() || !exists(level, r)) return std::nullopt;
    const char* list = refList(p, typeOf(level, r));
    return list ? kindOfList(list) : std::nullopt;
}

std::optional<Kind> kindOfList(const std::string& key) {
    for (size_t k = 0; k < size_t(Kind::Count); ++k)
        if (isList(Kind(k)) && key == kindKey(Kind(k))) return Kind(k);
    return std::nullopt;
}

Entity defaultEntity(Kind k) {
    switch (k) {
    case Kind::Attractor: return Attractor{};
    case Kind::Zone: return Zone{};
    case Kind::Gate: return Gate{};
    case Kind::Debris: return Debris{};
    case Kind::Station: return Station{};
    case Kind::Goal: return Goal{};
    case Kind::Star: return StarRule{};
    case Kind::FactNumber: return FactNumber{};
    case Kind::Craft: return Ship{};
    case Kind::GroundPoint: return GroundPoint{};
    case Kind::Satellite: return Satellite{};
    default: return Text{};
    }
}

std::optional<Entity> entityAt(const Level& level, Ref r) {
    if (!isList(r.kind) || !exists(level, r)) return std::nullopt;
    std::optional<Entity> out;
    withList(level, r.kind, [&](const auto& list) { out = Entity(list[size_t(r.index)]); });
    return out;
}

bool insertEntity(Level& level, Ref at, const Entity& e) {
    if (!isList(at.kind) || at.index < 0 || size_t(at.index) > countOf(level, at.kind)) return false;
    bool done = false;
    withList(level, at.kind, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (const T* item = std::get_if<T>(&e)) {
            list.insert(list.begin() + at.index, *item);
            done = true;
        }
    });
    return done;
}

bool eraseEntity(Level& level, Ref r) {
    if (!isList(r.kind) || !exists(level, r)) return false;
    withList(level, r.kind, [&](auto& list) { list.erase(list.begin() + r.index); });
    return true;
}

std::string pointerOf(Ref r) {
    if (r.kind == Kind::Level) return "";
    std::string p = std::string("/") + kindKey(r.kind);
    return isList(r.kind) ? p + "/" + std::to_string(r.index) : p;
}

std::string pointerOf(Ref r, const std::string& key) {
    return r.kind == Kind::Hint ? pointerOf(r) : pointerOf(r) + "/" + key;
}

std::string propKeyOf(Ref r, const std::string& pointer) {
    const std::string head = pointerOf(r);
    if (pointer.compare(0, head.size(), head) != 0 || pointer.size() <= head.size() + 1 || pointer[head.size()] != '/')
        return "";
    if (r.kind == Kind::Hint) return "text";   // "/hints/0/en": the hint's text, in English
    const size_t end = pointer.find('/', head.size() + 1);
    return pointer.substr(head.size() + 1, end == std::string::npos ? std::string::npos : end - head.size() - 1);
}

std::optional<Ref> refFromPointer(const std::string& pointer) {
    std::optional<Ref> best;
    size_t bestLength = 0;
    for (size_t k = 0; k < size_t(Kind::Count); ++k) {
        const Kind kind = Kind(k);
        std::string head = std::string("/") + kindKey(kind);
        if (kind == Kind::Level) head.clear();
        if (pointer.compare(0, head.size(), head) != 0) continue;
        if (pointer.size() > head.size() && pointer[head.size()] != '/') continue;   // "/zonesX"
        Ref r{kind, 0};
        if (isList(kind)) {
            // "/zones" alone is about the list: the first entry stands for it, if any.
            if (pointer.size() > head.size() + 1) {
                const char* digits = pointer.c_str() + head.size() + 1;
                char* end = nullptr;
                long index = std::strtol(digits, &end, 10);
                if (end == digits || (*end != '\0' && *end != '/') || index < 0 || index > 100000) continue;
                r.index = int(index);
            }
        }
        if (!best || head.size() >= bestLength) {
            best = r;
            bestLength = head.size();
        }
    }
    return best;
}

} // namespace sp::edit
