// The map as the author sees it: the level's world drawn with the game's own look (planets,
// zones, gates, rocks, stations, the ship), over a grid in km, with the ship's starting orbit,
// the edge of the world, the selection and its handles, and names. Other craft are drawn like
// the ship inside a ring of the trajectory colour, so that the player's own stands out; a
// local frame's ground line is a filled surface with a small handle at each point.
#include "game/editor/editor.h"

#include "engine/render/starfield.h"
#include "engine/ui/labels.h"
#include "engine/ui/ui.h"
#include "game/editor/names.h"
#include "game/shell/shell.h"
#include "game/sim/bodies.h"
#include "game/sim/constellation.h"
#include "game/view/planet_look.h"
#include "game/view/ship_look.h"
#include "game/view/sky_view.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>

// Index
// [SECTION] the frame's picture
// [SECTION] grid
// [SECTION] the level's objects
// [SECTION] selection and handles
// [SECTION] labels

namespace sp {

namespace {
using gfx::flipY;

// A draft may name a body it does not have: the sky is drawn once every satellite and site
// stands on one (the inspector's checks say what is wrong meanwhile).
bool skyDrawable(const Level& level) {
    const auto onBody = [&](int a) { return a >= 0 && size_t(a) < level.attractors.size(); };
    for (const Satellite& s : level.satellites)
        if (!onBody(s.attractor)) return false;
    for (const Station& s : level.stations)
        if (!onBody(s.attractor)) return false;
    return true;
}

// How big an object looks on the map (pixels), for rings around it.
double shownRadiusPx(const Level& level, edit::Ref r, const gfx::Camera2D& cam) {
    const double s = ui::scale();
    switch (r.kind) {
    case edit::Kind::Attractor: return cam.worldToPixels(level.attractors[size_t(r.index)].radius_km);
    case edit::Kind::Zone: return std::max(cam.worldToPixels(level.zones[size_t(r.index)].radius_km), 12.0 * s);
    case edit::Kind::Debris: return std::max(cam.worldToPixels(level.debris[size_t(r.index)].radius_km), 8.0 * s);
    case edit::Kind::Ship: return 20 * s;
    case edit::Kind::Station: return 18 * s;
    case edit::Kind::Craft: return 20 * s;
    case edit::Kind::GroundPoint: return 6 * s;
    default: return 0;
    }
}
} // namespace

// [SECTION] the frame's picture

void EditorScreen::drawCanvas(const platform::FrameInput& in) {
    gfx::Renderer& r = game_.renderer();
    cam_.setViewport(in.windowWidth, in.windowHeight);
    cam_.update(in.dt);
    const double t = game_.time();
    r.useScreen();
    game_.starfield().draw(r, cam_, t);
    if (showGrid_) drawGrid();

    // The edge of the world: leaving this circle is escaping.
    const Level& level = doc_->level();
    gfx::LineStyle dashed;
    dashed.dash = 14;
    dashed.gap = 10;
    r.useCamera(cam_);
    r.arc({0, 0}, level.world_radius_km, 0, 2 * kPi, 1.5f, gfx::withAlpha(view::palette().danger, 0.45f), dashed);

    drawEntities(t);
    drawSelection();
    drawLabels();
    r.useScreen();
}

// [SECTION] grid

void EditorScreen::drawGrid() {
    gfx::Renderer& r = game_.renderer();
    const double step = gridKm();
    const double major = step * 5;
    const Vec2 lo = cam_.visibleMin(), hi = cam_.visibleMax();
    const gfx::Color ink = view::palette().border;
    r.useCamera(cam_);
    auto alphaOf = [&](double v) {
        if (std::abs(v) < step * 0.5) return 0.55f;                                  // an axis
        return std::abs(std::remainder(v, major)) < step * 0.5 ? 0.28f : 0.12f;      // major, minor
    };
    for (double x = std::floor(lo.x / step) * step; x <= hi.x; x += step)
        r.line({x, lo.y}, {x, hi.y}, 1.0f, gfx::withAlpha(ink, alphaOf(x)));
    for (double y = std::floor(lo.y / step) * step; y <= hi.y; y += step)
        r.line({lo.x, y}, {hi.x, y}, 1.0f, gfx::withAlpha(ink, alphaOf(y)));
}

// [SECTION] the level's objects

void EditorScreen::drawEntities(double time) {
    gfx::Renderer& r = game_.renderer();
    const Level& level = doc_->level();
    const view::Palette& pal = view::palette();
    const double s = ui::scale();
    if (rocksFor_ != level.debris.size()) {
        world_.reset(level);   // rock shapes: the same ones the flight will show
        rocksFor_ = level.debris.size();
    }
    r.useCamera(cam_);
    drawGround();
    for (const Zone& z : level.zones) view::drawZone(r, cam_, z, false, time);
    const Bodies bodies(level.attractors);   // where each is at the start of the flight
    for (int i = 0; i < bodies.count(); ++i) {
        // A moon on its orbit: the orbit drawn faintly about where its parent starts (the
        // parent moves on too, if it orbits something itself).
        if (!bodies.moves(i)) continue;
        orbit::Ellipse e = bodies.ellipse(i);
        if (!(e.period > 0) || !std::isfinite(e.period)) continue;
        const Vec2 parent = bodies.positionAt(bodies[i].orbits, 0);
        std::vector<Vec2> ring;
        for (int k = 0; k < 180; ++k) ring.push_back(parent + orbit::stateOnEllipse(e, e.period * k / 180.0).r);
        gfx::LineStyle dashed;
        dashed.dash = float(6 * ui::scale());
        dashed.closed = true;
        r.polyline(ring, 1.5f, gfx::withAlpha(view::palette().textDim, 0.5f), dashed);
    }
    for (int i = 0; i < bodies.count(); ++i) view::drawAttractor(r, bodies[i], bodies.positionAt(i, 0), 0, seenFromPole(level));
    for (const Gate& g : level.gates) view::drawGate(r, cam_, g, false, time);
    for (size_t i = 0; i < level.debris.size(); ++i) {
        const Debris& d = level.debris[i];
        world_.drawRock(r, cam_, i, {d.x_km, d.y_km}, d.radius_km, time);
        if (d.moving && (d.vx_km_s != 0 || d.vy_km_s != 0)) {
            const Vec2 p = cam_.worldToScreen({d.x_km, d.y_km});
            r.useScreen();
            r.arrow(p, p + flipY(Vec2{d.vx_km_s, d.vy_km_s}) * pxPerKms(), 2.0f, gfx::withAlpha(pal.danger, 0.8f), float(9 * s));
            r.useCamera(cam_);
        }
    }
    if (seenFromPole(level) && skyDrawable(level)) {
        // Satellites and sites as the flight starts (the sky moves once it runs).
        const Constellation sky(level);
        view::drawSky(r, cam_, level, sky, 0, time);
        view::drawFix(r, cam_, view::fixOf(level, sky, 0), sky, 0);   // a fix goal's error region, as the satellites stand
    } else {
        for (size_t i = 0; i < level.stations.size(); ++i) {
            const Station& st = level.stations[i];
            if (st.attractor < 0 || size_t(st.attractor) >= level.attractors.size()) continue;   // a draft's
            if (auto ground = edit::positionOf(level, {edit::Kind::Station, int(i)}))
                view::drawStation(r, cam_, *ground, edit::attractorAt(level, st.attractor), false);
        }
    }

    // Other craft: each on its own first orbit, ringed in the trajectory colour.
    gfx::LineStyle orbitLine;
    orbitLine.dash = 8;
    orbitLine.gap = 6;
    for (const Ship& c : level.craft) {
        const Vec2 cv{c.vx_km_s, c.vy_km_s};
        if (const auto o = edit::orbitFrom(level, {c.x_km, c.y_km}, cv))
            r.ellipse(o->centerKm, o->elements.a, o->semiMinorKm, o->elements.argPeriapsis, 1.2f, gfx::withAlpha(pal.trajectory, 0.3f), orbitLine);
        const Vec2 cp = cam_.worldToScreen({c.x_km, c.y_km});
        r.useScreen();
        r.circle(cp, 20 * s, gfx::withAlpha(pal.trajectory, 0.12f));
        r.ring(cp, 20 * s, 1.5f, gfx::withAlpha(pal.trajectory, 0.75f));
        view::drawShip(r, c.look, {cp, degToRad(c.angle_deg), view::WorldView::shipLengthPx(), time});
        if (length(cv) > 0) {
            const double len = std::max(length(cv) * pxPerKms(), 24 * s);
            r.arrow(cp, cp + flipY(normalized(cv)) * len, 2.5f, gfx::withAlpha(pal.trajectory, 0.9f), float(10 * s));
        }
        r.useCamera(cam_);
    }

    // The ship, and where it goes when the flight starts without a launch: its first orbit
    // around the body that pulls hardest, and its velocity. A sky level flies none.
    if (level.actions.sky) return;
    const Ship& ship = level.ship;
    const Vec2 at{ship.x_km, ship.y_km};
    const Vec2 v{ship.vx_km_s, ship.vy_km_s};
    if (const auto o = edit::startOrbit(level)) {
        gfx::LineStyle ls;
        ls.dash = 8;
        ls.gap = 6;
        r.ellipse(o->centerKm, o->elements.a, o->semiMinorKm, o->elements.argPeriapsis, 1.5f, gfx::withAlpha(pal.trajectory, 0.5f), ls);
    }
    const Vec2 p = cam_.worldToScreen(at);
    view::drawShip(r, ship.look, {p, degToRad(ship.angle_deg), view::WorldView::shipLengthPx(), time});
    r.useScreen();
    if (!level.actions.launch && length(v) > 0) {
        const double len = std::max(length(v) * pxPerKms(), 24 * s);
        r.arrow(p, p + flipY(normalized(v)) * len, 3.0f, pal.tealBright, float(12 * s));
    }
    r.useCamera(cam_);
}

// The ground line: filled down past the bottom of the view, a bright edge along the top and a
// small handle at each point (they are the parts one drags).
void EditorScreen::drawGround() {
    gfx::Renderer& r = game_.renderer();
    const std::vector<GroundPoint>& g = doc_->level().ground;
    if (g.empty()) return;
    const view::Palette& pal = view::palette();
    const double s = ui::scale();
    double lowest = cam_.visibleMin().y;
    for (const GroundPoint& p : g) lowest = std::min(lowest, p.y_km);
    const double bottom = lowest - 10 / cam_.zoom;
    const gfx::Color fill = gfx::rgb(0x2b3140, 0.92f), edge = gfx::rgb(0xb8c0d0);
    r.useCamera(cam_);
    // Each piece overlaps the next by a pixel: abutting edges would leave a faint seam.
    const double px = 1 / cam_.zoom;
    for (size_t i = 1; i < g.size(); ++i) {
        const double x0 = g[i - 1].x_km, x1 = g[i].x_km + (i + 1 < g.size() ? px : 0);
        const double y1 = g[i - 1].y_km + (g[i].y_km - g[i - 1].y_km) * (x1 - x0) / std::max(g[i].x_km - x0, 1e-12);
        const Vec2 quad[4] = {{x0, g[i - 1].y_km}, {x1, y1}, {x1, bottom}, {x0, bottom}};
        r.convexPolygon(quad, 4, fill);
    }
    r.useScreen();
    std::vector<Vec2> line;
    for (const GroundPoint& p : g) line.push_back(cam_.worldToScreen({p.x_km, p.y_km}));
    r.polyline(line, 2.0f, edge);
    for (const Vec2& p : line) {
        r.circle(p, 4.5 * s, pal.spaceDeep);
        r.ring(p, 4.5 * s, 1.5f, gfx::withAlpha(pal.accentHot, 0.85f));
    }
    r.useCamera(cam_);
}

// [SECTION] selection and handles

void EditorScreen::drawSelection() {
    gfx::Renderer& r = game_.renderer();
    const Level& level = doc_->level();
    const view::Palette& pal = view::palette();
    const double s = ui::scale();
    r.useScreen();
    auto ringAround = [&](edit::Ref ref, gfx::Color c, float width) {
        if (ref.kind == edit::Kind::Gate) {
            const Gate& g = level.gates[size_t(ref.index)];
            r.line(cam_.worldToScreen({g.x1_km, g.y1_km}), cam_.worldToScreen({g.x2_km, g.y2_km}), width + 4, gfx::withAlpha(c, 0.35f));
            return;
        }
        const auto at = edit::positionOf(level, ref);
        if (!at) return;
        const double radius = shownRadiusPx(level, ref, cam_) + 6 * s;
        r.ring(cam_.worldToScreen(*at), radius, width, c);
    };
    if (hover_ && hover_ != doc_->selection() && edit::exists(level, *hover_)) ringAround(*hover_, gfx::withAlpha(pal.text, 0.35f), 1.5f);

    // What has a problem is ringed in red on the map, so a draft shows where to look.
    std::optional<edit::Ref> last;
    for (const Problem& p : problems_) {
        const std::optional<edit::Ref> ref = edit::refFromPointer(p.pointer);
        if (!ref || ref == last || !edit::isPlaced(ref->kind) || !edit::exists(level, *ref)) continue;
        last = ref;
        const auto at = edit::positionOf(level, *ref);
        if (!at || ref->kind == edit::Kind::Gate) continue;
        gfx::LineStyle dashed;
        dashed.dash = 6;
        dashed.gap = 4;
        const double radius = std::max(shownRadiusPx(level, *ref, cam_), 10 * s) + 10 * s;
        r.arc(cam_.worldToScreen(*at), radius, 0, 2 * kPi, 2.0f, gfx::withAlpha(pal.danger, 0.9f), dashed);
    }

    const std::optional<edit::Ref> sel = doc_->selection();
    if (!sel || !edit::isPlaced(sel->kind) || !edit::exists(level, *sel)) return;
    const float pulse = float(0.75 + 0.25 * std::sin(game_.time() * 4));
    ringAround(*sel, gfx::withAlpha(pal.tealBright, pulse), 2.5f);

    const auto at = edit::positionOf(level, *sel);
    const double handleR = 7 * s;
    for (const edit::Handle& h : edit::handlesOf(level, *sel, handleScale())) {
        const Vec2 hp = cam_.worldToScreen(h.km);
        if (at && h.kind == edit::HandleKind::Radius) {
            gfx::LineStyle ls;
            ls.dash = 5;
            ls.gap = 4;
            r.polyline(std::vector<Vec2>{cam_.worldToScreen(*at), hp}, 1.5f, gfx::withAlpha(pal.tealBright, 0.7f), ls);
        }
        if (at && h.kind == edit::HandleKind::Nose) r.line(cam_.worldToScreen(*at), hp, 1.5f, gfx::withAlpha(pal.accent, 0.7f));
        const gfx::Color c = h.kind == edit::HandleKind::Nose ? pal.accent : pal.tealBright;
        r.softCircle(hp, handleR * 2.2, float(handleR), gfx::withAlpha(c, 0.35f), true);
        r.circle(hp, handleR, pal.spaceDeep);
        r.ring(hp, handleR, 2.5f, c);
        r.circle(hp, handleR * 0.4, c);
    }
}

// [SECTION] labels

void EditorScreen::drawLabels() {
    const Level& level = doc_->level();
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const double s = ui::scale();
    ui::LabelStyle ls;
    ls.scale = 0.8f;
    auto name = [&](const Text& t) { return t.get(game_.lang()); };
    for (size_t i = 0; i < level.attractors.size(); ++i) {
        const Attractor& a = level.attractors[i];
        if (a.name.empty()) continue;
        ls.color = pal.text;
        const Vec2 c = cam_.worldToScreen(edit::attractorAt(level, int(i)));
        const double rpx = cam_.worldToPixels(a.radius_km);
        if (rpx > 60 * s) ui::label(c, name(a.name).c_str(), ls);
        else ui::label(c + Vec2{0, rpx + 14 * s}, name(a.name).c_str(), ls);
    }
    std::vector<Vec2> zoneLabels;   // where the ship's name must not go
    for (const Zone& z : level.zones) {
        if (z.name.empty()) continue;
        ls.color = pal.teal;
        const double rpx = std::max(cam_.worldToPixels(z.radius_km), 12 * s);
        zoneLabels.push_back(cam_.worldToScreen({z.x_km, z.y_km}) + Vec2{0, -rpx - 14 * s});
        ui::label(zoneLabels.back(), name(z.name).c_str(), ls);
    }
    for (const Gate& g : level.gates) {
        if (g.name.empty()) continue;
        ls.color = pal.accent;
        ui::label(cam_.worldToScreen({(g.x1_km + g.x2_km) / 2, (g.y1_km + g.y2_km) / 2}) + Vec2{0, -22 * s}, name(g.name).c_str(), ls);
    }
    const bool sky = seenFromPole(level) && skyDrawable(level);
    if (sky) view::drawSkyLabels(cam_, level, Constellation(level), 0, tr);
    for (size_t i = 0; i < level.stations.size() && !sky; ++i) {
        const Station& st = level.stations[i];
        if (st.name.empty() || st.attractor < 0 || size_t(st.attractor) >= level.attractors.size()) continue;
        const Vec2 ground = *edit::positionOf(level, {edit::Kind::Station, int(i)});
        ls.color = pal.text;
        ui::label(cam_.worldToScreen(ground) + flipY(normalized(ground - edit::attractorAt(level, st.attractor))) * (40.0 * s), name(st.name).c_str(), ls);
    }
    // Other craft: their names, or "Other craft 2", in their ring's colour.
    ls.color = pal.trajectory;
    for (size_t i = 0; i < level.craft.size(); ++i) {
        const Ship& c = level.craft[i];
        const std::string label = c.name.empty() ? editor::refName(tr, level, {edit::Kind::Craft, int(i)}) : name(c.name);
        ui::label(cam_.worldToScreen({c.x_km, c.y_km}) + Vec2{0, 32 * s}, label.c_str(), ls);
    }
    // The ship's name, or "Ship": it is the one thing every level has (drawn unless a sky level's).
    if (level.actions.sky) return;
    ls.color = pal.accentHot;
    const std::string ship = level.ship.name.empty() ? editor::kindName(tr, edit::Kind::Ship) : name(level.ship.name);
    // Under the ship, or over it where a zone's name is under it (a lander above its site).
    const Vec2 shipAt = cam_.worldToScreen({level.ship.x_km, level.ship.y_km});
    Vec2 at = shipAt + Vec2{0, 30 * s};
    for (const Vec2& z : zoneLabels)
        if (std::abs(z.y - at.y) < 18 * s && std::abs(z.x - at.x) < 110 * s) at = shipAt + Vec2{0, -32 * s};
    ui::label(at, ship.c_str(), ls);
}

} // namespace sp
