// The player's settings (game/shell/settings.h) in the save file's "settings" section, and a
// save written before the settings moved out of the sim: it must load with nothing lost.
#include "app_fixtures.h"
#include "engine/core/file_io.h"
#include "engine/platform/app.h"
#include "game/app/game.h"
#include "game/shell/settings.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace sp;
namespace fs = std::filesystem;

namespace {
// Written by the code of main at f714204 (SaveStore with the settings inside SaveData):
// every setting away from its default, wins with odd best times, a level no campaign lists.
const std::string kOldSave = std::string(STARPATH_DATA_DIR) + "/tests/app/save-written-before-settings-moved.json";

// Reads the files of a run with this save as a real start does (no window is opened).
struct Run {
    platform::App app;
    Game game;
    int code;
    explicit Run(const std::string& home) : game(app, options(home)), code(game.prepare()) {}
    static Options options(const std::string& home) {
        Options o;
        o.home = home;
        return o;
    }
};
} // namespace

TEST_CASE("settings read back as written, and the defaults fill what a section leaves out") {
    Settings s;
    s.language = "zh";
    s.ui_scale = 1.5;
    s.volume = 0.25;
    s.muted = true;
    s.fullscreen = true;
    s.show_vectors = true;
    auto back = parseSettings(settingsJson(s), nullptr);
    REQUIRE(back);
    CHECK(back->language == "zh");
    CHECK(back->ui_scale == 1.5);
    CHECK(back->volume == 0.25);
    CHECK(back->muted);
    CHECK(back->fullscreen);
    CHECK(back->show_vectors);

    auto partial = parseSettings(R"({"language":"zh","something_new":3})", nullptr);
    REQUIRE(partial);
    CHECK(partial->language == "zh");
    CHECK(partial->volume == Settings().volume);
    auto none = parseSettings("", nullptr);
    REQUIRE(none);
    CHECK(none->language == "en");

    Settings wild;
    wild.ui_scale = 9;
    wild.volume = -1;
    CHECK(clamped(wild).ui_scale == 2.0);
    CHECK(clamped(wild).volume == 0.0);
}

TEST_CASE("settings of the wrong kind or out of range are refused with a sentence") {
    const char* bad[] = {
        "null", "[1]", "{", R"({"ui_scale":1e400})", R"({"ui_scale":0.1})", R"({"volume":"loud"})",
        R"({"language":"klingon"})", R"({"language":7})", R"({"muted":"yes"})", R"({"show_vectors":1})",
    };
    for (const char* b : bad) {
        INFO(b);
        std::string error;
        CHECK_FALSE(parseSettings(b, &error).has_value());
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("a save written before the settings moved out of the sim loads with nothing lost") {
    test::TempDir home("old-save");
    const std::string bytes = readFile(kOldSave).value_or("");
    REQUIRE(!bytes.empty());
    REQUIRE(writeFileAtomic(home.str() + "/save.json", bytes));
    Run run(home.str());
    REQUIRE(run.code == 0);
    const Settings& s = run.game.settings();
    CHECK(s.language == "zh");
    CHECK(s.ui_scale == 1.25);
    CHECK(s.volume == 0.35);
    CHECK(s.muted);
    CHECK_FALSE(s.fullscreen);
    CHECK(s.show_vectors);
    const SaveData& p = run.game.progress().save();
    CHECK(p.levels.size() == 4);
    CHECK(p.stars("1-1") == 3);
    CHECK(p.levels.at("1-1").best_minutes == 90.123456789);
    CHECK(p.stars("1-2") == 2);
    CHECK(p.levels.at("1-3").best_minutes == 75.25);
    CHECK(p.stars("my-own-level") == 3);
    CHECK(run.game.progress().unlocked("1-4"));
    CHECK_FALSE(run.game.progress().unlocked("1-5"));

    // Saved again (as any change of a setting does), the file is the very same bytes.
    run.game.changeSettings(run.game.settings());
    CHECK(readFile(home.str() + "/save.json").value_or("") == bytes);
}

TEST_CASE("settings that cannot be read start over, and the progress beside them is kept") {
    test::TempDir home("bad-settings");
    std::string bytes = readFile(kOldSave).value_or("");
    const size_t at = bytes.find("\"zh\"");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 4, "\"klingon\"");
    REQUIRE(writeFileAtomic(home.str() + "/save.json", bytes));
    Run run(home.str());
    REQUIRE(run.code == 0);
    CHECK(run.game.settings().language == "en");
    CHECK(run.game.settings().volume == Settings().volume);
    CHECK(run.game.progress().save().stars("1-1") == 3);
    CHECK(run.game.progress().save().levels.size() == 4);
    // Not a damaged save: nothing was moved aside.
    for (const auto& e : fs::directory_iterator(home.path)) CHECK(e.path().filename().string().find("damaged") == std::string::npos);
}
