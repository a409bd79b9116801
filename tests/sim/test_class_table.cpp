// The class table (game/sim/class_table.h): a class's codes pasted as one chat log become
// one row per student with exactly their progress; pasting again doubles nothing, a newer
// code replaces a row and an older one changes nothing; a damaged code is refused with a
// reason while the rest merge; the order puts the stuck first; CSV and JSON hold the table,
// and a damaged file is refused without touching the table that is open.
#include "engine/core/rng.h"
#include "game/sim/class_table.h"

#include <catch2/catch.hpp>

#include <map>

using namespace sp;

namespace {

int pick(Rng& rng, int n) { return static_cast<int>(rng.next() % static_cast<uint32_t>(n)); }

const uint32_t kLesson = lessonKey("classroom-orbits");
constexpr int kLevels = 6;

// 30 students, each nickname different even without case, Chinese and ASCII mixed.
std::vector<ProgressCode> classOf30(Rng& rng) {
    const char* given[] = {"小明", "小红", "Haoran", "李伟", "星途 3 班", "Zoë", "王芳", "liu_yang", "陈晨", "Ming",
                           "赵雷", "孙悦", "Chen, \"Rocket\"", "周杰", "吴桐", "郑好", "=1+1", "冯雪", "Amy", "蒋欣",
                           "沈阳", "韩梅梅", "杨洋", "朱琳", "秦岚", "许诺", "何平", "吕青", "施然", "张三丰"};
    std::vector<ProgressCode> out;
    for (const char* name : given) {
        ProgressCode c{kLesson, name, 1 + static_cast<uint32_t>(pick(rng, 9)), {}};
        const int reached = pick(rng, kLevels + 1);   // levels opened, in order
        for (int i = 0; i < kLevels; ++i) {
            LessonLevelResult l;
            if (i < reached) {
                const bool won = i + 1 < reached || pick(rng, 2) == 0;
                l = {true, won, won ? pick(rng, 4) : 0, 20 + pick(rng, 800), pick(rng, 4), 1 + pick(rng, 9)};
            }
            c.levels.push_back(l);
        }
        out.push_back(c);
    }
    return out;
}

// The codes as a teacher's chat log holds them: greetings, links, commas and semicolons.
std::string chatLog(const std::vector<std::string>& codes, Rng& rng) {
    const char* noise[] = {"老师好，我的码是：", "done!! ", "here: ", "sp is hard; ", "spaceship splash SP ", "谢谢老师。\n",
                           "https://example.org/starpath/index.html?lang=zh#code=", "", "\n", "（第二节课）"};
    std::string out;
    for (size_t i = 0; i < codes.size(); ++i) {
        const std::string n = noise[pick(rng, 10)];
        out += n;
        if (n.empty() || n.back() != '=') out += i % 3 == 0 ? "\n" : i % 3 == 1 ? ", " : "; ";
        out += codes[i] + (i % 4 == 0 ? "。" : "") + "\n";
    }
    return out;
}

const ClassRow* rowOf(const ClassTable& t, const std::string& nickname) {
    for (const ClassRow& r : t.rows())
        if (r.nickname == nickname) return &r;
    return nullptr;
}

std::map<MergeResult, int> tally(const std::vector<MergeLine>& lines) {
    std::map<MergeResult, int> n;
    for (const MergeLine& l : lines) ++n[l.result];
    return n;
}

// Fields of one CSV record per line, quotes undone (RFC 4180; no line breaks in our cells).
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool inQuotes = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
            else if (c == '"') inQuotes = false;
            else rows.back().back() += c;
        } else if (c == '"') inQuotes = true;
        else if (c == ',') rows.back().emplace_back();
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') rows.emplace_back(1), ++i;
        else rows.back().back() += c;
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

} // namespace

