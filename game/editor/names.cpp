#include "game/editor/names.h"

#include "game/text/strings.h"

#include <imgui.h>


namespace sp::editor {

namespace {
const char* const kKindIds[] = {
    "level", "ship", "actions", "goals", "fact", "teacher", "frame",
    "attractor", "zone", "gate", "debris", "station", "goal", "star", "fact_number", "hint", "craft", "ground_point", "satellite",
};
static_assert(sizeof(kKindIds) / sizeof(kKindIds[0]) == size_t(edit::Kind::Count), "one id per kind");

// The table's text for `key`, or null when it has none.
const char* lookup(const Strings& tr, const std::string& key) { return tr.has(key.c_str()) ? tr(key.c_str()) : nullptr; }

// The name an object carries in the level, if its table has one.
std::string ownName(const Strings& tr, const Level& level, edit::Ref r) {
    const auto v = edit::get(level, r, "name");
    if (!v || !std::holds_alternative<Text>(*v)) return "";
    return std::get<Text>(*v).get(tr.language());
}
} // namespace

const char* kindId(edit::Kind k) { return k < edit::Kind::Count ? kKindIds[size_t(k)] : "level"; }

std::string kindName(const Strings& tr, edit::Kind k) {
    const std::string key = std::string("kind.") + kindId(k);
    const char* s = lookup(tr, key);
    return s ? s : edit::kindLabel(k);
}

std::string refName(const Strings& tr, const Level& level, edit::Ref r) {
    std::string out = kindName(tr, r.kind);
    if (!edit::isList(r.kind)) return out;
    out += " " + std::to_string(r.index + 1);
    const std::string name = ownName(tr, level, r);
    if (!name.empty()) out += ": " + name;
    return out;
}

std::string propLabel(const Strings& tr, edit::Kind k, const PropInfo& p) {
    if (const char* s = lookup(tr, std::string("prop.") + kindId(k) + "." + p.key)) return s;
    if (const char* s = lookup(tr, std::string("prop.") + p.key)) return s;
    return p.label;
}

std::string fieldLabel(const Strings& tr, const Level& level, edit::Ref r, const PropInfo& p) {
    if (const char* s = lookup(tr, std::string("prop.") + kindId(r.kind) + "." + p.key)) return s;
    if (const std::optional<edit::Kind> target = edit::referredKind(level, r, p)) return kindName(tr, *target);
    return propLabel(tr, r.kind, p);
}

std::string problemText(const Strings& tr, const Problem& p) {
    const char* pattern = p.code.empty() ? nullptr : lookup(tr, "editor.warn." + p.code);
    if (!pattern) return p.message;
    std::string out = pattern;
    for (size_t i = 0; i < p.args.size(); ++i) {
        std::string arg = p.args[i];
        // Some values are words, not numbers: how a flight ended (crashed, timeout...) and which
        // languages (en, zh, en_zh), said in the UI language.
        if (const char* words = lookup(tr, "editor.warn_word." + arg)) arg = words;
        const std::string slot = "{" + std::to_string(i) + "}";
        for (size_t at = out.find(slot); at != std::string::npos; at = out.find(slot, at + arg.size()))
            out.replace(at, slot.size(), arg);
    }
    return out;
}

std::string choiceLabel(const Strings& tr, const char* value, const char* key) {
    if (*key && *value)
        if (const char* own = lookup(tr, std::string("choice.") + key + "_" + value)) return own;
    // An empty choice is a value not given yet (a fact number's kind): say so.
    const char* s = lookup(tr, std::string("choice.") + (*value ? value : "unlabelled"));
    return s ? s : value;
}

std::string ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string cut = text;
    while (!cut.empty() && ImGui::CalcTextSize((cut + u8"…").c_str()).x > width) {
        // Back one whole character: past its continuation bytes (10xxxxxx) to its first byte.
        size_t n = cut.size() - 1;
        while (n > 0 && (static_cast<unsigned char>(cut[n]) & 0xC0) == 0x80) --n;
        cut.resize(n);
    }
    return cut + u8"…";
}

std::string commandText(const Strings& tr, const std::string& label) {
    // "<verb>" or "<verb> <what>": what is a property key (edit) or a kind's English label.
    const size_t space = label.find(' ');
    const std::string verb = label.substr(0, space);
    const std::string what = space == std::string::npos ? "" : label.substr(space + 1);
    const char* pattern = lookup(tr, "editor.cmd." + verb);
    if (!pattern) return label;
    std::string thing = what;
    if (verb == "edit") {
        for (size_t k = 0; k < size_t(edit::Kind::Count); ++k)
            if (const PropInfo* p = edit::findProp(edit::Kind(k), what)) {
                thing = propLabel(tr, edit::Kind(k), *p);
                break;
            }
    } else {
        for (size_t k = 0; k < size_t(edit::Kind::Count); ++k)
            if (what == edit::kindLabel(edit::Kind(k))) thing = kindName(tr, edit::Kind(k));
    }
    return fillPlaceholders(pattern, {thing});
}

} // namespace sp::editor
