// Progress codes (game/sim/progress_code.h): every code the game writes reads back as the
// same progress, however a person retypes it; every one-character slip, swap or cut is
// caught; and hostile text (junk, forged checksums, content the game never writes, a
// megabyte) is refused with a sentence, never a crash.
#include "engine/core/rng.h"
#include "game/sim/progress_code.h"

#include <catch2/catch.hpp>

using namespace sp;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

int pick(Rng& rng, int n) { return static_cast<int>(rng.next() % static_cast<uint32_t>(n)); }

const std::vector<std::string>& nicknames() {
    static const std::vector<std::string> names = {"小明", "星途 3 班", "Haoran", "li_wei", "张伟伟", "A", "Zoë",
                                                   "王小红 (2)", "🚀🚀", "sixteen chars ok", "天宫一号天宫二号天宫三号天和问天"};
    return names;
}

LessonLevelResult randomLevel(Rng& rng) {
    LessonLevelResult l;
    if (pick(rng, 5) == 0) return l;   // not played
    l.played = true;
    l.won = pick(rng, 3) != 0;
    l.stars = l.won ? pick(rng, 4) : 0;
    // Mostly a few minutes, sometimes at the limits.
    l.seconds = pick(rng, 10) == 0 ? kMaxLevelSeconds : pick(rng, 900);
    l.hints = pick(rng, 8) == 0 ? kMaxLevelHints : pick(rng, 3);
    l.tries = pick(rng, 8) == 0 ? kMaxLevelTries : 1 + pick(rng, 6);
    return l;
}

ProgressCode randomCode(Rng& rng, int levels) {
    ProgressCode c;
    c.lesson = rng.next();
    c.nickname = nicknames()[pick(rng, static_cast<int>(nicknames().size()))];
    c.issued = pick(rng, 4) == 0 ? rng.next() : static_cast<uint32_t>(pick(rng, 20));
    for (int i = 0; i < levels; ++i) c.levels.push_back(randomLevel(rng));
    return c;
}

ProgressCode lessonOfFive(const std::string& nickname) {
    ProgressCode c{lessonKey("lesson-orbits"), nickname, 6, {}};
    c.levels = {{true, true, 3, 95, 0, 1}, {true, true, 2, 240, 1, 3}, {true, true, 1, 410, 2, 5},
                {true, false, 0, 620, 3, 7}, {true, false, 0, 35, 0, 1}};
    return c;
}

bool reads(const std::string& text) { return decodeProgressCode(text).code.has_value(); }
std::string errorOf(const std::string& text) { return decodeProgressCode(text).error; }

