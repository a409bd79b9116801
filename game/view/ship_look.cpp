#include "game/view/ship_look.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

namespace {

// Ship-local coordinates: f forward along the nose, l to the left, both in units of the
// ship's length. Screen y points down, so the world heading flips sign on screen.
struct Frame {
    Vec2 origin, fwd, left;
    double len;
    Vec2 at(double f, double l) const { return origin + fwd * (f * len) + left * (l * len); }
};

Frame frameOf(const ShipPose& p) {
    Frame f;
    f.origin = p.screen;
    f.fwd = {std::cos(p.heading), -std::sin(p.heading)};
    f.left = {-std::sin(p.heading), -std::cos(p.heading)};
    f.len = p.lengthPx;
    return f;
}

void quad(gfx::Renderer& r, const Frame& F, double f0, double l0, double f1, double l1, double f2, double l2, double f3,
          double l3, gfx::Color c) {
    const Vec2 pts[4] = {F.at(f0, l0), F.at(f1, l1), F.at(f2, l2), F.at(f3, l3)};
    r.convexPolygon(pts, 4, c);
}

void capsule(gfx::Renderer& r, const Frame& F) {
    const gfx::Color hull = gfx::rgb(0xdfe6ee), shade = gfx::rgb(0x9aa8b8), shield = gfx::rgb(0x5a4636);
    // Solar panels first, so the hull sits on top of them.
    quad(r, F, -0.28, 0.30, -0.12, 0.30, -0.12, 0.95, -0.28, 0.95, gfx::rgb(0x2b4f9e));
    quad(r, F, -0.28, -0.30, -0.12, -0.30, -0.12, -0.95, -0.28, -0.95, gfx::rgb(0x2b4f9e));
    r.line(F.at(-0.2, 0.3), F.at(-0.2, 0.95), 1.0f, gfx::rgb(0x7fa6ff, 0.7f));
    r.line(F.at(-0.2, -0.3), F.at(-0.2, -0.95), 1.0f, gfx::rgb(0x7fa6ff, 0.7f));
    // Service module (back) and the bell-shaped descent capsule (front).
    quad(r, F, -0.5, 0.26, -0.05, 0.26, -0.05, -0.26, -0.5, -0.26, shade);
    quad(r, F, -0.05, 0.3, 0.3, 0.17, 0.3, -0.17, -0.05, -0.3, hull);
    r.circle(F.at(0.32, 0), F.len * 0.17, hull);
    quad(r, F, -0.09, 0.31, -0.03, 0.31, -0.03, -0.31, -0.09, -0.31, shield);
    r.circle(F.at(0.16, 0.08), F.len * 0.055, gfx::rgb(0x45e0cc));
    // Engine nozzle.
    quad(r, F, -0.5, 0.12, -0.5, -0.12, -0.62, -0.17, -0.62, 0.17, gfx::rgb(0x6b7280));
}

// A space lab like Tiangong-1: a wide experiment module in front with the docking port on its
// nose, a narrower resource module behind it carrying two long solar wings.
void station(gfx::Renderer& r, const Frame& F) {
    const gfx::Color hull = gfx::rgb(0xe4e9f0), shade = gfx::rgb(0xa3afbf), panel = gfx::rgb(0x2b4f9e);
    for (double side : {1.0, -1.0}) {
        quad(r, F, -0.42, 0.2 * side, -0.18, 0.2 * side, -0.18, 1.1 * side, -0.42, 1.1 * side, panel);
        r.line(F.at(-0.3, 0.2 * side), F.at(-0.3, 1.1 * side), 1.0f, gfx::rgb(0x7fa6ff, 0.7f));
        for (double l = 0.4; l < 1.1; l += 0.22) r.line(F.at(-0.42, l * side), F.at(-0.18, l * side), 1.0f, gfx::rgb(0x7fa6ff, 0.4f));
    }
    quad(r, F, -0.5, 0.17, -0.05, 0.17, -0.05, -0.17, -0.5, -0.17, shade);       // resource module
    quad(r, F, -0.08, 0.26, 0.42, 0.26, 0.42, -0.26, -0.08, -0.26, hull);        // experiment module
    quad(r, F, 0.42, 0.18, 0.5, 0.12, 0.5, -0.12, 0.42, -0.18, shade);           // its cone
    quad(r, F, 0.5, 0.07, 0.56, 0.07, 0.56, -0.07, 0.5, -0.07, gfx::rgb(0xf2c14e));   // the docking port
    r.line(F.at(0.1, 0.26), F.at(0.1, -0.26), 1.0f, gfx::rgb(0x9aa8b8));
    r.line(F.at(0.26, 0.26), F.at(0.26, -0.26), 1.0f, gfx::rgb(0x9aa8b8));
}

void rocket(gfx::Renderer& r, const Frame& F) {
    const gfx::Color body = gfx::rgb(0xeef2f7), band = gfx::rgb(0xd9372b), fin = gfx::rgb(0x8a93a3);
    r.triangle(F.at(-0.3, 0.11), F.at(-0.5, 0.26), F.at(-0.5, 0.11), fin);
    r.triangle(F.at(-0.3, -0.11), F.at(-0.5, -0.26), F.at(-0.5, -0.11), fin);
    quad(r, F, -0.5, 0.11, 0.25, 0.11, 0.25, -0.11, -0.5, -0.11, body);
    r.triangle(F.at(0.25, 0.11), F.at(0.5, 0), F.at(0.25, -0.11), band);
    quad(r, F, -0.05, 0.115, 0.03, 0.115, 0.03, -0.115, -0.05, -0.115, band);
    quad(r, F, -0.5, 0.07, -0.5, -0.07, -0.58, -0.1, -0.58, 0.1, gfx::rgb(0x4b5160));
}

// Chang'e 3's lander, upright: a gold-foiled body on four splayed legs (two seen from the
// side), the throttled engine's nozzle under it and the Yutu rover riding on top. Its feet
// are the corners of the footprint the sim lands on (a square 2r across: f = -0.5, l = +-0.5).
void lander(gfx::Renderer& r, const Frame& F) {
    const gfx::Color foil = gfx::rgb(0xd9a441), foilDark = gfx::rgb(0x9c6f22), strut = gfx::rgb(0xb8bec8), pad = gfx::rgb(0xe3e7ee);
    for (double side : {1.0, -1.0}) {
        r.line(F.at(-0.05, 0.3 * side), F.at(-0.47, 0.46 * side), std::max(1.5f, float(F.len * 0.045)), strut);
        r.line(F.at(-0.22, 0.3 * side), F.at(-0.44, 0.44 * side), std::max(1.0f, float(F.len * 0.025)), strut);
        quad(r, F, -0.5, 0.38 * side, -0.45, 0.38 * side, -0.45, 0.5 * side, -0.5, 0.5 * side, pad);
    }
    quad(r, F, -0.22, 0.09, -0.22, -0.09, -0.36, -0.13, -0.36, 0.13, gfx::rgb(0x6b7280));   // the engine
    quad(r, F, -0.22, 0.32, 0.16, 0.32, 0.16, -0.32, -0.22, -0.32, foil);
    quad(r, F, -0.22, 0.32, 0.16, 0.32, 0.16, 0.12, -0.22, 0.12, foilDark);
    r.line(F.at(-0.03, 0.32), F.at(-0.03, -0.32), 1.0f, gfx::rgb(0x7a5518));
    // Yutu on its deck: a small body with a blue panel and its mast.
    quad(r, F, 0.16, 0.18, 0.3, 0.18, 0.3, -0.1, 0.16, -0.1, gfx::rgb(0xe4e9f0));
    quad(r, F, 0.3, 0.22, 0.33, 0.22, 0.33, -0.14, 0.3, -0.14, gfx::rgb(0x2b4f9e));
    r.line(F.at(0.3, -0.05), F.at(0.45, -0.05), 1.2f, strut);
    r.circle(F.at(0.46, -0.05), std::max(1.2, F.len * 0.03), pad);
}

// Queqiao, the relay: a gold-foiled box on two solar wings, and on its nose the 4.2 m dish
// (seen edge-on, as a shallow bowl) that looks back at the far side of the Moon.
void relay(gfx::Renderer& r, const Frame& F) {
    const gfx::Color foil = gfx::rgb(0xd9a441), foilDark = gfx::rgb(0x9c6f22), panel = gfx::rgb(0x2b4f9e), dish = gfx::rgb(0xe8edf5);
    for (double side : {1.0, -1.0}) {
        quad(r, F, -0.36, 0.2 * side, -0.16, 0.2 * side, -0.16, 0.95 * side, -0.36, 0.95 * side, panel);
        r.line(F.at(-0.26, 0.2 * side), F.at(-0.26, 0.95 * side), 1.0f, gfx::rgb(0x7fa6ff, 0.7f));
    }
    quad(r, F, -0.45, 0.2, 0.05, 0.2, 0.05, -0.2, -0.45, -0.2, foil);
    quad(r, F, -0.45, 0.2, 0.05, 0.2, 0.05, 0.06, -0.45, 0.06, foilDark);
    r.line(F.at(0.05, 0), F.at(0.2, 0), std::max(1.5f, float(F.len * 0.04)), gfx::rgb(0xb8bec8));   // the dish's boom
    // The bowl: a shallow crescent open to the front, and its feed at the focus.
    const int n = 10;
    for (int i = 0; i < n; ++i) {
        const double a0 = -1 + 2.0 * i / n, a1 = -1 + 2.0 * (i + 1) / n;
        const auto at = [&](double l, double depth) { return F.at(0.2 + 0.12 * l * l + depth, 0.55 * l); };
        const Vec2 pts[4] = {at(a0, 0), at(a1, 0), at(a1, 0.05), at(a0, 0.05)};
        r.convexPolygon(pts, 4, dish);
    }
    r.line(F.at(0.25, 0), F.at(0.42, 0), 1.0f, gfx::rgb(0xb8bec8));
    r.circle(F.at(0.43, 0), std::max(1.2, F.len * 0.03), dish);
}

void dongFangHong(gfx::Renderer& r, const Frame& F, double time) {
    // Four whip antennas, about twice the body's width, fixed to the spinning body.
    const double spin = time * 0.6;
    const Vec2 c = F.origin;
    const double bodyR = F.len * 0.3;
    for (int i = 0; i < 4; ++i) {
        const double a = spin + kPi / 4 + i * kPi / 2;
        const Vec2 d{std::cos(a), std::sin(a)};
        r.line(c + d * (bodyR * 0.8), c + d * (bodyR * 2.6), 1.5f, gfx::rgb(0xc9ced6));
        r.circle(c + d * (bodyR * 2.6), 1.6, gfx::rgb(0xe6e9ee));
    }
    // The polyhedron seen from the side: a ring of facets in alternating light and shade,
    // lit from the same side as the planets (up-left).
    const int facets = 12;
    for (int i = 0; i < facets; ++i) {
        const double a0 = spin + i * 2 * kPi / facets, a1 = a0 + 2 * kPi / facets;
        const double mid = (a0 + a1) / 2;
        // Screen y points down, so the world light angle (2.4 rad, up-left) is -2.4 here.
        const double light = 0.55 + 0.45 * std::cos(mid + 2.4);
        gfx::Color base = (i % 2 == 0) ? gfx::rgb(0xc7ccd4) : gfx::rgb(0x9aa1ad);
        base = gfx::mix(gfx::rgb(0x3a3f4a), base, float(std::clamp(light, 0.25, 1.0)));
        r.triangle(c, c + Vec2{std::cos(a0), std::sin(a0)} * bodyR, c + Vec2{std::cos(a1), std::sin(a1)} * bodyR, base);
    }
    // Inner facets and the equatorial band that carried the solar cells.
    r.circle(c, bodyR * 0.62, gfx::rgb(0xb9bfca, 0.9f));
    r.ring(c, bodyR * 0.62, 1.0f, gfx::rgb(0x5e6573, 0.9f));
    r.ring(c, bodyR, 1.2f, gfx::rgb(0x4b515e));
    r.line(c + Vec2{-bodyR, 0}, c + Vec2{bodyR, 0}, 2.0f, gfx::rgb(0x2b4f9e));
}

} // namespace

void drawShip(gfx::Renderer& r, const std::string& look, const ShipPose& pose) {
    r.useScreen();
    const Frame F = frameOf(pose);
    // A soft halo keeps a small bright ship visible against a bright planet.
    r.softCircle(pose.screen, pose.lengthPx * 0.75, pose.lengthPx * 0.6f, gfx::rgb(0x0b1430, 0.55f));
    if (look == "dfh1") dongFangHong(r, F, pose.time);
    else if (look == "rocket") rocket(r, F);
    else if (look == "station") station(r, F);
    else if (look == "lander") lander(r, F);
    else if (look == "queqiao") relay(r, F);
    else capsule(r, F);
}

Vec2 shipTail(const std::string& look, const ShipPose& pose) {
    const Frame F = frameOf(pose);
    return F.at(look == "lander" ? -0.36 : -0.62, 0);
}

} // namespace sp::view
