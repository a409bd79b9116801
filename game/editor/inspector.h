// The inspector: every property of one object, one widget per property type, generated from
// edit::propsOf(kind), so a property added to a table appears here with no code of its own.
//   Number  a field that one click or tap types into, and a drag left or right changes,
//           clamped to the table's range, its unit in the label
//   Int     a reference (PropInfo::refersTo): a drop-down of the level's zones, planets...
//           by name; any other Int: a number field with - and + buttons
//   Bool    a checkbox
//   String  a text field
//   Enum    a drop-down of the table's choices
//   Text    two fields, English and 中文; several lines for long texts
// Problems under their field: errors in red, warnings in amber (a text still in a template's
// words is also outlined in amber). Every change goes through Document::set. A drag or a field being typed into is one undo
// step: the first change opens a group and it closes when the widget lets go.
#pragma once
#include "game/edit/document.h"
#include "game/sim/level_io.h"

#include <optional>
#include <utility>
#include <string>
#include <vector>

namespace sp {
class Strings;
}

namespace sp::editor {

class Inspector {
public:
    // The properties of `r`. Problems (errors and warnings) whose pointer lies inside `r` show
    // under their field.
    void draw(edit::Document& doc, edit::Ref r, const Strings& tr, const std::vector<Problem>& problems);
    // Once a frame, after every inspector was drawn: ends the undo step of a widget that let
    // go or is no longer drawn (its object was deselected, say).
    void endFrame(edit::Document& doc);
    // Ends the open undo step now (before undo, redo or a drag on the map).
    void close(edit::Document& doc);
    // Scrolls to that property the next time it is drawn (a problem about it was clicked).
    void reveal(edit::Ref r, const std::string& key) { reveal_ = {r, key}; }

private:
    void changed(edit::Document& doc, edit::Ref r, const std::string& key, const Value& v);
    void property(edit::Document& doc, edit::Ref r, const PropInfo& p, const Strings& tr, const std::vector<Problem>& problems);
    bool longText(edit::Ref r, const std::string& key, int lang, std::string& text, bool templ);

    bool groupOpen_ = false;
    edit::Ref groupRef_;
    std::string groupKey_;
    struct Editing {                 // the long text being typed into, if any
        edit::Ref ref;
        std::string key;
        int lang = 0;
        int openedFrame = 0;
    };
    std::optional<Editing> editing_;
    std::optional<std::pair<edit::Ref, std::string>> reveal_;
    const char* tipText_ = "";
};

} // namespace sp::editor
