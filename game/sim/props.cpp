// The generic half of the property tables (props.h): one value read, written and checked,
// whatever object it belongs to; and the JSON border shared by every file the game reads.
//
// [SECTION] Problems     the capped list, JSON pointers, quoting and numbers for messages
// [SECTION] One value    readValue (shape), toJson, checkValue (range, choices, length, UTF-8)
// [SECTION] Objects      expectObject/Array, checkKeys with "did you mean"
// [SECTION] JSON border  depth pre-scan, the document builder (duplicate keys, entry cap), version
#include "game/sim/props.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sp {

// [SECTION] Problems ------------------------------------------------------------------------

void Problems::add(std::string pointer, std::string message) {
    if (full()) {
        ++dropped_;
        return;
    }
    list_.push_back({std::move(pointer), std::move(message)});
}

bool Problems::covers(const std::string& pointer) const {
    for (const Problem& p : list_) {
        if (pointer.compare(0, p.pointer.size(), p.pointer) == 0 &&
            (pointer.size() == p.pointer.size() || pointer[p.pointer.size()] == '/'))
            return true;
    }
    return false;
}

std::vector<Problem> Problems::take() {
    std::vector<Problem> all = std::move(list_);
    if (dropped_ > 0)
        all.push_back({"", "... and " + std::to_string(dropped_) + " more problems; fix these first"});
    list_.clear();
    dropped_ = 0;
    return all;
}

std::string childPointer(const std::string& parent, std::string_view key) {
    std::string out = parent + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string childPointer(const std::string& parent, size_t index) {
    return parent + "/" + std::to_string(index);
}

std::string_view trimSpace(std::string_view s) {
    const char* space = " \t\r\n";
    const size_t first = s.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

std::string_view cutText(std::string_view s, size_t maxBytes) {
    if (s.size() <= maxBytes) return s;
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;   // a continuation byte
    return s.substr(0, cut);
}

std::string quote(std::string_view s, size_t max) {
    std::string out = "\"";
    for (char ch : cutText(s, max)) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else {
            out += char(c);
        }
    }
    if (s.size() > max) out += "...";
    return out + "\"";
}

std::string formatNumber(double x) {
    if (std::isnan(x)) return "NaN";
    if (std::isinf(x)) return x > 0 ? "infinity" : "-infinity";
    if (x == std::floor(x) && std::fabs(x) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", x);
        return buf;
    }
    // Shortest text that reads back as the same double.
    for (int digits = 1; digits <= 17; ++digits) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.*g", digits, x);
        if (std::strtod(buf, nullptr) == x) return buf;
    }
    return std::to_string(x);
}

// [SECTION] One value -----------------------------------------------------------------------

namespace {

// What a JSON value is, in the words of a message: "(got a string)".
std::string describe(const Json& j) {
    switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case Json::value_t::string: return "the text " + quote(j.get_ref<const std::string&>());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return formatNumber(j.get<double>());
    case Json::value_t::object: return "an object {...}";
    case Json::value_t::array: return "a list [...]";
    default: return "something else";
    }
}

std::string expected(const std::string& what, const Json& j) {
    return "expected " + what + " (got " + describe(j) + ")";
}

size_t countChars(const std::string& s) {   // UTF-8 code points
    return size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool validUtf8(const std::string& s) {
    static const uint32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};   // no overlong forms
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int extra;
        uint32_t cp;
        if (c < 0x80) extra = 0, cp = c;
        else if ((c & 0xE0) == 0xC0) extra = 1, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) extra = 2, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) extra = 3, cp = c & 0x07;
        else return false;
        if (i + size_t(extra) >= s.size() && extra > 0) return false;   // cut short
        for (int k = 1; k <= extra; ++k) {
            unsigned char d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < kSmallest[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += size_t(extra) + 1;
    }
    return true;
}

void checkString(const std::string& s, const std::string& pointer, double maxChars, Problems& out) {
    if (!validUtf8(s)) {
        out.add(pointer, "is not valid UTF-8 text; retype it or save the file as UTF-8");
    } else if (double(countChars(s)) > maxChars) {
        out.add(pointer, "is too long: " + std::to_string(countChars(s)) + " characters, at most " +
                             formatNumber(maxChars) + " are allowed");
    }
}

std::string rangeText(const PropInfo& p) {
    return "between " + formatNumber(p.min) + " and " + formatNumber(p.max);
}

