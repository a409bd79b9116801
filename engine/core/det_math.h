// Sine, cosine, arc tangent and exponential that give the same bits on every platform.
//
// Why: the C library's sin, cos, atan2 and exp differ in their last bit between glibc (the
// native build) and musl (Emscripten's), and one differing bit in a heading or a drag force
// makes a replay's state hash differ between the desktop and the browser. These use only
// +, -, *, / and sqrt (which IEEE 754 makes exact everywhere) in a fixed order, and the build
// turns off fused multiply-add contraction (-ffp-contract=off), so the result is the same
// double on every machine. Accurate to a few units in the last place: plenty for a game, and
// tests/engine/test_det_math.cpp holds them to the C library within 4e-16 (relative).
//
// Everything the simulation computes goes through these; the view may use <cmath>.
#pragma once

namespace sp::dm {

double sin(double x);
double cos(double x);
void sincos(double x, double* s, double* c);
double atan2(double y, double x);   // the C library's conventions for signs, zeros and infinities
double exp(double x);

} // namespace sp::dm
