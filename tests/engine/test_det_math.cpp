// engine/core/det_math: the same bits on every platform, and close to the C library.
#include "engine/core/det_math.h"
#include "engine/core/hash.h"
#include "engine/core/rng.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace sp;

namespace {
// Relative error, or absolute where the true value is near zero.
double err(double got, double want) { return std::fabs(got - want) / std::max(1.0, std::fabs(want)); }
constexpr double kTol = 4e-16;
} // namespace

TEST_CASE("dm::sin and dm::cos agree with the C library to a few units in the last place", "[core][detmath]") {
    Rng rng(7);
    double worst = 0;
    for (int i = 0; i < 200000; ++i) {
        // Mostly headings and planet turns (a few turns either way), some far out.
        const double x = i % 10 == 0 ? rng.range(-1e5, 1e5) : rng.range(-20, 20);
        double s, c;
        dm::sincos(x, &s, &c);
        worst = std::max({worst, err(s, std::sin(x)), err(c, std::cos(x))});
        REQUIRE(s == dm::sin(x));
        REQUIRE(c == dm::cos(x));
    }
    CHECK(worst < kTol);
    CHECK(dm::sin(0.0) == 0.0);
    CHECK(dm::cos(0.0) == 1.0);
    CHECK(std::isnan(dm::sin(std::numeric_limits<double>::infinity())));
    CHECK(std::isnan(dm::cos(std::numeric_limits<double>::quiet_NaN())));
}

TEST_CASE("dm::atan2 agrees with the C library, zeros and infinities included", "[core][detmath]") {
    Rng rng(11);
    double worst = 0;
    for (int i = 0; i < 200000; ++i) {
        const double y = rng.range(-1, 1) * std::pow(10.0, rng.range(-6, 6));
        const double x = rng.range(-1, 1) * std::pow(10.0, rng.range(-6, 6));
        worst = std::max(worst, err(dm::atan2(y, x), std::atan2(y, x)));
    }
    CHECK(worst < kTol);
    const double inf = std::numeric_limits<double>::infinity();
    const double cases[][2] = {{0.0, 1.0}, {-0.0, 1.0}, {0.0, -1.0}, {-0.0, -1.0}, {0.0, 0.0}, {0.0, -0.0},
                               {1.0, 0.0}, {-1.0, 0.0}, {inf, inf}, {-inf, -inf}, {1.0, inf}, {1.0, -inf},
                               {inf, 1.0}, {-1.0, -inf}, {1.0, 1.0}, {1.0, -1.0}};
    for (const auto& c : cases) {
        INFO("atan2(" << c[0] << ", " << c[1] << ")");
        const double want = std::atan2(c[0], c[1]);
        const double got = dm::atan2(c[0], c[1]);
        CHECK(err(got, want) < kTol);
        CHECK(std::signbit(got) == std::signbit(want));
    }
    CHECK(std::isnan(dm::atan2(std::numeric_limits<double>::quiet_NaN(), 1.0)));
}

TEST_CASE("dm::exp agrees with the C library over the range an atmosphere uses and beyond", "[core][detmath]") {
    Rng rng(13);
    double worst = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = i % 10 == 0 ? rng.range(-700, 700) : rng.range(-40, 5);
        worst = std::max(worst, std::fabs(dm::exp(x) - std::exp(x)) / std::exp(x));
    }
    CHECK(worst < kTol);
    CHECK(dm::exp(0.0) == 1.0);
    CHECK(dm::exp(1000.0) == std::numeric_limits<double>::infinity());
    CHECK(dm::exp(-1000.0) == 0.0);
    CHECK(std::isnan(dm::exp(std::numeric_limits<double>::quiet_NaN())));
}

// The bits themselves: a digest of many results, committed. It must not change with the
// compiler, its flags or the platform (the web build runs the same check through the golden
// replay hashes). If it changes, a replay recorded before no longer reproduces.
TEST_CASE("dm results are the same bits as when they were committed", "[core][detmath][determinism]") {
    Hasher h;
    Rng rng(2026);
    for (int i = 0; i < 4096; ++i) {
        const double x = rng.range(-50, 50);
        h.add(dm::sin(x));
        h.add(dm::cos(x));
        h.add(dm::atan2(x, rng.range(-50, 50)));
        h.add(dm::exp(x / 4));
    }
    CHECK(hashHex(h.value) == "8bc30f76a7aa78ea");
}
