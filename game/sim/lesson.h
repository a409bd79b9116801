// A lesson: what a teacher gives the class for one session, as data. An ordered list of
// levels (the campaign's, named by id, or made ones carried inside the lesson), and for each
// level which tools the students may use (free, shown but locked, or hidden) and a time
// limit; a title and a note for the class in both languages; whether it opens in projector
// mode. A lesson is a file (saveLesson / parseLesson) and a link (lesson_link.h), both read
// at the same border: everything is checked there, and what passes needs no more checks.
//
// The `id` names the lesson in the students' progress codes (progress_code.h: lessonKey), so
// codes from two lessons never mix in the class table. It is made once, when the lesson is
// made (newLessonId), and kept through every edit.
#pragma once
#include "game/sim/campaign.h"
#include "game/sim/level.h"
#include "game/sim/level_io.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sp {

// What a lesson may do with each tool the student has in play.
enum class ToolAccess {
    Free,     // as always
    Locked,   // shown, but refuses input and says the lesson locked it
    Hidden,   // not shown at all
};

enum class LessonTool {
    Hints,          // the hint button and H
    Vectors,        // velocity and force arrows
    Prediction,     // the predicted path ahead
    TimeControls,   // pause, step and the speed buttons
    BurnPlanning,   // planned burns on the path
    Editor,         // "Create a level" and the editor
};
constexpr size_t kLessonTools = 6;

// The keys a lesson file uses: "hints", "vectors", "prediction", "time", "burns", "editor";
// and "free", "locked", "hidden".
const char* lessonToolKey(LessonTool tool);
const char* toolAccessKey(ToolAccess access);

struct LessonLevel {
    std::string id;                 // the campaign level's id, or the carried level's own id
    std::optional<Level> level;     // a made level, carried inside the lesson
    std::array<ToolAccess, kLessonTools> tools{};   // by LessonTool; all Free by default
    double time_limit_min = 0;      // real minutes the student has for this level; 0: no limit

    ToolAccess access(LessonTool tool) const { return tools[size_t(tool)]; }
    void setAccess(LessonTool tool, ToolAccess a) { tools[size_t(tool)] = a; }
};

struct Lesson {
    std::string id;                 // newLessonId(); 4 to 16 of a-z, 0-9 and '-'
    Text title;
    Text note;                      // for the class, shown when they join
    bool projector = false;         // opens in projector mode (big, high-contrast, thick lines)
    std::vector<LessonLevel> levels;
};

constexpr int kLessonVersion = 1;
constexpr int kMaxLessonLevels = 40;              // a session's worth, many times over
constexpr size_t kMaxLessonBytes = 4u << 20;      // a file or an unpacked link; four big made levels
constexpr double kMaxLessonMinutes = 600;         // a per-level time limit
constexpr size_t kMaxLessonTitleBytes = 200;
constexpr size_t kMaxLessonNoteBytes = 4000;

struct LessonLoad {
    std::optional<Lesson> lesson;   // set only when there are no problems
    std::vector<Problem> problems;  // with JSON pointers, as parseLevel's
    bool ok() const { return lesson.has_value(); }
};

// A lesson file. A level named without being carried must be one of `campaign`'s; a carried
// level goes through parseLevel, its problems reported under "/levels/N/level".
LessonLoad parseLesson(std::string_view bytes, const Campaign& campaign);
std::string saveLesson(const Lesson& lesson, LevelLayout layout = LevelLayout::Indented);

// A fresh id from `seed` (the game passes the clock and a counter): 8 characters of a-z and
// 0-9, about 41 bits, so two teachers' lessons do not share one.
std::string newLessonId(uint64_t seed);
bool isLessonId(std::string_view id);

} // namespace sp