// The same code as a person might retype it.
std::string retyped(const std::string& code, Rng& rng) {
    std::string out;
    for (char c : code) {
        const int r = pick(rng, 4);
        if (c == '-') out += r == 0 ? "" : r == 1 ? "--" : r == 2 ? " " : "-";
        else if (c == '0') out += r < 2 ? 'O' : 'o';
        else if (c == '1') out += "IiLl"[r];
        else out += r < 2 && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return "  " + out + "\r\n";
}

// Full width, as a Chinese keyboard in full-width mode types it (U+FF01..U+FF5E).
std::string fullWidth(const std::string& code) {
    std::string out;
    for (char c : code) {
        const int cp = 0xFEE0 + c;
        out += {static_cast<char>(0xE0 | cp >> 12), static_cast<char>(0x80 | (cp >> 6 & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    }
    return out;
}

// A hand-built code, field by field as the header lays it out.
CodeBits header(uint32_t version, uint32_t lesson, uint32_t issued, const std::string& nickname) {
    CodeBits b;
    b.put(version, 8);
    b.put(lesson, 32);
    b.putNumber(issued, 4);
    b.put(static_cast<uint32_t>(nickname.size()), 7);
    for (unsigned char c : nickname) b.put(c, 8);
    return b;
}

} // namespace

TEST_CASE("a lesson's key is FNV-1a 32 of its id", "[progress_code]") {
    // The published FNV-1a test vectors.
    CHECK(lessonKey("") == 0x811c9dc5u);
    CHECK(lessonKey("a") == 0xe40c292cu);
    CHECK(lessonKey("foobar") == 0xbf9cf968u);
    CHECK(lessonKey("lesson-1") != lessonKey("lesson-2"));
}

TEST_CASE("one golden code pins the format, and the layout is the one the header describes", "[progress_code]") {
    const ProgressCode golden = lessonOfFive("Haoran");
    const std::string text = encodeProgressCode(golden);
    CHECK(text == "SP1-07WQ-PZBN-C1J8-C5QQ-4RBE-2VZ2-0A89-S6FA-RJHC-SPW8-W410-JKGC");
    ProgressCodeRead back = decodeProgressCode(text);
    REQUIRE(back.code);
    CHECK(*back.code == golden);

    // Built again from the header's description, field by field, it is the same code.
    CodeBits b = header(1, golden.lesson, golden.issued, golden.nickname);
    b.put(5, 6);
    for (const LessonLevelResult& l : golden.levels) {
        b.put(l.won ? 2 + l.stars : 1, 3);
        b.putNumber(l.seconds, 5);
        b.putNumber(l.hints, 2);
        b.putNumber(l.tries, 3);
    }
    CHECK(sealProgressCode(b) == text);
}

TEST_CASE("random codes read back as the same progress, from 0 to 40 levels, Chinese nicknames included", "[progress_code]") {
    Rng rng(13);
    for (int n = 0; n < 600; ++n) {
        const int levels = n < 2 ? n * kMaxLessonLevels : pick(rng, kMaxLessonLevels + 1);
        const ProgressCode code = randomCode(rng, levels);
        const std::string text = encodeProgressCode(code);
        INFO(text);
        CHECK(text.size() <= kMaxProgressCodeChars);
        for (char c : text.substr(4)) CHECK((c == '-' || kAlphabet.find(c) != std::string_view::npos));
        ProgressCodeRead back = decodeProgressCode(text);
        INFO(back.error);
        REQUIRE(back.code);
        CHECK(*back.code == code);
        // Every group is whole.
        for (size_t dash = 3; dash < text.size(); dash += 5) CHECK(text[dash] == '-');
        CHECK((text.size() - 3) % 5 == 0);
    }
}

TEST_CASE("the encoder cleans the nickname and clamps what no code can carry", "[progress_code]") {
    ProgressCode code{7, "  \xE3\x80\x80小明\t\x01 \n", 1, {}};   // an ideographic space, a control character
    code.levels = {{true, true, 5, 100000, 40, 999}, {true, false, 2, -3, -1, -1}, {false, true, 3, 10, 1, 1}};
    for (int i = 0; i < 5; ++i) code.levels.push_back({true, true, 1, 1, 0, 1});
    code.levels.resize(45, LessonLevelResult{true, true, 1, 1, 0, 1});
    ProgressCodeRead back = decodeProgressCode(encodeProgressCode(code));
    REQUIRE(back.code);
    CHECK(back.code->nickname == "小明");
    REQUIRE(back.code->levels.size() == static_cast<size_t>(kMaxLessonLevels));
    CHECK(back.code->levels[0] == LessonLevelResult{true, true, 3, kMaxLevelSeconds, kMaxLevelHints, kMaxLevelTries});
    CHECK(back.code->levels[1] == LessonLevelResult{true, false, 0, 0, 0, 0});   // no stars without a win
    CHECK(back.code->levels[2] == LessonLevelResult{});                           // not played: nothing else
    CHECK(cleanNickname("abcdefghijklmnopqrstuvwxyz") == "abcdefghijklmnop");
    CHECK(cleanNickname("星途\xFF班") == "星途班");
    CHECK(nicknameProblem("小明").empty());
    CHECK_FALSE(nicknameProblem("").empty());
    CHECK_FALSE(nicknameProblem(" Ming").empty());
    CHECK_FALSE(nicknameProblem("abcdefghijklmnopq").empty());
    CHECK_FALSE(nicknameProblem("a\xC0\xAF").empty());          // an overlong '/'
    CHECK_FALSE(nicknameProblem("a\xE2\x80\xAE" "b").empty());   // a right-to-left override
    for (const char* bad : {"\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFF\x80\x80", "\xF5\x80\x80"}) {
        INFO("bytes " << bad);
        CHECK_FALSE(nicknameProblem(std::string("a") + bad).empty());   // leads that start no UTF-8
    }
}

TEST_CASE("codes are short: the lengths measured", "[progress_code]") {
    const std::string five = encodeProgressCode(lessonOfFive("Haoran"));
    const std::string fiveZh = encodeProgressCode(lessonOfFive("小明"));
    ProgressCode none = lessonOfFive("Haoran");
    for (LessonLevelResult& l : none.levels) l = {};
    ProgressCode forty = lessonOfFive("Haoran");
    Rng rng(40);
    forty.levels.clear();
    for (int i = 0; i < kMaxLessonLevels; ++i) forty.levels.push_back({true, true, 2, 60 + pick(rng, 500), pick(rng, 2), 1 + pick(rng, 4)});
    // The longest there can be: every field at its limit, 16 four-byte characters.
    ProgressCode longest{UINT32_MAX, "", UINT32_MAX, {}};
    for (int i = 0; i < kMaxNicknameCodePoints; ++i) longest.nickname += "🚀";
    longest.levels.assign(kMaxLessonLevels, {true, true, 3, kMaxLevelSeconds, kMaxLevelHints, kMaxLevelTries});
    const std::string most = encodeProgressCode(longest);
    WARN("5 levels, 'Haoran': " << five.size() << " characters: " << five);
    WARN("5 levels, '小明': " << fiveZh.size() << ", 5 levels not yet played: " << encodeProgressCode(none).size()
                             << ", 40 levels: " << encodeProgressCode(forty).size() << ", the longest possible: " << most.size());
    CHECK(five.size() <= 63);   // grows only on purpose: the header gives the figure
    CHECK(most.size() <= kMaxProgressCodeChars);
    ProgressCodeRead back = decodeProgressCode(most);
    REQUIRE(back.code);
    CHECK(*back.code == longest);
}

TEST_CASE("every one-character slip, swap, deletion and cut of a code is refused", "[progress_code]") {
    Rng rng(5);
    for (int n = 0; n < 6; ++n) {
        const std::string text = encodeProgressCode(randomCode(rng, n == 0 ? 0 : n * 6));
        REQUIRE(reads(text));
        INFO(text);
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '-') continue;
            for (char c : kAlphabet) {
                if (c == text[i]) continue;
                std::string slip = text;
                slip[i] = c;
                INFO(slip);
                const ProgressCodeRead r = decodeProgressCode(slip);
                CHECK_FALSE(r.code);
                // Past the prefix, it is the checksum that says so.
                if (i > 3) CHECK(r.error.find("a character was mistyped or the code was cut short") != std::string::npos);
            }
            std::string gone = text;
            gone.erase(i, 1);
            CHECK_FALSE(reads(gone));
        }
        // Neighbours swapped, across a dash too (the dash is not a character of the code).
        std::vector<size_t> at;
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] != '-') at.push_back(i);
        for (size_t k = 0; k + 1 < at.size(); ++k) {
            if (text[at[k]] == text[at[k + 1]]) continue;
            std::string swapped = text;
            std::swap(swapped[at[k]], swapped[at[k + 1]]);
            CHECK_FALSE(reads(swapped));
        }
        for (size_t len = 0; len < text.size(); ++len) {
            if (len > 0 && text[len - 1] == '-') continue;   // the same code as one shorter
            CHECK_FALSE(reads(text.substr(0, len)));
        }
    }
}

