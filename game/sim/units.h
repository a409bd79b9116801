// The unit scale of a level's physics world. Box2D is happiest with sizes of 0.1-10 units
// moving well under 2 units per step; an orbit is thousands of km at km/s, a docking port
// centimetres at centimetres per second. So each level's frame (level.h, Frame) says how
// many km one world unit is and how many real seconds one second of play is; there are
// always 60 ticks per world second, each split into `substeps` Box2D steps.
//
// Chapter 1's orbit frame: 1 unit = 100 km and 1 world second = 120 real seconds, so a tick
// is 2 real seconds; a low Earth orbit (r ~ 68 units, v ~ 4.6 units/s) moves ~0.08 units per
// tick and a Tiangong orbit takes ~46 s of play.
//
// Level files, the HUD, fact cards and CSV exports use real units (km, km/s, minutes); the
// conversion happens only through a Scale.
#pragma once
#include "engine/core/vec2.h"

namespace sp::units {

constexpr int kTicksPerSecond = 60;                          // ticks per world second, in every frame
constexpr double kTickWorldSeconds = 1.0 / kTicksPerSecond;  // Box2D time of one tick

struct Scale {
    double kmPerUnit = 100.0;
    double timeScale = 120.0;   // real seconds per world second (play at 1x)
    int substeps = 1;           // Box2D steps per tick

    double tickRealSeconds() const { return timeScale / kTicksPerSecond; }
    double stepWorldSeconds() const { return kTickWorldSeconds / substeps; }
    double stepRealSeconds() const { return tickRealSeconds() / substeps; }

    double kmToUnits(double km) const { return km / kmPerUnit; }
    double unitsToKm(double u) const { return u * kmPerUnit; }
    Vec2 kmToUnits(Vec2 km) const { return km / kmPerUnit; }
    Vec2 unitsToKm(Vec2 u) const { return u * kmPerUnit; }
    // Speeds: km/s (real) <-> units per world second.
    double kmsToUnits(double kms) const { return kms * timeScale / kmPerUnit; }
    double unitsToKms(double ups) const { return ups * kmPerUnit / timeScale; }
    Vec2 kmsToUnits(Vec2 kms) const { return kms * (timeScale / kmPerUnit); }
    Vec2 unitsToKms(Vec2 ups) const { return ups * (kmPerUnit / timeScale); }
    // Accelerations: km/s^2 (real) <-> units per world second^2.
    Vec2 kms2ToUnits(Vec2 a) const { return a * (timeScale * timeScale / kmPerUnit); }
    Vec2 unitsToKms2(Vec2 a) const { return a * (kmPerUnit / (timeScale * timeScale)); }
    // Gravitational parameter: km^3/s^2 <-> units^3 / world second^2.
    double muToUnits(double mu) const { return mu * timeScale * timeScale / (kmPerUnit * kmPerUnit * kmPerUnit); }
    // Time.
    double ticksToRealSeconds(double ticks) const { return ticks * tickRealSeconds(); }
    double realSecondsToTicks(double s) const { return s / tickRealSeconds(); }
};

// Chapter 1's scale, the default of every level file that names no frame.
inline const Scale kOrbitScale{};

} // namespace sp::units
