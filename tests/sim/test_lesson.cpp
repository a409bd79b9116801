// Lessons as data (game/sim/lesson.h, lesson_link.h): a teacher's lesson round-trips through
// its file and its link (the QR code's payload), and every hostile or mistaken lesson is
// refused with a sentence that says where and why, before anything of it is used.
#include "engine/core/base64.h"
#include "engine/core/deflate.h"
#include "engine/core/file_io.h"
#include "game/sim/lesson.h"
#include "game/sim/lesson_link.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace sp;

namespace {

const Campaign& campaign() {
    static const Campaign c = loadCampaign(test::dataDir() + "/levels");
    return c;
}

// Three campaign levels with the tools set as a teacher might, and a made level carried inside.
Lesson sampleLesson() {
    Lesson l;
    l.id = newLessonId(42);
    l.title = {"Orbits, lesson 1", "轨道 第一课"};
    l.note = {"Work in pairs. Write down the speed that worked.", "两人一组，记下成功的速度。"};
    l.projector = true;
    for (const char* id : {"1-1", "1-2", "4-3"}) {
        LessonLevel level;
        level.id = id;
        l.levels.push_back(level);
    }
    l.levels[0].setAccess(LessonTool::Hints, ToolAccess::Hidden);
    l.levels[1].setAccess(LessonTool::Prediction, ToolAccess::Locked);
    l.levels[1].setAccess(LessonTool::Editor, ToolAccess::Hidden);
    l.levels[2].time_limit_min = 12.5;
    const LevelLoad made = parseLevel(*readFile(test::dataDir() + "/levels/templates/1-earth-orbit.json"));
    REQUIRE(made.ok());
    LessonLevel carried;
    carried.id = made.level->id;
    carried.level = *made.level;
    carried.setAccess(LessonTool::BurnPlanning, ToolAccess::Locked);
    l.levels.push_back(carried);
    return l;
}

bool sameLesson(const Lesson& a, const Lesson& b) { return saveLesson(a) == saveLesson(b); }

// The problems of a lesson file, one "pointer: message" a line.
std::string problemsOf(const std::string& text) {
    std::string all;
    for (const Problem& p : parseLesson(text, campaign()).problems) all += p.pointer + ": " + p.message + "\n";
    return all;
}

} // namespace

TEST_CASE("a lesson round-trips through its file and its link, tools, limits and a carried level included", "[lesson]") {
    REQUIRE(campaign().errors.empty());
    const Lesson lesson = sampleLesson();
    const std::string file = saveLesson(lesson);
    const LessonLoad back = parseLesson(file, campaign());
    INFO(problemsOf(file));
    REQUIRE(back.ok());
    CHECK(sameLesson(*back.lesson, lesson));
    CHECK(back.lesson->levels[0].access(LessonTool::Hints) == ToolAccess::Hidden);
    CHECK(back.lesson->levels[1].access(LessonTool::Prediction) == ToolAccess::Locked);
    CHECK(back.lesson->levels[1].access(LessonTool::Hints) == ToolAccess::Free);
    CHECK(back.lesson->levels[2].time_limit_min == 12.5);
    REQUIRE(back.lesson->levels[3].level.has_value());
    CHECK(saveLevel(*back.lesson->levels[3].level) == saveLevel(*lesson.levels[3].level));
    CHECK(back.lesson->projector);
    CHECK(back.lesson->title.zh == "轨道 第一课");

    const std::string link = lessonLink(lesson, "https://example.org/starpath/?lang=zh#old");
    CHECK(link.rfind("https://example.org/starpath/?lang=zh#lesson=", 0) == 0);
    const LessonLoad fromLink = lessonFromLink("  " + link + "\r\n", campaign());
    REQUIRE(fromLink.ok());
    CHECK(sameLesson(*fromLink.lesson, lesson));

    // Campaign levels only: the link a QR code carries stays short.
    Lesson small = lesson;
    small.levels.pop_back();
    const std::string smallLink = lessonFragment(small);
    const size_t plain = base64urlEncode(saveLesson(small, LevelLayout::Compact)).size();
    WARN("a lesson of 3 campaign levels: link fragment " << smallLink.size() << " characters (" << plain
         << " uncompressed); with a made level carried: " << lessonFragment(lesson).size());
    CHECK(smallLink.size() < 400);
    CHECK(smallLink.size() < plain);
    REQUIRE(lessonFromLink(smallLink, campaign()).ok());
}

TEST_CASE("lesson ids are fresh, well formed and kept", "[lesson]") {
    CHECK(isLessonId(newLessonId(1)));
    CHECK(newLessonId(1) == newLessonId(1));
    CHECK(newLessonId(1) != newLessonId(2));
    CHECK(newLessonId(1).size() == 8);
    CHECK_FALSE(isLessonId("abc"));
    CHECK_FALSE(isLessonId("Lesson1"));
    CHECK_FALSE(isLessonId("a very long lesson id"));
}

