// The levels of My levels as cards: the editor's Open page and the level select's "My levels"
// tab list them the same way (a draft says how many problems it has; a level its author
// has won says "verified").
#pragma once
#include "game/edit/library.h"

#include <cstddef>
#include <vector>

namespace sp {

class Strings;

enum class MyLevelAction { None, Play, Edit };
struct MyLevelPick {
    MyLevelAction action = MyLevelAction::None;
    size_t index = 0;
};

// One card per level, as wide as the current column. A Play button on playable levels when
// `offerPlay`; Edit on every one.
MyLevelPick myLevelCards(const Strings& tr, const std::vector<edit::LevelEntry>& levels, bool offerPlay);

} // namespace sp