TEST_CASE("two characters changed anywhere in a code are refused too (a sample)", "[progress_code]") {
    Rng rng(2);
    const std::string text = encodeProgressCode(randomCode(rng, 20));
    std::vector<size_t> at;
    for (size_t i = 4; i < text.size(); ++i)
        if (text[i] != '-') at.push_back(i);
    for (int n = 0; n < 20000; ++n) {
        const size_t a = at[pick(rng, static_cast<int>(at.size()))], b = at[pick(rng, static_cast<int>(at.size()))];
        if (a == b) continue;
        std::string slip = text;
        slip[a] = kAlphabet[(kAlphabet.find(slip[a]) + 1 + pick(rng, 31)) % 32];
        slip[b] = kAlphabet[(kAlphabet.find(slip[b]) + 1 + pick(rng, 31)) % 32];
        INFO(slip);
        CHECK_FALSE(reads(slip));
    }
}

TEST_CASE("a code is read however a person retypes it", "[progress_code]") {
    Rng rng(21);
    for (int n = 0; n < 100; ++n) {
        const ProgressCode code = randomCode(rng, pick(rng, 12));
        const std::string text = encodeProgressCode(code);
        for (const std::string& typed : {retyped(text, rng), fullWidth(text), "SP1\xE2\x80\x93" + text.substr(4)}) {
            INFO(typed);
            ProgressCodeRead back = decodeProgressCode(typed);
            INFO(back.error);
            REQUIRE(back.code);
            CHECK(*back.code == code);
        }
    }
}

