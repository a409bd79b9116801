#include "game/edit/gestures.h"

#include "game/sim/bodies.h"

#include <algorithm>
#include <cmath>

// Index
// [SECTION] grid and snapping
// [SECTION] picking
// [SECTION] handles
// [SECTION] moving
// [SECTION] framing
// [SECTION] new objects

namespace sp::edit {

namespace {
constexpr double kNoseSnapDeg = 15;
constexpr double kVelocitySnapKms = 0.1;
constexpr double kMinRadiusKm = 1;   // in Chapter 1's sizes (sizeScale)

double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a;
    const double len2 = lengthSq(ab);
    const double t = len2 > 0 ? std::clamp(dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return length(p - (a + ab * t));
}

// The radius property of kinds that have a rim handle, or null.
const char* radiusKey(Kind k) {
    return (k == Kind::Attractor || k == Kind::Zone || k == Kind::Debris) ? "radius_km" : nullptr;
}

double number(const Level& level, Ref r, const char* key, double fallback = 0) {
    const auto v = get(level, r, key);
    if (v && std::holds_alternative<double>(*v)) return std::get<double>(*v);
    return fallback;
}

bool flag(const Level& level, Ref r, const char* key) {
    const auto v = get(level, r, key);
    return v && std::holds_alternative<bool>(*v) && std::get<bool>(*v);
}

// The velocity arrow: the ship's only when it starts flying by itself (a launch level
// ignores it), debris only when it moves; another craft always flies by itself.
bool hasVelocity(const Level& level, Ref r) {
    if (r.kind == Kind::Ship) return !level.actions.launch;
    if (r.kind == Kind::Craft) return true;
    if (r.kind == Kind::Debris) return flag(level, r, "moving");
    return false;
}

bool hasNose(Kind k) { return k == Kind::Ship || k == Kind::Craft; }

// A number that differs from the current value, as a Change; nothing if it is the same.
void change(std::vector<Change>& out, const Level& level, Ref r, const char* key, double v) {
    if (number(level, r, key, NAN) != v) out.push_back({key, Value(v)});
}
} // namespace

// [SECTION] grid and snapping

double gridStep(double minKm) {
    if (!(minKm > 0) || !std::isfinite(minKm)) return 1;
    const double p = std::pow(10.0, std::floor(std::log10(minKm)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= minKm * (1 - 1e-12)) return m * p;
    return 10 * p;
}

double snapTo(double v, double step) {
    if (!(step > 0)) return v;
    double s = std::round(v / step) * step;
    if (step < 1) {
        // 3 * 0.05 is 0.15000000000000002: a decimal step gives the decimal itself, so the
        // file and the inspector say 0.15.
        const double p = std::pow(10.0, std::ceil(-std::log10(step) - 1e-9));
        const double decimal = std::round(s * p) / p;
        if (std::abs(decimal - s) <= step * 1e-6) s = decimal;
    }
    return s == 0 ? 0.0 : s;   // never -0, which a file would show as "-0"
}

Vec2 snapTo(Vec2 p, double step) { return {snapTo(p.x, step), snapTo(p.y, step)}; }

// [SECTION] picking

std::optional<Ref> pick(const Level& level, Vec2 km, double kmPerPx, const PickSizes& s) {
    const double slop = s.slopPx * kmPerPx;
    auto within = [&](Vec2 c, double radius) { return length(km - c) <= radius + slop; };

    if (within({level.ship.x_km, level.ship.y_km}, s.shipPx * kmPerPx)) return Ref{Kind::Ship, 0};
    for (size_t i = level.craft.size(); i-- > 0;) {
        const Ship& c = level.craft[i];
        if (within({c.x_km, c.y_km}, s.shipPx * kmPerPx)) return Ref{Kind::Craft, int(i)};
    }
    // The nearest point of the ground line: they sit close together when zoomed out.
    std::optional<Ref> point;
    double nearest = (s.groundPointPx + s.slopPx) * kmPerPx;
    for (size_t i = 0; i < level.ground.size(); ++i) {
        const double d = length(km - Vec2{level.ground[i].x_km, level.ground[i].y_km});
        if (d <= nearest) {
            nearest = d;
            point = Ref{Kind::GroundPoint, int(i)};
        }
    }
    if (point) return point;
    for (size_t i = level.stations.size(); i-- > 0;) {
        const Ref r{Kind::Station, int(i)};
        if (auto p = positionOf(level, r); p && within(*p, s.stationPx * kmPerPx)) return r;
    }
    for (size_t i = level.debris.size(); i-- > 0;) {
        const Debris& d = level.debris[i];
        if (within({d.x_km, d.y_km}, std::max(d.radius_km, s.minRockPx * kmPerPx))) return Ref{Kind::Debris, int(i)};
    }
    for (size_t i = level.gates.size(); i-- > 0;) {
        const Gate& g = level.gates[i];
        if (distanceToSegment(km, {g.x1_km, g.y1_km}, {g.x2_km, g.y2_km}) <= slop + 5 * kmPerPx) return Ref{Kind::Gate, int(i)};
    }
    for (size_t i = level.zones.size(); i-- > 0;) {
        const Zone& z = level.zones[i];
        if (within({z.x_km, z.y_km}, std::max(z.radius_km, s.minZonePx * kmPerPx))) return Ref{Kind::Zone, int(i)};
    }
    for (size_t i = level.attractors.size(); i-- > 0;) {
        if (within(attractorAt(level, int(i)), level.attractors[i].radius_km)) return Ref{Kind::Attractor, int(i)};
    }
    return std::nullopt;
}

// [SECTION] handles

std::vector<Handle> handlesOf(const Level& level, Ref r, const HandleScale& scale) {
    std::vector<Handle> out;
    if (!exists(level, r)) return out;
    const auto at = positionOf(level, r);
    if (const char* key = radiusKey(r.kind); key && at) {
        // Up and to the right of the center: clear of the labels, which sit above.
        const double rim = std::max(number(level, r, key), scale.minRimPx * scale.kmPerPx);
        out.push_back({HandleKind::Radius, *at + fromAngle(kPi / 4) * rim});
    }
    if (hasNose(r.kind)) {
        const double heading = degToRad(number(level, r, "angle_deg"));
        out.push_back({HandleKind::Nose, *at + fromAngle(heading) * (scale.noseOffsetPx * scale.kmPerPx)});
    }
    if (r.kind == Kind::Gate) {
        const Gate& g = level.gates[size_t(r.index)];
        out.push_back({HandleKind::End1, {g.x1_km, g.y1_km}});
        out.push_back({HandleKind::End2, {g.x2_km, g.y2_km}});
    }
    if (hasVelocity(level, r) && at) {
        const Vec2 v{number(level, r, "vx_km_s"), number(level, r, "vy_km_s")};
        if (length(v) * scale.pxPerKms >= scale.minArrowPx)
            out.push_back({HandleKind::Velocity, *at + v * (scale.pxPerKms * scale.kmPerPx)});
    }
    return out;
}

std::optional<HandleKind> pickHandle(const Level& level, Ref r, Vec2 km, const HandleScale& scale, const PickSizes& sizes) {
    // The nearest one within reach: handles of a small object can overlap.
    std::optional<HandleKind> best;
    double bestDistance = (sizes.handlePx + sizes.slopPx * 0.5) * scale.kmPerPx;
    for (const Handle& h : handlesOf(level, r, scale)) {
        const double d = length(km - h.km);
        if (d <= bestDistance) {
            bestDistance = d;
            best = h.kind;
        }
    }
    return best;
}

std::vector<Change> dragHandle(const Level& level, Ref r, HandleKind h, Vec2 km, const HandleScale& scale, double gridKm) {
    std::vector<Change> out;
    if (!exists(level, r)) return out;
    const auto at = positionOf(level, r);
    switch (h) {
    case HandleKind::Radius: {
        const char* key = radiusKey(r.kind);
        if (!key || !at) break;
        const PropInfo* p = findProp(r.kind, key);
        const double least = std::max(kMinRadiusKm * sizeScale(level), p ? p->min : 0.0);
        const double radius = std::max(least, snapTo(length(km - *at), gridKm));
        change(out, level, r, key, radius);
        break;
    }
    case HandleKind::Nose: {
        if (!hasNose(r.kind) || !at || length(km - *at) <= 0) break;
        double deg = radToDeg(std::atan2(km.y - at->y, km.x - at->x));
        if (gridKm > 0) deg = snapTo(deg, kNoseSnapDeg);
        change(out, level, r, "angle_deg", deg == 0 ? 0.0 : deg);
        break;
    }
    case HandleKind::Velocity: {
        if (!hasVelocity(level, r) || !at || !(scale.pxPerKms > 0) || !(scale.kmPerPx > 0)) break;
        const Vec2 v = (km - *at) / (scale.pxPerKms * scale.kmPerPx);
        const double step = gridKm > 0 ? gridStep(kVelocitySnapKms * speedScale(level)) : 0;
        change(out, level, r, "vx_km_s", snapTo(v.x, step));
        change(out, level, r, "vy_km_s", snapTo(v.y, step));
        break;
    }
    case HandleKind::End1:
    case HandleKind::End2: {
        if (r.kind != Kind::Gate) break;
        const Vec2 p = snapTo(km, gridKm);
        const bool first = h == HandleKind::End1;
        change(out, level, r, first ? "x1_km" : "x2_km", p.x);
        change(out, level, r, first ? "y1_km" : "y2_km", p.y);
        break;
    }
    }
    return out;
}

// [SECTION] moving

Vec2 moveDelta(const Level& level, Ref r, Vec2 startKm, Vec2 dragKm, double gridKm) {
    const auto now = positionOf(level, r);
    if (!now) return {};
    // A station stays on its planet: snapping its point to the grid would pull it off the
    // surface, and moveChanges slides it along anyway.
    const Vec2 target = r.kind == Kind::Station ? startKm + dragKm : snapTo(startKm + dragKm, gridKm);
    return target - *now;
}

// [SECTION] framing

void Box::grow(Vec2 p) {
    if (!isFinite(p)) return;
    if (empty) {
        lo = hi = p;
        empty = false;
        return;
    }
    lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
    hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
}

void Box::grow(Vec2 c, double radius) {
    radius = std::isfinite(radius) ? std::abs(radius) : 0;
    grow(c - Vec2{radius, radius});
    grow(c + Vec2{radius, radius});
}

Box boundsOf(const Level& level, Ref r) {
    Box box;
    if (!exists(level, r)) return box;
    if (r.kind == Kind::Gate) {
        const Gate& g = level.gates[size_t(r.index)];
        box.grow({g.x1_km, g.y1_km});
        box.grow({g.x2_km, g.y2_km});
        return box;
    }
    const auto at = positionOf(level, r);
    if (!at) return box;
    const char* key = radiusKey(r.kind);
    box.grow(*at, key ? number(level, r, key) : 0);
    return box;
}

Box boundsOf(const Level& level) {
    Box box;
    auto add = [&](Kind k, size_t n) {
        for (size_t i = 0; i < n; ++i) {
            const Box b = boundsOf(level, Ref{k, int(i)});
            if (!b.empty) {
                box.grow(b.lo);
                box.grow(b.hi);
            }
        }
    };
    add(Kind::Attractor, level.attractors.size());
    add(Kind::Ship, 1);
    add(Kind::Zone, level.zones.size());
    add(Kind::Gate, level.gates.size());
    add(Kind::Debris, level.debris.size());
    add(Kind::Station, level.stations.size());
    add(Kind::Craft, level.craft.size());
    add(Kind::GroundPoint, level.ground.size());
    return box;
}

std::optional<StartOrbit> startOrbit(const Level& level) {
    if (level.actions.launch) return std::nullopt;
    return orbitFrom(level, {level.ship.x_km, level.ship.y_km}, {level.ship.vx_km_s, level.ship.vy_km_s});
}

std::optional<StartOrbit> orbitFrom(const Level& level, Vec2 at, Vec2 v) {
    if (!(length(v) > 0) || level.attractors.empty()) return std::nullopt;
    // Where the bodies are when the flight starts (a moon on its orbit is not at its x_km),
    // and the craft's motion relative to the one that pulls hardest.
    const Bodies bodies(level.attractors);
    const int best = bodies.dominantAt(at, 0);
    if (best < 0) return std::nullopt;
    const orbit::State body = bodies.stateAt(best, 0);
    if (!(lengthSq(at - body.r) > 0)) return std::nullopt;
    StartOrbit o;
    o.attractor = best;
    o.elements = orbit::fromState(at - body.r, v - body.v, bodies[best].mu_km3_s2);
    const orbit::Elements& el = o.elements;
    if (!el.bound || !std::isfinite(el.a) || !(el.a > 0) || !(el.e < 1)) return std::nullopt;
    o.centerKm = body.r - fromAngle(el.argPeriapsis) * (el.a * el.e);
    o.semiMinorKm = el.a * std::sqrt(1 - el.e * el.e);
    return o;
}

// [SECTION] new objects

Vec2 freeSpot(const Level& level, Vec2 km, double clearanceKm, const Box* within) {
    auto blocked = [&](Vec2 p) {
        for (Kind k : {Kind::Attractor, Kind::Ship, Kind::Craft, Kind::Zone, Kind::Gate, Kind::Debris, Kind::Station}) {
            for (size_t i = 0; i < countOf(level, k); ++i) {
                const Box b = boundsOf(level, Ref{k, int(i)});
                if (b.empty) continue;
                const double extra = clearanceKm + (k == Kind::Attractor ? level.attractors[i].atmosphere_km : 0);
                if (p.x > b.lo.x - extra && p.x < b.hi.x + extra && p.y > b.lo.y - extra && p.y < b.hi.y + extra) return true;
            }
        }
        return false;
    };
    if (!blocked(km) || !(clearanceKm > 0)) return km;
    auto inside = [&](Vec2 p) {
        return !within || within->empty || (p.x >= within->lo.x && p.x <= within->hi.x && p.y >= within->lo.y && p.y <= within->hi.y);
    };
    // Rings of 8 points, each ring half a clearance further out; the first free point wins,
    // one on screen if there is any.
    std::optional<Vec2> offScreen;
    for (int ring = 1; ring <= 120; ++ring) {
        for (int k = 0; k < 8; ++k) {
            const Vec2 p = km + fromAngle(k * kPi / 4) * (ring * clearanceKm * 0.5);
            if (blocked(p)) continue;
            if (inside(p)) return p;
            if (!offScreen) offScreen = p;
        }
    }
    return offScreen.value_or(km);
}

Vec2 circularVelocity(const Level& level, Vec2 km) {
    if (level.attractors.empty()) return {};
    const Bodies bodies(level.attractors);
    const int i = bodies.dominantAt(km, 0);
    if (i < 0) return {};
    const orbit::State body = bodies.stateAt(i, 0);
    const Vec2 out = km - body.r;
    if (!(length(out) > 0)) return {};
    return body.v + perpLeft(normalized(out)) * orbit::circularSpeed(bodies[i].mu_km3_s2, length(out));
}

} // namespace sp::edit
