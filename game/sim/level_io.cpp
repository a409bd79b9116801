// Level files at the border (level_io.h). A file goes: bytes -> JSON (props.cpp, which
// refuses oversized, too deeply nested and invalid input) -> version check and upgrade ->
// read through the property tables (shape and types) -> validateLevel (values and the rules
// between entities). Saving walks the same tables, so the format is written down once.
//
// [SECTION] Upgrades   one step per file version
// [SECTION] Walkers    reading, writing and checking, each a walker over walkLevel
// [SECTION] Rules      what ties entities together (placement, references, at least one goal)
// [SECTION] API
#include "game/sim/level_io.h"

#include "game/sim/bodies.h"
#include "game/sim/input_json.h"
#include "game/sim/knobs.h"
#include "game/sim/level_types.h"
#include "game/sim/props.h"
#include "game/sim/rules/actions.h"
#include "game/sim/rules/goals.h"
#include "game/sim/rules/stars.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string_view>

namespace sp {

// [SECTION] Upgrades ------------------------------------------------------------------------

namespace {

// kUpgrades[v - 1] turns a version-v document into version v + 1. When the format changes:
// bump kLevelVersion, append the step that carries old files forward (rename a key, split a
// field, fill in a new one) and keep every older step, so a file from any earlier version
// climbs the steps one at a time. Steps work on the JSON before the tables read it, so
// level.h and the tables only ever describe the newest format. A step changes only what it
// recognizes and leaves anything malformed for the reader to report where it is.
using UpgradeStep = void (*)(Json& doc);

// 1 -> 2: a fact number's "value" and "source" were plain strings, shown as they were in both
// languages; now they are texts {en, zh}. The old string becomes the same text in both, so
// the card reads as before until someone translates it.
void factNumberTexts(Json& doc) {
    auto fact = doc.find("fact");
    if (fact == doc.end() || !fact->is_object()) return;
    auto numbers = fact->find("numbers");
    if (numbers == fact->end() || !numbers->is_array()) return;
    for (Json& n : *numbers) {
        if (!n.is_object()) continue;
        for (const char* key : {"value", "source"}) {
            auto it = n.find(key);
            if (it != n.end() && it->is_string()) *it = Json{{"en", *it}, {"zh", *it}};
        }
    }
}

// 2 -> 3: a goal or star without a "type" was an orbit goal or a fuel_left star, because those
// were the defaults and defaults were left out. Now the type is always written and required,
// so the old meaning is written in here, once, and a default can change without changing what
// any file means.
void explicitTypes(Json& doc) {
    auto fill = [](Json* list, const char* type) {
        if (!list || !list->is_array()) return;
        for (Json& item : *list)
            if (item.is_object() && !item.contains("type")) item["type"] = type;
    };
    auto find = [](Json& parent, const char* key) -> Json* {
        if (!parent.is_object()) return nullptr;
        auto it = parent.find(key);
        return it == parent.end() ? nullptr : &*it;
    };
    if (Json* goals = find(doc, "goals")) fill(find(*goals, "list"), "orbit");
    fill(find(doc, "stars"), "fuel_left");
}

// 3 -> 4: a ground site stood at "angle_deg" from +x; now it stands at a longitude east of
// its planet's longitude 0 (Station::longitude_deg), so a level can give real coordinates.
// The longitude that puts it where it stood is its angle less the planet's prime meridian.
void siteLongitudes(Json& doc) {
    auto stations = doc.find("stations");
    if (stations == doc.end() || !stations->is_array()) return;
    auto attractors = doc.find("attractors");
    for (Json& s : *stations) {
        if (!s.is_object() || s.contains("longitude_deg")) continue;
        auto angle = s.find("angle_deg");
        if (angle == s.end() || !angle->is_number()) continue;
        double prime = 0;
        const Json on = s.value("attractor", Json(0));
        if (on.is_number_integer() && attractors != doc.end() && attractors->is_array() && on.get<int64_t>() >= 0 &&
            size_t(on.get<int64_t>()) < attractors->size()) {
            const Json& a = (*attractors)[size_t(on.get<int64_t>())];
            if (a.is_object() && a.contains("prime_meridian_deg") && a["prime_meridian_deg"].is_number())
                prime = a["prime_meridian_deg"].get<double>();
        }
        s["longitude_deg"] = angle->get<double>() - prime;
        s.erase("angle_deg");
    }
}

const std::array<UpgradeStep, kLevelVersion - 1> kUpgrades = {factNumberTexts, explicitTypes, siteLongitudes};

void upgrade(Json& doc, int version) {
    for (int v = version; v < kLevelVersion; ++v) kUpgrades[size_t(v - 1)](doc);
    doc["version"] = kLevelVersion;
}

// A level's lists are checked with friendlier messages by the reader; this only bounds the
// memory a hostile file can make the parser use (1 MiB of "{}," is 350,000 entries).
constexpr size_t kMaxJsonEntries = 10000;

std::string tooMany(size_t count, size_t max) {
    return "has " + std::to_string(count) + " entries; at most " + std::to_string(max) + " are allowed";
}

// [SECTION] Walkers -------------------------------------------------------------------------

// Reads JSON into a Level. Checks types and unknown keys; values are validateLevel's job.
class LevelReader {
public:
    LevelReader(const Json& root, Problems& out) : out_(out) { frames_.push_back({&root, "", {"version"}}); }

