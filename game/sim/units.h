// The unit scale. Box2D is happiest with sizes of 0.1-10 units moving well under 2 units
// per step; orbits are thousands of km at km/s. So the world uses:
//   1 world unit   = 100 km
//   1 world second = 120 real seconds (time compression), one tick = 1/60 world second
// A low Earth orbit (r ~ 68 units, v ~ 4.6 units/s) then moves ~0.08 units per tick, and
// a Tiangong orbit takes ~46 s of play. Level files, the HUD, fact cards and CSV exports
// use real units (km, km/s, minutes); conversion happens only through these functions.
#pragma once

namespace sp::units {

constexpr double kKmPerUnit = 100.0;
constexpr double kTimeScale = 120.0;          // real seconds per world second
constexpr int kTicksPerSecond = 60;           // ticks per world second
constexpr double kTickSeconds = 1.0 / kTicksPerSecond;
constexpr double kRealSecondsPerTick = kTimeScale / kTicksPerSecond;

constexpr double kmToUnits(double km) { return km / kKmPerUnit; }
constexpr double unitsToKm(double u) { return u * kKmPerUnit; }
// Speeds: km/s (real) <-> units per world second.
constexpr double kmsToUnits(double kms) { return kms * kTimeScale / kKmPerUnit; }
constexpr double unitsToKms(double ups) { return ups * kKmPerUnit / kTimeScale; }
// Accelerations: m/s^2 (real) <-> units per world second^2.
constexpr double ms2ToUnits(double ms2) { return ms2 / 1000.0 * kTimeScale * kTimeScale / kKmPerUnit; }
constexpr double unitsToMs2(double u) { return u * kKmPerUnit * 1000.0 / (kTimeScale * kTimeScale); }
// Gravitational parameter: km^3/s^2 <-> units^3 / world second^2.
constexpr double muToUnits(double mu) { return mu * kTimeScale * kTimeScale / (kKmPerUnit * kKmPerUnit * kKmPerUnit); }
// Time.
constexpr double ticksToRealSeconds(long long ticks) { return ticks * kRealSecondsPerTick; }
constexpr double realSecondsToTicks(double s) { return s / kRealSecondsPerTick; }

} // namespace sp::units
