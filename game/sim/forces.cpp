#include "game/sim/forces.h"

#include <cmath>

namespace sp {


double Forces::gLoad() const { return length(drag + thrust) * 1000 / kStandardGravity; }

ForceModel::ForceModel(const Level& level, const Bodies& bodies) : level_(level), bodies_(bodies) {
    if (level.frame.orbit_period_min > 0) hillN_ = 2 * kPi / (level.frame.orbit_period_min * 60);
    if (level.frame.turn_period_min > 0) turnW_ = 2 * kPi / (level.frame.turn_period_min * 60);
    stepS_ = scaleOf(level.frame).stepRealSeconds();
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

Forces ForceModel::at(const Ship& craft, Vec2 p, Vec2 v, double seconds, Vec2 thrustKms2, double extraDragAreaM2) const {
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
    if (turnW_ > 0) {
        // A frame turning at w (counter-clockwise): centrifugal w^2 r, Coriolis -2 w x v.
        const double w = turnW_;
        f.frame += Vec2{w * w * p.x + 2 * w * v.y, w * w * p.y - 2 * w * v.x};
    }
    f.thrust = thrustKms2;
    const double area = craft.drag_area_m2 + extraDragAreaM2;
    if (area > 0 && craft.mass_kg > 0) {
        const AirAt air = airAt(p, v, seconds);
        if (air.density_kg_m3 > 0) {
            // a = -1/2 rho |w| w Cd A / m for the velocity w through the air, taken implicitly
            // over one step dt (backward Euler): with u = w + dt * (every other push), the step
            // ends at w' = u s / |u| where s + dt k s^2 = |u|. That stays right where a
            // parachute's drag would overshoot and reverse the velocity in one explicit step,
            // and falls at exactly the terminal speed sqrt(g / k). For k|w|dt << 1 it is the
            // plain formula. In m/s and m/s^2, then back to km/s^2.
            const double k = 0.5 * air.density_kg_m3 * craft.drag_cd * area / craft.mass_kg;
            const Vec2 u = (air.relVelKms + (f.gravity + f.frame + f.thrust) * stepS_) * 1000.0;
            // (w' - u) / dt = -u 4k|u| / (1 + r)^2 with r = sqrt(1 + 4 k dt |u|): no cancellation.
            const double speed = length(u);
            const double r = std::sqrt(1 + 4 * k * stepS_ * speed);
            f.drag = u * (-4 * k * speed / ((1 + r) * (1 + r)) / 1000.0);
            if (craft.lift_to_drag > 0 && extraDragAreaM2 <= 0) {
                // Lift up: square to the flow, on the side away from the planet.
                const Vec2 away = p - bodies_.stateAt(air.attractor, seconds).r;
                Vec2 side = perpLeft(normalized(u));
                if (dot(side, away) < 0) side = side * -1.0;
                f.drag += side * (length(f.drag) * craft.lift_to_drag);
            }
        }
    }
    return f;
}

} // namespace sp