TEST_CASE("30 students' codes pasted as one chat log merge into the expected table", "[class_table]") {
    Rng rng(30);
    const std::vector<ProgressCode> students = classOf30(rng);
    std::vector<std::string> codes;
    for (const ProgressCode& s : students) codes.push_back(encodeProgressCode(s));
    const std::string pasted = chatLog(codes, rng);

    ClassTable table;
    std::vector<MergeLine> lines = table.merge(pasted);
    REQUIRE(lines.size() == 30);
    for (size_t i = 0; i < lines.size(); ++i) {
        INFO(lines[i].code << ": " << lines[i].error);
        CHECK(lines[i].result == MergeResult::Added);
        CHECK(lines[i].code == codes[i]);
        CHECK(lines[i].nickname == students[i].nickname);
    }
    REQUIRE(table.rows().size() == 30);
    for (const ProgressCode& s : students) {
        const ClassRow* row = rowOf(table, s.nickname);
        REQUIRE(row);
        CHECK(row->lesson == s.lesson);
        CHECK(row->issued == s.issued);
        CHECK(row->levels == s.levels);
    }

    SECTION("pasting the same again adds nothing") {
        const std::string before = table.toJson();
        std::vector<MergeLine> again = table.merge(pasted);
        CHECK(tally(again)[MergeResult::Same] == 30);
        CHECK(table.rows().size() == 30);
        CHECK(table.toJson() == before);
    }
    SECTION("a newer code replaces its student's row; an older one is reported and changes nothing") {
        ProgressCode newer = students[7];
        newer.issued += 1;
        newer.levels[0] = {true, true, 3, 61, 0, 2};
        std::vector<MergeLine> up = table.merge("sorry, new one: " + encodeProgressCode(newer));
        REQUIRE(up.size() == 1);
        CHECK(up[0].result == MergeResult::Updated);
        CHECK(table.rows().size() == 30);
        CHECK(rowOf(table, newer.nickname)->levels == newer.levels);
        CHECK(rowOf(table, newer.nickname)->issued == newer.issued);

        const std::string before = table.toJson();
        ProgressCode older = students[3];
        older.issued -= 1;
        older.levels.assign(kLevels, LessonLevelResult{});
        std::vector<MergeLine> old = table.merge(encodeProgressCode(older));
        REQUIRE(old.size() == 1);
        CHECK(old[0].result == MergeResult::Older);
        CHECK(old[0].error.find("older code of \"" + older.nickname + "\"") != std::string::npos);
        CHECK(table.toJson() == before);
    }
    SECTION("the same count with other progress is refused: two students may share a nickname") {
        ProgressCode twin = students[0];
        twin.levels[0] = {true, false, 0, 5, 0, 1};
        if (twin.levels == students[0].levels) twin.levels[0].seconds = 6;
        const std::string before = table.toJson();
        std::vector<MergeLine> lines2 = table.merge(encodeProgressCode(twin));
        REQUIRE(lines2.size() == 1);
        CHECK(lines2[0].result == MergeResult::Refused);
        CHECK(lines2[0].error.find("two students may be using this nickname") != std::string::npos);
        CHECK(table.toJson() == before);
    }
}

TEST_CASE("a damaged code in the middle of a paste is refused with a reason, and the others merge", "[class_table]") {
    Rng rng(8);
    const std::vector<ProgressCode> students = classOf30(rng);
    std::vector<std::string> codes;
    for (const ProgressCode& s : students) codes.push_back(encodeProgressCode(s));
    std::string& damaged = codes[15];
    damaged[9] = damaged[9] == 'X' ? 'Y' : 'X';
    codes[20] = "SP1-" + std::string(100000, 'Q');   // far too long
    codes[25] = codes[25].substr(0, codes[25].size() - 5);   // its last group lost

    ClassTable table;
    std::vector<MergeLine> lines = table.merge(chatLog(codes, rng));
    REQUIRE(lines.size() == 30);
    CHECK(tally(lines)[MergeResult::Added] == 27);
    CHECK(lines[15].result == MergeResult::Refused);
    CHECK(lines[15].error.find("a character was mistyped or the code was cut short") != std::string::npos);
    CHECK(lines[15].code == damaged);
    CHECK(lines[20].result == MergeResult::Refused);
    CHECK(lines[20].error.find("longer than any progress code") != std::string::npos);
    CHECK(lines[20].code.size() < 100);   // shown shortened
    CHECK(lines[25].result == MergeResult::Refused);
    CHECK_FALSE(lines[25].error.empty());
    CHECK(table.rows().size() == 27);
    CHECK_FALSE(rowOf(table, students[15].nickname));
    CHECK(rowOf(table, students[16].nickname)->levels == students[16].levels);
}