    template <class T>
    void fields(T& obj, const Props<T>& props) {
        Frame& f = frames_.back();
        for (const auto& p : props) f.known.push_back(p.key);
        readProps(*f.node, f.pointer, obj, props, out_);
    }

    template <class T, class Inner>
    void object(const char* key, T& obj, const Props<T>& props, Inner inner) {
        std::string pointer;
        const Json* node = child(key, pointer);
        if (!node || !expectObject(*node, pointer, out_)) return;
        frames_.push_back({node, pointer, {}});
        fields(obj, props);
        inner();
        finish();
    }

    template <class T>
    void list(const char* key, std::vector<T>& items, const Props<T>& props, size_t max) {
        std::string pointer;
        const Json* node = child(key, pointer);
        if (!node || !isSmallList(*node, pointer, max)) return;
        items.resize(node->size());
        for (size_t i = 0; i < items.size(); ++i)
            readObject((*node)[i], childPointer(pointer, i), items[i], props, out_);
    }

    void texts(const char* key, std::vector<Text>& items, size_t max) {
        std::string pointer;
        const Json* node = child(key, pointer);
        if (!node || !isSmallList(*node, pointer, max)) return;
        items.resize(node->size());
        for (size_t i = 0; i < items.size(); ++i) {
            if (auto v = readValue((*node)[i], childPointer(pointer, i), hintInfo(), out_))
                items[i] = std::get<Text>(*v);
        }
    }

    void solution(const char* key, std::optional<std::vector<InputEvent>>& events) {
        std::string pointer;
        const Json* node = child(key, pointer);
        if (!node || !isSmallList(*node, pointer, kMaxSolutionEvents)) return;
        events.emplace();
        readInputEvents(*node, pointer, *events, out_);
    }

    // Reports the keys of the innermost object that nothing claimed, and leaves it.
    void finish() {
        const Frame& f = frames_.back();
        checkKeys(*f.node, f.pointer, f.known, out_);
        frames_.pop_back();
    }

private:
    struct Frame {
        const Json* node;
        std::string pointer;
        std::vector<std::string> known;   // keys claimed so far
    };

    // Claims `key` in the current object; the value there, if any.
    const Json* child(const char* key, std::string& pointer) {
        Frame& f = frames_.back();
        f.known.push_back(key);
        pointer = childPointer(f.pointer, key);
        auto it = f.node->find(key);
        return it == f.node->end() ? nullptr : &*it;
    }

    // Too long a list is refused whole: reading 300,000 entries only to refuse them is waste.
    bool isSmallList(const Json& j, const std::string& pointer, size_t max) {
        if (!expectArray(j, pointer, out_)) return false;
        if (j.size() <= max) return true;
        out_.add(pointer, tooMany(j.size(), max));
        return false;
    }

    Problems& out_;
    std::vector<Frame> frames_;
};

// Writes a Level as JSON: declared key order, defaults and empty lists left out.
class LevelWriter {
public:
    explicit LevelWriter(OrderedJson& root) { frames_.push_back(&root); }

    template <class T>
    void fields(const T& obj, const Props<T>& props) { writeProps(obj, props, *frames_.back()); }

    template <class T, class Inner>
    void object(const char* key, const T& obj, const Props<T>& props, Inner inner) {
        OrderedJson node = OrderedJson::object();
        frames_.push_back(&node);
        writeProps(obj, props, node);
        inner();
        frames_.pop_back();
        if (!node.empty()) (*frames_.back())[key] = std::move(node);
    }

