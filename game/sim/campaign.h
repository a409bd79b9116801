// The campaign: chapters and the order of their levels, from levels/campaign.json, and
// every level file it names, loaded through the same border as any other level. A chapter
// also carries what its end says to the student: one idea per level and a closing line.
#pragma once
#include "game/sim/level.h"
#include "game/sim/level_io.h"
#include "game/sim/save.h"

#include <map>
#include <string>
#include <vector>

namespace sp {

struct Chapter {
    int number = 1;
    Text title;
    Text subtitle;
    std::vector<std::string> levels;   // level ids in play order; file = levels/<id>.json
    // Shown when the chapter is finished: what each level taught, in a line ("ideas", keyed
    // by level id), and one sentence for the whole chapter ("summary").
    std::map<std::string, Text> ideas;
    Text summary;
};

struct Campaign {
    std::vector<Chapter> chapters;
    std::map<std::string, Level> levels;
    std::vector<std::string> errors;   // "file: /pointer: message", one per problem

    const Level* find(const std::string& id) const;
    // The level after `id` in its chapter, or "" at the end.
    std::string next(const std::string& id) const;
    int chapterOf(const std::string& id) const;   // index into chapters, -1 if no chapter has it
};

// Reads <dir>/campaign.json and <dir>/<id>.json for every listed level. A broken level is
// reported in `errors` and left out; the rest still load.
Campaign loadCampaign(const std::string& dir);

// The chapter that a win of `levelId` finishes for the first time: once the win counts,
// every level of the chapter has been won, and before it one had not (this one, or any
// other: a save may hold wins in any order). -1 when the win finishes nothing new: a level
// won before, a chapter still open, a level no chapter lists. `before` is the progress as
// it was before this win was recorded.
int chapterCompletedBy(const Campaign& campaign, const SaveData& before, const std::string& levelId);

} // namespace sp
