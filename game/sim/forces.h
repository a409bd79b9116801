// The force model: every acceleration a craft feels, in one function that the flight and
// the prediction both call, so a new force (drag, a frame's own gravity) is written once.
//   gravity   every attractor, mu / r^2 (bodies.h), where they are at that moment
//   frame     a local frame's uniform gravity and Hill's relative-motion terms, or a turning
//             orbit frame's centrifugal and Coriolis pushes (level.h, Frame)
//   drag      an exponential atmosphere (Attractor::air_density_kg_m3, scale_height_km)
//             on a craft with a drag area, against air that turns with its planet
//   thrust    the craft's engine, when it burns
// Real units in and out: km, km/s, seconds, km/s^2.
#pragma once
#include "engine/core/vec2.h"
#include "game/sim/bodies.h"
#include "game/sim/level.h"

namespace sp {

constexpr double kStandardGravity = 9.80665;   // m/s^2: what "1 g" means

struct Forces {
    Vec2 gravity, frame, drag, thrust;   // km/s^2 each; drag is all the air's push (its lift too)
    Vec2 total() const { return gravity + frame + drag + thrust; }
    // What a crew feels in flight, in g: drag and thrust. Gravity is not felt (free fall feels
    // like nothing), nor are a local frame's terms (its uniform gravity; Hill's terms are the
    // frame's own turning). The ground's push is not a force of this model: Sim::shipGLoad.
    double gLoad() const;
};

struct AirAt {
    int attractor = -1;          // the body whose air it is, or -1 (none here)
    double density_kg_m3 = 0;
    Vec2 relVelKms;              // the craft's velocity through the air
};

class ForceModel {
public:
    ForceModel(const Level& level, const Bodies& bodies);
    // thrustKms2: the engine's push this step (zero when it is off); extraDragAreaM2: what an
    // open parachute adds to the craft's drag area.
    Forces at(const Ship& craft, Vec2 posKm, Vec2 velKms, double seconds, Vec2 thrustKms2 = {},
              double extraDragAreaM2 = 0) const;
    AirAt airAt(Vec2 posKm, Vec2 velKms, double seconds) const;
    // The heating rate at the nose of a craft flying through air, kW/m^2: the Sutton-Graves
    // estimate q = k sqrt(rho / r_nose) v^3 with k = 1.7415e-4 kg^0.5/m for Earth's air
    // (Sutton and Graves, NASA TR R-376, 1971). 0 outside the air.
    double heatingKwM2(const Ship& craft, Vec2 posKm, Vec2 velKms, double seconds) const;

private:
    const Level& level_;
    const Bodies& bodies_;
    double hillN_ = 0;   // mean motion of a local frame's orbit, rad/s (0 = none)
    double turnW_ = 0;   // how fast an orbit frame turns, rad/s (0 = it does not)
    double stepS_ = 0;   // one physics step, real seconds (drag is integrated over it)
};

} // namespace sp
