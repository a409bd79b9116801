// The fix is Gauss-Newton on the pseudoranges: each signal says |sat - r| + c*b = c*t. Linear
// about the current guess, the corrections come from the least-squares solution of
// H d = residuals, where a row of H is (-u_x, -u_y, 1) for the unit vector u from the guess to
// the satellite (and no 1 without a clock). The same H gives the geometry: (H^T H)^-1 is the
// fix's covariance for unit range errors, whose diagonal is the dilution of precision and
// whose position block is the error ellipse. Eigen does the linear algebra (libeigen3-dev).
#include "game/sim/nav.h"

#include "engine/core/det_math.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace sp::nav {

namespace {

constexpr int kMaxIterations = 20;
constexpr double kSettledKm = 1e-7;      // a correction smaller than 0.1 mm: done
// Below this, the smallest eigenvalue of H^T H against its largest: the geometry cannot tell
// the unknowns apart (the matrix is singular but for rounding).
constexpr double kDegenerate = 1e-10;

using Mat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
using Vec = Eigen::Matrix<double, Eigen::Dynamic, 1>;

// H for the unknowns at `pos` (the clock column when n == 3).
Mat geometry(const std::vector<Signal>& signals, Vec2 pos, int n) {
    Mat h(Eigen::Index(signals.size()), n);
    for (size_t i = 0; i < signals.size(); ++i) {
        const Vec2 u = normalized(signals[i].satKm - pos);
        h(Eigen::Index(i), 0) = -u.x;
        h(Eigen::Index(i), 1) = -u.y;
        if (n == 3) h(Eigen::Index(i), 2) = 1;
    }
    return h;
}

} // namespace

double travelTimeS(Vec2 satKm, Vec2 receiverKm, double clockBiasS) {
    return length(satKm - receiverKm) / kLightKmS + clockBiasS;
}

Fix solve(const std::vector<Signal>& signals, Vec2 guessKm, bool solveClock, double sigmaKm) {
    Fix fix;
    const int n = solveClock ? 3 : 2;
    fix.posKm = guessKm;
    if (int(signals.size()) < n) {
        fix.degenerate = true;
        return fix;
    }
    double biasKm = 0;   // the clock bias as a distance, c * b
    Mat h;
    for (fix.iterations = 1; fix.iterations <= kMaxIterations; ++fix.iterations) {
        h = geometry(signals, fix.posKm, n);
        Vec r(Eigen::Index(signals.size()));
        for (size_t i = 0; i < signals.size(); ++i)
            r(Eigen::Index(i)) = rangeKm(signals[i].travelS) - (length(signals[i].satKm - fix.posKm) + biasKm);
        const Mat normal = h.transpose() * h;
        const Eigen::SelfAdjointEigenSolver<Mat> eig(normal, Eigen::EigenvaluesOnly);
        if (!(eig.eigenvalues().minCoeff() > kDegenerate * eig.eigenvalues().maxCoeff())) {
            fix.degenerate = true;
            return fix;
        }
        const Vec d = normal.ldlt().solve(h.transpose() * r);
        fix.posKm += Vec2{d(0), d(1)};
        if (solveClock) biasKm += d(2);
        if (std::sqrt(d.squaredNorm()) < kSettledKm) break;
    }
    fix.ok = fix.iterations <= kMaxIterations;
    fix.iterations = std::min(fix.iterations, kMaxIterations);
    fix.clockBiasS = biasKm / kLightKmS;

    // What is left, and the geometry at the fix.
    h = geometry(signals, fix.posKm, n);
    double sum = 0;
    for (const Signal& s : signals) {
        const double e = rangeKm(s.travelS) - (length(s.satKm - fix.posKm) + biasKm);
        sum += e * e;
    }
    fix.residualKm = std::sqrt(sum / double(signals.size()));
    const Mat cov = (h.transpose() * h).inverse();
    fix.pdop = std::sqrt(cov(0, 0) + cov(1, 1));
    fix.tdop = solveClock ? std::sqrt(cov(2, 2)) : 0;
    fix.gdop = std::sqrt(fix.pdop * fix.pdop + fix.tdop * fix.tdop);
    const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> axes(cov.topLeftCorner<2, 2>());
    fix.error.majorKm = sigmaKm * std::sqrt(std::max(0.0, axes.eigenvalues()(1)));
    fix.error.minorKm = sigmaKm * std::sqrt(std::max(0.0, axes.eigenvalues()(0)));
    fix.error.angleRad = dm::atan2(axes.eigenvectors()(1, 1), axes.eigenvectors()(0, 1));
    return fix;
}

double elevationDeg(Vec2 receiverKm, Vec2 centreKm, Vec2 satKm) {
    // The angle between the line of sight and the horizon, through det_math's atan2 so that it
    // is the same to the bit natively and in WebAssembly.
    const Vec2 up = normalized(receiverKm - centreKm), to = satKm - receiverKm;
    return dm::atan2(dot(up, to), std::fabs(cross(up, to))) * 180 / 3.14159265358979323846;
}

} // namespace sp::nav
