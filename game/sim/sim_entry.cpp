// Coming home through the air: the parachute, and the limits of the crew and the heat shield
// (Ship::max_g, max_heating_kw_m2, shield_max_angle_deg), and a path that dips into the air
// and climbs out again (a skip). The prediction judges a path the same way (sim_predict.cpp),
// so the entry corridor drawn before a burn is the one the flight then keeps or breaks.
#include "game/sim/sim.h"

#include <algorithm>
#include <cmath>

namespace sp {

using namespace units;

double Sim::chuteAreaM2(int craft, double since, double t) const {
    if (craft != 0 || since < 0) return 0;
    const Ship& s = level_.ship;
    const double grown = s.parachute_open_s > 0 ? std::clamp((t - since) / s.parachute_open_s, 0.0, 1.0) : 1.0;
    return s.parachute_area_m2 * grown * grown;
}

// A parachute opens only in air, low and slow enough: faster or higher, it would tear.
Reason Sim::chuteProblem(Vec2 p, Vec2 v, double t) const {
    const Ship& s = level_.ship;
    if (!(s.parachute_area_m2 > 0)) return {"parachute_none", {}};
    const AirAt air = forces_.airAt(p, v, t);
    if (air.attractor < 0 || !(air.density_kg_m3 > 0)) return {"parachute_no_air", {}};
    const double altitude = length(p - bodies_.positionAt(air.attractor, t)) - bodies_[air.attractor].radius_km;
    if (altitude > s.parachute_max_altitude_km)
        return {"parachute_too_high", {{"altitude_km", altitude}, {"limit_km", s.parachute_max_altitude_km}}};
    const double speed = length(air.relVelKms) * 1000;
    if (speed > s.parachute_max_speed_m_s)
        return {"parachute_too_fast", {{"speed_m_s", speed}, {"limit_m_s", s.parachute_max_speed_m_s}}};
    return {};
}

Reason Sim::parachuteProblem() const {
    if (!launched()) return {"parachute_no_air", {}};
    if (parachuteOpen()) return {"parachute_open", {}};
    return chuteProblem(shipPosKm(), shipVelKms(), elapsedRealSeconds());
}

void Sim::tryParachute(bool asked) {
    if (parachuteOpen() || !launched()) return;
    const Reason why = chuteProblem(shipPosKm(), shipVelKms(), elapsedRealSeconds());
    if (why.empty()) {
        chuteSince_ = elapsedRealSeconds();
        chuteRefusal_ = {};
    } else if (asked) {
        chuteRefusal_ = why;   // the HUD says why; the parachute stays packed, ready for later
    }
}

void Sim::checkEntry() {
    if (!launched()) return;
    const Ship& s = level_.ship;
    if (s.parachute_auto) tryParachute(false);
    // Under its canopy a capsule hangs from its top: the shield (its back) down, the nose up.
    if (parachuteOpen()) {
        const Vec2 up = upAt(shipPosKm());
        heading_ = dm::atan2(up.y, up.x);
    }
    if (!(s.drag_area_m2 > 0)) return;
    const Vec2 p = shipPosKm(), v = shipVelKms();
    const double t = elapsedRealSeconds();
    const AirAt air = forces_.airAt(p, v, t);
    const bool inAir = air.attractor >= 0;
    if (wasInAir_ && !inAir && !touchdown_) {
        // Out of the air again: a skip. A craft that may skip (Ship::max_skips) coasts on to dip
        // in again, unless it would come back too late.
        const OutcomeReport end = skipEnd(s, skipCount(), dips_.back().lowestKm, p, v, t, nullptr);
        wasInAir_ = false;
        if (end.code != OutcomeCode::None) {
            finish(end);
            return;
        }
    }
    if (inAir) {
        const double altitude = length(p - bodies_.positionAt(air.attractor, t)) - bodies_[air.attractor].radius_km;
        if (!wasInAir_) dips_.push_back({altitude, 0, 0, 0});
        EntryDip& dip = dips_.back();
        dip.lowestKm = std::min(dip.lowestKm, altitude);
        if (!touchdown_) {
            const double heat = shipHeatingKwM2();
            dip.peakHeatingKwM2 = std::max(dip.peakHeatingKwM2, heat);
            dip.peakG = std::max(dip.peakG, shipForces().gLoad());
            dip.heatLoadMjM2 += heat * tickRealSeconds() / 1000;
        }
    }
    wasInAir_ = inAir;
    if (!inAir || touchdown_) return;
    const double g = shipForces().gLoad();
    if (s.max_g > 0 && g > s.max_g) {
        finish({OutcomeCode::TooManyG, {{"load_g", g}, {"limit_g", s.max_g}}, {}});
        return;
    }
    const double heat = shipHeatingKwM2();
    if (s.max_heating_kw_m2 > 0 && heat > s.max_heating_kw_m2) {
        finish({OutcomeCode::Overheated, {{"heating_kw_m2", heat}, {"limit_kw_m2", s.max_heating_kw_m2}}, {}});
        return;
    }
    // The shield is on the back: it faces the air when the nose points away from the flow.
    if (s.shield_max_angle_deg > 0 && heat > 0.1 * std::max(s.max_heating_kw_m2, 100.0)) {
        const double off = shieldOffFlowDeg();
        if (off > s.shield_max_angle_deg)
            finish({OutcomeCode::ShieldNotFacing, {{"angle_deg", off}, {"limit_deg", s.shield_max_angle_deg}, {"heating_kw_m2", heat}}, {}});
    }
}

OutcomeReport Sim::skipEnd(const Ship& craft, int skipsBefore, double lowestKm, Vec2 p, Vec2 v, double t, double* topKm) const {
    const int d = std::max(0, bodies_.dominantAt(p, t));
    const Attractor& a = bodies_[d];
    const orbit::State body = bodies_.stateAt(d, t);
    const orbit::Elements el = orbit::fromState(p - body.r, v - body.v, a.mu_km3_s2);
    if (topKm) *topKm = el.bound ? el.apoapsis - a.radius_km : length(p - body.r) - a.radius_km;
    const OutcomeReport out{OutcomeCode::SkippedOut, {{"atmosphere_km", a.atmosphere_km}, {"lowest_km", lowestKm}}, {}};
    if (skipsBefore >= craft.max_skips || !el.bound) return out;
    // Back into the air when the orbit falls through its top again (gravity alone up there).
    const double backS = orbit::secondsAbove(el, a.radius_km + a.atmosphere_km, a.mu_km3_s2);
    const double leftS = level_.time_limit_min * 60 - t;
    if (backS > leftS)
        return {OutcomeCode::SkippedLong, {{"top_km", el.apoapsis - a.radius_km}, {"back_min", backS / 60}, {"left_min", std::max(0.0, leftS) / 60}}, {}};
    return {};
}

double Sim::shieldOffFlowDeg() const {
    // Above the air, against the way the craft flies: the flow it will meet.
    const AirAt air = forces_.airAt(shipPosKm(), shipVelKms(), elapsedRealSeconds());
    const Vec2 flow = length(air.relVelKms) > 0 ? air.relVelKms : shipVelKms();
    if (!(length(flow) > 0)) return 0;
    return angleBetweenDeg(fromAngle(heading_) * -1.0, flow);
}

} // namespace sp
