// Share links (game/sim/share_link.h): every shipped level goes out as a link and comes back
// the same level, still won by its recorded solution; links made elsewhere (a browser test
// encodes the level file as it is) open too; broken and hostile links are refused with a
// sentence, before or at parseLevel, never with a crash.
#include "engine/core/base64.h"
#include "engine/core/deflate.h"
#include "engine/core/file_io.h"
#include "game/sim/campaign.h"
#include "game/sim/replay.h"
#include "game/sim/share_link.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sp;

namespace {

const Campaign& campaign() {
    static Campaign c = loadCampaign(test::dataDir() + "/levels");
    return c;
}

// The first problem's message, for checks on what the person is told.
std::string firstProblem(const LevelLoad& load) { return load.problems.empty() ? "" : load.problems.front().message; }

std::string linkTo(std::string_view bytes) { return "https://example.org/starpath/#level=" + base64urlEncode(bytes); }

} // namespace

TEST_CASE("every shipped level round-trips through a share link and is still won by its solution", "[share]") {
    REQUIRE(!campaign().levels.empty());
    size_t longest = 0;
    for (const auto& [id, level] : campaign().levels) {
        INFO(id);
        const std::string link = shareLink(level, "https://example.org/starpath/index.html?lang=zh#old");
        CHECK(link.rfind("https://example.org/starpath/index.html?lang=zh#level=", 0) == 0);
        // Compressed: shorter than the plain file's code, always, and short enough for any
        // browser (see the header).
        CHECK(link.size() < 32000);
        const size_t plain = base64urlEncode(saveLevel(level, LevelLayout::Compact)).size();
        CHECK(link.size() < plain);
        longest = std::max(longest, link.size());
        if (id == "1-1") UNSCOPED_INFO("1-1: " << link.size() << " characters, " << plain << " uncompressed");
        LevelLoad back = levelFromShareLink(link);
        for (const Problem& p : back.problems) UNSCOPED_INFO(formatProblem("link", p));
        REQUIRE(back.ok());
        CHECK(saveLevel(*back.level) == saveLevel(level));

        auto bytes = readFile(test::dataDir() + "/levels/solutions/" + id + ".json");
        REQUIRE(bytes);
        InputLoad log = parseInputLog(*bytes);
        REQUIRE(log.log);
        CHECK(runReplay(*back.level, *log.log).outcome == Outcome::Won);
    }
    WARN("the longest shipped level's link: " << longest << " characters");
    const auto made = readFile(test::dataDir() + "/levels/templates/1-earth-orbit.json");
    REQUIRE(made);
    const LevelLoad template1 = parseLevel(*made);
    REQUIRE(template1.ok());
    WARN("a made level (the Around the Earth template): " << shareFragment(*template1.level).size() << " characters, "
         << base64urlEncode(saveLevel(*template1.level, LevelLayout::Compact)).size() << " uncompressed");
}

// Links made before links were compressed carry the file itself: they still open.
TEST_CASE("a link made from the level file as it is, fragment alone or pasted with spaces, opens", "[share]") {
    auto file = readFile(test::dataDir() + "/levels/1-3.json");
    REQUIRE(file);
    const std::string code = base64urlEncode(*file);
    for (const std::string& link : {linkTo(*file), "#level=" + code, "level=" + code, "  \n" + linkTo(*file) + "\r\n"}) {
        LevelLoad load = levelFromShareLink(link);
        REQUIRE(load.ok());
        CHECK(load.level->id == "1-3");
    }
}

TEST_CASE("broken and hostile share links are refused with a sentence a person can act on", "[share]") {
    SECTION("no level in the address") {
        LevelLoad l = levelFromShareLink("https://example.org/starpath/");
        CHECK_FALSE(l.ok());
        CHECK(firstProblem(l).find("#level=") != std::string::npos);
        CHECK_FALSE(levelFromShareLink("https://example.org/#lesson=3").ok());
        CHECK_FALSE(levelFromShareLink("").ok());
    }
    SECTION("an empty code") {
        CHECK(firstProblem(levelFromShareLink("#level=")).find("empty") != std::string::npos);
    }
    SECTION("a code that is not base64url (damaged on the way)") {
        LevelLoad l = levelFromShareLink("#level=eyJ2ZXJz%20aW9u");
        CHECK_FALSE(l.ok());
        CHECK(firstProblem(l).find("damaged") != std::string::npos);
        CHECK(firstProblem(l).find("'%' at position 9") != std::string::npos);
    }
    SECTION("a code cut short") {
        auto file = readFile(test::dataDir() + "/levels/1-3.json");
        REQUIRE(file);
        const std::string link = linkTo(*file);
        LevelLoad l = levelFromShareLink(link.substr(0, link.size() / 2));
        CHECK_FALSE(l.ok());   // either not whole base64 or not whole JSON: both are sentences
        CHECK(!firstProblem(l).empty());
    }
    SECTION("a compressed code changed or cut on the way, or unpacking to more than a level") {
        auto file = readFile(test::dataDir() + "/levels/1-3.json");
        REQUIRE(file);
        const LevelLoad level = parseLevel(*file);
        REQUIRE(level.ok());
        const std::string link = shareFragment(*level.level);
        std::string changed = link;
        changed[link.size() / 2] = changed[link.size() / 2] == 'A' ? 'B' : 'A';
        CHECK(firstProblem(levelFromShareLink(changed)).find("damaged") != std::string::npos);
        CHECK(firstProblem(levelFromShareLink(link.substr(0, link.size() - 8))).find("damaged") != std::string::npos);
        const std::string bomb = "#level=" + base64urlEncode(deflateBytes(std::string(kMaxLevelBytes + 1, ' ')));
        CHECK(firstProblem(levelFromShareLink(bomb)).find("unpacks to more than") != std::string::npos);
    }
    SECTION("too long: refused before decoding") {
        const std::string huge(kMaxShareCodeChars + 1, '!');   // would fail decoding too, but is never decoded
        LevelLoad l = levelFromShareLink("#level=" + huge);
        CHECK_FALSE(l.ok());
        CHECK(firstProblem(l).find("characters long") != std::string::npos);
    }
    SECTION("bytes that are not a level, through parseLevel") {
        CHECK_FALSE(levelFromShareLink(linkTo("hello, world")).ok());
        CHECK_FALSE(levelFromShareLink(linkTo(std::string("\x89PNG\r\n\x1a\n\0\0", 10))).ok());
        CHECK_FALSE(levelFromShareLink(linkTo(R"({"version": 1})")).ok());
        CHECK_FALSE(levelFromShareLink(linkTo(R"({"version": 99, "id": "x"})")).ok());
    }
    SECTION("deep nesting and absurd numbers") {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        LevelLoad nested = levelFromShareLink(linkTo(deep));
        CHECK_FALSE(nested.ok());
        CHECK(!firstProblem(nested).empty());

        auto file = readFile(test::dataDir() + "/levels/1-1.json");
        REQUIRE(file);
        std::string absurd = *file;
        const std::string key = "\"radius_km\": 30.0";
        REQUIRE(absurd.find(key) != std::string::npos);
        absurd.replace(absurd.find(key), key.size(), "\"radius_km\": 1e308");
        LevelLoad l = levelFromShareLink(linkTo(absurd));
        CHECK_FALSE(l.ok());
        REQUIRE(!l.problems.empty());
        CHECK(l.problems.front().pointer == "/ship/radius_km");
    }
}
