// Action rows: what the player may do in a level, one row per ActionType. A level's "actions"
// object turns each on with its flag (and the launch sets its ranges); the row says which
// properties belong to it and checks them. (Applying an action, tick by tick, is the sim's:
// Sim::step.)
#pragma once
#include "game/sim/level.h"

#include <vector>

namespace sp {

class Problems;

struct ActionRow {
    ActionType type{};
    const char* key = nullptr;          // "launch": its flag in "actions", and choice.<key>
    bool Actions::*allowed = nullptr;   // the flag
    std::vector<const char*> props;     // the properties of actionsProps() that belong to it, after the flag
    // Values only this action can judge (a range upside down), with pointers under /actions.
    void (*validate)(const Actions& a, Problems& out) = nullptr;
};

const ActionRow& actionRow(ActionType t);
bool allowed(const Actions& a, ActionType t);

// Every check of a level's actions: at least one allowed, each allowed one's own.
void checkActions(const Actions& a, Problems& out);

} // namespace sp
