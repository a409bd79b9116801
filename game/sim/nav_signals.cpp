#include "game/sim/nav_signals.h"

#include "engine/core/det_math.h"
#include "game/sim/nav.h"

#include <cmath>

namespace sp {

std::vector<SkySignal> signalsAt(const Constellation& sky, int receiver, double seconds, double clockBiasS) {
    std::vector<SkySignal> out;
    if (receiver < 0 || receiver >= sky.stationCount()) return out;
    const Vec3 site = sky.siteRelativeKm(receiver, seconds);
    for (int i : sky.inView(receiver, seconds)) {
        const Vec3 d = sky.relativeKm(i, seconds) - site;
        const double travel = std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z) / nav::kLightKmS + clockBiasS;
        out.push_back({i, sky.planeKm(i, seconds), travel, nav::rangeKm(travel)});
    }
    return out;
}

double groundGapKm(const Constellation& sky, int station, double longitudeDeg, double seconds) {
    const Vec3 a = sky.siteRelativeKm(station, seconds), b = sky.pointRelativeKm(station, longitudeDeg, seconds);
    const Vec3 n{a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
    const double r = std::sqrt(a.x * a.x + a.y * a.y + a.z * a.z);
    // The angle between them at the centre, by atan2 (det_math: the same bits in every build).
    return r * dm::atan2(std::sqrt(n.x * n.x + n.y * n.y + n.z * n.z), a.x * b.x + a.y * b.y + a.z * b.z);
}

} // namespace sp
