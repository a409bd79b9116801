// The string tables of the rule fixture build: the game's own (assets/strings) with the words
// of the fixture's goal type (tests/rule_fixture/strings) merged in, written to a folder of the
// build tree (STARPATH_FIXTURE_OUT) for Strings::load. Step 5 of "A new rule type" (CONVENTIONS.md)
// writes these words into assets/strings instead.
#pragma once
#include "tests/test_paths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace sp::test {

inline std::string fixtureStringsDir() {
    namespace fs = std::filesystem;
    const fs::path dir = STARPATH_FIXTURE_OUT;
    fs::create_directories(dir);
    for (const char* name : {"en.json", "zh-Hans.json"}) {
        std::ifstream game(dataDir() + "/assets/strings/" + name), more(dataDir() + "/tests/rule_fixture/strings/" + name);
        REQUIRE(game);
        REQUIRE(more);
        nlohmann::json table = nlohmann::json::parse(game), extra = nlohmann::json::parse(more);
        table.merge_patch(extra);
        std::ofstream(dir / name) << table.dump(2);
    }
    return dir.string();
}

} // namespace sp::test
