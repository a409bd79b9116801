// The one place that decides the game's folders (game/app/paths.h): the shipped data, the
// string tables, the font built beside the program and the per-user folder.
#include "app_fixtures.h"
#include "engine/core/file_io.h"
#include "engine/platform/storage.h"
#include "game/app/paths.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace sp;

namespace {
// Runs `body` with an environment variable set, then unset as before.
template <class F>
void withEnv(const char* name, const std::string& value, F body) {
    setenv(name, value.c_str(), 1);
    body();
    unsetenv(name);
}
} // namespace

TEST_CASE("run from a build folder, the game finds the source tree's levels and the font built beside it") {
    test::TempDir home("home");
    const Paths p = findPaths("", home.str());
    CHECK(p.data == test::dataDir() + "/");
    CHECK(fileExists(p.data + "levels/campaign.json"));
    CHECK(p.strings == p.data + "assets/strings");
    CHECK(fileExists(p.strings + "/en.json"));
    // The font subset is made at build time into the build folder, where the tests run too.
    CHECK(p.font == platform::executableDir() + "assets/fonts/starpath-ui.ttf");
    CHECK(p.typingFont == platform::executableDir() + "assets/fonts/starpath-ui-typing.ttf");
    CHECK(fileExists(p.typingFont));
    CHECK(p.user == home.str() + "/");
}

TEST_CASE("a data folder named by --data is taken as given, and one of only levels keeps the build's string tables") {
    test::TempDir data("data");
    test::TempDir home("home");
    std::filesystem::create_directories(data.path / "levels");
    REQUIRE(writeFileAtomic((data.path / "levels/campaign.json").string(), R"({"chapters": []})"));
    const Paths p = findPaths(data.str(), home.str());
    CHECK(p.data == data.str() + "/");
    CHECK(p.strings == test::dataDir() + "/assets/strings");
    withEnv("STARPATH_DATA_DIR", test::dataDir(), [&] {
        CHECK(findPaths(data.str(), home.str()).data == data.str() + "/");   // the flag beats the environment
    });
    withEnv("STARPATH_DATA_DIR", data.str(), [&] {
        CHECK(findPaths("", home.str()).data == data.str() + "/");           // the environment beats the build's tree
    });
}

TEST_CASE("the per-user folder: --home, else $STARPATH_HOME, each made if missing") {
    test::TempDir root("user");
    const std::string flag = root.str() + "/from-flag/nested";
    const std::string env = root.str() + "/from-env";
    withEnv("STARPATH_HOME", env, [&] {
        CHECK(findPaths("", flag).user == flag + "/");
        CHECK(std::filesystem::is_directory(flag));
        CHECK(findPaths("", "").user == env + "/");
        CHECK(std::filesystem::is_directory(env));
        // A --home that cannot be a folder (a file is in the way) is skipped with a warning.
        REQUIRE(writeFileAtomic(root.str() + "/a-file", "x"));
        CHECK(findPaths("", root.str() + "/a-file/home").user == env + "/");
    });
    // Files written there are really there.
    const std::string dir = findPaths("", flag).user;
    REQUIRE(writeFileAtomic(dir + "save.json", "{\"ok\":true}"));
    CHECK(readFile(dir + "save.json").value_or("") == "{\"ok\":true}");
    CHECK_FALSE(fileExists(dir + "save.json.tmp"));
}
