#include "game/view/world_view.h"

#include "engine/core/rng.h"
#include "engine/ui/labels.h"
#include "engine/ui/ui.h"
#include "game/sim/ground.h"
#include "game/sim/landing.h"
#include "game/sim/relay.h"
#include "game/sim/units.h"
#include "game/text/format.h"
#include "game/text/strings.h"
#include "game/view/planet_look.h"
#include "game/view/ship_look.h"
#include "game/view/sky_view.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>
#include <optional>

// Index
// [SECTION] state: rocks and exhaust
// [SECTION] the world: one object each, then all of a flight
// [SECTION] radio links
// [SECTION] the ship
// [SECTION] vectors and labels

namespace sp::view {

namespace {
using gfx::flipY;

// Small things would vanish when the camera frames a whole orbit; they are drawn at least
// this big. Their true size is what the physics uses; the fact cards say what is not to scale.
constexpr double kMinRockPx = 8;
constexpr double kMinZonePx = 12;

// A label just past an arrow's tip: beside it for sideways arrows, beyond it otherwise, so
// the text starts where the arrow ends instead of sitting across it.
void labelAtTip(Vec2 tip, Vec2 dir, const std::string& text, ui::LabelStyle ls) {
    const double gap = 10 * ui::scale();
    if (dir.x > 0.5) ls.align = ui::Align::Left;
    else if (dir.x < -0.5) ls.align = ui::Align::Right;
    ls.makeWay = true;   // never under a panel, never printed over another label
    ui::label(tip + dir * (ls.align == ui::Align::Center ? gap * 2 : gap), text.c_str(), ls);
}
} // namespace

// [SECTION] state: rocks and exhaust

WorldView::WorldView() : exhaust_(1500, 77) {}

float WorldView::shipLengthPx() { return 30.0f * ui::scale(); }

float WorldView::lengthPx(const gfx::Camera2D& cam, const Sim& sim, int craft) {
    // An orbit frame draws craft at a readable size, far larger than they are; a local frame
    // (a landing, a docking) is to scale, where a craft is metres across, unless that is tiny.
    if (sim.level().frame.kind != "local") return shipLengthPx();
    return std::max(shipLengthPx() * 0.5f, float(cam.worldToPixels(2 * sim.craftDef(craft).radius_km)));
}

void WorldView::reset(const Level& level) {
    exhaust_.clear();
    rocks_.clear();
    // Deterministic shapes: the same level always shows the same rocks.
    Rng rng(0x5eed + level.debris.size());
    for (size_t i = 0; i < level.debris.size(); ++i) {
        Rock rock;
        const int n = 9 + int(rng.next() % 4);
        for (int k = 0; k < n; ++k) {
            const double a = 2 * kPi * (k + 0.3 * rng.uniform()) / n;
            rock.shape.push_back(fromAngle(a) * (0.72 + 0.28 * rng.uniform()));
        }
        rock.spin = (rng.uniform() - 0.5) * 0.8;
        rocks_.push_back(rock);
    }
}

void WorldView::update(const Sim& sim, const gfx::Camera2D& cam, double dt, double playSpeed, double time) {
    if (sim.thrusting() && sim.launched()) {
        ShipPose pose{cam.worldToScreen(sim.shipPosKm()), sim.shipHeadingRad(), lengthPx(cam, sim, 0), time};
        gfx::EmitParams p;
        p.position = cam.screenToWorld(shipTail(sim.level().ship.look, pose));
        p.baseVelocity = sim.shipVelKms() * (sim.scale().timeScale * playSpeed);   // km per second of play
        p.direction = sim.shipHeadingRad() + kPi;
        p.spread = 0.28;
        p.speedMin = cam.pixelsToWorld(70);
        p.speedMax = cam.pixelsToWorld(130);
        p.lifeMin = 0.25;
        p.lifeMax = 0.55;
        p.sizeStart = 5 * ui::scale();
        p.sizeEnd = 13 * ui::scale();
        p.positionJitter = cam.pixelsToWorld(1.5);
        exhaust_.emitContinuous(p, 140, dt);
    }
    exhaust_.update(dt, 1.2);
}

void WorldView::burnPuff(const Sim& sim, const gfx::Camera2D& cam, Vec2 dvKms) {
    if (!(length(dvKms) > 0)) return;
    gfx::EmitParams p;
    p.position = sim.shipPosKm();
    p.direction = std::atan2(-dvKms.y, -dvKms.x);   // exhaust goes opposite to the push
    p.spread = 0.45;
    p.speedMin = cam.pixelsToWorld(60);
    p.speedMax = cam.pixelsToWorld(160);
    p.lifeMin = 0.3;
    p.lifeMax = 0.8;
    p.sizeStart = 6 * ui::scale();
    p.sizeEnd = 16 * ui::scale();
    exhaust_.emit(p, 60);
}

// [SECTION] the world: one object each, then all of a flight

void drawZone(gfx::Renderer& r, const gfx::Camera2D& cam, const Zone& z, bool reached, double time) {
    // A target: a soft glow, a solid rim, and (until reached) a ring that keeps calling.
    const view::Palette& pal = view::palette();
    const Vec2 c{z.x_km, z.y_km};
    const double radius = std::max(z.radius_km, cam.pixelsToWorld(kMinZonePx));
    const double px = cam.worldToPixels(radius);
    const gfx::Color col = reached ? pal.success : pal.tealBright;
    r.useCamera(cam);
    r.softCircle(c, radius + cam.pixelsToWorld(10), float(px * 0.6 + 10), gfx::withAlpha(col, reached ? 0.45f : 0.25f), true);
    r.circle(c, radius, gfx::withAlpha(col, reached ? 0.3f : 0.12f));
    r.ring(c, radius, 2.0f, gfx::withAlpha(col, 0.9f));
    if (!reached) {
        const double phase = std::fmod(time * 0.6, 1.0);
        r.ring(c, radius + cam.pixelsToWorld(4 + 18 * phase), 1.5f, gfx::withAlpha(col, float(0.7 * (1 - phase))));
    }
}

void drawGate(gfx::Renderer& r, const gfx::Camera2D& cam, const Gate& g, bool passed, double time) {
    const view::Palette& pal = view::palette();
    const gfx::Color c = passed ? pal.success : pal.accent;
    gfx::LineStyle dashed;
    dashed.dash = 10;
    dashed.gap = 7;
    dashed.dashOffset = float(-time * 12);
    r.useCamera(cam);
    r.polyline(std::vector<Vec2>{{g.x1_km, g.y1_km}, {g.x2_km, g.y2_km}}, 2.0f, gfx::withAlpha(c, 0.85f), dashed);
    for (Vec2 post : {Vec2{g.x1_km, g.y1_km}, Vec2{g.x2_km, g.y2_km}}) {
        r.softCircle(post, cam.pixelsToWorld(12), 8.0f, gfx::withAlpha(c, 0.35f), true);
        r.circle(post, cam.pixelsToWorld(5), c);
    }
}

void drawStation(gfx::Renderer& r, const gfx::Camera2D& cam, Vec2 groundKm, Vec2 planetKm, bool hears) {
    // A dish on the surface, looking up along the local vertical.
    const view::Palette& pal = view::palette();
    const Vec2 up = flipY(normalized(groundKm - planetKm));
    const Vec2 p = cam.worldToScreen(groundKm);
    const double k = 10 * ui::scale();
    const gfx::Color c = hears ? pal.success : gfx::rgb(0xe8edf5);
    r.useScreen();
    r.softCircle(p, k * 2.2, float(k * 1.5), gfx::withAlpha(hears ? pal.success : pal.spaceDeep, hears ? 0.55f : 0.6f), hears);
    // Base and mast, then the bowl: a half-disc opening upward, tilted a little, with its feed.
    const Vec2 side = perpLeft(up);
    r.line(p - side * (k * 0.7), p + side * (k * 0.7), 3.0f, c);
    r.line(p, p + up * (k * 0.8), 2.5f, c);
    const Vec2 bowlUp = normalized(up * 0.85 + side * 0.5);
    const Vec2 bowl = p + up * (k * 1.2);
    const double face = std::atan2(bowlUp.y, bowlUp.x);   // in screen space, like the points
    r.arc(bowl, k * 0.9, face + kPi * 0.5, face + kPi * 1.5, 3.0f, c);
    r.line(bowl, bowl + bowlUp * (k * 0.9), 1.5f, c);
    r.circle(bowl + bowlUp * (k * 0.9), 2.2 * ui::scale(), c);
    r.useCamera(cam);
}

void WorldView::drawRock(gfx::Renderer& r, const gfx::Camera2D& cam, size_t i, Vec2 posKm, double radiusKm, double time) const {
    if (i >= rocks_.size()) return;
    const view::Palette& pal = view::palette();
    const double radius = std::max(radiusKm, cam.pixelsToWorld(kMinRockPx));
    const Rock& rock = rocks_[i];
    const double spin = rock.spin * time;
    r.useCamera(cam);
    // A faint red halo says "danger" before the player has read a word.
    r.softCircle(posKm, radius * 1.9, float(cam.worldToPixels(radius)), gfx::withAlpha(pal.danger, 0.22f), true);
    std::vector<Vec2> outline;
    for (Vec2 p : rock.shape) outline.push_back(posKm + rotate(p, spin) * radius);
    // A triangle fan from the center: rocks are star-shaped, not convex. Lit from the upper left.
    for (size_t k = 0; k < outline.size(); ++k) {
        const Vec2 mid = (outline[k] + outline[(k + 1) % outline.size()]) * 0.5 - posKm;
        const float light = float(0.5 + 0.5 * dot(normalized(mid), fromAngle(2.4)));
        r.triangle(posKm, outline[k], outline[(k + 1) % outline.size()], gfx::mix(gfx::rgb(0x3c3f47), gfx::rgb(0xaab0bb), light));
    }
    gfx::LineStyle closed;
    closed.closed = true;
    r.polyline(outline, 1.2f, gfx::rgb(0x1c1e24), closed);
}

// A local frame's ground: grey regolith filled in one seamless strip down past the bottom of
// the level's space and carried on flat past the site's ends, its edge lit by a low Sun from
// the upper left: slopes that face it bright, those turned away dark, so that craters and
// rocks read at a glance from a hover.
void drawGround(gfx::Renderer& r, const std::vector<GroundPoint>& ground, double worldRadiusKm) {
    if (ground.size() < 2) return;
    std::vector<Vec2> line = {{ground.front().x_km - 2 * worldRadiusKm, ground.front().y_km}};
    double low = ground.front().y_km;
    for (const GroundPoint& p : ground) {
        line.push_back({p.x_km, p.y_km});
        low = std::min(low, p.y_km);
    }
    line.push_back({ground.back().x_km + 2 * worldRadiusKm, ground.back().y_km});
    r.fillBelow(line, low - 2 * worldRadiusKm, gfx::rgb(0x5b5e67), gfx::rgb(0x3a3c43));
    const gfx::Color lit = gfx::rgb(0xf2f3f7), level = gfx::rgb(0xc4c8d2), shadow = gfx::rgb(0x4a4d57);
    r.polyline(line, 2.5f, level);
    const Vec2 sun = normalized(Vec2{-0.5, 0.87});
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2 n = normalized(perpLeft(line[i + 1] - line[i]));
        const double light = dot(n, sun) - sun.y;   // 0 on level ground
        if (std::fabs(light) < 0.03) continue;
        const gfx::Color c = light > 0 ? gfx::mix(level, lit, float(std::min(1.0, light / 0.4)))
                                       : gfx::mix(level, shadow, float(std::min(1.0, -light / 0.4)));
        r.line(line[i], line[i + 1], 2.5f, c);
    }
}

