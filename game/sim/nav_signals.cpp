#include "game/sim/nav_signals.h"

#include "engine/core/det_math.h"
#include "game/sim/nav.h"

#include <algorithm>
#include <cmath>

namespace sp {

std::vector<SkySignal> signalsAt(const Constellation& sky, int receiver, double seconds, double clockTakenOffS) {
    std::vector<SkySignal> out;
    if (receiver < 0 || receiver >= sky.stationCount()) return out;
    const double clockBiasS = sky.station(receiver).clock_error_us * 1e-6 - clockTakenOffS;
    const Vec3 site = sky.siteRelativeKm(receiver, seconds);
    for (int i : sky.inView(receiver, seconds)) {
        if (!sky.circle(i).used) continue;   // switched off: the receiver does not listen
        const Vec3 d = sky.relativeKm(i, seconds) - site;
        const double travel = std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z) / nav::kLightKmS + clockBiasS;
        out.push_back({i, sky.planeKm(i, seconds), travel, nav::rangeKm(travel)});
    }
    return out;
}

nav::Fix fixAt(const Constellation& sky, int receiver, double seconds, double sigmaKm, int* heard) {
    std::vector<nav::Signal> signals;
    for (const SkySignal& s : signalsAt(sky, receiver, seconds)) signals.push_back({s.satPlaneKm, s.travelS});
    if (heard) *heard = int(signals.size());
    if (receiver < 0 || receiver >= sky.stationCount()) return {};
    // The planet's centre: the receiver stands on the equator, its distance from the centre along the plane.
    const Vec3 rel = sky.siteRelativeKm(receiver, seconds);
    const Vec2 centre = sky.sitePlaneKm(receiver, seconds) - Vec2{rel.x, rel.y};
    return nav::solve(signals, centre, true, sigmaKm);
}

namespace {
// Where circles (a, ra) and (b, rb) cross, of their two crossings the one nearer `near`.
bool crossing(Vec2 a, double ra, Vec2 b, double rb, Vec2 near, Vec2& out) {
    const Vec2 ab = b - a;
    const double d = length(ab);
    if (!(d > 0) || d > ra + rb || d < std::fabs(ra - rb)) return false;
    const double along = (d * d + ra * ra - rb * rb) / (2 * d);   // from a towards b
    const double h = std::sqrt(std::max(0.0, ra * ra - along * along));
    const Vec2 u = ab * (1 / d), mid = a + u * along, side{-u.y * h, u.x * h};
    out = length(mid + side - near) < length(mid - side - near) ? mid + side : mid - side;
    return true;
}
} // namespace

double circlesSpreadKm(const std::vector<SkySignal>& signals, Vec2 nearKm) {
    if (signals.size() < 3) return -1;
    std::vector<Vec2> points;
    for (size_t i = 0; i < signals.size(); ++i)
        for (size_t j = i + 1; j < signals.size(); ++j) {
            Vec2 p;
            if (!crossing(signals[i].satPlaneKm, signals[i].rangeKm, signals[j].satPlaneKm, signals[j].rangeKm, nearKm, p)) return -1;
            points.push_back(p);
        }
    double widest = 0;
    for (size_t i = 0; i < points.size(); ++i)
        for (size_t j = i + 1; j < points.size(); ++j) widest = std::max(widest, length(points[i] - points[j]));
    return widest;
}

double groundGapKm(const Constellation& sky, int station, double longitudeDeg, double seconds) {
    const Vec3 a = sky.siteRelativeKm(station, seconds), b = sky.pointRelativeKm(station, longitudeDeg, seconds);
    const Vec3 n{a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
    const double r = std::sqrt(a.x * a.x + a.y * a.y + a.z * a.z);
    // The angle between them at the centre, by atan2 (det_math: the same bits in every build).
    return r * dm::atan2(std::sqrt(n.x * n.x + n.y * n.y + n.z * n.z), a.x * b.x + a.y * b.y + a.z * b.z);
}

} // namespace sp
