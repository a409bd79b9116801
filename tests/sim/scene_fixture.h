// The core's test scenes (tests/scenes/*.json) and shipped levels, loaded for a test: a file
// that does not load fails the test with its problems.
#pragma once
#include "engine/core/file_io.h"
#include "game/sim/level_io.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <string>

namespace sp::test {

inline Level levelFile(const std::string& path) {
    auto bytes = readFile(dataDir() + "/" + path);
    REQUIRE(bytes);
    LevelLoad load = parseLevel(*bytes);
    for (const Problem& p : load.problems) INFO(p.pointer << ": " << p.message);
    REQUIRE(load.level);
    return *load.level;
}

inline Level scene(const std::string& name) { return levelFile("tests/scenes/" + name + ".json"); }

} // namespace sp::test