std::string choiceList(const PropInfo& p) {
    std::string list;
    for (const char* c : p.choices) list += (list.empty() ? "" : ", ") + (*c ? std::string(c) : std::string("\"\""));
    return list;
}

bool isChoice(const PropInfo& p, const std::string& s) {
    return std::any_of(p.choices.begin(), p.choices.end(), [&](const char* c) { return s == c; });
}

size_t distance(const std::string& a, const std::string& b);

// "must be one of: orbit, gate, ... (got "orbti"; did you mean "orbit"?)"
std::string notAChoice(const PropInfo& p, const std::string& s) {
    std::string message = "must be one of: " + choiceList(p) + " (got " + quote(s);
    const char* best = nullptr;
    size_t bestDistance = 3;
    if (s.size() <= 40)
        for (const char* c : p.choices)
            if (size_t d = distance(s, c); d < bestDistance) bestDistance = d, best = c;
    return message + (best ? "; did you mean " + quote(best) + "?)" : ")");
}

} // namespace

std::string missingMessage(const PropInfo& p) {
    if (p.type == PropType::Enum) return "is missing: it must be given, as one of: " + choiceList(p);
    return "is missing: it must be given";
}

std::optional<Value> readValue(const Json& j, const std::string& pointer, const PropInfo& p, Problems& out) {
    switch (p.type) {
    case PropType::Number:
        if (!j.is_number()) break;
        return Value(j.get<double>());
    case PropType::Int: {
        if (!j.is_number()) break;
        double d = j.get<double>();
        if (d != std::floor(d)) {
            out.add(pointer, expected("a whole number", j));
            return std::nullopt;
        }
        if (d < double(INT_MIN) || d > double(INT_MAX)) {   // cannot even be stored for checkValue
            out.add(pointer, "must be " + rangeText(p) + " (got " + formatNumber(d) + ")");
            return std::nullopt;
        }
        return Value(static_cast<int>(d));
    }
    case PropType::Bool:
        if (!j.is_boolean()) break;
        return Value(j.get<bool>());
    case PropType::String:
        if (!j.is_string()) break;
        return Value(j.get<std::string>());
    case PropType::Enum: {
        // Checked here, not only in checkValue: an enum field cannot even hold an unknown key.
        if (!j.is_string()) break;
        const std::string& s = j.get_ref<const std::string&>();
        if (!isChoice(p, s)) {
            out.add(pointer, notAChoice(p, s));
            return std::nullopt;
        }
        return Value(s);
    }
    case PropType::Text: {
        if (!j.is_object()) break;
        Text t;
        bool ok = true;
        for (auto [key, part] : {std::pair{"en", &t.en}, std::pair{"zh", &t.zh}}) {
            auto it = j.find(key);
            if (it == j.end()) continue;
            if (it->is_string()) {
                *part = it->get<std::string>();
            } else {
                out.add(childPointer(pointer, key), expected("a string", *it));
                ok = false;
            }
        }
        checkKeys(j, pointer, {"en", "zh"}, out);
        if (!ok) return std::nullopt;
        return Value(std::move(t));
    }
    }
    static const char* const kExpected[] = {"a number", "a whole number", "true or false", "a string",
                                            "a string", "an object like {\"en\": \"...\", \"zh\": \"...\"}"};
    out.add(pointer, expected(kExpected[int(p.type)], j));
    return std::nullopt;
}

OrderedJson toJson(const Value& v) {
    struct ToJson {
        OrderedJson operator()(double x) const { return x; }
        OrderedJson operator()(int x) const { return x; }
        OrderedJson operator()(bool x) const { return x; }
        OrderedJson operator()(const std::string& x) const { return x; }
        OrderedJson operator()(const Text& t) const {   // only the languages it has
            OrderedJson j = OrderedJson::object();
            if (!t.en.empty()) j["en"] = t.en;
            if (!t.zh.empty()) j["zh"] = t.zh;
            return j;
        }
    };
    return std::visit(ToJson{}, v);
}

