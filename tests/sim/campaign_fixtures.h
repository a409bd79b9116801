// The shipped campaign, a second chapter built after it in code, and progress with some
// levels won: what the campaign and progress tests reason about.
#pragma once
#include "game/sim/campaign.h"
#include "game/sim/save.h"
#include "tests/test_paths.h"

#include <initializer_list>

namespace sp::test {

inline const Campaign& shippedCampaign() {
    static Campaign c = loadCampaign(dataDir() + "/levels");
    return c;
}

// A second chapter after the shipped first (its levels need no files: the rules read only
// the order), so a rule can be seen to hold per chapter and across them.
inline Campaign twoChapters() {
    Campaign c = shippedCampaign();
    c.chapters.resize(1);   // chapter 1 as shipped, and a chapter 2 of two levels of its own
    Chapter two;
    two.number = 2;
    two.levels = {"2-1", "2-2"};
    c.chapters.push_back(two);
    return c;
}

// Progress with the given levels won (one star each, as the lowest win).
inline SaveData won(std::initializer_list<const char*> ids) {
    SaveData s;
    for (const char* id : ids) s.recordWin(id, 1, 100);
    return s;
}

} // namespace sp::test
