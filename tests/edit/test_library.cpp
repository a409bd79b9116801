// Made levels on disk (game/edit/library.h): templates, My levels, drafts, the autosave a
// killed process leaves behind, and "verified" = the author's recorded win still wins.
#include "engine/core/file_io.h"
#include "game/edit/document.h"
#include "game/edit/library.h"
#include "game/sim/campaign.h"
#include "game/sim/replay.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

using namespace sp;
using namespace sp::edit;
namespace fs = std::filesystem;

namespace {

// A fresh per-user folder for one test, ending with '/'.
std::string freshHome(const char* name) {
    const fs::path dir = fs::temp_directory_path() / ("starpath-edit-" + std::to_string(getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string() + "/";
}

std::vector<Template> templates() {
    std::vector<std::string> errors;
    auto list = loadTemplates(test::dataDir() + "/", &errors);
    for (const std::string& e : errors) UNSCOPED_INFO(e);
    REQUIRE(errors.empty());
    return list;
}

} // namespace

TEST_CASE("library: the templates load, are canonical, and their recorded solutions win") {
    auto list = templates();
    REQUIRE(list.size() == 9);
    CHECK(list[0].key == "1-earth-orbit");
    CHECK(list[1].key == "2-earth-moon");
    CHECK(list[2].key == "3-landing-site");
    CHECK(list[3].key == "4-coming-home");
    CHECK(list[4].key == "5-around-the-station");
    CHECK(list[5].key == "6-moving-moon");
    CHECK(list[6].key == "7-moon-landing");
    CHECK(list[7].key == "8-far-side-relay");
    CHECK(list[8].key == "9-find-the-hiker");
    CHECK(list[8].level.actions.sky);                          // a navigation level: no craft flies
    CHECK(list[8].level.goals.list.at(0).type == GoalType::Locate);
    CHECK(list[3].level.ship.parachute_area_m2 > 0);               // a capsule with its parachute
    CHECK(list[4].level.frame.kind == "local");                    // metres around a docking port
    CHECK(list[4].level.craft.at(0).dock_max_closing_m_s > 0);
    CHECK(list[1].level.attractors.size() == 2);               // Earth and Moon
    CHECK(list[2].level.attractors.at(0).look == "moon");      // a landing site on the Moon
    CHECK(list[5].level.attractors.at(1).orbits == 0);         // the Moon moving on its orbit
    CHECK(list[6].level.frame.kind == "local");                // a lunar plain, metres a unit
    CHECK(list[6].level.ground.size() > 100);                  // craters and rocks from a seed
    CHECK(list[7].level.frame.turn_period_min > 0);            // a frame turning with the Moon
    CHECK(std::any_of(list[7].level.goals.list.begin(), list[7].level.goals.list.end(), [](const Goal& g) { return g.type == GoalType::Relay; }));
    for (const Template& t : list) {
        INFO(t.key);
        auto bytes = readFile(test::dataDir() + "/levels/templates/" + t.key + ".json");
        REQUIRE(bytes);
        CHECK(saveLevel(t.level) == *bytes);
        REQUIRE(t.level.solution);
        CHECK(isVerified(t.level));
        CHECK(shareable(t.level));
        // A new level from it is not verified: its author has not won it yet.
        Level fresh = startFrom(t);
        CHECK_FALSE(fresh.solution);
        CHECK_FALSE(isVerified(fresh));
        CHECK(validateLevel(fresh).empty());
        CHECK(fresh.id == "my-" + t.level.id);
    }
}

TEST_CASE("library: verified means the stored win still wins after edits") {
    Template t = templates().at(2);   // the landing site
    Document doc(startFrom(t));
    CHECK_FALSE(shareable(doc.level()));
    doc.setSolution(t.level.solution);   // as if the author had just won with it
    CHECK(doc.dirty());
    CHECK(isVerified(doc.level()));
    CHECK(shareable(doc.level()));
    // Moving the landing site far away breaks the recorded win: no longer verified.
    REQUIRE(doc.moveBy({Kind::Zone, 0}, {3600, 0}));
    CHECK_FALSE(isVerified(doc.level()));
    REQUIRE(doc.undo());
    CHECK(isVerified(doc.level()));
    // A level with errors is never shareable, verified or not.
    REQUIRE(doc.set({Kind::Level, 0}, "id", std::string("bad id!")));
    CHECK_FALSE(shareable(doc.level()));
}

TEST_CASE("library: My levels keeps drafts and finished levels, and lists them") {
    const std::string home = freshHome("my-levels");
    CHECK(listMyLevels(home).empty());
    auto list = templates();
    Level done = startFrom(list[0]);
    done.solution = list[0].level.solution;
    Level draft = startFrom(list[1]);
    draft.id = "draft";
    draft.goals.list.clear();   // an error: saved anyway
    std::string error;
    REQUIRE(saveLevelFile(myLevelsDir(home) + fileNameFor(done), done, &error));
    REQUIRE(saveLevelFile(myLevelsDir(home) + fileNameFor(draft), draft, &error));
    REQUIRE(writeFileAtomic(myLevelsDir(home) + "zz-broken.json", "{\"version\": 1, \"ship\": ", &error));
    REQUIRE(writeFileAtomic(myLevelsDir(home) + "notes.txt", "not a level", &error));

    auto entries = listMyLevels(home);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].level.id == "draft");
    CHECK_FALSE(entries[0].problems.empty());
    CHECK_FALSE(entries[0].verified);
    CHECK(entries[1].level.id == "my-earth-orbit");
    CHECK(entries[1].problems.empty());
    CHECK(entries[1].verified);
    CHECK(saveLevel(entries[1].level) == saveLevel(done));
    CHECK_FALSE(entries[2].problems.empty());   // broken JSON: listed with its reason

