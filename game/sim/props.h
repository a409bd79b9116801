// Property tables: each entity type lists its properties once (JSON key, English label,
// type, range), and the generic functions here read, write, check and list any object
// from its table. Defaults are not repeated in the tables: a property's default is the
// field's value in a default-constructed struct, so it lives in level.h and nowhere else.
//
// Reading and checking are split on purpose. Reading (readProps) looks only at the shape of
// the JSON: is this a number, a string, an object, a key we know? Checking (checkProps)
// looks at the values: ranges, finite numbers, allowed choices, lengths. A file is read and
// then checked; a level built in memory (by the editor) is only checked. So each rule about
// values lives in one place.
//
// [SECTION] Problems     collecting problems, with a cap so a hostile file cannot flood them
// [SECTION] Declaring    Prop<T> and the helpers a table is written with
// [SECTION] Generic      readProps, checkKeys, writeProps, checkProps
// [SECTION] JSON border  untrusted bytes -> JSON, shared by level files and input logs
#pragma once
#include "game/sim/level.h"
#include "game/sim/level_io.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace sp {

using Json = nlohmann::json;                 // read side: std::map objects, fast lookups
using OrderedJson = nlohmann::ordered_json;  // write side: keys stay in declared order

// [SECTION] Problems ------------------------------------------------------------------------

class Problems {
public:
    static constexpr size_t kMax = 100;   // more than this only get counted

    void add(std::string pointer, std::string message);
    bool empty() const { return list_.empty(); }
    bool full() const { return list_.size() >= kMax; }
    // True if a problem was already reported at `pointer` or at an object that contains it.
    // Used to skip follow-on problems ("/ship: expected an object" makes any later remark
    // about "/ship" noise).
    bool covers(const std::string& pointer) const;
    // The problems in the order found, plus one "and N more" line if some were dropped.
    std::vector<Problem> take();

private:
    std::vector<Problem> list_;
    size_t dropped_ = 0;
};

// "/a/b" + "c~d" -> "/a/b/c~0d" (RFC 6901 escaping), and "/a" + 3 -> "/a/3".
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, size_t index);

// `s` without the spaces, tabs and line breaks around it (a link pasted from an email).
std::string_view trimSpace(std::string_view s);
// At most `maxBytes` of `s`, not cutting a UTF-8 character in two.
std::string_view cutText(std::string_view s, size_t maxBytes);
// A user's string made safe to quote in a message: control characters escaped, cut to
// about `max` bytes, in double quotes.
std::string quote(std::string_view s, size_t max = 40);
// A number as a person writes it: 1000000, 0.5, 398600.4418, 1e-09.
std::string formatNumber(double x);

// [SECTION] Declaring -----------------------------------------------------------------------

enum class PropType { Number, Int, Bool, String, Enum, Text };

// One value of any property type, for the generic code and the editor.
using Value = std::variant<double, int, bool, std::string, Text>;

constexpr double kMaxStringChars = 4000;

// An Int property that numbers an entry of one of the level's lists (a goal's zone, a
// station's planet): the list's JSON key, and for objects with a "type" the type it applies
// to ("" = any). A goal's "index" is a gate, a zone or a station depending on its type.
struct RefTarget {
    const char* type;
    const char* list;   // "attractors", "zones", "gates", "stations"
};

// Everything about a property except where it lives.
struct PropInfo {
    const char* key;                     // the JSON name
    const char* label;                   // English, for the editor's inspector
    PropType type;
    double min = 0, max = 0;             // Number, Int: the allowed range
                                         // String, Text: max is the length limit in characters
    std::vector<const char*> choices;    // Enum: the allowed values
    // Objects with a "type" (goals): the types this property means something for; empty =
    // every type. The editor shows only these, so a zone goal does not offer orbit limits.
    std::vector<const char*> usedBy;
    // Int: the lists it numbers entries of (see RefTarget). Validation checks the entry exists,
    // the editor offers the entries by name, and deleting an entry renumbers what points past it.
    // A reference whose min is -1 may be -1, meaning none.
    std::vector<RefTarget> refersTo;
    // Written even when it equals the default, and a file of the newest version must have it:
    // a goal's "type" says what the goal is, so it must never be left for a default to decide.
    bool required = false;
};