void checkValue(const Value& v, const std::string& pointer, const PropInfo& p, Problems& out) {
    switch (p.type) {
    case PropType::Number: {
        double d = std::get<double>(v);
        if (!std::isfinite(d)) {
            std::string got = std::isnan(d) ? "not a number" : "a number too large to store";
            out.add(pointer, "must be a finite number " + rangeText(p) + " (got " + got + ")");
        } else if (d < p.min || d > p.max) {
            out.add(pointer, "must be " + rangeText(p) + " (got " + formatNumber(d) + ")");
        }
        break;
    }
    case PropType::Int: {
        int i = std::get<int>(v);
        if (i < p.min || i > p.max) out.add(pointer, "must be " + rangeText(p) + " (got " + std::to_string(i) + ")");
        break;
    }
    case PropType::Bool: break;
    case PropType::String: checkString(std::get<std::string>(v), pointer, p.max, out); break;
    case PropType::Enum: {
        const std::string& s = std::get<std::string>(v);
        if (!isChoice(p, s)) out.add(pointer, notAChoice(p, s));
        break;
    }
    case PropType::Text: {
        const Text& t = std::get<Text>(v);
        checkString(t.en, childPointer(pointer, "en"), p.max, out);
        checkString(t.zh, childPointer(pointer, "zh"), p.max, out);
        break;
    }
    }
}

// [SECTION] Objects -------------------------------------------------------------------------

bool expectObject(const Json& j, const std::string& pointer, Problems& out) {
    if (j.is_object()) return true;
    out.add(pointer, expected("an object {...}", j));
    return false;
}

bool expectArray(const Json& j, const std::string& pointer, Problems& out) {
    if (j.is_array()) return true;
    out.add(pointer, expected("a list [...]", j));
    return false;
}

namespace {

// Edit distance, to suggest "radius_km" for "raduis_km". Only for short keys.
size_t distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

void checkKeys(const Json& j, const std::string& pointer, const std::vector<std::string>& known, Problems& out) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        if (out.full()) {   // past the cap a problem is only counted: skip the suggestion
            out.add({}, {});
            continue;
        }
        std::string message = "unknown key " + quote(key) + "; it would be ignored";
        const std::string* best = nullptr;
        size_t bestDistance = 3;   // suggest only close matches
        if (key.size() <= 40) {
            for (const std::string& k : known) {
                // "radius" for "radius_km": a missing unit counts as a near miss.
                size_t d = k.rfind(key + "_", 0) == 0 ? 1 : distance(key, k);
                if (d < bestDistance) bestDistance = d, best = &k;
            }
        }
        if (best) message += "; did you mean " + quote(*best) + "?";
        else message += "; remove it or check the spelling";
        out.add(childPointer(pointer, key), message);
    }
}

// [SECTION] JSON border ---------------------------------------------------------------------

