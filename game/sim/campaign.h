// The campaign: chapters and the order of their levels, from levels/campaign.json, and
// every level file it names, loaded through the same border as any other level.
#pragma once
#include "game/sim/level.h"
#include "game/sim/level_io.h"

#include <map>
#include <string>
#include <vector>

namespace sp {

struct Chapter {
    int number = 1;
    Text title;
    Text subtitle;
    std::vector<std::string> levels;   // level ids in play order; file = levels/<id>.json
};

struct Campaign {
    std::vector<Chapter> chapters;
    std::map<std::string, Level> levels;
    std::vector<std::string> errors;   // "file: /pointer: message", one per problem

    const Level* find(const std::string& id) const;
    // The level after `id` in its chapter, or "" at the end.
    std::string next(const std::string& id) const;
};

// Reads <dir>/campaign.json and <dir>/<id>.json for every listed level. A broken level is
// reported in `errors` and left out; the rest still load.
Campaign loadCampaign(const std::string& dir);

} // namespace sp
