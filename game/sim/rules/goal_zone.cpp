// "zone": reach zone `index` (a Box2D sensor disc). Missed, it says whether the flight went
// too low, too high, past it or to the right height in the wrong place, by the flight's highest
// and lowest points around the body the zone belongs to ("your highest point was 13,865 km;
// the beacon is at 12,000 km"), which it keeps from the launch on.
#include "game/sim/rules/goal_rows.h"
#include "game/sim/sim.h"

#include <algorithm>

namespace sp {

namespace {

// GoalState::value: distances (km) from the centre of the zone's body, and to the zone's edge.
enum { kNearest, kFarthest, kClosestToZone };

int bodyOf(const Sim& sim, const Zone& z) { return sim.dominantAttractorAt({z.x_km, z.y_km}); }

void start(const Sim&, const Goal&, GoalState& st) {
    st.value[kNearest] = 1e300;
    st.value[kFarthest] = 0;
    st.value[kClosestToZone] = 1e300;
}

void update(const Sim& sim, const Goal& g, GoalState& st) {
    const Level& level = sim.level();
    const Zone& z = level.zones[size_t(g.index)];
    const Vec2 a = sim.attractorPosKm(bodyOf(sim, z));
    const Vec2 p = sim.shipPosKm();
    const double d = length(p - a);
    st.value[kNearest] = std::min(st.value[kNearest], d);
    st.value[kFarthest] = std::max(st.value[kFarthest], d);
    const double edge = length(p - Vec2{z.x_km, z.y_km}) - z.radius_km - level.ship.radius_km;
    st.value[kClosestToZone] = std::min(st.value[kClosestToZone], std::max(0.0, edge));
    st.done = sim.zoneReached(g.index);
    st.progress = st.done ? 1 : 0;
}

Reason missed(const Sim& sim, const Goal& g, const GoalState& st) {
    const Level& level = sim.level();
    const Zone& z = level.zones[size_t(g.index)];
    const int body = bodyOf(sim, z);
    const Attractor& a = level.attractors[size_t(body)];
    const double closest = st.value[kClosestToZone];
    const double zoneR = length(Vec2{z.x_km, z.y_km} - sim.attractorPosKm(body));
    // A zone around its body (near the Moon): heights above it mean nothing, distance does.
    if (zoneR < a.radius_km) return {"zone_not_near", {{"closest_km", closest}}};
    const double reach = z.radius_km + level.ship.radius_km;
    const double nearest = st.value[kNearest], farthest = st.value[kFarthest];
    const double highest = farthest - a.radius_km, lowest = nearest - a.radius_km, at = zoneR - a.radius_km;
    const orbit::Elements el = sim.elements(body);
    if (farthest < zoneR - reach && el.bound && el.apoapsis >= zoneR - reach)
        return {"zone_on_the_way", {{"apoapsis_km", el.apoapsis - a.radius_km}, {"highest_km", highest}, {"zone_km", at}}};
    // Too low: the highest the path goes, reached or still ahead on the orbit (the HUD shows
    // the orbit's highest point, and the two must not seem to disagree).
    if (farthest < zoneR - reach) {
        const double ahead = el.bound ? el.apoapsis - a.radius_km : highest;
        return {"zone_too_low", {{"highest_km", std::max(highest, ahead)}, {"zone_km", at}}};
    }
    if (nearest > zoneR + reach) return {"zone_too_high", {{"lowest_km", lowest}, {"zone_km", at}}};
    if (farthest > zoneR + reach) return {"zone_overshot", {{"highest_km", highest}, {"zone_km", at}}};
    return {"zone_wrong_place", {{"highest_km", highest}, {"closest_km", closest}}};
}

Reason describe(const Goal&, const Level&) { return {"zone", {}}; }

} // namespace

const GoalRow& zoneGoalRow() {
    static const GoalRow row = [] {
        GoalRow r;
        r.type = GoalType::Zone;
        r.key = "zone";
        r.props = {{"index", "zones"}};
        r.explainOrder = 0;
        r.validate = noGoalChecks;
        r.start = start;
        r.update = update;
        r.missed = missed;
        r.describe = describe;
        r.goalCodes = {"zone"};
        r.missedCodes = {"zone_not_near", "zone_on_the_way", "zone_too_low", "zone_too_high", "zone_overshot", "zone_wrong_place"};
        return r;
    }();
    return row;
}

} // namespace sp