TEST_CASE("text that is not a progress code is refused with a reason that says what is wrong", "[progress_code]") {
    const std::string good = encodeProgressCode(lessonOfFive("小明"));
    SECTION("not a Starpath code, or of a kind this game does not know") {
        for (const char* text : {"", "   ", "hello", "XP1-ABCD-EFGH", "SPACE-ABCD", "#level=eyJ2"})
            CHECK(errorOf(text).find("not a Starpath progress code") != std::string::npos);
        CHECK(errorOf("SP2" + good.substr(3)).find("(SP2)") != std::string::npos);
        CHECK(errorOf("SP1").find("rest is missing") != std::string::npos);
        CHECK(errorOf("SP1-").find("rest is missing") != std::string::npos);
    }
    SECTION("too long: a megabyte is refused by its length") {
        const std::string huge = "SP1-" + std::string(1 << 20, 'A');
        const std::string error = errorOf(huge);
        CHECK(error.find("longer than any progress code") != std::string::npos);
        CHECK(error.find(std::to_string(kMaxProgressCodeChars)) != std::string::npos);
        CHECK_FALSE(reads(std::string(1 << 20, '\xE4')));
        CHECK_FALSE(reads(good + std::string(kMaxProgressCodeChars, ' ')));
    }
    SECTION("a character outside the alphabet is named, with where it is") {
        std::string hashed = good;
        hashed[6] = '#';
        CHECK(errorOf(hashed).find("'#' at character 7") != std::string::npos);
        std::string u = good;
        u[5] = 'U';
        CHECK(errorOf(u).find("is it a V?") != std::string::npos);
        CHECK(errorOf(good.substr(0, 9) + "中" + good.substr(9)).find("'中' at character 10") != std::string::npos);
        CHECK(errorOf(good.substr(0, 9) + "\xFF" + good.substr(9)).find("a byte that is not text") != std::string::npos);
    }
    SECTION("a character missing shows in the groups") {
        CHECK(errorOf(good.substr(0, good.size() - 1)).find("not whole groups of four") != std::string::npos);
        CHECK(errorOf("SP1-ABCD").find("cut short") != std::string::npos);
    }
    SECTION("a changed checksum") {
        std::string forged = good;
        forged.back() = forged.back() == 'Z' ? 'Y' : 'Z';
        CHECK(errorOf(forged).find("checksum does not match") != std::string::npos);
    }
}

