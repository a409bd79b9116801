#include "game/sim/constellation.h"

#include "engine/core/det_math.h"
#include "game/sim/orbit.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

// The angle a whole number of turns into `seconds` of a motion that turns once per `periodS`,
// with the whole turns taken out first so the angle stays small (as Bodies::spinAt does).
double turnedRad(double seconds, double periodS) {
    if (periodS == 0) return 0;
    const double turns = seconds / periodS;
    return 2 * kPi * (turns - std::floor(turns));
}

double wrapDeg(double d) { return std::remainder(d, 360.0); }

} // namespace

LatLon latLonOf(Vec3 r, double spinRad, double primeMeridianDeg) {
    const double flat = std::sqrt(r.x * r.x + r.y * r.y);
    LatLon p;
    p.latDeg = radToDeg(dm::atan2(r.z, flat));
    p.lonDeg = wrapDeg(radToDeg(dm::atan2(r.y, r.x) - spinRad) - primeMeridianDeg);
    return p;
}

Vec3 pointAt(LatLon p, double radiusKm, double spinRad, double primeMeridianDeg) {
    double sLat, cLat, sLon, cLon;
    dm::sincos(degToRad(p.latDeg), &sLat, &cLat);
    dm::sincos(degToRad(primeMeridianDeg + p.lonDeg) + spinRad, &sLon, &cLon);
    return {radiusKm * cLat * cLon, radiusKm * cLat * sLon, radiusKm * sLat};
}

double elevationDeg(Vec3 siteKm, Vec3 targetKm) {
    const double r = length(siteKm);
    if (r == 0) return 90;
    const Vec3 d = targetKm - siteKm;
    const double up = dot(d, siteKm) / r;   // along the local vertical
    const double across = std::sqrt(std::max(0.0, dot(d, d) - up * up));
    return radToDeg(dm::atan2(up, across));
}

double longitudeGapDeg(double aDeg, double bDeg) { return wrapDeg(bDeg - aDeg); }

Constellation::Constellation(const Level& level) : bodies_(level.attractors), stations_(level.stations) {
    circles_.reserve(level.satellites.size());
    for (const Satellite& s : level.satellites) {
        SkyCircle c;
        c.attractor = s.attractor;
        c.radiusKm = s.radius_km;
        c.inclinationRad = degToRad(s.inclination_deg);
        c.phaseRad = degToRad(s.phase_deg);
        c.used = s.used != 0;
        c.messages = s.messages;
        const double mu = bodies_[s.attractor].mu_km3_s2;
        c.periodS = mu > 0 ? orbit::periodFromA(mu, s.radius_km) : 0;
        // It crossed the equator northbound over node_longitude_deg when it was phase_deg back
        // along its orbit; the body has turned since then, so among the stars the node lies
        // that much further back. A satellite keeping pace with the body (GEO, IGSO) therefore
        // crosses over the same longitude every day, whatever its phase.
        const double sinceCrossingS = c.phaseRad / (2 * kPi) * c.periodS;
        c.nodeRad = degToRad(bodies_[s.attractor].prime_meridian_deg + s.node_longitude_deg) -
                    bodies_.spinRate(s.attractor) * sinceCrossingS;
        circles_.push_back(c);
    }
}

Vec3 Constellation::relativeKm(int i, double seconds) const {
    const SkyCircle& c = circles_[size_t(i)];
    double sU, cU, sN, cN, sI, cI;
    dm::sincos(c.phaseRad + turnedRad(seconds, c.periodS), &sU, &cU);
    dm::sincos(c.nodeRad, &sN, &cN);
    dm::sincos(c.inclinationRad, &sI, &cI);
    return {c.radiusKm * (cN * cU - sN * sU * cI), c.radiusKm * (sN * cU + cN * sU * cI), c.radiusKm * sU * sI};
}

Vec2 Constellation::planeKm(int i, double seconds) const {
    return bodies_.positionAt(circles_[size_t(i)].attractor, seconds) + planeOf(relativeKm(i, seconds));
}

LatLon Constellation::groundPoint(int i, double seconds) const {
    const int a = circles_[size_t(i)].attractor;
    return latLonOf(relativeKm(i, seconds), bodies_.spinAt(a, seconds), bodies_[a].prime_meridian_deg);
}

Vec3 Constellation::siteRelativeKm(int station, double seconds) const {
    const Station& s = stations_[size_t(station)];
    const Attractor& on = bodies_[s.attractor];
    return pointAt({s.latitude_deg, s.longitude_deg}, on.radius_km, bodies_.spinAt(s.attractor, seconds), on.prime_meridian_deg);
}

Vec3 Constellation::pointRelativeKm(int station, double longitudeDeg, double seconds) const {
    const Station& s = stations_[size_t(station)];
    const Attractor& on = bodies_[s.attractor];
    return pointAt({s.latitude_deg, longitudeDeg}, on.radius_km, bodies_.spinAt(s.attractor, seconds), on.prime_meridian_deg);
}

Vec2 Constellation::pointPlaneKm(int station, double longitudeDeg, double seconds) const {
    return bodies_.positionAt(stations_[size_t(station)].attractor, seconds) + planeOf(pointRelativeKm(station, longitudeDeg, seconds));
}

Vec2 Constellation::sitePlaneKm(int station, double seconds) const {
    return bodies_.positionAt(stations_[size_t(station)].attractor, seconds) + planeOf(siteRelativeKm(station, seconds));
}

double Constellation::elevationDeg(int station, int i, double seconds) const {
    if (stations_[size_t(station)].attractor != circles_[size_t(i)].attractor) return -90;
    return sp::elevationDeg(siteRelativeKm(station, seconds), relativeKm(i, seconds));
}

std::vector<int> Constellation::inView(int station, double seconds) const {
    std::vector<int> seen;
    const double mask = stations_[size_t(station)].mask_deg;
    for (int i = 0; i < count(); ++i)
        if (elevationDeg(station, i, seconds) >= mask) seen.push_back(i);
    return seen;
}

int Constellation::countInView(int station, double seconds) const { return int(inView(station, seconds).size()); }

LeastInView leastInView(const Constellation& sky, double seconds, double stepS) {
    LeastInView least;
    if (sky.count() == 0 || !(stepS > 0)) return least;
    const int64_t steps = static_cast<int64_t>(seconds / stepS);
    for (int64_t i = 1; i <= steps; ++i) {   // as a flight looks: after each tick
        const double t = double(i) * stepS;
        for (int s = 0; s < sky.stationCount(); ++s) {
            const int seen = sky.countInView(s, t);
            if (least.count < 0 || seen < least.count) least = {seen, s, t};
        }
    }
    return least;
}

} // namespace sp