TEST_CASE("rows are keyed by lesson and nickname, ASCII case aside", "[class_table]") {
    ClassTable table;
    ProgressCode ming{kLesson, "Ming", 2, {{true, true, 1, 100, 0, 1}}};
    CHECK(table.mergeOne(ming).result == MergeResult::Added);
    ProgressCode lower = ming;
    lower.nickname = "ming";
    lower.issued = 3;
    CHECK(table.mergeOne(lower).result == MergeResult::Updated);
    CHECK(table.rows().size() == 1);
    CHECK(table.rows()[0].nickname == "ming");
    ProgressCode otherLesson = ming;
    otherLesson.lesson = lessonKey("another lesson");
    CHECK(table.mergeOne(otherLesson).result == MergeResult::Added);
    CHECK(table.rows().size() == 2);
    CHECK(table.byStuck(kLesson).size() == 1);

    // Handed over as data, a code is checked as a pasted one is.
    MergeLine bad = table.mergeOne(ProgressCode{kLesson, "", 1, {}});
    CHECK(bad.result == MergeResult::Refused);
    CHECK(bad.error.find("nickname is empty") != std::string::npos);
    CHECK(table.rows().size() == 2);
    CHECK(table.merge("no codes in this message, sp or otherwise").empty());

    // A paste of thousands of codes is read only so far, and says so.
    std::string many;
    for (int i = 0; i < 600; ++i) many += "SP1 ";
    std::vector<MergeLine> lines = table.merge(many);
    REQUIRE(lines.size() == kMaxCodesPerPaste + 1);
    CHECK(lines.back().error.find("Only the first 500 codes were read") != std::string::npos);
    CHECK(table.rows().size() == 2);
}

TEST_CASE("the stuck come first: fewest levels won, then most tries, most hints, nickname", "[class_table]") {
    ClassTable table;
    const auto add = [&](const char* name, int won, int tries, int hints) {
        ProgressCode c{kLesson, name, 1, {}};
        for (int i = 0; i < 4; ++i)
            c.levels.push_back(i < won ? LessonLevelResult{true, true, 2, 60, 0, 1} : LessonLevelResult{});
        c.levels[3] = {true, false, 0, 300, hints, tries};   // the level they are on
        if (won > 3) c.levels[3] = {true, true, 1, 300, hints, tries};
        REQUIRE(table.mergeOne(c).result == MergeResult::Added);
    };
    add("zed", 3, 1, 0);
    add("Bo", 1, 2, 0);
    add("amy", 1, 2, 0);
    add("陈晨", 1, 9, 0);
    add("dan", 1, 2, 5);
    add("eve", 0, 1, 0);
    std::vector<std::string> order;
    for (const ClassRow* r : table.byStuck()) order.push_back(r->nickname);
    CHECK(order == std::vector<std::string>{"eve", "陈晨", "dan", "amy", "Bo", "zed"});
}