    // Opening the draft gives it back as saved, with its problems.
    LevelLoad back = openLevelFile(myLevelsDir(home) + "draft.json");
    REQUIRE(back.level);
    CHECK(saveLevel(*back.level) == saveLevel(draft));
    CHECK_FALSE(back.problems.empty());
    CHECK_FALSE(openLevelFile(home + "missing.json").level);
    CHECK(fileNameFor(Level{}) == "level.json");
}

TEST_CASE("library: an autosave left by a killed process is found and restored") {
    const std::string home = freshHome("autosave");
    CHECK_FALSE(readAutosave(home, nullptr));
    Template t = templates().at(1);
    Document doc(startFrom(t));
    REQUIRE(doc.moveBy({Kind::Attractor, 1}, {5000, 0}));
    REQUIRE(doc.set({Kind::Level, 0}, "title", Text{"Half done", "做了一半"}));
    REQUIRE(doc.remove({Kind::Goal, 0}));   // a draft with an error is autosaved too
    const std::string expected = saveLevel(doc.level());

    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The editor's process: it autosaves, then dies without any chance to clean up.
        std::string error;
        writeAutosave(home, doc.level(), "/somewhere/moon.json", &error);
        raise(SIGKILL);
        _exit(0);   // not reached
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    std::string error;
    auto found = readAutosave(home, &error);
    REQUIRE(found);
    CHECK(error.empty());
    CHECK(saveLevel(found->level) == expected);
    CHECK(found->path == "/somewhere/moon.json");
    CHECK_FALSE(found->problems.empty());   // the missing goal, as the editor will list it
    clearAutosave(home);
    CHECK_FALSE(readAutosave(home, nullptr));
}

TEST_CASE("library: a damaged autosave is reported and kept aside, never deleted") {
    const std::string home = freshHome("damaged");
    std::string error;
    REQUIRE(writeAutosave(home, templates().at(0).level, "", &error));
    auto bytes = readFile(autosavePath(home));
    REQUIRE(bytes);
    REQUIRE(writeFileAtomic(autosavePath(home), bytes->substr(0, bytes->size() / 2), &error));
    std::string why;
    CHECK_FALSE(readAutosave(home, &why));
    CHECK(why.find("could not be read") != std::string::npos);
    CHECK_FALSE(fileExists(autosavePath(home)));
    size_t kept = 0;
    for (const auto& e : fs::directory_iterator(home))
        if (e.path().filename().string().find("editor-autosave.json.damaged-") == 0) ++kept;
    CHECK(kept == 1);
}