    template <class T>
    void list(const char* key, const std::vector<T>& items, const Props<T>& props, size_t) {
        if (items.empty()) return;
        OrderedJson array = OrderedJson::array();
        for (const T& item : items) {
            OrderedJson node = OrderedJson::object();
            writeProps(item, props, node);
            array.push_back(std::move(node));
        }
        (*frames_.back())[key] = std::move(array);
    }

    void texts(const char* key, const std::vector<Text>& items, size_t) {
        if (items.empty()) return;
        OrderedJson array = OrderedJson::array();
        for (const Text& t : items) array.push_back(toJson(t));
        (*frames_.back())[key] = std::move(array);
    }

    void solution(const char* key, const std::optional<std::vector<InputEvent>>& events) {
        if (events) (*frames_.back())[key] = inputEventsJson(*events);
    }

private:
    std::vector<OrderedJson*> frames_;
};

// A walk over a level that knows the JSON pointer of where it is (for walkers that report
// problems): `object` descends, the derived walker's `fields` checks each object's values.
template <class Derived>
class PointerWalk {
public:
    PointerWalk() { pointers_.push_back(""); }
    template <class T, class Inner>
    void object(const char* key, const T& obj, const Props<T>& props, Inner inner) {
        pointers_.push_back(childPointer(pointers_.back(), key));
        static_cast<Derived*>(this)->fields(obj, props);
        inner();
        pointers_.pop_back();
    }

protected:
    std::vector<std::string> pointers_;
};

// Checks every value of a Level against its table: ranges, finite numbers, choices, lengths.
class LevelChecker : public PointerWalk<LevelChecker> {
public:
    explicit LevelChecker(Problems& out) : out_(out) {}

    template <class T>
    void fields(const T& obj, const Props<T>& props) { checkProps(obj, pointers_.back(), props, out_); }

    template <class T>
    void list(const char* key, const std::vector<T>& items, const Props<T>& props, size_t max) {
        std::string pointer = childPointer(pointers_.back(), key);
        if (items.size() > max) out_.add(pointer, tooMany(items.size(), max));
        for (size_t i = 0; i < items.size(); ++i) checkProps(items[i], childPointer(pointer, i), props, out_);
    }

    void texts(const char* key, const std::vector<Text>& items, size_t max) {
        std::string pointer = childPointer(pointers_.back(), key);
        if (items.size() > max) out_.add(pointer, tooMany(items.size(), max));
        for (size_t i = 0; i < items.size(); ++i) checkValue(items[i], childPointer(pointer, i), hintInfo(), out_);
    }