TEST_CASE("a code with a good checksum but content the game never writes is refused", "[progress_code]") {
    const auto levels = [](CodeBits b, uint32_t count, uint32_t state) {
        b.put(count, 6);
        for (uint32_t i = 0; i < count; ++i) {
            b.put(state, 3);
            if (state > 0) {
                b.putNumber(60, 5);
                b.putNumber(0, 2);
                b.putNumber(1, 3);
            }
        }
        return b;
    };
    const CodeBits ok = header(1, 9, 2, "Ming");
    REQUIRE(reads(sealProgressCode(levels(ok, 3, 4))));
    const auto refusal = [](const CodeBits& b, const char* why) {
        const std::string error = errorOf(sealProgressCode(b));
        INFO(error);
        CHECK(error.find("not made by Starpath") != std::string::npos);
        CHECK(error.find(why) != std::string::npos);
    };
    CHECK(errorOf(sealProgressCode(levels(header(2, 9, 2, "Ming"), 1, 1))).find("format 2") != std::string::npos);
    refusal(levels(header(1, 9, 2, ""), 1, 1), "nickname is empty");
    refusal(levels(header(1, 9, 2, "abcdefghijklmnopq"), 1, 1), "17 characters long");
    refusal(levels(header(1, 9, 2, "Mi\xFFng"), 1, 1), "not UTF-8");
    refusal(levels(header(1, 9, 2, "Mi\ng"), 1, 1), "control character");
    refusal(levels(header(1, 9, 2, "Ming "), 1, 1), "starts or ends with a space");
    refusal(levels(ok, 41, 0), "41 levels");
    refusal(levels(ok, 2, 6), "4 stars");
    refusal(levels(ok, 2, 7), "5 stars");
    CodeBits slow = ok;
    slow.put(1, 6);
    slow.put(2, 3);
    slow.putNumber(kMaxLevelSeconds + 1, 5);
    slow.putNumber(0, 2);
    slow.putNumber(1, 3);
    refusal(slow, "out of range");
    CodeBits padded = ok;   // 1 written as "1, more" then "0": a number longer than it needs
    padded.put(1, 6);
    padded.put(1, 3);
    padded.put(1, 5), padded.put(1, 1), padded.put(0, 5), padded.put(0, 1);
    padded.putNumber(0, 2);
    padded.putNumber(1, 3);
    refusal(padded, "written wrongly");
    CodeBits more = levels(ok, 1, 1);
    more.put(0, 20);   // a whole group of zeros after the last level
    refusal(more, "more after its last level");
    CodeBits tail = levels(ok, 1, 1);
    tail.put(1, 1);    // a one where only the zeros filling the group belong
    refusal(tail, "more after its last level");
    CodeBits fewer = ok;   // 30 levels said, one written
    fewer.put(30, 6);
    fewer.put(2, 3);
    refusal(fewer, "ends inside its levels");
    CodeBits cut = ok;
    cut.bits.resize(50);
    refusal(cut, "ends inside the nickname");
}

TEST_CASE("codes are found in pasted text: at the start of a word, up to where letters and dashes end", "[progress_code]") {
    const std::string code = encodeProgressCode(lessonOfFive("小明"));
    const auto found = [](const std::string& text) {
        auto at = findProgressCode(text, 0);
        return at ? text.substr(at->first, at->second - at->first) : std::string("(none)");
    };
    CHECK(found("老师好，我的码是：" + code + "。谢谢") == code);
    CHECK(found("https://example.org/starpath/#code=" + code) == code);
    CHECK(found("(" + code + "-).") == code);
    CHECK(found("my code is " + code + "!!") == code);
    CHECK(found(fullWidth(code) + " ok") == fullWidth(code));
    CHECK(found("WSP1-ABCD spaceship sp and splash") == "(none)");
    CHECK(found("sp3 is next") == "sp3");
    const std::string two = code + "," + code;
    auto first = findProgressCode(two, 0);
    REQUIRE(first);
    auto second = findProgressCode(two, first->second);
    REQUIRE(second);
    CHECK(second->first == code.size() + 1);
    CHECK_FALSE(findProgressCode(two, second->second));
}
