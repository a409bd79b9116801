// The game's string tables, loaded once for the text tests, from the project's assets.
#pragma once
#include "game/text/strings.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#ifdef STARPATH_RULE_FIXTURE
#include "tests/rule_fixture/fixture_strings.h"
#endif

namespace sp::test {

inline const Strings& tables() {
    static const Strings tr = [] {
        Strings s;
#ifdef STARPATH_RULE_FIXTURE
        REQUIRE(s.load(fixtureStringsDir()));   // the game's tables and the fixture type's words
#else
        REQUIRE(s.load(dataDir() + "/assets/strings"));
#endif
        return s;
    }();
    return tr;
}

} // namespace sp::test