// A zone that lies on a local frame's ground is a stretch of it to come down on: the ground
// line itself marked between two posts, not a disc in the sky. nullopt for any other zone.
std::optional<std::pair<double, double>> zoneOnGround(const Level& level, const Zone& z) {
    if (level.frame.kind != "local" || level.ground.size() < 2) return std::nullopt;
    const auto h = groundHeightKm(level.ground, z.x_km);
    if (!h || std::fabs(*h - z.y_km) > 0.5 * z.radius_km) return std::nullopt;
    return std::make_pair(std::max(z.x_km - z.radius_km, level.ground.front().x_km), std::min(z.x_km + z.radius_km, level.ground.back().x_km));
}

void drawGroundZone(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, std::pair<double, double> span, bool reached, double time) {
    const view::Palette& pal = view::palette();
    const gfx::Color col = reached ? pal.success : pal.tealBright;
    std::vector<Vec2> band = {{span.first, *groundHeightKm(level.ground, span.first)}};
    for (const GroundPoint& p : level.ground)
        if (p.x_km > span.first && p.x_km < span.second) band.push_back({p.x_km, p.y_km});
    band.push_back({span.second, *groundHeightKm(level.ground, span.second)});
    r.useCamera(cam);
    // Lifted a little, so the lit edge of the ground still shows under it.
    for (Vec2& p : band) p.y += cam.pixelsToWorld(3);
    r.polyline(band, 3.0f, gfx::withAlpha(col, reached ? 0.95f : 0.55f + 0.25f * float(std::sin(time * 3) * 0.5 + 0.5)));
    for (const Vec2& end : {band.front(), band.back()}) {
        const Vec2 top = end + Vec2{0, cam.pixelsToWorld(26)};
        r.line(end, top, 2.0f, gfx::withAlpha(pal.text, 0.9f));
        r.triangle(top, top + Vec2{cam.pixelsToWorld(13), -cam.pixelsToWorld(5)}, top + Vec2{0, -cam.pixelsToWorld(10)}, col);
    }
}

