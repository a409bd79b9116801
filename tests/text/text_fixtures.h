// The game's string tables, loaded once for the text tests, from the project's assets.
#pragma once
#include "game/text/strings.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

namespace sp::test {

inline const Strings& tables() {
    static const Strings tr = [] {
        Strings s;
        REQUIRE(s.load(dataDir() + "/assets/strings"));
        return s;
    }();
    return tr;
}

} // namespace sp::test
