// engine/core/deflate: the compression short links travel in. Round trips, and the refusals a
// hostile or damaged link meets: changed bytes, cut short, junk after the end, a zip bomb.
#include "engine/core/deflate.h"
#include "engine/core/rng.h"

#include <catch2/catch.hpp>

#include <string>

using namespace sp;

namespace {
std::string lessonLikeText() {
    std::string s = "{\"version\":1,\"title\":{\"en\":\"Orbits, day 1\",\"zh\":\"轨道 第一天\"},\"levels\":[";
    for (int i = 0; i < 12; ++i) s += "{\"id\":\"1-" + std::to_string(i) + "\",\"hints\":\"locked\",\"prediction\":\"free\"},";
    s += "{}]}";
    return s;
}
} // namespace

TEST_CASE("deflate round-trips text, every byte value and nothing, and makes lesson-like JSON smaller", "[core][deflate]") {
    Rng rng(7);
    std::string random;
    for (int i = 0; i < 70000; ++i) random.push_back(char(rng.next() & 0xff));
    for (const std::string& in : {std::string(), std::string("a"), lessonLikeText(), random}) {
        const std::string packed = deflateBytes(in);
        REQUIRE_FALSE(packed.empty());
        const Inflated back = inflateBytes(packed, in.size());   // exactly the size is within the limit
        REQUIRE(back.bytes.has_value());
        CHECK(*back.bytes == in);
    }
    const std::string text = lessonLikeText();
    const size_t packed = deflateBytes(text).size();
    WARN("lesson-like JSON: " << text.size() << " bytes, deflated " << packed);
    CHECK(packed * 3 < text.size());
}

TEST_CASE("inflate refuses changed bytes, data cut short and junk after the end, with a reason", "[core][deflate]") {
    const std::string text = lessonLikeText();
    const std::string packed = deflateBytes(text);
    int refused = 0;
    for (size_t i = 0; i < packed.size(); ++i) {
        std::string bad = packed;
        bad[i] = char(bad[i] ^ 0x20);
        const Inflated r = inflateBytes(bad, 1 << 20);
        // A changed byte either breaks the deflate stream or the Adler-32 of what it unpacks to.
        if (!r.bytes) {
            ++refused;
            CHECK_FALSE(r.error.empty());
        } else {
            INFO("byte " << i << " changed, still read");
            CHECK(*r.bytes == text);   // never a different text taken as good
        }
    }
    // All but at most one: a bit of the header that only records how hard the compressor
    // worked, or the padding after the last code (seen: byte 163 of 168), changes nothing read.
    CHECK(refused >= int(packed.size()) - 1);
    for (size_t n = 0; n < packed.size(); ++n) {
        const Inflated r = inflateBytes(packed.substr(0, n), 1 << 20);
        INFO("cut to " << n << " of " << packed.size() << " bytes");
        CHECK_FALSE(r.bytes.has_value());
        CHECK_FALSE(r.error.empty());
    }
    const Inflated junk = inflateBytes(packed + "xyz", 1 << 20);
    CHECK_FALSE(junk.bytes.has_value());
    CHECK(junk.error.find("3 bytes follow") != std::string::npos);
    const Inflated notZlib = inflateBytes("#level=eyJ2ZXJzaW9uIjoxfQ", 1 << 20);
    CHECK_FALSE(notZlib.bytes.has_value());
}

TEST_CASE("inflate stops at its limit: 64 MB of zeros in a few KB is refused, not unpacked", "[core][deflate]") {
    const std::string bomb = deflateBytes(std::string(64u << 20, '\0'));
    WARN("64 MB of zeros deflate to " << bomb.size() << " bytes");
    CHECK(bomb.size() < 100000);
    const Inflated r = inflateBytes(bomb, 1 << 20);
    CHECK_FALSE(r.bytes.has_value());
    CHECK(r.error.find("more than 1048576 bytes") != std::string::npos);
    CHECK(r.tooBig);
    const Inflated one = inflateBytes(deflateBytes(std::string(1 << 20, 'x')), (1 << 20) - 1);
    CHECK_FALSE(one.bytes.has_value());   // one byte over is over
}