// The orbit a moving body follows about its parent, faint and dashed: where the Moon will be.
void drawOrbitRing(gfx::Renderer& r, const Sim& sim, int i) {
    const orbit::Ellipse& o = sim.bodies().ellipse(i);
    const Vec2 parent = sim.attractorPosKm(sim.level().attractors[size_t(i)].orbits);
    std::vector<Vec2> ring;
    constexpr int kPoints = 160;
    for (int k = 0; k < kPoints; ++k) ring.push_back(parent + orbit::stateOnEllipse(o, o.period * k / kPoints).r);
    gfx::LineStyle ls;
    ls.closed = true;
    ls.dash = 6;
    ls.gap = 8;
    r.polyline(ring, 1.5f, gfx::withAlpha(view::palette().textDim, 0.45f), ls);
}

// Where the legs would stand if the lander came straight down: its footprint marked on the
// ground below, green where the ground there is flat enough to stand on, red where a rock or
// a crater's wall would tip it over (the HUD's "Ground" row says by how much).
void drawSpotBelow(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim) {
    const LandingReadout l = landingReadout(sim);
    if (!l.overGround || !sim.launched() || sim.over() || sim.touchdown()) return;
    const Level& level = sim.level();
    const double x = sim.shipPosKm().x, half = level.ship.radius_km;
    const bool ok = l.groundLeanDeg <= level.ship.touchdown_max_slope_deg;
    const gfx::Color c = gfx::withAlpha(ok ? view::palette().success : view::palette().danger, 0.95f);
    const double lift = cam.pixelsToWorld(4), tick = cam.pixelsToWorld(9);
    // At least a few pixels wide, so it shows from high up.
    const double w = std::max(half, cam.pixelsToWorld(7));
    const Vec2 a{x - w, *groundHeightKm(level.ground, x - half) + lift}, b{x + w, *groundHeightKm(level.ground, x + half) + lift};
    r.useCamera(cam);
    r.line(a, b, 3.0f, c);
    r.line(a, a + Vec2{0, tick}, 2.0f, c);
    r.line(b, b + Vec2{0, tick}, 2.0f, c);
}

