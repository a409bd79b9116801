// The player's save: atomic, backed up, and never lost to a damaged file. The progress is the
// sim's; other sections (the game's settings) pass through untouched.
#include "engine/core/file_io.h"
#include "game/sim/save.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace sp;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("starpath-save-test-" + std::to_string(std::rand()) + std::to_string(reinterpret_cast<uintptr_t>(this)));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

SaveData sample() {
    SaveData d;
    d.sections["settings"] = R"({"language":"zh","ui_scale":1.25,"volume":0.5})";
    d.recordWin("1-1", 3, 90.5);
    d.recordWin("1-2", 1, 130);
    return d;
}
} // namespace

TEST_CASE("save round trip keeps the progress and every other section as it came") {
    TempDir dir;
    SaveStore store(dir.path.string());
    REQUIRE(store.save(sample()));
    std::string notice;
    SaveData back = store.load(&notice);
    CHECK(notice.empty());
    CHECK(back.sections.size() == 1);
    CHECK(back.sections["settings"] == R"({"language":"zh","ui_scale":1.25,"volume":0.5})");   // keys in their order
    CHECK(back.stars("1-1") == 3);
    CHECK(back.stars("1-2") == 1);
    CHECK(back.stars("1-3") == 0);
    CHECK(serializeSave(back) == serializeSave(sample()));
}

TEST_CASE("recordWin keeps the best stars and the best time") {
    SaveData d;
    CHECK(d.recordWin("1-1", 2, 100));
    CHECK_FALSE(d.recordWin("1-1", 1, 120));
    CHECK(d.stars("1-1") == 2);
    CHECK(d.recordWin("1-1", 1, 80));
    CHECK(d.stars("1-1") == 2);
    CHECK(d.levels["1-1"].best_minutes == 80);
}

TEST_CASE("a truncated save is reported, the backup restored, and the damaged bytes kept") {
    TempDir dir;
    SaveStore store(dir.path.string());
    SaveData first = sample();
    REQUIRE(store.save(first));
    SaveData second = first;
    second.recordWin("1-3", 2, 50);
    REQUIRE(store.save(second));   // first becomes the backup
    // Cut the current file in half, as a crash or a full disk might.
    std::string bytes = *readFile(store.path());
    REQUIRE(writeFileAtomic(store.path(), bytes.substr(0, bytes.size() / 2)));

    std::string notice;
    SaveData loaded = store.load(&notice);
    CHECK(notice.find("damaged") != std::string::npos);
    CHECK(loaded.stars("1-1") == 3);   // from the backup
    bool keptAside = false;
    for (const auto& e : fs::directory_iterator(dir.path)) {
        if (e.path().filename().string().find("damaged") != std::string::npos) {
            keptAside = true;
            CHECK(*readFile(e.path().string()) == bytes.substr(0, bytes.size() / 2));
        }
    }
    CHECK(keptAside);

    // Saving now must not push the last good copy out with the damaged one.
    REQUIRE(store.save(loaded));
    CHECK(parseSave(*readFile(store.backupPath()), nullptr).has_value());
}

TEST_CASE("garbage and hostile saves are rejected with a sentence, never a crash") {
    const char* bad[] = {
        "", "{", "null", "[]", "{\"version\":2}", "{\"version\":1,\"levels\":{\"1-1\":{\"stars\":7}}}",
        "{\"version\":1,\"levels\":[1,2]}", "{\"version\":1,\"levels\":{\"1-1\":{\"best_minutes\":-1}}}",
        "\xff\xfe\x00garbage",
    };
    for (const char* b : bad) {
        std::string error;
        CHECK_FALSE(parseSave(b, &error).has_value());
        CHECK_FALSE(error.empty());
    }
    std::string deep(100000, '[');
    std::string error;
    CHECK_FALSE(parseSave("{\"version\":1,\"x\":" + deep, &error).has_value());
    CHECK(error.find("deep") != std::string::npos);
}

TEST_CASE("a missing save starts fresh without a notice") {
    TempDir dir;
    SaveStore store((dir.path / "not-yet").string());
    std::string notice;
    SaveData d = store.load(&notice);
    CHECK(notice.empty());
    CHECK(d.levels.empty());
    CHECK(store.save(d));
    CHECK(fileExists(store.path()));
}

// What is in a section is its owner's to judge (game/shell/settings.cpp checks the settings):
// the progress of a file with odd settings still loads.
TEST_CASE("a section the sim does not read never stops the progress from loading") {
    auto d = parseSave(R"({"version":1,"settings":{"language":"klingon"},"extra":[1,2],"levels":{"1-1":{"stars":2}}})", nullptr);
    REQUIRE(d);
    CHECK(d->stars("1-1") == 2);
    CHECK(d->sections["settings"] == R"({"language":"klingon"})");
    CHECK(d->sections["extra"] == "[1,2]");
    // Written back in the file's layout: version, the sections, then the levels.
    const std::string out = serializeSave(*d);
    CHECK(out.find("\"version\"") < out.find("\"extra\""));
    CHECK(out.find("\"settings\"") < out.find("\"levels\""));
    CHECK(parseSave(out, nullptr)->sections == d->sections);
}
