// Index: [SECTION] rows and merging · [SECTION] order · [SECTION] CSV · [SECTION] JSON
#include "game/sim/class_table.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sp {

namespace {

using json = nlohmann::json;

constexpr int kFileVersion = 1;
constexpr size_t kMaxFileBytes = 8 << 20;   // thousands of students; anything bigger is not ours
constexpr size_t kMaxRows = 10000;

// The row key's nickname: ASCII letters without case. Other scripts have no case to fold
// that a teacher would expect folded, and Unicode case rules are not ours to carry.
std::string folded(std::string_view nickname) {
    std::string out(nickname);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string inQuotes(const std::string& nickname) { return "\"" + nickname + "\""; }

// What the line shows of the pasted text: all of a code, the start of anything longer.
std::string shown(std::string_view pasted) {
    if (pasted.size() <= kMaxProgressCodeChars) return std::string(pasted);
    return std::string(pasted.substr(0, 40)) + "...";
}

} // namespace

// [SECTION] rows and merging

int ClassRow::levelsWon() const {
    return static_cast<int>(std::count_if(levels.begin(), levels.end(), [](const LessonLevelResult& l) { return l.won; }));
}

int ClassRow::totalTries() const {
    int n = 0;
    for (const LessonLevelResult& l : levels) n += l.tries;
    return n;
}

int ClassRow::totalHints() const {
    int n = 0;
    for (const LessonLevelResult& l : levels) n += l.hints;
    return n;
}

std::vector<MergeLine> ClassTable::merge(std::string_view pasted) {
    std::vector<MergeLine> lines;
    size_t at = 0;
    while (auto found = findProgressCode(pasted, at)) {
        at = found->second;
        if (lines.size() == kMaxCodesPerPaste) {
            lines.push_back({MergeResult::Refused, "", "Only the first " + std::to_string(kMaxCodesPerPaste) +
                                                           " codes were read; paste the rest on their own.", ""});
            break;
        }
        const std::string_view text = pasted.substr(found->first, found->second - found->first);
        ProgressCodeRead read = decodeProgressCode(text);
        MergeLine line = read.code ? mergeCode(*read.code) : MergeLine{MergeResult::Refused, "", read.error, ""};
        line.code = shown(text);
        lines.push_back(std::move(line));
    }
    return lines;
}

MergeLine ClassTable::mergeOne(const ProgressCode& code) {
    MergeLine line = mergeCode(code);
    line.code = encodeProgressCode(code);
    return line;
}

MergeLine ClassTable::mergeCode(const ProgressCode& code) {
    if (std::string why = progressCodeProblem(code); !why.empty())
        return {MergeResult::Refused, "", "This progress cannot go in the table. " + why, code.nickname};
    const std::string key = folded(code.nickname);
    auto row = std::find_if(rows_.begin(), rows_.end(),
                            [&](const ClassRow& r) { return r.lesson == code.lesson && folded(r.nickname) == key; });
    const ClassRow fresh{code.nickname, code.lesson, code.issued, code.levels};
    if (row == rows_.end()) {
        rows_.push_back(fresh);
        return {MergeResult::Added, "", "", code.nickname};
    }
    if (code.issued > row->issued) {
        *row = fresh;
        return {MergeResult::Updated, "", "", code.nickname};
    }
    const std::string number = " (number " + std::to_string(code.issued) + "; the table has number " + std::to_string(row->issued) + ")";
    if (code.issued < row->issued)
        return {MergeResult::Older,
                "",
                "An older code of " + inQuotes(code.nickname) + number +
                    " was left out. If it is another student with the same nickname, ask one of them to choose another.",
                code.nickname};
    if (code.levels == row->levels) return {MergeResult::Same, "", "", code.nickname};
    // The same count with other progress: one game never does that, two students might.
    return {MergeResult::Refused,
            "",
            "Another code of " + inQuotes(code.nickname) + number +
                " with different progress is in the table: two students may be using this nickname. Ask one of them to choose "
                "another, then paste their new code.",
            code.nickname};
}

// [SECTION] order

std::vector<const ClassRow*> ClassTable::byStuck(std::optional<uint32_t> lesson) const {
    std::vector<const ClassRow*> out;
    for (const ClassRow& r : rows_)
        if (!lesson || r.lesson == *lesson) out.push_back(&r);
    std::stable_sort(out.begin(), out.end(), [](const ClassRow* a, const ClassRow* b) {
        if (a->levelsWon() != b->levelsWon()) return a->levelsWon() < b->levelsWon();
        if (a->totalTries() != b->totalTries()) return a->totalTries() > b->totalTries();
        if (a->totalHints() != b->totalHints()) return a->totalHints() > b->totalHints();
        if (folded(a->nickname) != folded(b->nickname)) return folded(a->nickname) < folded(b->nickname);
        return a->nickname < b->nickname;
    });
    return out;
}

// [SECTION] CSV

namespace {

// One RFC 4180 field. A nickname is the student's own text, and a spreadsheet runs a cell
// that starts with = + - or @ as a formula: such a cell gets a leading apostrophe, which
// spreadsheets read as "this is text".
std::string csvField(const std::string& text) {
    std::string cell = !text.empty() && std::string_view("=+-@").find(text[0]) != std::string_view::npos ? "'" + text : text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Real minutes (CONVENTIONS.md: CSV has real units) to two places, without the C locale's
// help: a decimal point whatever the machine's language.
std::string minutes(int seconds) {
    const int hundredths = (seconds * 100 + 30) / 60;
    const int cents = hundredths % 100;
    return std::to_string(hundredths / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
}

} // namespace

std::string ClassTable::toCsv(const std::vector<std::string>& levelTitles, std::optional<uint32_t> lesson,
                              const CsvLabels& labels) const {
    const std::vector<const ClassRow*> rows = byStuck(lesson);
    size_t columns = levelTitles.size();
    for (const ClassRow* r : rows) columns = std::max(columns, r->levels.size());
    // The byte order mark: Excel reads a CSV without one in the machine's old code page
    // (GBK on a Chinese Windows), which garbles every Chinese nickname; with it, UTF-8.
    std::string out = "\xEF\xBB\xBF";
    out += csvField(labels.nickname) + "," + csvField(labels.won);
    for (size_t i = 0; i < columns; ++i) {
        const std::string title = i < levelTitles.size() ? levelTitles[i] : "Level " + std::to_string(i + 1);
        for (const std::string* label : {&labels.stars, &labels.minutes, &labels.hints, &labels.tries})
            out += "," + csvField(title + " " + *label);
    }
    out += "\r\n";
    for (const ClassRow* r : rows) {
        out += csvField(r->nickname) + "," + std::to_string(r->levelsWon());
        for (size_t i = 0; i < columns; ++i) {
            const LessonLevelResult l = i < r->levels.size() ? r->levels[i] : LessonLevelResult{};
            if (!l.played) {
                out += ",,,,";
                continue;
            }
            out += "," + (l.won ? std::to_string(l.stars) : std::string()) + "," + minutes(l.seconds) + "," +
                   std::to_string(l.hints) + "," + std::to_string(l.tries);
        }
        out += "\r\n";
    }
    return out;
}

// [SECTION] JSON

std::string ClassTable::toJson() const {
    json rows = json::array();
    for (const ClassRow& r : rows_) {
        json levels = json::array();
        for (const LessonLevelResult& l : r.levels)
            levels.push_back({{"played", l.played}, {"won", l.won}, {"stars", l.stars}, {"seconds", l.seconds},
                              {"hints", l.hints}, {"tries", l.tries}});
        rows.push_back({{"nickname", r.nickname}, {"lesson", r.lesson}, {"issued", r.issued}, {"levels", levels}});
    }
    // Rows hold only checked UTF-8, but a dump must never throw: replace, do not fail.
    return json{{"version", kFileVersion}, {"rows", rows}}.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

bool readInt(const json& obj, const char* key, int64_t lo, int64_t hi, int64_t& out, std::string* error, const std::string& where) {
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_integer() || it->get<int64_t>() < lo || it->get<int64_t>() > hi) {
        if (error) *error = where + " has no \"" + key + "\" between " + std::to_string(lo) + " and " + std::to_string(hi) + ".";
        return false;
    }
    out = it->get<int64_t>();
    return true;
}

bool readBool(const json& obj, const char* key, bool& out, std::string* error, const std::string& where) {
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_boolean()) {
        if (error) *error = where + " has no \"" + key + "\" that is true or false.";
        return false;
    }
    out = it->get<bool>();
    return true;
}

std::optional<ClassRow> readRow(const json& j, size_t index, std::string* error) {
    const std::string where = "Row " + std::to_string(index + 1);
    if (!j.is_object() || !j.contains("nickname") || !j["nickname"].is_string() || !j.contains("levels") ||
        !j["levels"].is_array() || j["levels"].size() > static_cast<size_t>(kMaxLessonLevels)) {
        if (error) *error = where + " is not a student's row (a nickname and at most " + std::to_string(kMaxLessonLevels) + " levels).";
        return std::nullopt;
    }
    ProgressCode code;
    code.nickname = j["nickname"].get<std::string>();
    int64_t lesson = 0, issued = 0;
    if (!readInt(j, "lesson", 0, UINT32_MAX, lesson, error, where) || !readInt(j, "issued", 0, UINT32_MAX, issued, error, where))
        return std::nullopt;
    code.lesson = static_cast<uint32_t>(lesson);
    code.issued = static_cast<uint32_t>(issued);
    for (const json& lj : j["levels"]) {
        const std::string at = where + ", level " + std::to_string(code.levels.size() + 1) + ",";
        LessonLevelResult l;
        int64_t stars = 0, seconds = 0, hints = 0, tries = 0;
        if (!lj.is_object() || !readBool(lj, "played", l.played, error, at) || !readBool(lj, "won", l.won, error, at) ||
            !readInt(lj, "stars", 0, 3, stars, error, at) || !readInt(lj, "seconds", 0, kMaxLevelSeconds, seconds, error, at) ||
            !readInt(lj, "hints", 0, kMaxLevelHints, hints, error, at) || !readInt(lj, "tries", 0, kMaxLevelTries, tries, error, at)) {
            if (error && !lj.is_object()) *error = at + " is not a level's result.";
            return std::nullopt;
        }
        l.stars = static_cast<int>(stars);
        l.seconds = static_cast<int>(seconds);
        l.hints = static_cast<int>(hints);
        l.tries = static_cast<int>(tries);
        code.levels.push_back(l);
    }
    if (std::string why = progressCodeProblem(code); !why.empty()) {
        if (error) *error = where + " (" + inQuotes(code.nickname) + ") is damaged. " + why;
        return std::nullopt;
    }
    return ClassRow{code.nickname, code.lesson, code.issued, code.levels};
}

} // namespace

std::optional<ClassTable> ClassTable::fromJson(std::string_view text, std::string* error) {
    const auto fail = [&](std::string why) -> std::optional<ClassTable> {
        if (error) *error = "The class table file cannot be read: " + why;
        return std::nullopt;
    };
    if (text.size() > kMaxFileBytes) return fail("it is larger than 8 MB.");
    // No exceptions: a parse error gives a discarded value. (nlohmann 3.10's parser and
    // destructor are not recursive, so deep nesting is safe; a test feeds some.)
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return fail("it is not JSON (it may have been cut short).");
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int64_t>() != kFileVersion)
        return fail("it has no version this game knows (it may come from a newer Starpath).");
    if (!j.contains("rows") || !j["rows"].is_array() || j["rows"].size() > kMaxRows)
        return fail("it has no list of at most " + std::to_string(kMaxRows) + " rows.");
    ClassTable table;
    for (const json& rj : j["rows"]) {
        std::string why;
        std::optional<ClassRow> row = readRow(rj, table.rows_.size(), &why);
        if (!row) return fail(why);
        for (const ClassRow& other : table.rows_)
            if (other.lesson == row->lesson && folded(other.nickname) == folded(row->nickname))
                return fail("it holds " + inQuotes(row->nickname) + " twice in one lesson.");
        table.rows_.push_back(std::move(*row));
    }
    return table;
}

} // namespace sp