    // Events are checked as they are read (and the game records only valid ones); only the
    // count matters for a level built in memory.
    void solution(const char* key, const std::optional<std::vector<InputEvent>>& events) {
        if (events && events->size() > kMaxSolutionEvents)
            out_.add(childPointer(pointers_.back(), key), tooMany(events->size(), kMaxSolutionEvents));
    }

private:
    Problems& out_;
};

// [SECTION] Rules ---------------------------------------------------------------------------

// "refers to gate 3, but the level has 2 gates (numbered from 0)"
std::string badIndex(const char* what, int index, size_t count) {
    std::string message = "refers to " + std::string(what) + " " + std::to_string(index) + ", but the level has ";
    if (count == 0) return message + "no " + what + "s; add one or change the goal";
    return message + std::to_string(count) + " " + what + (count == 1 ? "" : "s") + " (numbered from 0)";
}

bool inRange(int index, size_t count) { return index >= 0 && size_t(index) < count; }

void checkId(const Level& level, Problems& out) {
    if (level.id.empty())
        out.add("/id", "missing: give the level a short id like \"1-3\"");
    else if (level.id.size() <= kMaxIdChars && !isLevelId(level.id))
        out.add("/id", "may contain only letters, digits, '-' and '_', like \"1-3\" (got " + quote(level.id) + ")");
}

// A local frame's ground line: points left to right, far enough apart for Box2D to tell them
// apart (a hundredth of a physics unit), and only where there is ground to stand on.
void checkGround(const Level& level, Problems& out) {
    const std::vector<GroundPoint>& g = level.ground;
    if (g.empty()) return;
    if (level.frame.kind != "local") {
        out.add("/ground", "a ground line belongs to a local frame (a landing site); set frame.kind to \"local\" or remove it");
        return;
    }
    if (g.size() < 2) {
        out.add("/ground", "a ground line needs at least 2 points; it has 1");
        return;
    }
    const double minGapKm = 0.01 * level.frame.km_per_unit;
    for (size_t i = 1; i < g.size(); ++i) {
        if (!(g[i].x_km - g[i - 1].x_km >= minGapKm)) {
            out.add("/ground/" + std::to_string(i) + "/x_km",
                    "the ground runs left to right: x must be at least " + formatNumber(minGapKm) + " km past point " +
                        std::to_string(i - 1) + "'s " + formatNumber(g[i - 1].x_km) + " km (got " + formatNumber(g[i].x_km) + " km)");
            return;
        }
    }
}

// Where things are: something to orbit, a ship outside it, stations on it, gates with length.
void checkPlaces(const Level& level, Problems& out) {
    if (level.attractors.empty() && level.frame.kind != "local")
        out.add("/attractors", "a level in an orbit frame needs at least one attractor (a planet or moon); add one, or make its frame local");
    checkGround(level, out);
    if (level.frame.turn_period_min > 0) {
        if (level.frame.kind != "orbit")
            out.add("/frame/turn_period_min", "only an orbit frame turns (a local frame has its own orbit_period_min); set it to 0");
        for (size_t i = 0; i < level.attractors.size(); ++i)
            if (level.attractors[i].orbits >= 0)
                out.add("/attractors/" + std::to_string(i) + "/orbits",
                        "in a frame that turns, bodies stand still (the frame turns with them); set it to -1 and place the body at x_km, y_km");
    }
    // An orbit about an attractor listed before it: the Moon after the Earth, never a loop.
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        const Attractor& a = level.attractors[i];
        if (a.orbits < 0) continue;
        if (size_t(a.orbits) >= level.attractors.size()) return;   // checkReferences says so; no chain to follow
        const std::string at = "/attractors/" + std::to_string(i) + "/orbits";
        if (size_t(a.orbits) >= i) {
            out.add(at, "must name an attractor listed before this one (0 to " + std::to_string(int(i) - 1) +
                            "), so that what it circles is placed first; got " + std::to_string(a.orbits));
            return;   // the positions below need a valid chain
        }
        const Attractor& parent = level.attractors[size_t(a.orbits)];
        if (a.orbit_a_km * (1 - a.orbit_e) <= parent.radius_km + a.radius_km)
            out.add("/attractors/" + std::to_string(i) + "/orbit_a_km",
                    "its orbit's lowest point (" + formatNumber(a.orbit_a_km * (1 - a.orbit_e)) +
                        " km from the centre) would touch the body it circles (radii " + formatNumber(parent.radius_km) +
                        " + " + formatNumber(a.radius_km) + " km); make the orbit larger");
    }
    const Bodies bodies(level.attractors);
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        const Attractor& a = level.attractors[i];
        double distance = length(Vec2{level.ship.x_km, level.ship.y_km} - bodies.positionAt(int(i), 0));
        if (distance < a.radius_km) {
            std::string name = a.name.en.empty() ? "" : " " + quote(a.name.en);
            out.add("/ship", "starts inside attractor " + std::to_string(i) + name + ": " + formatNumber(distance) +
                                 " km from its centre, within its radius of " + formatNumber(a.radius_km) +
                                 " km; move the ship out or make the attractor smaller");
        }
    }
    for (size_t i = 0; i < level.satellites.size(); ++i) {
        const Satellite& s = level.satellites[i];
        if (s.attractor < 0 || size_t(s.attractor) >= level.attractors.size()) continue;   // checkReferences says so
        const Attractor& on = level.attractors[size_t(s.attractor)];
        if (s.radius_km <= on.radius_km)
            out.add("/satellites/" + std::to_string(i) + "/radius_km",
                    "an orbit of " + formatNumber(s.radius_km) + " km from the centre is inside the body it circles (radius " +
                        formatNumber(on.radius_km) + " km); make it larger");
        else if (!(on.mu_km3_s2 > 0))
            out.add("/satellites/" + std::to_string(i) + "/attractor",
                    "circles a body that does not pull (mu 0), so it would have no period; give the body a mu");
        // A knob (a sky level's): a range that holds where it starts, and above the ground.
        const std::string at = "/satellites/" + std::to_string(i) + "/";
        if (double Satellite::*field = freeField(s.free)) {
            const double v = s.*field;
            if (!level.actions.sky)
                out.add(at + "free", "only a sky level's satellites have knobs: set \"sky\" in the actions, or \"free\" to \"none\"");
            else if (s.free == "used") {
                if (v != 0 && v != 1) out.add(at + "used", "is a switch the student turns: 0 (off) or 1 (on), not " + formatNumber(v));
            } else if (!(s.free_min < s.free_max))
                out.add(at + "free_max", "must be larger than free_min (" + formatNumber(s.free_min) + ")");
            else if (v < s.free_min || v > s.free_max)
                out.add(at + s.free, "is where the knob starts, so it must be between free_min and free_max (" + formatNumber(s.free_min) +
                                         " to " + formatNumber(s.free_max) + "), not " + formatNumber(v));
            else if (s.free == "radius_km" && s.free_min <= on.radius_km)
                out.add(at + "free_min", "lets the orbit go inside the body it circles (radius " + formatNumber(on.radius_km) +
                                             " km); make it larger");
        }
    }
    if (level.actions.sky) {
        const int knobs = int(knobsOf(level).size());
        if (knobs == 0)
            out.add("/satellites", "a sky level needs something the student sets: give a satellite a \"free\" number (radius_km, "
                                   "node_longitude_deg, ...) or add a locate goal (a mark)");
        else if (knobs > kMaxSkyKnobs)
            out.add("/satellites", std::to_string(knobs) + " knobs (satellites' free numbers and locate marks); a level may have at most " +
                                       std::to_string(kMaxSkyKnobs));
    }
    for (size_t i = 0; i < level.gates.size(); ++i) {
        const Gate& g = level.gates[i];
        if (g.x1_km == g.x2_km && g.y1_km == g.y2_km)
            out.add("/gates/" + std::to_string(i), "has zero length: its two ends are the same point; move one end");
    }
}