void WorldView::drawWorld(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, double time) const {
    const Level& level = sim.level();
    const double minutes = sim.elapsedRealSeconds() / 60;
    r.useCamera(cam);
    for (int i = 0; i < sim.bodies().count(); ++i)
        if (sim.bodies().moves(i)) drawOrbitRing(r, sim, i);
    drawGround(r, level.ground, level.world_radius_km);
    for (size_t i = 0; i < level.zones.size(); ++i) {
        if (const auto span = zoneOnGround(level, level.zones[i])) drawGroundZone(r, cam, level, *span, sim.zoneReached(int(i)), time);
        else drawZone(r, cam, level.zones[i], sim.zoneReached(int(i)), time);
    }
    drawSpotBelow(r, cam, sim);
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        drawAttractor(r, level.attractors[i], sim.attractorPosKm(int(i)), minutes, seenFromPole(level));
        // Too small to see at this zoom (the Moon across an Earth-Moon map): a ring marks it
        // (drawLabels names it).
        if (cam.worldToPixels(level.attractors[i].radius_km) < 10)
            r.ring(sim.attractorPosKm(int(i)), cam.pixelsToWorld(10 * ui::scale()), 1.5f, gfx::withAlpha(view::palette().textDim, 0.8f));
    }
    for (size_t i = 0; i < level.gates.size(); ++i) drawGate(r, cam, level.gates[i], sim.gatePassed(int(i)), time);
    const std::vector<BodyView> debris = sim.debris();
    for (size_t i = 0; i < debris.size(); ++i)
        if (debris[i].alive) drawRock(r, cam, i, debris[i].pos_km, debris[i].radius_km, time);
    // Seen from above the pole (Chapter 4) the sites stand at their latitudes, among the
    // satellites and their lines of sight (sky_view.h); else each on its body's rim.
    if (seenFromPole(level)) {
        const Constellation& sky = skyShown_ ? *skyShown_ : sim.sky();
        drawSky(r, cam, level, sky, sim.elapsedRealSeconds(), time, signals_.receiver);
        drawSignals(r, cam, level, sky, sim.elapsedRealSeconds(), signals_);
        drawFix(r, cam, fixOf(level, sky, sim.elapsedRealSeconds()), sky, sim.elapsedRealSeconds());
        drawMessagePath(r, cam, level, sky, sim.elapsedRealSeconds(), time);
        return;
    }
    for (size_t i = 0; i < level.stations.size(); ++i) {
        drawStation(r, cam, sim.stationPosKm(int(i)), sim.attractorPosKm(level.stations[i].attractor), sim.stationSees(int(i)));
    }
}

