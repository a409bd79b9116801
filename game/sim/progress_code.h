// Progress codes (issue 13, "The classroom"): what a student did in a lesson, as a short
// text the game shows after each level and at the end, e.g.
//     SP1-2H4K-0Z9T-...-QX7M
// Students play without accounts, so the code is the only way their progress reaches the
// teacher: read aloud, typed, sent in a chat or scanned from a QR code, then pasted into
// the class table (game/sim/class_table.h). No server, nothing secret: the checksum catches
// mistakes, not cheats (anyone who reads this file can make a code).
//
// The text: "SP1" (Starpath, text form 1), then groups of four Crockford base32 characters
// (0-9 and A-Z without I, L, O and U, which are taken for 1, 0 and V when read aloud or
// written by hand). The last group is the checksum; every group is whole, so a code with a
// character missing looks wrong before it is read.
//
// The bits, most significant first, every field after the version free to change with it:
//     version         8 bits (1)
//     lesson         32 bits (lessonKey of the lesson's id)
//     issued         number, 4-bit chunks
//     nickname        7 bits of byte length, then the UTF-8 bytes
//     level count     6 bits (at most kMaxLessonLevels)
//     per level       3 bits of state: 0 not played (nothing else follows), 1 played and
//                     not won, 2..5 won with 0..3 stars; then seconds (5-bit chunks),
//                     hints (2-bit chunks), tries (3-bit chunks)
//     zero bits to the end of the last whole group
//     checksum       20 bits: CRC over every character's 5 bits, "SP1" included
// A "number" is written in chunks of k bits, lowest first, each followed by one bit saying
// whether another chunk comes: small numbers (most tries, most hints) take few bits.
//
// Why a 20-bit CRC and not a 32-bit hash: a CRC of degree 20 catches every error that stays
// inside 20 bits, so one mistyped character (5 bits) and two neighbours swapped (10 bits)
// are always caught, which a hash only promises most of the time. Its generator also
// catches any two changed characters in every code (progress_code.cpp); other damage slips
// through once in a million. And it is one group of four, not seven characters.
//
// Measured (tests/sim/test_progress_code.cpp prints them): a 5-level lesson, all played
// (35 s to 10 min a level), nickname "Haoran" or "小明" (6 bytes either way): 63 characters,
// 216 bits of data (lesson 32, nickname 55, levels 110, the rest 19) and the checksum in
// 12 groups;
// nothing played yet: 43; 40 levels: 258; the longest possible: 613. Issue 13 hoped for
// 30-40: the lesson key, the nickname and the ten bits that a few minutes in exact seconds
// need per level come to about 40 characters alone, so no layout keeping them exact gets there.
#pragma once
#include "game/sim/lesson.h"   // kMaxLessonLevels

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sp {

constexpr int kMaxNicknameCodePoints = 16;
// What a code can carry; the encoder clamps to these, the decoder refuses beyond them.
constexpr int kMaxLevelSeconds = 65535;   // 18 hours on one level: more is a game left open
constexpr int kMaxLevelHints = 15;
constexpr int kMaxLevelTries = 255;

// One level of a lesson as a student played it.
struct LessonLevelResult {
    bool played = false;   // opened at least once; when false, the rest is zero
    bool won = false;
    int stars = 0;         // best, 0..3; kept only for a won level (a star needs a win)
    int seconds = 0;       // real play time on this level, all tries; 0..kMaxLevelSeconds
    int hints = 0;         // hints opened; 0..kMaxLevelHints
    int tries = 0;         // flights started; 0..kMaxLevelTries

    bool operator==(const LessonLevelResult& o) const {
        return played == o.played && won == o.won && stars == o.stars && seconds == o.seconds &&
               hints == o.hints && tries == o.tries;
    }
    bool operator!=(const LessonLevelResult& o) const { return !(*this == o); }
};

struct ProgressCode {
    uint32_t lesson = 0;        // the lesson's key: lessonKey(lesson id)
    std::string nickname;       // UTF-8, 1..16 code points, no control characters, trimmed
    // Counts up each time this student's game issues a code for this lesson: the newer
    // code has the bigger number (the class table keeps the newest).
    uint32_t issued = 0;
    std::vector<LessonLevelResult> levels;   // in lesson order; at most kMaxLessonLevels

    bool operator==(const ProgressCode& o) const {
        return lesson == o.lesson && nickname == o.nickname && issued == o.issued && levels == o.levels;
    }
};

// FNV-1a, 32 bit, of the lesson's id: the same id gives the same key on every machine.
uint32_t lessonKey(std::string_view lessonId);

// The nickname as a code carries it: spaces (also the ideographic space an IME types)
// trimmed, control and direction-override characters and broken UTF-8 dropped, cut to 16
// code points. The game shows the student this form.
std::string cleanNickname(std::string_view typed);
// Empty when `nickname` is one a code can carry as it is; otherwise a sentence saying why.
std::string nicknameProblem(std::string_view nickname);

// Empty when `code` is one the game could have written (the decoder gives only such
// codes; the class table checks those handed to it directly); otherwise a sentence.
std::string progressCodeProblem(const ProgressCode& code);

// Never fails: the nickname goes in as cleanNickname makes it (the game asks
// nicknameProblem when it is typed), numbers are clamped to the limits above, and levels
// past kMaxLessonLevels are left out.
std::string encodeProgressCode(const ProgressCode& code);

struct ProgressCodeRead {
    std::optional<ProgressCode> code;
    std::string error;   // when refused: a sentence for the teacher
};
// Tolerant of how people type: lower case, spaces, missing or doubled dashes, the
// look-alikes O for 0 and I or L for 1, en dashes, and the full-width letters and digits a
// Chinese keyboard gives. Strict about everything else: any other character, a checksum
// that does not match, and anything the game would never write are refused with a reason.
ProgressCodeRead decodeProgressCode(std::string_view text);

// The longest text decodeProgressCode reads; anything longer is refused before decoding.
// Above the longest code the encoder can write (40 levels each at every limit, a nickname
// of 16 four-byte characters: 613), with room for extra spaces.
constexpr size_t kMaxProgressCodeChars = 800;

// The next stretch of `text` from byte `from` that looks like a progress code: "SP" and a
// digit at the start of a word, then letters, digits and dashes (ASCII or full-width), with
// trailing dashes left off. Byte offsets [first, second), or nullopt when there is none.
// The class table finds the codes in a pasted chat with it.
std::optional<std::pair<size_t, size_t>> findProgressCode(std::string_view text, size_t from);

// [SECTION] the bits, for tests that build codes the game would never write
struct CodeBits {
    std::vector<bool> bits;
    void put(uint32_t value, int count);        // the low `count` bits, most significant first
    void putNumber(uint32_t value, int chunk);  // a "number" as described above
};
// "SP1-" and the bits in groups, padded to a whole group, with their checksum.
std::string sealProgressCode(const CodeBits& data);

} // namespace sp