// At least one goal, and what each goal's and star's row checks itself (what goals refer to
// is checkReferences' job).
void checkGoals(const Level& level, Problems& out) {
    if (level.goals.list.empty())
        out.add("/goals/list", "a level needs at least one goal; add one, like {\"type\": \"orbit\"}");
    for (size_t i = 0; i < level.goals.list.size(); ++i) {
        const Goal& g = level.goals.list[i];
        goalRow(g.type).validate(g, level, "/goals/list/" + std::to_string(i), out);
    }
    for (size_t i = 0; i < level.stars.size(); ++i) {
        const StarRule& s = level.stars[i];
        starRow(s.type).validate(s, level, "/stars/" + std::to_string(i), out);
    }
}

// How many entries each list of the level holds, by its key ("zones": 2).
struct ListCounter {
    std::map<std::string, size_t> counts;
    template <class T>
    void fields(const T&, const Props<T>&) {}
    template <class T, class Inner>
    void object(const char*, const T&, const Props<T>&, Inner inner) { inner(); }
    template <class T>
    void list(const char* key, const std::vector<T>& items, const Props<T>&, size_t) { counts[key] = items.size(); }
    void texts(const char* key, const std::vector<Text>& items, size_t) { counts[key] = items.size(); }
    void solution(const char*, const std::optional<std::vector<InputEvent>>&) {}
};

// Every property the tables declare as a reference (PropInfo::refersTo) names an entry that
// exists: a zone goal's zone, a station's planet.
class ReferenceChecker : public PointerWalk<ReferenceChecker> {
public:
    ReferenceChecker(const std::map<std::string, size_t>& counts, Problems& out) : counts_(counts), out_(out) {}

    template <class T>
    void fields(const T& obj, const Props<T>& props) { check(obj, pointers_.back(), props); }

    template <class T>
    void list(const char* key, const std::vector<T>& items, const Props<T>& props, size_t) {
        const std::string pointer = childPointer(pointers_.back(), key);
        for (size_t i = 0; i < items.size(); ++i) check(items[i], childPointer(pointer, i), props);
    }
    void texts(const char*, const std::vector<Text>&, size_t) {}
    void solution(const char*, const std::optional<std::vector<InputEvent>>&) {}

private:
    template <class T>
    void check(const T& obj, const std::string& pointer, const Props<T>& props) {
        std::string type;
        for (const auto& p : props)
            if (std::string_view(p.key) == "type" && p.type == PropType::Enum) type = std::get<std::string>(p.get(obj));
        for (const auto& p : props) {
            const char* list = refList(p, type);
            if (!list) continue;
            const int index = std::get<int>(p.get(obj));
            if (index == -1 && p.min < 0) continue;   // a reference that may be "none" (an attractor that orbits nothing)
            auto it = counts_.find(list);
            const size_t count = it == counts_.end() ? 0 : it->second;
            const std::string what = entryKind(list);
            if (!inRange(index, count)) out_.add(childPointer(pointer, p.key), badIndex(what.c_str(), index, count));
        }
    }

