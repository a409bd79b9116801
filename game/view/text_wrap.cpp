#include "game/view/text_wrap.h"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace sp::view {

namespace {

// Decodes one UTF-8 code point at s[i]; advances i. Malformed bytes count as one character.
uint32_t nextCodePoint(const std::string& s, size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t cp = extra == 3 ? (c & 0x07) : extra == 2 ? (c & 0x0F) : extra == 1 ? (c & 0x1F) : c;
    ++i;
    while (extra-- > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) cp = (cp << 6) | (s[i++] & 0x3F);
    return cp;
}

bool isWide(uint32_t c) {   // a character that stands alone: CJK ideographs, kana, full-width forms
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x3000 && c <= 0x303F);
}

bool isClosing(uint32_t c) {   // never starts a line
    switch (c) {
    case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1B: case 0xFF1A: case 0xFF01: case 0xFF1F: case 0xFF09:
    case 0x300B: case 0x300D: case 0x300F: case 0x201D: case 0x2019: case 0x2026: case 0x00B7:
    case ',': case '.': case ';': case ':': case '!': case '?': case ')':
        return true;
    default:
        return false;
    }
}

bool isOpening(uint32_t c) {   // never ends a line
    return c == 0xFF08 || c == 0x300A || c == 0x300C || c == 0x300E || c == 0x201C || c == 0x2018 || c == '(';
}

// The Chinese units of more than one character the tables use: each stays whole after its
// number or its slash ("400 公里", "千瓦/平方米"), never "公" at one line's end and "里" at the next.
size_t unitLength(const std::string& s, size_t at) {
    static const char* const kUnits[] = {"平方米", "立方米", "公里", "千米", "千克", "公斤", "千瓦", "兆焦", "兆赫",
                                          "厘米", "毫米", "分钟", "小时", "光年"};
    for (const char* u : kUnits)
        if (s.compare(at, std::char_traits<char>::length(u), u) == 0) return std::char_traits<char>::length(u);
    return 0;
}

// An unbreakable piece: a word, a number, or one Chinese character with its punctuation.
struct Atom {
    size_t begin, end;
    bool spaceBefore;
};

std::vector<Atom> atomsOf(const std::string& s, size_t keepWholeFrom) {
    std::vector<Atom> atoms;
    bool space = false, lastWide = false, glueNext = false, lastDigit = false;
    size_t unitEnd = 0;   // the rest of a unit word, up to here, is joined on
    size_t i = 0;
    while (i < s.size()) {
        const size_t at = i;
        const uint32_t c = nextCodePoint(s, i);
        if (c == ' ' || c == '\t') {
            space = true;
            glueNext = false;
            continue;
        }
        const bool wide = isWide(c);
        // Start a new atom at a space, at a wide character, and after a wide one; but closing
        // punctuation sticks to what came before, and what follows an opening mark sticks to it.
        // A unit stays with its number and with itself: "300 公里", "公里/秒" (a slash joins
        // both sides; a space between a digit and a Chinese unit does not break).
        const bool unit = wide && lastDigit && space;
        if (wide && (unit || (glueNext && !space))) unitEnd = std::max(unitEnd, at + unitLength(s, at));
        const bool inUnit = !space && at < unitEnd;
        const bool join = !atoms.empty() && (unit || inUnit || (!space && (glueNext || isClosing(c) || c == '/' || (!wide && !lastWide))));
        if (join) atoms.back().end = i;
        else atoms.push_back({at, i, space});
        glueNext = isOpening(c) || c == '/';
        lastWide = wide;
        lastDigit = c >= '0' && c <= '9';
        space = false;
    }
    // The tail that must stay whole becomes one atom (with the space before its first piece).
    size_t first = 0;
    while (first < atoms.size() && atoms[first].begin < keepWholeFrom) ++first;
    if (first + 1 < atoms.size()) {
        atoms[first].end = atoms.back().end;
        atoms.resize(first + 1);
    }
    return atoms;
}

float widthOf(const std::string& s, size_t b, size_t e) {
    return ImGui::CalcTextSize(s.data() + b, s.data() + e).x;
}

} // namespace

std::vector<std::pair<size_t, size_t>> wrapLines(const std::string& text, float width, size_t keepWholeFrom) {
    std::vector<std::pair<size_t, size_t>> lines;
    size_t paragraph = 0;
    // Explicit newlines end a line; each paragraph wraps on its own.
    while (paragraph <= text.size()) {
        size_t stop = text.find('\n', paragraph);
        if (stop == std::string::npos) stop = text.size();
        const std::string para = text.substr(paragraph, stop - paragraph);
        const size_t keep = keepWholeFrom == std::string::npos || keepWholeFrom < paragraph ? std::string::npos : keepWholeFrom - paragraph;
        const std::vector<Atom> atoms = atomsOf(para, keep);
        const float space = ImGui::CalcTextSize(" ").x;
        size_t lineBegin = 0, lineEnd = 0;
        float lineW = 0;
        bool empty = true;
        for (const Atom& a : atoms) {
            const float w = widthOf(para, a.begin, a.end);
            const float gap = (!empty && a.spaceBefore) ? space : 0;
            if (!empty && lineW + gap + w > width) {
                lines.push_back({paragraph + lineBegin, paragraph + lineEnd});
                empty = true;
            }
            if (empty) {
                lineBegin = a.begin;
                lineW = w;
                empty = false;
            } else {
                lineW += gap + w;
            }
            lineEnd = a.end;
        }
        if (!empty || atoms.empty()) lines.push_back({paragraph + lineBegin, paragraph + (empty ? lineBegin : lineEnd)});
        if (stop == text.size()) break;
        paragraph = stop + 1;
    }
    return lines;
}

namespace {

void drawWrapped(const std::string& text, float width, size_t keepWholeFrom) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const auto lines = wrapLines(text, width, keepWholeFrom);
    // Lines of one paragraph sit closer together than separate items do.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    // A group keeps every line at the x where the text started (after an icon, say).
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, ImGui::GetFontSize() * 0.18f));
    for (size_t i = 0; i < lines.size(); ++i) ImGui::TextUnformatted(text.data() + lines[i].first, text.data() + lines[i].second);
    ImGui::PopStyleVar();
    ImGui::EndGroup();
}

} // namespace

void wrappedText(const std::string& text, float width) { drawWrapped(text, width, std::string::npos); }

void wrappedText(const std::string& text, gfx::Color c, float width, size_t keepWholeFrom) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(c.r, c.g, c.b, c.a));
    drawWrapped(text, width, keepWholeFrom);
    ImGui::PopStyleColor();
}

} // namespace sp::view