TEST_CASE("a lesson file with mistakes is refused, each at its place", "[lesson]") {
    const std::string good = saveLesson(sampleLesson(), LevelLayout::Compact);
    auto edited = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        const size_t at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    };
    CHECK(problemsOf(edited("\"id\":\"1-2\"", "\"id\":\"9-9\"")).find("/levels/1/id: the campaign has no level \"9-9\"") != std::string::npos);
    CHECK(problemsOf(edited("\"id\":\"1-2\"", "\"id\":\"1-1\"")).find("/levels/1/id: level \"1-1\" is in the lesson twice") != std::string::npos);
    CHECK(problemsOf(edited("\"prediction\":\"locked\"", "\"predict\":\"locked\"")).find("/levels/1/tools/predict: no tool is called") != std::string::npos);
    CHECK(problemsOf(edited("\"prediction\":\"locked\"", "\"prediction\":\"off\"")).find("/levels/1/tools/prediction: expected \"free\", \"locked\" or \"hidden\"") != std::string::npos);
    CHECK(problemsOf(edited("\"time_limit_min\":12.5", "\"time_limit_min\":-3")).find("/levels/2/time_limit_min") != std::string::npos);
    CHECK(problemsOf(edited("\"version\":1", "\"version\":7")).find("made by a newer Starpath (version 7)") != std::string::npos);
    CHECK(problemsOf(edited("\"projector\":true", "\"projecter\":true")).find("/projecter: a lesson has no \"projecter\"") != std::string::npos);
    CHECK(problemsOf(edited("\"title\":{", "\"title\":{\"fr\":\"x\",")).find("/title/fr") != std::string::npos);
    // A carried level is read by the level border; its problems point inside it.
    const std::string badLevel = problemsOf(edited("\"version\":4", "\"version\":\"four\""));
    CHECK(badLevel.find("/levels/3/level/version") != std::string::npos);
    CHECK(problemsOf(edited("\"id\":\"earth-orbit\"", "\"id\":\"orbit-2\"")).find("but the level carried with it is") != std::string::npos);
    CHECK(problemsOf(good.substr(0, good.size() / 2)).find("this is not a lesson file: not valid JSON") != std::string::npos);
    CHECK(problemsOf("[1,2,3]").find("a lesson file is a JSON object") != std::string::npos);
    CHECK(problemsOf("{\"version\":1,\"id\":\"abcd\",\"title\":{\"en\":\"x\"},\"levels\":[]}").find("/levels: the lesson needs at least one level") != std::string::npos);
    CHECK(problemsOf("{\"version\":1,\"title\":{\"en\":\"x\"},\"levels\":[{\"id\":\"1-1\"}]}").find("no \"id\"") != std::string::npos);
    CHECK(parseLesson(good, campaign()).ok());   // the edits above were copies
}

TEST_CASE("hostile lesson links are refused with a reason: damaged, cut, too long, a bomb, 10,000 levels", "[lesson]") {
    const std::string link = lessonFragment(sampleLesson());
    auto refusal = [&](const std::string& l) {
        const LessonLoad r = lessonFromLink(l, campaign());
        REQUIRE_FALSE(r.ok());
        REQUIRE_FALSE(r.problems.empty());
        return r.problems[0].message;
    };
    CHECK(refusal("https://example.org/#level=abc").find("does not carry a lesson") != std::string::npos);
    CHECK(refusal("#lesson=").find("empty") != std::string::npos);
    CHECK(refusal(link.substr(0, link.size() - 9)).find("damaged") != std::string::npos);   // cut short
    std::string changed = link;
    changed[40] = changed[40] == 'A' ? 'B' : 'A';
    CHECK(refusal(changed).find("damaged") != std::string::npos);
    CHECK(refusal(link + "*").find("damaged") != std::string::npos);
    CHECK(refusal("#lesson=" + std::string(kMaxLessonCodeChars + 1, 'A')).find("characters long") != std::string::npos);
    // 20 MB of spaces inflate past the lesson limit: stopped there, not unpacked.
    const std::string bomb = "#lesson=" + base64urlEncode(deflateBytes(std::string(20u << 20, ' ')));
    CHECK(bomb.size() < kMaxLessonCodeChars);
    CHECK(refusal(bomb).find("unpacks to more than") != std::string::npos);
    // A lesson of 10,000 levels: refused by its count, at once.
    std::string many = "{\"version\":1,\"id\":\"abcd\",\"title\":{\"en\":\"x\"},\"levels\":[";
    for (int i = 0; i < 10000; ++i) many += std::string(i ? "," : "") + "{\"id\":\"1-1\"}";
    many += "]}";
    const auto t0 = std::chrono::steady_clock::now();
    const std::string why = refusal("#lesson=" + base64urlEncode(deflateBytes(many)));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    CHECK(why.find("holds 10000 levels; a lesson takes at most 40") != std::string::npos);
    WARN("a link of 10,000 levels refused in " << ms << " ms");
    CHECK(refusal("#lesson=" + base64urlEncode(deflateBytes("{\"version\":1}"))).find("no \"id\"") != std::string::npos);
    // A carried "level" nested two million deep (a few KB deflated): refused by its depth
    // before anything walks it (nlohmann's dump and destructor recurse per level).
    const std::string deep = "{\"version\":1,\"id\":\"abcd\",\"title\":{\"en\":\"x\"},\"levels\":[{\"id\":\"x\",\"level\":" +
                             std::string(2000000, '[') + std::string(2000000, ']') + "}]}";
    const std::string deepLink = "#lesson=" + base64urlEncode(deflateBytes(deep));
    CHECK(deepLink.size() < 20000);
    CHECK(refusal(deepLink).find("deep") != std::string::npos);
    CHECK(problemsOf(deep).find("deep") != std::string::npos);
}
