// The public JSON conformance corpus (JSONTestSuite's test_parsing): valid JSON that is not
// a level, invalid JSON, and the implementation-defined corners. None of it is a level or an
// input log, and none of it may crash the border.
#include "game/sim/input.h"
#include "game/sim/level_io.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace sp;
namespace fs = std::filesystem;

TEST_CASE("json corpus: every file is refused as a level and as an input log") {
    const fs::path dir = fs::path(test::sharedDir()) / "testdata/json-test-suite/test_parsing";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    CHECK(files.size() == 318);

    for (const fs::path& path : files) {
        const std::string name = path.filename().string();
        INFO(name);
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string bytes = buffer.str();

        LevelLoad level = parseLevel(bytes);
        CHECK_FALSE(level.ok());
        REQUIRE_FALSE(level.problems.empty());
        for (const Problem& p : level.problems) CHECK_FALSE(p.message.empty());
        // Valid JSON is read as JSON: it fails for not being a level, not for its syntax.
        if (name[0] == 'y') CHECK(level.problems[0].message.rfind("not valid JSON", 0) == std::string::npos);
        // Invalid JSON never gets past the parser.
        if (name[0] == 'n') CHECK(level.problems[0].pointer.empty());

        InputLoad log = parseInputLog(bytes);
        CHECK_FALSE(log.log.has_value());
        REQUIRE_FALSE(log.problems.empty());
        for (const Problem& p : log.problems) CHECK_FALSE(p.message.empty());
    }
}