// [SECTION] radio links

namespace {

// One radio line: a travelling dashed green line when it is up, or a red one that stops where
// the body in its way begins (the Moon's limb), with a cross there.
void drawLink(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, Vec2 fromKm, Vec2 toKm, bool up, int blocker, double time) {
    const view::Palette& pal = view::palette();
    Vec2 end = toKm;
    if (!up && blocker >= 0) end = firstTouch(fromKm, toKm, sim.attractorPosKm(blocker), sim.level().attractors[size_t(blocker)].radius_km);
    const Vec2 a = cam.worldToScreen(fromKm), b = cam.worldToScreen(end);
    r.useScreen();
    gfx::LineStyle ls;
    ls.dash = up ? 4 : 6;
    ls.gap = up ? 7 : 6;
    ls.dashOffset = up ? float(time * 40) : 0;
    r.polyline(std::vector<Vec2>{a, b}, up ? 2.0f : 2.5f, gfx::withAlpha(up ? pal.success : pal.danger, up ? 0.8f : 0.85f), ls);
    if (!up) {
        const double k = 6 * ui::scale();
        r.line(b + Vec2{-k, -k}, b + Vec2{k, k}, 2.5f, pal.danger);
        r.line(b + Vec2{-k, k}, b + Vec2{k, -k}, 2.5f, pal.danger);
    }
}

} // namespace

void WorldView::drawRadio(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, double time) const {
    const view::Palette& pal = view::palette();
    if (seenFromPole(sim.level())) return;   // the sky's own lines of sight (drawSky)
    // A relay: the lander's line up to it and its line on to the Earth, each up or cut.
    bool relay = false;
    for (const Goal& g : sim.level().goals.list) {
        if (g.type != GoalType::Relay || !sim.launched()) continue;
        const RelayLinks l = relayLinks(sim.level(), sim.bodies(), g.index, g.attractor, sim.shipPosKm(), sim.elapsedRealSeconds());
        drawLink(r, cam, sim, l.landerKm, sim.shipPosKm(), l.lander, l.landerBlockedBy, time);
        drawLink(r, cam, sim, sim.shipPosKm(), l.homeKm, l.home, l.homeBlockedBy, time);
        relay = true;
    }
    if (relay) {
        r.useCamera(cam);
        return;
    }
    for (size_t i = 0; i < sim.level().stations.size(); ++i) {
        if (!sim.stationSees(int(i))) continue;
        const Vec2 a = cam.worldToScreen(sim.stationPosKm(int(i)));
        const Vec2 b = cam.worldToScreen(sim.shipPosKm());
        r.useScreen();
        gfx::LineStyle ls;
        ls.dash = 4;
        ls.gap = 7;
        ls.dashOffset = float(time * 40);   // the signal travels up from the ground
        r.polyline(std::vector<Vec2>{b, a}, 2.0f, gfx::withAlpha(pal.success, 0.75f), ls);
        // Expanding rings around the ship: the radio is on and someone hears it.
        for (int k = 0; k < 3; ++k) {
            const double phase = std::fmod(time * 0.8 + k / 3.0, 1.0);
            r.ring(b, 10 + phase * 34 * ui::scale(), 1.5f, gfx::withAlpha(pal.success, float(0.6 * (1 - phase))));
        }
    }
    r.useCamera(cam);
}