namespace {

// How deep brackets nest, counted outside strings, so a hostile "[[[[..." is refused
// before any parser sees it. Invalid JSON is fine here: the parser rejects it afterwards.
int nestingDepth(std::string_view bytes) {
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : bytes) {
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

// Builds the document from nlohmann's SAX events, like its own DOM parser, and also notices
// duplicate keys (which the DOM parser resolves silently: last one wins).
class DocumentBuilder : public nlohmann::json_sax<Json> {
public:
    DocumentBuilder(Problems& out, size_t maxEntries) : out_(out), maxEntries_(maxEntries) {}
    Json root;
    std::string error;   // the parser's complaint, if any
    bool duplicates = false;
    bool reported = false;   // the parse stopped for a reason already in `out`

    // Returning false stops the parse.
    bool null() override { return add(nullptr); }
    bool boolean(bool v) override { return add(v); }
    bool number_integer(number_integer_t v) override { return add(v); }
    bool number_unsigned(number_unsigned_t v) override { return add(v); }
    bool number_float(number_float_t v, const string_t&) override { return add(v); }
    bool string(string_t& v) override { return add(std::move(v)); }
    bool binary(binary_t&) override { return false; }   // never produced by the JSON reader

    bool start_object(size_t) override { return open(Json::object()); }
    bool start_array(size_t) override { return open(Json::array()); }
    bool end_object() override { stack_.pop_back(); return true; }
    bool end_array() override { stack_.pop_back(); return true; }

    bool key(string_t& k) override {
        if (stack_.back().node->contains(k)) {
            duplicates = true;
            out_.add(pointerTo(k), "this key appears twice in the same object; keep only one");
        }
        key_ = k;
        return true;
    }

    bool parse_error(size_t, const std::string& token, const nlohmann::detail::exception& e) override {
        if (e.id == 406) {   // a number beyond double: valid JSON, so say where it is
            out_.add(pointerHere(), "the number " + quote(token) + " is too large to store; use a finite number");
            reported = true;
        }
        error = e.what();
        return false;
    }

private:
    struct Frame {
        Json* node;
        std::string pointer;
    };

    // Stores a value where the parser is (root, next array element, or under key_); returns it,
    // or null when the container is full. Pointers to open containers stay valid: only the
    // innermost one is ever added to.
    Json* add(Json v) {
        if (!stack_.empty() && stack_.back().node->size() >= maxEntries_) {
            // Stop building: a hostile file would otherwise cost memory for entries the reader
            // refuses anyway.
            out_.add(stack_.back().pointer, "has more than " + std::to_string(maxEntries_) + " entries; at most " +
                                                std::to_string(maxEntries_) + " are allowed");
            reported = true;
            return nullptr;
        }
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        Json& top = *stack_.back().node;
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        Json& slot = top[key_];
        slot = std::move(v);
        return &slot;
    }
    bool open(Json container) {
        std::string pointer = pointerHere();
        Json* node = add(std::move(container));
        if (node) stack_.push_back({node, std::move(pointer)});
        return node != nullptr;
    }
    // Where the next value goes.
    std::string pointerHere() const {
        if (stack_.empty()) return "";
        const Frame& top = stack_.back();
        return top.node->is_array() ? childPointer(top.pointer, top.node->size()) : childPointer(top.pointer, key_);
    }
    std::string pointerTo(const std::string& key) const { return childPointer(stack_.back().pointer, key); }

    Problems& out_;
    size_t maxEntries_;
    std::vector<Frame> stack_;
    std::string key_;
};

// Makes the parser's message readable: drops the "[json.exception.parse_error.101] " tag and
// shows bytes that are not ASCII as \xNN, since the file may not be text at all.
std::string cleanParseMessage(const std::string& what) {
    std::string text = what;
    size_t tag = text.find("] ");
    if (text.rfind("[json.exception.", 0) == 0 && tag != std::string::npos) text = text.substr(tag + 2);
    std::string out;
    for (unsigned char c : text) {
        if (c >= 0x20 && c < 0x7f) {
            out += char(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
    }
    return out;
}

} // namespace

std::optional<Json> readJsonDocument(std::string_view bytes, size_t maxBytes, size_t maxEntries, Problems& out) {
    if (bytes.size() > maxBytes) {
        out.add("", "the file is too large: " + std::to_string(bytes.size()) + " bytes, at most " +
                        std::to_string(maxBytes) + " are allowed");
        return std::nullopt;
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.add("", "the file is empty");
        return std::nullopt;
    }
    if (int depth = nestingDepth(bytes); depth > kMaxJsonDepth) {
        out.add("", "brackets nest " + std::to_string(depth) + " levels deep; at most " +
                        std::to_string(kMaxJsonDepth) + " are allowed");
        return std::nullopt;
    }
    try {
        DocumentBuilder builder(out, maxEntries);
        if (!Json::sax_parse(bytes.begin(), bytes.end(), &builder)) {
            if (!builder.reported) out.add("", "not valid JSON: " + cleanParseMessage(builder.error));
            return std::nullopt;
        }
        if (builder.duplicates) return std::nullopt;
        return std::move(builder.root);
    } catch (const std::exception& e) {
        out.add("", "could not read the file: " + cleanParseMessage(e.what()));
        return std::nullopt;
    }
}

std::optional<int> readVersion(const Json& root, int newest, const char* what, Problems& out) {
    auto it = root.find("version");
    if (it == root.end()) {
        out.add("/version", std::string("missing: every ") + what + " file starts with \"version\": " +
                                std::to_string(newest));
        return std::nullopt;
    }
    double v = it->is_number() ? it->get<double>() : 0;
    if (!it->is_number() || v != std::floor(v)) {
        out.add("/version", expected("a whole number", *it));
        return std::nullopt;
    }
    if (v > newest) {
        out.add("/version", std::string("this ") + what + " was made by a newer Starpath (file version " +
                                formatNumber(v) + ", this game reads up to " + std::to_string(newest) +
                                "); update the game to open it");
        return std::nullopt;
    }
    if (v < 1) {
        out.add("/version", "must be between 1 and " + std::to_string(newest) + " (got " + formatNumber(v) + ")");
        return std::nullopt;
    }
    return static_cast<int>(v);
}

} // namespace sp
