// engine/core/base64: the alphabet share links travel in. RFC 4648's test vectors, every
// byte value, and the strict decoder's refusals.
#include "engine/core/base64.h"
#include "engine/core/rng.h"

#include <catch2/catch.hpp>

#include <string>

using namespace sp;

TEST_CASE("base64url encodes RFC 4648's test vectors without padding", "[core][base64]") {
    CHECK(base64urlEncode("") == "");
    CHECK(base64urlEncode("f") == "Zg");
    CHECK(base64urlEncode("fo") == "Zm8");
    CHECK(base64urlEncode("foo") == "Zm9v");
    CHECK(base64urlEncode("foob") == "Zm9vYg");
    CHECK(base64urlEncode("fooba") == "Zm9vYmE");
    CHECK(base64urlEncode("foobar") == "Zm9vYmFy");
    // The two characters that differ from plain base64 ('+' and '/'), and no '='.
    CHECK(base64urlEncode("\xfb\xff\xbf") == "-_-_");
}

TEST_CASE("base64url round-trips every byte value and random bytes", "[core][base64]") {
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    auto back = base64urlDecode(base64urlEncode(all));
    REQUIRE(back.bytes);
    CHECK(*back.bytes == all);

    Rng rng(7);
    for (int n = 0; n < 64; ++n) {
        std::string bytes;
        for (int i = 0; i < n; ++i) bytes += static_cast<char>(rng.next() & 0xff);
        auto d = base64urlDecode(base64urlEncode(bytes));
        REQUIRE(d.bytes);
        CHECK(*d.bytes == bytes);
    }
}

TEST_CASE("base64url decoding accepts optional padding", "[core][base64]") {
    CHECK(base64urlDecode("Zm8=").bytes == std::string("fo"));
    CHECK(base64urlDecode("Zg==").bytes == std::string("f"));
    CHECK(base64urlDecode("Zg").bytes == std::string("f"));
}

TEST_CASE("base64url decoding refuses what no encoder writes, and says where", "[core][base64]") {
    auto bad = base64urlDecode("Zm9v!mFy");
    CHECK_FALSE(bad.bytes);
    CHECK(bad.error.find("'!' at position 5") != std::string::npos);
    // Plain base64's '+' and '/' are not base64url.
    CHECK_FALSE(base64urlDecode("ab+/").bytes);
    // One character left over carries no whole byte: the text was cut.
    auto cut = base64urlDecode("Zm9vY");
    CHECK_FALSE(cut.bytes);
    CHECK(cut.error.find("cut short") != std::string::npos);
    // Padding only at the end, at most two, and only where the length needs it.
    CHECK_FALSE(base64urlDecode("Zg=a").bytes);
    CHECK_FALSE(base64urlDecode("Zg===").bytes);
    CHECK_FALSE(base64urlDecode("Zm9=x").bytes);
    // Control bytes and non-ASCII are named by their code, not printed raw.
    auto nul = base64urlDecode(std::string("Zm\0v", 4));
    CHECK_FALSE(nul.bytes);
    CHECK(nul.error.find("byte 0x00") != std::string::npos);
}