TEST_CASE("the CSV opens right in a spreadsheet: BOM, RFC 4180 quoting, minutes, empty cells", "[class_table]") {
    Rng rng(4);
    ClassTable table;
    for (const ProgressCode& s : classOf30(rng)) REQUIRE(table.mergeOne(s).result == MergeResult::Added);
    const std::string csv = table.toCsv({"1 Launch", "2 Orbit, low", "3 \"Dock\""});
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const std::vector<std::vector<std::string>> rows = parseCsv(csv.substr(3));
    REQUIRE(rows.size() == 31);
    const size_t columns = 2 + 4 * kLevels;
    for (const auto& r : rows) CHECK(r.size() == columns);
    CHECK(rows[0][0] == "Nickname");
    CHECK(rows[0][2] == "1 Launch stars");
    CHECK(rows[0][6] == "2 Orbit, low stars");
    CHECK(rows[0][11] == "3 \"Dock\" time (min)");
    CHECK(rows[0][25] == "Level 6 tries");
    // Rows in byStuck order, each cell as the row holds it.
    const std::vector<const ClassRow*> stuck = table.byStuck();
    for (size_t i = 0; i < stuck.size(); ++i) {
        const ClassRow& r = *stuck[i];
        const std::vector<std::string>& cells = rows[i + 1];
        CHECK(cells[0] == (r.nickname == "=1+1" ? "'=1+1" : r.nickname));   // never a formula
        CHECK(cells[1] == std::to_string(r.levelsWon()));
        for (int k = 0; k < kLevels; ++k) {
            const LessonLevelResult& l = r.levels[k];
            CHECK(cells[2 + 4 * k] == (l.won ? std::to_string(l.stars) : ""));
            CHECK(cells[5 + 4 * k] == (l.played ? std::to_string(l.tries) : ""));
            if (l.played) CHECK(std::stod(cells[3 + 4 * k]) == Approx(l.seconds / 60.0).margin(0.005));
            else CHECK(cells[3 + 4 * k].empty());
        }
    }
    CHECK(csv.find("\"Chen, \"\"Rocket\"\"\"") != std::string::npos);
    CHECK(csv.find("星途 3 班") != std::string::npos);

    ClassTable one;
    one.mergeOne({kLesson, "Amy", 1, {{true, true, 3, 90, 0, 1}, {true, false, 0, 5, 1, 2}}});
    CHECK(one.toCsv({"A", "B"}).substr(3) ==
          "Nickname,Levels won,A stars,A time (min),A hints,A tries,B stars,B time (min),B hints,B tries\r\n"
          "Amy,1,3,1.50,0,1,,0.08,1,2\r\n");
}

TEST_CASE("the table goes to JSON and back, and a damaged file is refused with the open table untouched", "[class_table]") {
    Rng rng(12);
    ClassTable table;
    for (const ProgressCode& s : classOf30(rng)) REQUIRE(table.mergeOne(s).result == MergeResult::Added);
    table.mergeOne({lessonKey("second lesson"), "小明", 4, {}});
    const std::string saved = table.toJson();
    std::string error;
    std::optional<ClassTable> back = ClassTable::fromJson(saved, &error);
    INFO(error);
    REQUIRE(back);
    REQUIRE(back->rows().size() == table.rows().size());
    for (size_t i = 0; i < table.rows().size(); ++i) {
        CHECK(back->rows()[i].nickname == table.rows()[i].nickname);
        CHECK(back->rows()[i].lesson == table.rows()[i].lesson);
        CHECK(back->rows()[i].issued == table.rows()[i].issued);
        CHECK(back->rows()[i].levels == table.rows()[i].levels);
    }
    CHECK(back->toJson() == saved);

    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = saved;
        const size_t at = s.find(from);
        REQUIRE(at != std::string::npos);
        return s.replace(at, from.size(), to);
    };
    const std::string nested = std::string(200000, '[') + std::string(200000, ']');
    for (const std::string& bad :
         {saved.substr(0, saved.size() / 2), std::string("not json"), std::string(), std::string("[]"), nested,
          replaced("\"version\": 1", "\"version\": 9"), replaced("\"stars\": 0", "\"stars\": 9"),
          replaced("\"seconds\": ", "\"seconds\": 99999"), replaced("\"nickname\": \"", "\"nickname\": \" "),
          replaced("\"lesson\": ", "\"lesson\": \"x\", \"old\": "), replaced("\"rows\": [", "\"rows\": [7,")}) {
        error.clear();
        std::optional<ClassTable> load = ClassTable::fromJson(bad, &error);
        INFO(bad.substr(0, 200));
        CHECK_FALSE(load);
        CHECK(error.rfind("The class table file cannot be read: ", 0) == 0);
        CHECK(table.toJson() == saved);   // what the game has open is as it was
    }
    // One student twice in one lesson.
    ClassTable two;
    two.mergeOne({kLesson, "Ming", 1, {}});
    std::string twice = two.toJson();
    const size_t row = twice.find('{', twice.find("\"rows\""));
    const size_t end = twice.rfind('}', twice.rfind(']'));
    twice.insert(end + 1, ", " + twice.substr(row, end + 1 - row));
    CHECK_FALSE(ClassTable::fromJson(twice, &error));
    CHECK(error.find("twice") != std::string::npos);
}