// [SECTION] the ship

void WorldView::drawShip(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, double time, bool showNose) const {
    r.useCamera(cam);
    if (sim.level().actions.sky) return;   // a sky level flies no craft
    exhaust_.draw(r);
    ShipPose pose{cam.worldToScreen(sim.shipPosKm()), sim.shipHeadingRad(), lengthPx(cam, sim, 0), time};
    if (showNose) {
        // Where the engine will push: a chevron ahead of the nose.
        r.useScreen();
        const Vec2 f = flipY(fromAngle(pose.heading)), side = perpLeft(f);
        const Vec2 tip = pose.screen + f * (pose.lengthPx * 1.25);
        const gfx::Color c = gfx::withAlpha(view::palette().accent, 0.9f);
        r.line(tip, tip - f * 8.0 + side * 7.0, 2.5f, c);
        r.line(tip, tip - f * 8.0 - side * 7.0, 2.5f, c);
    }
    // The level's other craft (a station to catch, a relay...), each on its own path, under
    // the player's own: in an orbit frame craft are drawn far bigger than they are, and a
    // station a few hundred km away would otherwise hide the ship.
    for (int i = 1; i < sim.craftCount(); ++i) {
        if (!sim.craftAlive(i)) continue;
        const ShipPose other{cam.worldToScreen(sim.craftPosKm(i)), sim.craftHeadingRad(i), lengthPx(cam, sim, i), time};
        view::drawShip(r, sim.craftDef(i).look, other);
    }
    view::drawShip(r, sim.level().ship.look, pose);
    r.useCamera(cam);
}

// [SECTION] vectors and labels

void WorldView::drawVectors(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, const Strings& tr) const {
    if (!sim.launched()) return;
    const view::Palette& pal = view::palette();
    const Vec2 p = cam.worldToScreen(sim.shipPosKm());
    const double s = ui::scale();
    r.useScreen();
    ui::LabelStyle ls;
    ls.scale = 0.8f;
    ls.background = gfx::withAlpha(pal.spaceDeep, 0.7f);

    const Vec2 v = sim.shipVelKms();
    if (length(v) > 1e-6) {
        // 14 px per km/s: 7.7 km/s in low orbit is a long, readable arrow.
        const double len = std::clamp(length(v) * 14 * s, 24 * s, 220 * s);
        const Vec2 tip = p + flipY(normalized(v)) * len;
        r.arrow(p, tip, 3.0f, pal.tealBright, float(12 * s));
        ls.color = pal.tealBright;
        labelAtTip(tip, flipY(normalized(v)), tr.format("vec.velocity", {kmsText(tr, length(v))}), ls);
    }
    const Vec2 g = sim.gravityKms2(sim.shipPosKm()) * 1000.0;   // m/s^2
    if (length(g) > 1e-9) {
        const double len = std::clamp(length(g) * 9 * s, 18 * s, 160 * s);
        const Vec2 tip = p + flipY(normalized(g)) * len;
        r.arrow(p, tip, 3.0f, pal.accent, float(12 * s));
        ls.color = pal.accent;
        labelAtTip(tip, flipY(normalized(g)), tr.format("vec.gravity", {fixed(length(g), 1)}), ls);
    }
    r.useCamera(cam);
}