    const std::map<std::string, size_t>& counts_;
    Problems& out_;
};

void checkReferences(const Level& level, Problems& out) {
    ListCounter counter;
    walkLevel(level, counter);
    ReferenceChecker refs(counter.counts, out);
    walkLevel(level, refs);
}

void checkRules(const Level& level, Problems& out) {
    checkId(level, out);
    checkPlaces(level, out);
    checkActions(level.actions, out);
    checkReferences(level, out);
    checkGoals(level, out);
}

// Adds the problems of a later pass, except those about something already reported: once
// "/attractors" is "expected a list", "needs at least one attractor" is noise, and so is
// "refers to gate 40" once the index is "between 0 and 31".
void addUncovered(Problems& into, std::vector<Problem> later) {
    for (Problem& p : later)
        if (!into.covers(p.pointer)) into.add(std::move(p.pointer), std::move(p.message));
}

// Reads what it can; false if the document is not a level at all (then nothing follows).
bool readLevel(std::string_view bytes, Level& level, Problems& out) {
    std::optional<Json> doc = readJsonDocument(bytes, kMaxLevelBytes, kMaxJsonEntries, out);
    if (!doc) return false;
    if (!doc->is_object()) {
        out.add("", "a level file must be a JSON object {...} with \"version\", \"attractors\", \"ship\" and \"goals\"");
        return false;
    }
    std::optional<int> version = readVersion(*doc, kLevelVersion, "level", out);
    if (!version) return false;
    upgrade(*doc, *version);
    LevelReader reader(*doc, out);
    walkLevel(level, reader);
    reader.finish();
    level.version = kLevelVersion;
    return true;
}

// Control characters from a hostile file must not reach a terminal, nor a megabyte-long key
// a screen.
std::string printable(const std::string& s, size_t max) {
    std::string out;
    for (char c : cutText(s, max)) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            static const char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c;
        }
    }
    return s.size() > max ? out + "..." : out;
}

} // namespace

// [SECTION] API -----------------------------------------------------------------------------

namespace {
// Reads what it can and validates it: false if the bytes are not a level at all.
bool readAndValidate(std::string_view bytes, Level& level, Problems& problems) {
    bool readable = false;
    try {
        readable = readLevel(bytes, level, problems);
    } catch (const std::exception& e) {   // not expected: readJsonDocument already caught parsing
        problems.add("", std::string("could not read the level: ") + e.what());
    }
    if (readable) addUncovered(problems, validateLevel(level));   // the rules an editor's level meets
    return readable;
}
} // namespace

LevelLoad parseLevel(std::string_view bytes) {
    Problems problems;
    Level level;
    readAndValidate(bytes, level, problems);
    if (!problems.empty()) return {std::nullopt, problems.take()};
    return {std::move(level), {}};
}

LevelLoad parseLevelDraft(std::string_view bytes) {
    Problems problems;
    Level level;
    if (!readAndValidate(bytes, level, problems)) return {std::nullopt, problems.take()};
    return {std::move(level), problems.take()};
}

std::string saveLevel(const Level& level, LevelLayout layout) {
    OrderedJson root = OrderedJson::object();
    root["version"] = kLevelVersion;
    LevelWriter writer(root);
    walkLevel(level, writer);
    if (layout == LevelLayout::Compact) return root.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::vector<Problem> validateLevel(const Level& level) {
    Problems problems;
    LevelChecker checker(problems);
    walkLevel(level, checker);
    Problems rules;
    checkRules(level, rules);
    addUncovered(problems, rules.take());
    return problems.take();
}

bool isLevelId(std::string_view id) {
    auto idChar = [](char c) {   // ASCII only, whatever the locale
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    };
    return !id.empty() && id.size() <= kMaxIdChars && std::all_of(id.begin(), id.end(), idChar);
}

std::string formatProblem(const std::string& file, const Problem& p) {
    std::string where = p.pointer.empty() ? "" : printable(p.pointer, 200) + ": ";
    return file + ": " + where + printable(p.message, 1000);
}

} // namespace sp
