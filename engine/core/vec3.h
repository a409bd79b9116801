// 3-D vectors in double precision, for what the plane of the game cannot hold: navigation
// satellites on tilted orbits and ground sites at a latitude (game/sim/constellation.h).
// x and y are the game's plane (a planet's equator, seen from above its north pole), z points
// north out of the screen.
#pragma once
#include "engine/core/vec2.h"

#include <cmath>

namespace sp {

struct Vec3 {
    double x = 0, y = 0, z = 0;
};

inline Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
inline Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
inline Vec3 operator*(double s, Vec3 a) { return {a.x * s, a.y * s, a.z * s}; }
inline double dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline double length(Vec3 a) { return std::sqrt(dot(a, a)); }
inline Vec2 planeOf(Vec3 a) { return {a.x, a.y}; }   // seen from above the north pole

} // namespace sp
