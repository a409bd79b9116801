#include "engine/core/det_math.h"

#include <cmath>
#include <limits>

// Each function reduces its argument to a small interval with exactly known steps, then sums
// a Taylor series by Horner's rule. The series are truncated where the next term is below
// 1e-17 of the result. The constants splitting pi/2 and ln 2 into parts whose products with
// small integers are exact are the classic Cody-Waite values.

namespace sp::dm {

namespace {
constexpr double kPi = 3.141592653589793116;
constexpr double kHalfPi = kPi / 2;
constexpr double kQuarterPi = kPi / 4;
constexpr double kTwoOverPi = 0.636619772367581382;
// pi/2 = kPio2a + kPio2b + kPio2c, each with enough trailing zero bits that k * part is exact
// for |k| < 2^20, i.e. angles up to about a million radians.
constexpr double kPio2a = 1.57079632673412561417e+00;
constexpr double kPio2b = 6.07710050630396597660e-11;
constexpr double kPio2c = 2.02226624871116645580e-21;
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// sin(r) for |r| <= pi/4: r - r^3/3! + r^5/5! - ... up to r^15.
double sinSeries(double r) {
    const double z = r * r;
    double p = -1.0 / 1307674368000.0;
    p = p * z + 1.0 / 6227020800.0;
    p = p * z - 1.0 / 39916800.0;
    p = p * z + 1.0 / 362880.0;
    p = p * z - 1.0 / 5040.0;
    p = p * z + 1.0 / 120.0;
    p = p * z - 1.0 / 6.0;
    return r + r * (z * p);
}

// cos(r) for |r| <= pi/4: 1 - r^2/2! + r^4/4! - ... up to r^16.
double cosSeries(double r) {
    const double z = r * r;
    double p = 1.0 / 20922789888000.0;
    p = p * z - 1.0 / 87178291200.0;
    p = p * z + 1.0 / 479001600.0;
    p = p * z - 1.0 / 3628800.0;
    p = p * z + 1.0 / 40320.0;
    p = p * z - 1.0 / 720.0;
    p = p * z + 1.0 / 24.0;
    return 1.0 - 0.5 * z + (z * z) * p;
}

// atan(v) for |v| <= 0.2: v - v^3/3 + v^5/5 - ... up to v^23.
double atanSeries(double v) {
    const double z = v * v;
    double p = -1.0 / 23.0;
    for (int n = 21; n >= 3; n -= 2) p = p * z + ((n / 2) % 2 == 0 ? 1.0 : -1.0) / n;
    return v + v * (z * p);
}

// atan(t) for 0 <= t <= 1.
double atanUnit(double t) {
    double base = 0;
    if (t > 0.41421356237309503) {   // tan(pi/8): atan(t) = pi/4 + atan((t-1)/(t+1))
        base = kQuarterPi;
        t = (t - 1.0) / (t + 1.0);
    }
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))) brings |t| <= 0.4142 under 0.2.
    const double half = t / (1.0 + std::sqrt(1.0 + t * t));
    return base + 2.0 * atanSeries(half);
}
} // namespace

void sincos(double x, double* s, double* c) {
    if (!std::isfinite(x)) {
        *s = *c = kNaN;
        return;
    }
    const double k = std::floor(x * kTwoOverPi + 0.5);
    const double r = ((x - k * kPio2a) - k * kPio2b) - k * kPio2c;
    const double sr = sinSeries(r), cr = cosSeries(r);
    const double m = k - 4.0 * std::floor(k / 4.0);   // quadrant 0..3, also for negative k
    if (m == 0) { *s = sr; *c = cr; }
    else if (m == 1) { *s = cr; *c = -sr; }
    else if (m == 2) { *s = -sr; *c = -cr; }
    else { *s = -cr; *c = sr; }
}

double sin(double x) {
    double s, c;
    sincos(x, &s, &c);
    return s;
}

double cos(double x) {
    double s, c;
    sincos(x, &s, &c);
    return c;
}

double atan2(double y, double x) {
    if (std::isnan(x) || std::isnan(y)) return kNaN;
    if (y == 0) return (x > 0 || (x == 0 && !std::signbit(x))) ? y : std::copysign(kPi, y);
    if (x == 0) return std::copysign(kHalfPi, y);
    if (std::isinf(x) && std::isinf(y)) return std::copysign(x > 0 ? kQuarterPi : 3 * kQuarterPi, y);
    if (std::isinf(x)) return x > 0 ? std::copysign(0.0, y) : std::copysign(kPi, y);
    if (std::isinf(y)) return std::copysign(kHalfPi, y);
    const double ax = std::fabs(x), ay = std::fabs(y);
    double a = ay <= ax ? atanUnit(ay / ax) : kHalfPi - atanUnit(ax / ay);
    if (x < 0) a = kPi - a;
    return std::copysign(a, y);
}

double exp(double x) {
    if (std::isnan(x)) return kNaN;
    if (x > 709.782712893384) return std::numeric_limits<double>::infinity();
    if (x < -745.1332191019412) return 0.0;
    const double k = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;   // |r| <= ln(2)/2
    // 1 + r + r^2/2! + ... + r^13/13!, by Horner's rule with exact reciprocal factorials.
    static const double kInvFact[14] = {1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720,
                                        1.0 / 5040, 1.0 / 40320, 1.0 / 362880, 1.0 / 3628800,
                                        1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800};
    double q = kInvFact[13];
    for (int n = 12; n >= 0; --n) q = q * r + kInvFact[n];
    return std::ldexp(q, static_cast<int>(k));
}

} // namespace sp::dm