// An enum field (a goal's GoalType), read and written as its key ("orbit"). Only keys of the
// type can be stored: set() refuses any other.
template <class T>
struct EnumField {
    std::string (*get)(const T&);
    bool (*set)(T&, const std::string&);
};

template <class T>
struct Prop : PropInfo {
    std::variant<double T::*, int T::*, bool T::*, std::string T::*, Text T::*, EnumField<T>> member;

    Value get(const T& obj) const {
        return std::visit(
            [&](const auto& m) {
                if constexpr (std::is_same_v<std::decay_t<decltype(m)>, EnumField<T>>) return Value(m.get(obj));
                else return Value(obj.*m);
            },
            member);
    }
    // `v` holds the alternative for this property's type (readValue guarantees it). False if an
    // enum field was handed a key its type does not have (nothing changes then).
    bool set(T& obj, const Value& v) const {
        return std::visit(
            [&](const auto& m) {
                if constexpr (std::is_same_v<std::decay_t<decltype(m)>, EnumField<T>>) {
                    return m.set(obj, std::get<std::string>(v));
                } else {
                    obj.*m = std::get<std::decay_t<decltype(obj.*m)>>(v);
                    return true;
                }
            },
            member);
    }
    Value defaultValue() const {
        static const T kDefault{};
        return get(kDefault);
    }
};

template <class T>
using Props = std::vector<Prop<T>>;

// The helpers a table is written with, one line per property.
template <class T>
Prop<T> number(const char* key, const char* label, double T::*m, double min, double max) {
    return {{key, label, PropType::Number, min, max, {}, {}, {}}, m};
}
template <class T>
Prop<T> integer(const char* key, const char* label, int T::*m, int min, int max) {
    return {{key, label, PropType::Int, double(min), double(max), {}, {}, {}}, m};
}
template <class T>
Prop<T> flag(const char* key, const char* label, bool T::*m) {
    return {{key, label, PropType::Bool, 0, 0, {}, {}, {}}, m};
}
template <class T>
Prop<T> string(const char* key, const char* label, std::string T::*m, double maxChars = kMaxStringChars) {
    return {{key, label, PropType::String, 0, maxChars, {}, {}, {}}, m};
}
template <class T>
Prop<T> choice(const char* key, const char* label, std::string T::*m, std::vector<const char*> choices) {
    return {{key, label, PropType::Enum, 0, 0, std::move(choices), {}, {}}, m};
}
template <class T>
Prop<T> text(const char* key, const char* label, Text T::*m) {
    return {{key, label, PropType::Text, 0, kMaxStringChars, {}, {}, {}}, m};
}
// An enum field `M` of type E. E's key table is found by argument-dependent lookup:
// keyOf(E) -> const char*, fromKey(const std::string&, E&) -> bool, enumKeys(E) -> the keys.
template <class T, class E, E T::*M>
Prop<T> enumChoice(const char* key, const char* label) {
    EnumField<T> field{[](const T& obj) { return std::string(keyOf(obj.*M)); },
                       [](T& obj, const std::string& k) {
                           E e{};
                           if (!fromKey(k, e)) return false;
                           obj.*M = e;
                           return true;
                       }};
    return {{key, label, PropType::Enum, 0, 0, enumKeys(E{}), {}, {}}, field};
}

// Marks a property as always written and required in files of the newest version.
template <class T>
Prop<T> required(Prop<T> p) {
    p.required = true;
    return p;
}

// Marks a property as meaningful only for some values of its object's "type".
template <class T>
Prop<T> usedBy(Prop<T> p, std::vector<const char*> types) {
    p.usedBy = std::move(types);
    return p;
}

// Marks an Int property as the number of an entry in one of the level's lists.
template <class T>
Prop<T> indexInto(Prop<T> p, std::vector<RefTarget> targets) {
    p.refersTo = std::move(targets);
    return p;
}

// True if `p` means something for an object of type `type` ("" for objects without one).
inline bool usedFor(const PropInfo& p, const std::string& type) {
    if (p.usedBy.empty() || type.empty()) return true;
    for (const char* t : p.usedBy)
        if (type == t) return true;
    return false;
}

