// Predictions: where a craft coasts from a state, with the flight's own forces and Box2D's
// own float steps (engine/physics/free_step.h), so a drawn path is the path then flown and a
// burn planned on it fires on it. tests/sim/test_core_scenes.cpp holds the two equal.
#include "game/sim/sim.h"

#include <algorithm>
#include <cmath>

namespace sp {

Coast Sim::shipCoast() const {
    if (!launched()) return launchCoast(level_.actions.launch ? -2 : -1, 0);
    return {tick_, world_.freeBody(ship_), 0, chuteSince_};
}

// speedKms < 0: the level's own velocity (a level without a launch); -2: at rest on the pad.
Coast Sim::launchCoast(double speedKms, double angleDeg) const {
    const Ship& s = level_.ship;
    Vec2 v{s.vx_km_s, s.vy_km_s};
    if (speedKms == -2) v = {};
    else if (speedKms >= 0) {
        const Actions& a = level_.actions;
        v = launchVelocityKms(std::clamp(speedKms, a.launch_min_km_s, a.launch_max_km_s),
                              std::clamp(angleDeg, a.launch_min_deg, a.launch_max_deg));
    }
    const Vec2 p{s.x_km, s.y_km};
    // Box2D's velocity runs half a step behind its position: start it there, so that the
    // velocity read at the position's moment (coastVelKms) is the one asked for.
    const double t = elapsedRealSeconds();
    const Vec2 a = forces_.at(s, p, v, t).total();
    const Vec2 raw = v - a * (0.5 * scale_.stepRealSeconds());
    return {tick_, phys::freeCircle(scale_.kmToUnits(s.radius_km), 1.0, scale_.kmToUnits(p), scale_.kmsToUnits(raw))};
}

Coast Sim::burned(const Coast& at, double prograde, double radial) const {
    Coast c = at;
    const double t = seconds(at.tick);
    Vec2 dv = burnVectorAt(coastPosKm(at), coastVelKms(at), prograde, radial, t);
    const double cost = length(dv);
    if (!(cost > 0) || fuel_ <= 0) return c;
    if (cost > fuel_) dv = dv * (fuel_ / cost);
    phys::freeImpulse(c.body, scale_.kmsToUnits(dv) * double(c.body.mass));
    return c;
}

Prediction Sim::predict(const Coast& from, int maxTicks, int every) const {
    Prediction out;
    Coast c = from;
    out.points.push_back(coastPosKm(c));
    out.states.push_back(c);
    every = std::max(1, every);
    const Ship& def = craftDef(c.craft);
    const bool inAirLooked = def.drag_area_m2 > 0;   // entry figures only for a craft the air slows
    bool inAir = false;
    if (inAirLooked && c.craft == 0 && c.tick == tick_ && launched()) {
        // From the ship as it is: the dips and skips it has made count on the way ahead.
        inAir = wasInAir_;
        out.dips = dips_;
        out.skips = skipCount();
        out.entersAir = shipEnteredAir();
    }
    for (int t = 1; t <= maxTicks; ++t) {
        for (int sub = 0; sub < scale_.substeps; ++sub)
            phys::freeStep(c.body, forceOn(c.body, def, seconds(c.tick, sub), {}, chuteAreaM2(c.craft, c.chuteSince, seconds(c.tick, sub))),
                           scale_.stepWorldSeconds());
        ++c.tick;
        const Vec2 p = coastPosKm(c);
        if (inAirLooked) {
            // As the flight judges it (sim_entry.cpp): the g-load of the air's push, the heating,
            // the parachute opening by itself, a climb back out of the air.
            const Vec2 v = coastVelKms(c);
            const double sec = seconds(c.tick);
            const AirAt air = forces_.airAt(p, v, sec);
            const double g = forces_.at(def, p, v, sec, {}, chuteAreaM2(c.craft, c.chuteSince, sec)).gLoad();
            const double heat = forces_.heatingKwM2(def, p, v, sec);
            out.peakG = std::max(out.peakG, g);
            out.peakHeatingKwM2 = std::max(out.peakHeatingKwM2, heat);
            if (c.craft == 0 && c.chuteSince < 0 && def.parachute_auto && chuteProblem(p, v, sec).empty()) c.chuteSince = sec;
            const bool nowInAir = air.attractor >= 0;
            out.entersAir = out.entersAir || nowInAir;
            if (inAir && !nowInAir) {
                // A skip: the flight ends here, or coasts on to dip in again (sim_entry.cpp).
                const bool ends = skipEnd(def, out.skips, out.dips.back().lowestKm, p, v, sec, &out.skipTopKm).code != OutcomeCode::None;
                ++out.skips;
                if (ends) {
                    out.skipsOut = true;
                    out.points.push_back(p);
                    out.states.push_back(c);
                    break;
                }
            }
            if (nowInAir) {
                const double altitude = length(p - bodies_.positionAt(air.attractor, sec)) - bodies_[air.attractor].radius_km;
                if (!inAir) out.dips.push_back({altitude, 0, 0, 0});
                EntryDip& dip = out.dips.back();
                dip.lowestKm = std::min(dip.lowestKm, altitude);
                dip.peakHeatingKwM2 = std::max(dip.peakHeatingKwM2, heat);
                dip.peakG = std::max(dip.peakG, g);
                dip.heatLoadMjM2 += heat * scale_.tickRealSeconds() / 1000;
                out.heat.push_back({c.tick, float(heat)});
            }
            inAir = nowInAir;
        }
        const std::optional<double> ground = groundYKm(p.x);
        out.hitsSurface = bodies_.insideAt(p, seconds(c.tick)) >= 0 || (ground && p.y - craftDef(c.craft).radius_km <= *ground);
        out.leavesWorld = length(p) > level_.world_radius_km;
        const bool stop = out.hitsSurface || out.leavesWorld;
        if (stop || t % every == 0) {
            out.points.push_back(p);
            out.states.push_back(c);
        }
        if (stop) break;
    }
    return out;
}

Vec2 Sim::coastPosKm(const Coast& c) const { return scale_.unitsToKm(c.body.position()); }

Vec2 Sim::coastVelKms(const Coast& c) const {
    const Vec2 p = coastPosKm(c);
    const Vec2 raw = scale_.unitsToKms(c.body.velocity());
    const double t = seconds(c.tick);
    const Vec2 a = forces_.at(craftDef(c.craft), p, raw, t, {}, chuteAreaM2(c.craft, c.chuteSince, t)).total();
    return raw + a * (0.5 * scale_.stepRealSeconds());
}

orbit::Elements Sim::coastElements(const Coast& c, int* attractor) const {
    const Vec2 p = coastPosKm(c);
    const double t = seconds(c.tick);
    const int d = bodies_.dominantAt(p, t);
    if (attractor) *attractor = d;
    if (d < 0) return {};
    const orbit::State body = bodies_.stateAt(d, t);
    return orbit::fromState(p - body.r, coastVelKms(c) - body.v, bodies_[d].mu_km3_s2);
}

} // namespace sp
