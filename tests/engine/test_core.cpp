// engine/core: the fixed-tick clock, the deterministic RNG and the state hasher. All three
// carry the determinism promise (same inputs, same ticks, same hash on every platform).
#include "engine/core/fixed_clock.h"
#include "engine/core/hash.h"
#include "engine/core/rng.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <vector>

using namespace sp;

TEST_CASE("FixedClock accumulates partial frames into whole ticks", "[core][clock]") {
    FixedClock clock;   // 60 Hz, clamp 8
    const double tick = clock.tickSeconds;
    CHECK(clock.advance(0.4 * tick) == 0);
    CHECK(clock.advance(0.4 * tick) == 0);
    CHECK(clock.advance(0.4 * tick) == 1);
    CHECK(clock.alpha() == Approx(0.2).margin(1e-9));
    CHECK(clock.advance(2.5 * tick) == 2);
    CHECK(clock.alpha() == Approx(0.7).margin(1e-9));

    // A long run of typical frames owes no time and invents none.
    FixedClock c2;
    int ticks = 0;
    for (int frame = 0; frame < 600; ++frame) ticks += c2.advance(1.0 / 144.0);
    // 4.1667 s is exactly 250 ticks; float sums may leave the last one in the accumulator.
    CHECK(ticks + c2.alpha() == Approx(250.0).margin(1e-6));
}

TEST_CASE("FixedClock clamps a slow frame and drops the excess", "[core][clock]") {
    FixedClock clock;
    clock.maxTicksPerFrame = 8;
    CHECK(clock.advance(1.0) == 8);       // 60 ticks' worth of time
    CHECK(clock.accumulator == 0);        // dropped, not owed to the next frame
    CHECK(clock.advance(0.0) == 0);
    CHECK(clock.advance(clock.tickSeconds) == 1);
}

TEST_CASE("FixedClock ignores negative, NaN and survives infinite deltas", "[core][clock]") {
    FixedClock clock;
    clock.advance(0.5 * clock.tickSeconds);
    const double before = clock.accumulator;
    CHECK(clock.advance(-1.0) == 0);
    CHECK(clock.advance(std::numeric_limits<double>::quiet_NaN()) == 0);
    CHECK(clock.advance(-std::numeric_limits<double>::infinity()) == 0);
    CHECK(clock.accumulator == before);
    CHECK(clock.advance(std::numeric_limits<double>::infinity()) == clock.maxTicksPerFrame);
    CHECK(std::isfinite(clock.alpha()));
    CHECK(clock.advance(1e300) == clock.maxTicksPerFrame);
    CHECK(clock.alpha() == 0);
}

TEST_CASE("FixedClock alpha stays between 0 and 1", "[core][clock]") {
    FixedClock clock;
    Rng rng(7);
    for (int i = 0; i < 10000; ++i) {
        clock.advance(rng.range(0.0, 0.2));
        REQUIRE(clock.alpha() >= 0.0);
        REQUIRE(clock.alpha() < 1.0);
    }
}

TEST_CASE("Rng gives the same sequence for the same seed", "[core][rng]") {
    Rng a(42), b(42), c(43);
    std::vector<uint32_t> sa, sb, sc;
    for (int i = 0; i < 100; ++i) {
        sa.push_back(a.next());
        sb.push_back(b.next());
        sc.push_back(c.next());
    }
    CHECK(sa == sb);
    CHECK(sa != sc);

    a.reseed(42);
    CHECK(a.next() == sa[0]);

    // Pinned values: the sequence must be the same on every compiler and in the browser
    // build, or replays break. (PCG32, one stream, XSH-RR output.)
    Rng pinned(42);
    CHECK(pinned.next() == 3270867926u);
    CHECK(pinned.next() == 1795671209u);
    CHECK(pinned.next() == 1924641435u);
}

TEST_CASE("Rng stays in range and covers it", "[core][rng]") {
    Rng rng(1);
    double lo = 1, hi = 0, sum = 0;
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
        double u = rng.uniform();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        lo = std::min(lo, u);
        hi = std::max(hi, u);
        sum += u;
        double r = rng.range(-3.0, 5.0);
        REQUIRE(r >= -3.0);
        REQUIRE(r < 5.0);
    }
    CHECK(lo < 0.001);
    CHECK(hi > 0.999);
    CHECK(sum / n == Approx(0.5).margin(0.01));
}

TEST_CASE("Hasher: same input same hash, different input different hash", "[core][hash]") {
    // FNV-1a 64 known answers.
    CHECK(Hasher{}.value == 0xcbf29ce484222325ull);
    Hasher a;
    a.add(std::string("a"));
    CHECK(a.value == 0xaf63dc4c8601ec8cull);
    Hasher foobar;
    foobar.add(std::string("foobar"));
    CHECK(foobar.value == 0x85944171f73967e8ull);

    auto hashOf = [](double x, double y, int n) {
        Hasher h;
        h.add(x);
        h.add(y);
        h.add(n);
        return h.value;
    };
    CHECK(hashOf(1.5, -2.25, 3) == hashOf(1.5, -2.25, 3));
    CHECK(hashOf(1.5, -2.25, 3) != hashOf(1.5, -2.25, 4));
    CHECK(hashOf(1.5, -2.25, 3) != hashOf(-2.25, 1.5, 3));   // order matters
    CHECK(hashOf(1.0, 0.0, 0) != hashOf(std::nextafter(1.0, 2.0), 0.0, 0));   // one ulp

    // Many nearby inputs, no collisions.
    std::set<uint64_t> seen;
    for (int i = 0; i < 10000; ++i) seen.insert(hashOf(i * 0.001, 0, i % 7));
    CHECK(seen.size() == 10000);
}

TEST_CASE("Hasher treats +0 and -0 alike, and float like the same double", "[core][hash]") {
    Hasher pos, neg;
    pos.add(0.0);
    neg.add(-0.0);
    CHECK(pos.value == neg.value);

    Hasher pf, nf;
    pf.add(0.0f);
    nf.add(-0.0f);
    CHECK(pf.value == nf.value);

    Hasher f, d;
    f.add(0.25f);
    d.add(0.25);
    CHECK(f.value == d.value);

    CHECK(hashHex(0xcbf29ce484222325ull) == "cbf29ce484222325");
    CHECK(hashHex(0) == "0000000000000000");
}
