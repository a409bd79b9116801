// The class table (issue 13, "The classroom"): the teacher pastes the progress codes of a
// class (game/sim/progress_code.h), as many at once as a chat log holds, and gets one row
// per student with each level's stars, time, hints and tries, sorted so the students who
// are stuck come first. Kept in the per-user folder as JSON, exported as CSV for a
// spreadsheet. Headless: the game's screen shows it and does the file I/O.
//
// A row is one student in one lesson: the key is the lesson and the nickname, its ASCII
// letters compared without case ("Ming" and "ming" are one student; nicknames are trimmed
// by the code already). The newest code of a student wins, by its `issued` count, so a
// teacher can paste the whole chat again after every level and nothing doubles.
#pragma once
#include "game/sim/progress_code.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sp {

struct ClassRow {
    std::string nickname;   // as the newest code spells it
    uint32_t lesson = 0;
    uint32_t issued = 0;
    std::vector<LessonLevelResult> levels;

    int levelsWon() const;
    int totalTries() const;
    int totalHints() const;
};

enum class MergeResult {
    Added,     // a new student
    Updated,   // a newer code of a student already in the table: the row is replaced
    Same,      // this very progress is already in the table
    Older,     // an older code than the row's: left out
    Refused,   // not read, or in conflict with the row: left out
};

struct MergeLine {
    MergeResult result = MergeResult::Refused;
    std::string code;       // as pasted (a text too long to be a code is shortened, with "...")
    std::string error;      // why it was left out (Older, Refused), a sentence for the teacher
    std::string nickname;   // the student's, when the code could be read
};

// What the CSV's columns are called: the game passes them in the teacher's language.
struct CsvLabels {
    std::string nickname = "Nickname";
    std::string won = "Levels won";
    std::string stars = "stars";
    std::string minutes = "time (min)";
    std::string hints = "hints";
    std::string tries = "tries";
};

// The most codes one paste is read for; a paste with more says so in its last line.
constexpr size_t kMaxCodesPerPaste = 500;

class ClassTable {
public:
    // Everything pasted at once: every progress code in the text, whether on lines of its
    // own, between commas or semicolons, inside chat messages or as a game link ending in
    // "#code=SP1-..."; words around them are skipped. One line per code found, in order.
    // A code typed with spaces instead of dashes is read only up to its first space: in a
    // chat, a space is where the code ends.
    std::vector<MergeLine> merge(std::string_view pasted);
    // One code the game already has as data. `code` in the line is its text.
    MergeLine mergeOne(const ProgressCode& code);

    const std::vector<ClassRow>& rows() const { return rows_; }
    // Rows by who is stuck first: fewest levels won, then most tries, then most hints, then
    // nickname. Only the given lesson's rows when one is given.
    std::vector<const ClassRow*> byStuck(std::optional<uint32_t> lesson = std::nullopt) const;

    // A header row and one row per student (in byStuck order), RFC 4180: CRLF line ends,
    // a field with a comma, quote or line break quoted. A column per level and value; a
    // level not played has empty cells, and its stars are empty unless won. `levelTitles`
    // name the level columns ("Level 7" past its end).
    std::string toCsv(const std::vector<std::string>& levelTitles, std::optional<uint32_t> lesson = std::nullopt,
                      const CsvLabels& labels = {}) const;
    std::string toJson() const;
    // Any text in: the table, or nullopt and a sentence in `error` (the caller's table is
    // untouched, so a damaged file loses nothing that was already open).
    static std::optional<ClassTable> fromJson(std::string_view text, std::string* error);

    void clear() { rows_.clear(); }

private:
    MergeLine mergeCode(const ProgressCode& code);
    std::vector<ClassRow> rows_;   // in the order the students first came
};

} // namespace sp