void WorldView::drawLabels(const gfx::Camera2D& cam, const Sim& sim, const Strings& tr) const {
    const std::string& lang = tr.language();
    const Level& level = sim.level();
    const view::Palette& pal = view::palette();
    ui::LabelStyle ls;
    ls.scale = 0.8f;
    ls.color = pal.textDim;
    ls.makeWay = true;   // drawn after the orbit's labels: these are the ones that move aside
    for (size_t i = 0; i < level.zones.size(); ++i) {
        const Zone& z = level.zones[i];
        if (z.name.empty()) continue;
        const double radius = std::max(z.radius_km, cam.pixelsToWorld(kMinZonePx));
        ls.color = sim.zoneReached(int(i)) ? pal.success : pal.teal;
        // A stretch of ground is named over the middle of the part of it in view.
        Vec2 at = cam.worldToScreen({z.x_km, z.y_km + radius}) + Vec2{0, -14};
        if (const auto span = zoneOnGround(level, z)) {
            const double from = std::max(span->first, cam.screenToWorld({0, 0}).x);
            const double to = std::min(span->second, cam.screenToWorld({cam.viewportWidth, 0}).x);
            const double x = from < to ? (from + to) / 2 : (span->first + span->second) / 2;
            at = cam.worldToScreen({x, *groundHeightKm(level.ground, x)}) + Vec2{0, 44};
        }
        ui::label(at, z.name.get(lang).c_str(), ls);
    }
    for (size_t i = 0; i < level.gates.size(); ++i) {
        const Gate& g = level.gates[i];
        if (g.name.empty()) continue;
        ls.color = sim.gatePassed(int(i)) ? pal.success : pal.accent;
        const Vec2 mid = cam.worldToScreen(Vec2{(g.x1_km + g.x2_km) / 2, (g.y1_km + g.y2_km) / 2});
        ui::label(mid + Vec2{0, -22}, g.name.get(lang).c_str(), ls);
    }
    // A planet or moon too small to see at this zoom (the Moon across an Earth-Moon map): a
    // ring around it and its name, so the student knows where it is.
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        const Attractor& a = level.attractors[i];
        if (cam.worldToPixels(a.radius_km) >= 10) continue;
        const Vec2 c = cam.worldToScreen(sim.attractorPosKm(int(i)));
        if (a.name.empty()) continue;
        ls.color = pal.text;
        ui::label(c + Vec2{0, -22.0 * ui::scale()}, a.name.get(lang).c_str(), ls);
    }
    for (int i = 1; i < sim.craftCount(); ++i) {
        const Text& name = sim.craftDef(i).name;
        if (name.empty() || !sim.craftAlive(i)) continue;
        ls.color = pal.text;
        ui::label(cam.worldToScreen(sim.craftPosKm(i)) + Vec2{0, -26.0 * ui::scale()}, name.get(lang).c_str(), ls);
    }
    // Among other craft, the player's own is named too, below it, in the ship's colour.
    if (sim.craftCount() > 1 && !level.ship.name.empty() && sim.launched()) {
        ls.color = pal.accentHot;
        ui::label(cam.worldToScreen(sim.shipPosKm()) + Vec2{0, 26.0 * ui::scale()}, level.ship.name.get(lang).c_str(), ls);
    }
    if (seenFromPole(level)) {
        const Constellation& sky = skyShown_ ? *skyShown_ : sim.sky();
        drawSkyLabels(cam, level, sky, sim.elapsedRealSeconds(), tr, signals_.receiver);
        drawSignalLabels(cam, sky, sim.elapsedRealSeconds(), signals_, tr);
        return;
    }
    for (size_t i = 0; i < level.stations.size(); ++i) {
        const Station& s = level.stations[i];
        if (s.name.empty()) continue;
        const Vec2 ground = sim.stationPosKm(int(i));
        const Vec2 out = normalized(ground - sim.attractorPosKm(s.attractor));
        ls.color = sim.stationSees(int(i)) ? pal.success : pal.text;
        const Vec2 at = cam.worldToScreen(ground) + flipY(out) * (40.0 * ui::scale());
        ui::label(at, s.name.get(lang).c_str(), ls);
        // A site the level places at real coordinates says them, smaller, under its name.
        if (s.latitude_deg != 0 || sim.level().attractors[size_t(s.attractor)].prime_meridian_deg != 0) {
            ui::LabelStyle small = ls;
            small.scale = 0.65f;
            small.color = pal.textDim;
            ui::label(at + Vec2{0, 18.0 * ui::scale()}, siteCoordinates(tr, s.latitude_deg, s.longitude_deg).c_str(), small);
        }
    }
}

} // namespace sp::view
