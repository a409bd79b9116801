// Index: [SECTION] text (UTF-8, nicknames, the alphabet) · [SECTION] bits and checksum ·
// [SECTION] encode · [SECTION] decode · [SECTION] finding codes in pasted text
#include "game/sim/progress_code.h"

#include <algorithm>

namespace sp {

namespace {

constexpr uint32_t kFormatVersion = 1;
constexpr std::string_view kPrefix = "SP1";
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";   // Crockford
constexpr int kGroup = 4;             // characters in a group; the checksum is one group
constexpr int kGroupBits = kGroup * 5;
constexpr int kNicknameLengthBits = 7;   // up to 127 bytes written; the decoder allows 64
constexpr int kLevelCountBits = 6;
// Chunk sizes of the numbers: the usual value fits one chunk (a few minutes is two).
constexpr int kIssuedChunk = 4, kSecondsChunk = 5, kHintsChunk = 2, kTriesChunk = 3;

// The longest code the encoder can write, so the cap in the header is known to hold it.
constexpr int numberBits(int valueBits, int chunk) { return (valueBits + chunk - 1) / chunk * (chunk + 1); }
constexpr int kLongestLevelBits = 3 + numberBits(16, kSecondsChunk) + numberBits(4, kHintsChunk) + numberBits(8, kTriesChunk);
constexpr int kLongestDataBits = 8 + 32 + numberBits(32, kIssuedChunk) + kNicknameLengthBits + 8 * 4 * kMaxNicknameCodePoints +
                                 kLevelCountBits + kMaxLessonLevels * kLongestLevelBits;
constexpr int kLongestGroups = (kLongestDataBits + kGroupBits - 1) / kGroupBits + 1;
static_assert(kPrefix.size() + kLongestGroups * (kGroup + 1) <= kMaxProgressCodeChars,
              "the longest code the game writes must be one it reads");

// [SECTION] text

// One code point from `s` at `i`, moving `i` past it; -1 (and one byte on) for bytes that
// are not UTF-8: a stray byte, a sequence cut short, an overlong form or a surrogate.
int32_t nextCodePoint(std::string_view s, size_t& i) {
    const unsigned char lead = static_cast<unsigned char>(s[i++]);
    if (lead < 0x80) return lead;
    // 0xF5 and above start nothing (they would pass U+10FFFF); 0x80-0xC1 are continuations
    // or overlong leads.
    const int extra = lead >= 0xF5 ? -1 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
    if (extra < 0 || i + extra > s.size()) return -1;
    int32_t cp = lead & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        const unsigned char c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return -1;
        cp = cp << 6 | (c & 0x3F);
    }
    static const int32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (cp < smallest[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    i += extra;
    return cp;
}

std::string utf8(int32_t cp) {
    std::string out;
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) out += {static_cast<char>(0xC0 | cp >> 6), static_cast<char>(0x80 | (cp & 0x3F))};
    else if (cp < 0x10000)
        out += {static_cast<char>(0xE0 | cp >> 12), static_cast<char>(0x80 | (cp >> 6 & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    else
        out += {static_cast<char>(0xF0 | cp >> 18), static_cast<char>(0x80 | (cp >> 12 & 0x3F)),
                static_cast<char>(0x80 | (cp >> 6 & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    return out;
}

bool isSpace(int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x3000; }

// Characters that would garble a table: controls, line separators and the direction
// overrides that could make one nickname display as another.
bool isControl(int32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

// What a character counts as in a code: the full-width forms a Chinese keyboard types are
// their ASCII letters and digits, and every kind of dash is a dash.
int32_t folded(int32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return '-';
    return cp;
}

bool isAsciiAlnum(int32_t c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// 0..31 for a character of the alphabet or a look-alike, -1 otherwise (U included).
int symbolValue(int32_t c) {
    if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
    if (c == 'O') return 0;
    if (c == 'I' || c == 'L') return 1;
    const size_t at = c > 0 && c < 0x80 ? kAlphabet.find(static_cast<char>(c)) : std::string_view::npos;
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// [SECTION] bits and checksum

// CRC-20 (see the header for why a CRC), fed each character's five bits from the most
// significant. The generator x^20+x^19+x^18+x^17+x^16+x^14+x^11+x^10+x^5+x^2+1 is
// primitive and was chosen, among such, for catching any two changed characters in a text
// of up to 1,200 (checked exhaustively when it was picked; the test samples it).
constexpr uint32_t kCrcPoly = 0xF4C25;   // the generator without its x^20
uint32_t crc20(const std::vector<uint8_t>& symbols, size_t count) {
    uint32_t reg = 0;
    for (size_t i = 0; i < count; ++i)
        for (int b = 4; b >= 0; --b) {
            const uint32_t top = (reg >> 19 & 1) ^ (symbols[i] >> b & 1);
            reg = reg << 1 & 0xFFFFF;
            if (top) reg ^= kCrcPoly;
        }
    return reg;
}

std::vector<uint8_t> prefixSymbols() {
    std::vector<uint8_t> out;
    for (char c : kPrefix) out.push_back(static_cast<uint8_t>(symbolValue(c)));
    return out;
}

// Reads fields back; `ok` turns false, for good, when the bits run out.
struct BitReader {
    const std::vector<uint8_t>& symbols;
    size_t bit = 0, endBit = 0;   // over the data characters (after the prefix)
    bool ok = true;

    uint32_t get(int count) {
        uint32_t v = 0;
        for (int k = 0; k < count; ++k) {
            if (bit >= endBit) { ok = false; return 0; }
            v = v << 1 | (symbols[kPrefix.size() + bit / 5] >> (4 - bit % 5) & 1);
            ++bit;
        }
        return v;
    }
    // False for a number over `max` or written longer than it needs (the encoder never does).
    bool number(int chunk, uint32_t max, uint32_t& out) {
        uint64_t v = 0;
        for (int shift = 0;; shift += chunk) {
            const uint32_t part = get(chunk);
            const bool more = get(1) != 0;
            if (!ok || shift >= 32) return false;
            v |= static_cast<uint64_t>(part) << shift;
            if (v > max) return false;
            if (!more) {
                out = static_cast<uint32_t>(v);
                return part != 0 || shift == 0;
            }
        }
    }
};

ProgressCodeRead refuse(std::string why) { return {std::nullopt, std::move(why)}; }

// A sentence for content the game would never write, though its checksum holds.
ProgressCodeRead notWritten(const std::string& why) {
    return refuse("This code was not made by Starpath: " + why + " Ask the student for the code on their screen.");
}

} // namespace

uint32_t lessonKey(std::string_view lessonId) {
    uint32_t h = 2166136261u;   // the FNV-1a 32-bit offset basis
    for (unsigned char c : lessonId) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::string cleanNickname(std::string_view typed) {
    std::vector<int32_t> kept;
    for (size_t i = 0; i < typed.size();) {
        const int32_t cp = nextCodePoint(typed, i);
        if (cp >= 0 && !isControl(cp)) kept.push_back(cp);
    }
    auto first = std::find_if_not(kept.begin(), kept.end(), isSpace);
    kept.erase(kept.begin(), first);
    if (kept.size() > static_cast<size_t>(kMaxNicknameCodePoints)) kept.resize(kMaxNicknameCodePoints);
    while (!kept.empty() && isSpace(kept.back())) kept.pop_back();
    std::string out;
    for (int32_t cp : kept) out += utf8(cp);
    return out;
}

std::string nicknameProblem(std::string_view nickname) {
    if (nickname.empty()) return "The nickname is empty.";
    int count = 0;
    int32_t firstCp = -1, lastCp = -1;
    for (size_t i = 0; i < nickname.size(); ++count) {
        const int32_t cp = nextCodePoint(nickname, i);
        if (cp < 0) return "The nickname is not UTF-8 text.";
        if (isControl(cp)) return "The nickname holds a control character.";
        if (firstCp < 0) firstCp = cp;
        lastCp = cp;
    }
    if (count > kMaxNicknameCodePoints)
        return "The nickname is " + std::to_string(count) + " characters long; at most " + std::to_string(kMaxNicknameCodePoints) + " fit.";
    if (isSpace(firstCp) || isSpace(lastCp)) return "The nickname starts or ends with a space.";
    return {};
}

std::string progressCodeProblem(const ProgressCode& code) {
    if (std::string why = nicknameProblem(code.nickname); !why.empty()) return why;
    if (code.levels.size() > static_cast<size_t>(kMaxLessonLevels))
        return "It lists " + std::to_string(code.levels.size()) + " levels; a lesson has at most " + std::to_string(kMaxLessonLevels) + ".";
    for (size_t i = 0; i < code.levels.size(); ++i) {
        const LessonLevelResult& l = code.levels[i];
        const bool zero = !l.won && l.stars == 0 && l.seconds == 0 && l.hints == 0 && l.tries == 0;
        const bool inRange = l.stars >= 0 && l.stars <= 3 && l.seconds >= 0 && l.seconds <= kMaxLevelSeconds && l.hints >= 0 &&
                             l.hints <= kMaxLevelHints && l.tries >= 0 && l.tries <= kMaxLevelTries;
        if (!inRange || (!l.played && !zero) || (!l.won && l.stars != 0))
            return "Level " + std::to_string(i + 1) + " holds a result the game never records (stars " + std::to_string(l.stars) +
                   ", " + std::to_string(l.seconds) + " s, " + std::to_string(l.hints) + " hints, " + std::to_string(l.tries) + " tries).";
    }
    return {};
}

void CodeBits::put(uint32_t value, int count) {
    for (int k = count - 1; k >= 0; --k) bits.push_back((value >> k & 1) != 0);
}

void CodeBits::putNumber(uint32_t value, int chunk) {
    do {
        put(value & ((1u << chunk) - 1), chunk);
        value >>= chunk;
        put(value != 0, 1);
    } while (value != 0);
}

std::string sealProgressCode(const CodeBits& data) {
    std::vector<uint8_t> symbols = prefixSymbols();
    const size_t groups = (data.bits.size() + kGroupBits - 1) / kGroupBits;
    for (size_t s = 0; s < groups * kGroup; ++s) {
        uint8_t v = 0;
        for (size_t b = s * 5; b < s * 5 + 5; ++b) v = static_cast<uint8_t>(v << 1 | (b < data.bits.size() && data.bits[b]));
        symbols.push_back(v);
    }
    const uint32_t check = crc20(symbols, symbols.size());
    for (int k = kGroup - 1; k >= 0; --k) symbols.push_back(static_cast<uint8_t>(check >> (5 * k) & 31));
    std::string text(kPrefix);
    for (size_t i = kPrefix.size(); i < symbols.size(); ++i) {
        if ((i - kPrefix.size()) % kGroup == 0) text += '-';
        text += kAlphabet[symbols[i]];
    }
    return text;
}

// [SECTION] encode

std::string encodeProgressCode(const ProgressCode& code) {
    CodeBits b;
    b.put(kFormatVersion, 8);
    b.put(code.lesson, 32);
    b.putNumber(code.issued, kIssuedChunk);
    const std::string nickname = cleanNickname(code.nickname);   // at most 16 x 4 bytes
    b.put(static_cast<uint32_t>(nickname.size()), kNicknameLengthBits);
    for (unsigned char c : nickname) b.put(c, 8);
    const size_t count = std::min(code.levels.size(), static_cast<size_t>(kMaxLessonLevels));
    b.put(static_cast<uint32_t>(count), kLevelCountBits);
    for (size_t i = 0; i < count; ++i) {
        const LessonLevelResult& l = code.levels[i];
        if (!l.played) {
            b.put(0, 3);
            continue;
        }
        b.put(l.won ? 2 + std::clamp(l.stars, 0, 3) : 1, 3);
        b.putNumber(static_cast<uint32_t>(std::clamp(l.seconds, 0, kMaxLevelSeconds)), kSecondsChunk);
        b.putNumber(static_cast<uint32_t>(std::clamp(l.hints, 0, kMaxLevelHints)), kHintsChunk);
        b.putNumber(static_cast<uint32_t>(std::clamp(l.tries, 0, kMaxLevelTries)), kTriesChunk);
    }
    return sealProgressCode(b);
}

// [SECTION] decode

ProgressCodeRead decodeProgressCode(std::string_view text) {
    // The length first, counting no further than the cap: a megabyte is refused at once.
    size_t chars = 0;
    for (size_t i = 0; i < text.size() && chars <= kMaxProgressCodeChars; ++chars) nextCodePoint(text, i);
    if (chars > kMaxProgressCodeChars)
        return refuse("This text is longer than any progress code (more than " + std::to_string(kMaxProgressCodeChars) +
                      " characters); paste one student's code at a time, as the game shows it.");

    std::vector<uint8_t> symbols;
    std::string junk;   // the first character outside the alphabet, and where, as a sentence
    size_t position = 0;
    for (size_t i = 0; i < text.size();) {
        ++position;
        const int32_t raw = nextCodePoint(text, i);
        const int32_t c = folded(raw);
        if (isSpace(c) || c == '-') continue;
        const int v = symbolValue(c);
        if (v >= 0) {
            symbols.push_back(static_cast<uint8_t>(v));
            continue;
        }
        if (!junk.empty()) continue;
        const std::string shown = raw < 0 ? "a byte that is not text" : "'" + utf8(raw) + "'";
        junk = "The code holds " + shown + " at character " + std::to_string(position) + ", which no progress code uses" +
               (c == 'U' || c == 'u' ? " (codes have no U: is it a V?)" : "") + ". Check that character against the student's screen.";
    }
    const std::vector<uint8_t> prefix = prefixSymbols();
    if (symbols.size() < 2 || symbols[0] != prefix[0] || symbols[1] != prefix[1] ||
        (symbols.size() > 2 && symbols[2] > 9))
        return refuse("This is not a Starpath progress code: those start with " + std::string(kPrefix) + "-.");
    if (!junk.empty()) return refuse(junk);
    if (symbols.size() == 2 || symbols[2] != prefix[2])
        return refuse(symbols.size() == 2 ? "The code stops after SP: the rest is missing."
                                          : "This code is of a kind this version of Starpath does not know (SP" +
                                                std::to_string(symbols[2]) + "); update the game to read it.");
    const size_t body = symbols.size() - kPrefix.size();
    if (body == 0) return refuse("The code stops after " + std::string(kPrefix) + ": the rest is missing.");
    if (body < 2 * kGroup)
        return refuse("The code has only " + std::to_string(body) + " characters after " + std::string(kPrefix) +
                      "; every code has more. It was cut short: copy all of it.");
    if (body % kGroup != 0)
        return refuse("The code has " + std::to_string(body) + " characters after " + std::string(kPrefix) +
                      ", not whole groups of four: a character is missing or one too many was typed.");
    const size_t dataEnd = symbols.size() - kGroup;
    uint32_t check = 0;
    for (size_t i = dataEnd; i < symbols.size(); ++i) check = check << 5 | symbols[i];
    if (check != crc20(symbols, dataEnd))
        return refuse("The code's checksum does not match: a character was mistyped or the code was cut short. "
                      "Check it against the student's screen.");

    BitReader r{symbols, 0, (dataEnd - kPrefix.size()) * 5};
    ProgressCode code;
    const uint32_t version = r.get(8);
    if (version != kFormatVersion)
        return refuse("This code is of format " + std::to_string(version) + ", which this version of Starpath does not read; "
                      "update the game to read it.");
    code.lesson = r.get(32);
    if (!r.number(kIssuedChunk, UINT32_MAX, code.issued))
        return notWritten(r.ok ? "its count of codes issued is written wrongly." : "it ends before its nickname.");
    const uint32_t nameBytes = r.get(kNicknameLengthBits);
    for (uint32_t k = 0; k < nameBytes && r.ok; ++k) code.nickname += static_cast<char>(r.get(8));
    if (!r.ok) return notWritten("it ends inside the nickname.");
    if (std::string why = nicknameProblem(code.nickname); !why.empty()) {
        why[0] = static_cast<char>(why[0] - 'A' + 'a');   // "the nickname ...", after a colon
        return notWritten(why);
    }
    const uint32_t count = r.get(kLevelCountBits);
    if (count > static_cast<uint32_t>(kMaxLessonLevels))
        return notWritten("it lists " + std::to_string(count) + " levels; a lesson has at most " + std::to_string(kMaxLessonLevels) + ".");
    for (uint32_t i = 0; i < count && r.ok; ++i) {
        LessonLevelResult l;
        const std::string level = "level " + std::to_string(i + 1);
        const uint32_t state = r.get(3);
        if (state > 5) return notWritten(level + " has " + std::to_string(state - 2) + " stars; a level has at most 3.");
        if (state > 0) {
            uint32_t seconds = 0, hints = 0, tries = 0;
            if (!r.number(kSecondsChunk, kMaxLevelSeconds, seconds) || !r.number(kHintsChunk, kMaxLevelHints, hints) ||
                !r.number(kTriesChunk, kMaxLevelTries, tries))
                return notWritten(r.ok ? level + "'s time, hints or tries are out of range or written wrongly."
                                       : "it ends inside its levels.");
            l = {true, state >= 2, state >= 2 ? static_cast<int>(state) - 2 : 0, static_cast<int>(seconds),
                 static_cast<int>(hints), static_cast<int>(tries)};
        }
        code.levels.push_back(l);
    }
    if (!r.ok) return notWritten("it ends inside its levels.");
    // Only the zero bits that fill the last group may follow.
    const size_t left = r.endBit - r.bit;
    if (left >= static_cast<size_t>(kGroupBits) || r.get(static_cast<int>(left)) != 0)
        return notWritten("it carries more after its last level.");
    return {std::move(code), {}};
}

// [SECTION] finding codes in pasted text

std::optional<std::pair<size_t, size_t>> findProgressCode(std::string_view text, size_t from) {
    bool afterWord = false;   // the character before is a letter or digit: no code starts here
    for (size_t i = from; i < text.size();) {
        const size_t start = i;
        const int32_t c = folded(nextCodePoint(text, i));
        if (!afterWord && (c == 'S' || c == 's')) {
            size_t j = i;
            const int32_t p = j < text.size() ? folded(nextCodePoint(text, j)) : -1;
            const int32_t digit = (p == 'P' || p == 'p') && j < text.size() ? folded(nextCodePoint(text, j)) : -1;
            if (digit >= '0' && digit <= '9') {
                size_t end = j, lastAlnum = j;
                while (end < text.size()) {
                    size_t next = end;
                    const int32_t d = folded(nextCodePoint(text, next));
                    if (!isAsciiAlnum(d) && d != '-') break;
                    end = next;
                    if (d != '-') lastAlnum = end;
                }
                return std::make_pair(start, lastAlnum);
            }
        }
        afterWord = isAsciiAlnum(c);
    }
    return std::nullopt;
}

} // namespace sp
