// What the editor calls things, in the UI language: kinds ("Zone" / "区域"), one object
// ("Zone 2: Near the Moon"), property labels, enum choices and undo steps.
//
// Property labels come from the string tables ("prop.radius_km", or "prop.<kind>.<key>"
// where two kinds use a key differently) and fall back to the English label of the property
// table (level_types.cpp). So a property added to a table shows up in the inspector at once,
// in English, until someone gives it a Chinese label.
#pragma once
#include "game/edit/entity.h"
#include "game/sim/level_io.h"

#include <string>

namespace sp {
class Strings;
}

namespace sp::editor {

// "zone", "fact_number": the name used in string keys ("kind.zone", "prop.goal.index").
const char* kindId(edit::Kind k);
std::string kindName(const Strings& tr, edit::Kind k);
// "Zone 2", or "Zone 2: Near the Moon" when it has a name (the ship and singletons: their kind).
std::string refName(const Strings& tr, const Level& level, edit::Ref r);
std::string propLabel(const Strings& tr, edit::Kind k, const PropInfo& p);
// A property's label in the inspector: propLabel, except that a reference without a label of
// its own is called what it points at for this object ("Zone" for a zone goal's "index").
std::string fieldLabel(const Strings& tr, const Level& level, edit::Ref r, const PropInfo& p);
// What a problem says, in the UI language: a warning's sentence from the string tables
// ("editor.warn.<code>", with its values); otherwise (validation's errors) its message.
std::string problemText(const Strings& tr, const Problem& p);
// A choice's words: choice.<key>_<value> where one property's values need their own (a
// frame's "orbit" is not the goal type "orbit"), else choice.<value>.
std::string choiceLabel(const Strings& tr, const char* value, const char* key = "");
// `text` cut to `width` pixels of the current font with an ellipsis (a long title in a bar).
std::string ellipsize(const std::string& text, float width);
// An undo step as the Document labels it ("move", "edit radius_km", "delete zone"), in words.
std::string commandText(const Strings& tr, const std::string& label);

} // namespace sp::editor