// The list `p` points into for an object of type `type`, or null (not a reference, or not used
// by that type: a zone goal's "attractor" points nowhere).
inline const char* refList(const PropInfo& p, const std::string& type) {
    if (!usedFor(p, type)) return nullptr;
    for (const RefTarget& t : p.refersTo)
        if (!*t.type || type == t.type) return t.list;
    return nullptr;
}

// One entry of a list, as messages and placeholders name it: "zones" -> "zone"; "craft" is
// its own plural.
inline std::string entryKind(std::string_view list) {
    if (!list.empty() && list.back() == 's') list.remove_suffix(1);
    return std::string(list);
}

// [SECTION] Generic -------------------------------------------------------------------------

// One value, whatever object it belongs to (props.cpp).
std::optional<Value> readValue(const Json& j, const std::string& pointer, const PropInfo& p, Problems& out);
OrderedJson toJson(const Value& v);
void checkValue(const Value& v, const std::string& pointer, const PropInfo& p, Problems& out);

// "expected an object" and the like; true if `j` is an object.
bool expectObject(const Json& j, const std::string& pointer, Problems& out);
bool expectArray(const Json& j, const std::string& pointer, Problems& out);

// Reports every key of the object `j` that is not in `known`, suggesting a near match.
void checkKeys(const Json& j, const std::string& pointer, const std::vector<std::string>& known, Problems& out);

template <class T>
std::vector<std::string> keysOf(const Props<T>& props, std::initializer_list<const char*> more = {}) {
    std::vector<std::string> keys;
    for (const auto& p : props) keys.push_back(p.key);
    for (const char* k : more) keys.push_back(k);
    return keys;
}

// "is missing: ..." for a required property `j` lacks.
std::string missingMessage(const PropInfo& p);

// Reads the declared properties of `obj` that `j` (an object) has; missing ones keep their
// value, unless they are required. Unknown keys are checkKeys' job, since nested objects add
// keys of their own.
template <class T>
void readProps(const Json& j, const std::string& pointer, T& obj, const Props<T>& props, Problems& out) {
    for (const auto& p : props) {
        auto it = j.find(p.key);
        if (it == j.end()) {
            if (p.required) out.add(childPointer(pointer, p.key), missingMessage(p));
            continue;
        }
        if (auto v = readValue(*it, childPointer(pointer, p.key), p, out)) p.set(obj, *v);
    }
}

// Reads a flat object: its type, its properties and no unknown keys (`more` are allowed
// keys the caller reads itself).
template <class T>
void readObject(const Json& j, const std::string& pointer, T& obj, const Props<T>& props, Problems& out,
                std::initializer_list<const char*> more = {}) {
    if (!expectObject(j, pointer, out)) return;
    readProps(j, pointer, obj, props, out);
    checkKeys(j, pointer, keysOf(props, more), out);
}

// Writes the properties of `obj` in declared order, leaving out each one equal to `base`
// (the default, unless the caller compares with something else) unless it is required.
template <class T>
void writeProps(const T& obj, const Props<T>& props, OrderedJson& out, const T& base = T{}) {
    for (const auto& p : props) {
        Value v = p.get(obj);
        if (p.required || !(v == p.get(base))) out[p.key] = toJson(v);
    }
}

template <class T>
void checkProps(const T& obj, const std::string& pointer, const Props<T>& props, Problems& out) {
    for (const auto& p : props) checkValue(p.get(obj), childPointer(pointer, p.key), p, out);
}

// [SECTION] JSON border ---------------------------------------------------------------------

constexpr int kMaxJsonDepth = 32;

// Any bytes in: the JSON document, or nothing and the reasons in `out`. Rejects files over
// `maxBytes`, nesting deeper than kMaxJsonDepth (checked before parsing), invalid JSON,
// numbers too large for a double, duplicate keys (a second value would silently replace the
// first) and lists or objects of more than `maxEntries` entries (stopping there, so a
// hostile file cannot cost much memory). Never throws.
std::optional<Json> readJsonDocument(std::string_view bytes, size_t maxBytes, size_t maxEntries, Problems& out);

// The root's integer "version", 1..newest; a newer one is explained as such. `what` names
// the kind of file for the message ("level", "input log").
std::optional<int> readVersion(const Json& root, int newest, const char* what, Problems& out);

} // namespace sp
