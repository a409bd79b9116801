// The game's command line (game/app/options.h): what it accepts and the sentence it says
// for what it does not.
#include "game/app/options.h"

#include <catch2/catch.hpp>

using namespace sp;

namespace {
OptionsParse parse(std::vector<std::string> args) { return parseOptions(args); }
} // namespace

TEST_CASE("the flags a test, a script or a teacher gives are read into Options") {
    OptionsParse r = parse({"--level", "1-3", "--ticks", "300", "--size", "960x600", "--lang", "zh", "--scale", "1.5",
                            "--vectors", "--screenshot", "out.png", "--home", "/tmp/h", "--data", "/tmp/d"});
    REQUIRE(r.options);
    const Options& o = *r.options;
    CHECK(o.level == "1-3");
    CHECK(o.ticks == 300);
    CHECK(o.width == 960);
    CHECK(o.height == 600);
    CHECK(o.lang == "zh");
    CHECK(o.scale == 1.5);
    CHECK(o.vectors);
    CHECK(o.scripted());
    CHECK(o.home == "/tmp/h");
    CHECK(o.data == "/tmp/d");
    CHECK(parse({"--screen", "chapter-complete"}).options);
    CHECK(parse({"--screen", "editor", "--level", "1-3", "--select", "zones/0"}).options);
    CHECK(parse({}).options->ticks == -1);
    const OptionsParse planned = parse({"--level", "1-3", "--ticks", "300", "--paused", "--plan", "40"});
    REQUIRE(planned.options);
    CHECK(planned.options->paused);
    CHECK(planned.options->planMinutes == 40);
}

TEST_CASE("a wrong command line is one sentence that says what to do") {
    struct Bad {
        std::vector<std::string> args;
        const char* says;
    };
    const Bad bad[] = {
        {{"--warp", "9"}, "unknown option"},
        {{"1-3"}, "options start with --"},
        {{"--level"}, "needs a value"},
        {{"--screen", "moon"}, "--screen must be one of"},
        {{"--ticks", "-5", "--level", "1-1"}, "--ticks wants a whole number"},
        {{"--size", "100x100"}, "--size wants"},
        {{"--lang", "fr"}, "--lang must be en or zh"},
        {{"--scale", "3"}, "--scale wants"},
        {{"--inputs", "x.json"}, "--inputs needs --level"},
        {{"--ticks", "10"}, "--ticks needs --level or --link"},
        {{"--level", "1-3", "--paused"}, "--paused and --plan need --ticks"},
        {{"--level", "1-3", "--ticks", "3", "--plan", "0"}, "--plan wants real minutes ahead"},
        {{"--link", "a.txt", "--level", "1-1"}, "give one of them"},
        {{"--select", "ship"}, "--select needs --screen editor"},
        {{"--screen", "editor", "--ticks", "3", "--level", "1-1"}, "--screen editor takes"},
    };
    for (const Bad& b : bad) {
        INFO(b.args[0]);
        OptionsParse r = parse(b.args);
        CHECK_FALSE(r.options);
        CHECK(r.error.find(b.says) != std::string::npos);
    }
}
