// 2D vector math in double precision, for orbit math and conversions at the edges.
// Box2D keeps body state in float; physics/world.h converts at its border.
#pragma once
#include "engine/core/det_math.h"

#include <cmath>

namespace sp {

struct Vec2 {
    double x = 0, y = 0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator-(Vec2 a) { return {-a.x, -a.y}; }
inline Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
inline Vec2 operator*(double s, Vec2 a) { return {a.x * s, a.y * s}; }
inline Vec2 operator/(Vec2 a, double s) { return {a.x / s, a.y / s}; }
inline Vec2& operator+=(Vec2& a, Vec2 b) { a.x += b.x; a.y += b.y; return a; }
inline Vec2& operator-=(Vec2& a, Vec2 b) { a.x -= b.x; a.y -= b.y; return a; }
inline Vec2& operator*=(Vec2& a, double s) { a.x *= s; a.y *= s; return a; }
inline bool operator==(Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }

inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }
inline double lengthSq(Vec2 a) { return dot(a, a); }
inline double length(Vec2 a) { return std::sqrt(dot(a, a)); }
inline Vec2 normalized(Vec2 a) {
    double l = length(a);
    return l > 0 ? a / l : Vec2{0, 0};
}
inline Vec2 perpLeft(Vec2 a) { return {-a.y, a.x}; }   // rotated +90 degrees
// Through det_math, so that a heading gives the same direction on every platform.
inline Vec2 fromAngle(double radians) {
    Vec2 v;
    dm::sincos(radians, &v.y, &v.x);
    return v;
}
inline Vec2 rotate(Vec2 a, double radians) {
    double s, c;
    dm::sincos(radians, &s, &c);
    return {a.x * c - a.y * s, a.x * s + a.y * c};
}
inline Vec2 lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }
inline bool isFinite(Vec2 a) { return std::isfinite(a.x) && std::isfinite(a.y); }

constexpr double kPi = 3.14159265358979323846;
inline double degToRad(double d) { return d * kPi / 180.0; }
inline double radToDeg(double r) { return r * 180.0 / kPi; }
// The angle between two directions, degrees 0..180 (through det_math: the same bits everywhere).
inline double angleBetweenDeg(Vec2 a, Vec2 b) { return radToDeg(dm::atan2(std::fabs(cross(a, b)), dot(a, b))); }

} // namespace sp
