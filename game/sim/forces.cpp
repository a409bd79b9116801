#include "game/sim/forces.h"

#include <cmath>

namespace sp {


double Forces::gLoad() const { return length(drag + thrust) * 1000 / kStandardGravity; }

ForceModel::ForceModel(const Level& level, const Bodies& bodies) : level_(level), bodies_(bodies) {
    if (level.frame.orbit_period_min > 0) hillN_ = 2 * kPi / (level.frame.orbit_period_min * 60);
}

AirAt ForceModel::airAt(Vec2 p, Vec2 v, double seconds) const {
    AirAt air;
    for (int i = 0; i < bodies_.count(); ++i) {
        const Attractor& a = bodies_[i];
        if (!(a.air_density_kg_m3 > 0)) continue;
        const orbit::State body = bodies_.stateAt(i, seconds);
        const Vec2 r = p - body.r;
        const double altitude = length(r) - a.radius_km;
        if (altitude > a.atmosphere_km) continue;   // above the top of the air
        air.attractor = i;
        air.density_kg_m3 = a.air_density_kg_m3 * dm::exp(-std::max(0.0, altitude) / a.scale_height_km);
        // The air turns with the planet: at r it moves at omega x r.
        air.relVelKms = v - body.v - perpLeft(r) * bodies_.spinRate(i);
        return air;
    }
    return air;
}

double ForceModel::heatingKwM2(const Ship& craft, Vec2 p, Vec2 v, double seconds) const {
    constexpr double kSuttonGraves = 1.7415e-4;   // kg^0.5 / m, Earth's air
    const AirAt air = airAt(p, v, seconds);
    if (!(air.density_kg_m3 > 0) || !(craft.nose_radius_m > 0)) return 0;
    const double speed = length(air.relVelKms) * 1000;   // m/s
    return kSuttonGraves * std::sqrt(air.density_kg_m3 / craft.nose_radius_m) * speed * speed * speed / 1000;
}

Forces ForceModel::at(const Ship& craft, Vec2 p, Vec2 v, double seconds, Vec2 thrustKms2) const {
    Forces f;
    f.gravity = bodies_.gravityAt(p, seconds);
    const Frame& fr = level_.frame;
    f.frame = Vec2{fr.gravity_x_m_s2, fr.gravity_y_m_s2} / 1000.0;
    if (hillN_ > 0) {
        // Hill's equations in the frame's axes (x along the orbit, y away from the planet):
        // x'' = -2n y',  y'' = 3n^2 y + 2n x'.
        const double n = hillN_;
        f.frame += Vec2{-2 * n * v.y, 3 * n * n * p.y + 2 * n * v.x};
    }
    if (craft.drag_area_m2 > 0 && craft.mass_kg > 0) {
        const AirAt air = airAt(p, v, seconds);
        if (air.density_kg_m3 > 0) {
            // a = -1/2 rho |v| v Cd A / m, in m/s^2 from SI, then to km/s^2.
            const Vec2 vMs = air.relVelKms * 1000.0;
            const double k = 0.5 * air.density_kg_m3 * craft.drag_cd * craft.drag_area_m2 / craft.mass_kg;
            f.drag = vMs * (-k * length(vMs) / 1000.0);
        }
    }
    f.thrust = thrustKms2;
    return f;
}

} // namespace sp
