#include "engine/core/base64.h"

#include <cstdio>

namespace sp {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The 6-bit value of a base64url character, or -1.
int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

// How a character is named in an error: printable ASCII as itself, anything else as a code.
std::string describe(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f) return std::string("'") + c + "'";
    char code[16];
    std::snprintf(code, sizeof code, "byte 0x%02X", u);
    return code;
}

} // namespace

std::string base64urlEncode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    // Every 3 bytes (24 bits) become 4 characters of 6 bits each.
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = unsigned(static_cast<unsigned char>(bytes[i])) << 16 |
                           unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                           unsigned(static_cast<unsigned char>(bytes[i + 2]));
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        out += kAlphabet[v >> 6 & 63];
        out += kAlphabet[v & 63];
    }
    // 1 or 2 bytes left: 2 or 3 characters, without '=' padding.
    const size_t left = bytes.size() - i;
    if (left > 0) {
        unsigned v = unsigned(static_cast<unsigned char>(bytes[i])) << 16;
        if (left == 2) v |= unsigned(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out += kAlphabet[v >> 18 & 63];
        out += kAlphabet[v >> 12 & 63];
        if (left == 2) out += kAlphabet[v >> 6 & 63];
    }
    return out;
}

Base64Decode base64urlDecode(std::string_view text) {
    Base64Decode result;
    // Trailing '=' padding is optional: drop it, then the rest must be alphabet only.
    size_t end = text.size();
    while (end > 0 && text[end - 1] == '=' && text.size() - end < 2) --end;
    if (text.size() - end > 0 && text.size() % 4 != 0) {
        result.error = "the padding at its end does not fit its length";
        return result;
    }
    // 4 characters carry 3 bytes; a remainder of 1 character carries no whole byte, which no
    // encoder produces: the text was cut.
    if (end % 4 == 1) {
        result.error = "it is " + std::to_string(end) + " characters long, which no encoder produces (was it cut short?)";
        return result;
    }
    std::string out;
    out.reserve(end / 4 * 3 + 2);
    unsigned acc = 0;
    int bits = 0;
    for (size_t i = 0; i < end; ++i) {
        const int s = sextet(text[i]);
        if (s < 0) {
            result.error = describe(text[i]) + " at position " + std::to_string(i + 1) + " is not a base64url character";
            return result;
        }
        acc = (acc << 6 | unsigned(s)) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>(acc >> bits & 0xff);
        }
    }
    result.bytes = std::move(out);
    return result;
}

} // namespace sp
