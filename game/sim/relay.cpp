#include "game/sim/relay.h"

#include <algorithm>
#include <cmath>

namespace sp {

int bodyBetween(const Bodies& bodies, Vec2 a, Vec2 b, double seconds, int skip) {
    const Vec2 d = b - a;
    const double dd = dot(d, d);
    for (int i = 0; i < bodies.count(); ++i) {
        if (i == skip) continue;
        const Vec2 c = bodies.positionAt(i, seconds);
        // The point of the segment nearest the centre: inside the disc means the line is cut.
        const double t = dd > 0 ? std::clamp(dot(c - a, d) / dd, 0.0, 1.0) : 0.0;
        const Vec2 near = a + d * t - c;
        const double r = bodies[i].radius_km;
        if (dot(near, near) < r * r) return i;
    }
    return -1;
}

Vec2 firstTouch(Vec2 a, Vec2 b, Vec2 c, double r) {
    const Vec2 d = b - a, f = a - c;
    const double A = dot(d, d), B = 2 * dot(f, d), C = dot(f, f) - r * r, disc = B * B - 4 * A * C;
    if (!(A > 0) || disc < 0) return b;
    const double t = (-B - std::sqrt(disc)) / (2 * A);
    return t >= 0 && t <= 1 ? a + d * t : b;
}

RelayLinks relayLinks(const Level& level, const Bodies& bodies, int station, int home, Vec2 relayKm, double seconds) {
    RelayLinks out;
    const Station& s = level.stations[size_t(station)];
    const Vec2 centre = bodies.positionAt(s.attractor, seconds);
    const Vec2 up = fromAngle(degToRad(siteAngleDeg(s, bodies[s.attractor])) + bodies.spinAt(s.attractor, seconds));
    // The antenna stands just above the ground (a thousandth of the body's radius), so a line
    // along the horizon clears the ground and one below it goes through the body.
    const double radius = bodies[s.attractor].radius_km;
    out.landerKm = centre + up * (radius * 1.001);
    out.landerBlockedBy = bodyBetween(bodies, out.landerKm, relayKm, seconds);
    out.lander = out.landerBlockedBy < 0 && (s.range_km <= 0 || length(relayKm - out.landerKm) <= s.range_km);
    out.homeKm = bodies.positionAt(home, seconds);
    out.homeBlockedBy = bodyBetween(bodies, relayKm, out.homeKm, seconds, home);
    out.home = out.homeBlockedBy < 0;
    return out;
}

} // namespace sp
