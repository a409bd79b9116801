// The play screen's picture: predicted paths (the ship's, the planned burn's, the launch
// aim), the camera that frames them, and the world drawn in order from the stars up.
#include "engine/ui/labels.h"
#include "engine/ui/ui.h"
#include "game/screens/play.h"
#include "game/shell/shell.h"
#include "game/sim/relay.h"
#include "game/sim/units.h"
#include "game/text/format.h"
#include "game/view/ground_map.h"
#include "game/view/theme.h"
#include "game/view/trajectory_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace sp {

namespace {
// A geostationary orbit is ~43,100 ticks at Chapter 1's scale; a lap of anything longer is
// drawn only in part.
constexpr int kMaxPredictTicks = 45000;

// Ticks for one lap of the orbit `el` (or a default for paths that are not orbits), or as far
// ahead as the level says (a frame that turns with the Moon has no laps to speak of).
int lapTicks(const Sim& sim, const orbit::Elements& el) {
    if (sim.level().path_ahead_min > 0)
        return std::clamp(int(sim.level().path_ahead_min * 60 / sim.tickRealSeconds()) + 1, 2, kMaxPredictTicks);
    if (!el.bound || !std::isfinite(el.period)) return 3000;
    return std::clamp(int(el.period / sim.tickRealSeconds()) + 2, 200, kMaxPredictTicks);
}

// A path as seen from the body it is read around: where a moving moon is now, plus where the
// craft will be from where the moon will be then. An orbit about the moving Moon is then drawn
// as the ellipse it is, not as the loops it makes about the Earth. Around a fixed body nothing
// changes.
Vec2 seenFrom(const Sim& sim, int body, Vec2 pointKm, int64_t tick) {
    if (body < 0 || !sim.bodies().moves(body)) return pointKm;
    const double t = sim.scale().ticksToRealSeconds(double(tick));
    return pointKm - sim.bodies().positionAt(body, t) + sim.attractorPosKm(body);
}

std::vector<Vec2> relativeTo(const Sim& sim, int body, const Prediction& p) {
    if (!sim.bodies().moves(body)) return p.points;
    std::vector<Vec2> out(p.points.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = seenFrom(sim, body, p.points[i], p.states[i].tick);
    return out;
}

// In a frame turning with the Moon a path is no conic: no lowest and highest points to mark.
bool marksApsides(const Level& l) { return l.frame.turn_period_min <= 0; }

void grow(Vec2& lo, Vec2& hi, Vec2 p) {
    lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
    hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
}
} // namespace

// [SECTION] predictions and camera

// A relay's planned path: for how much of it the lander would talk to the Earth (a path that
// ends early, on the Moon or past the world's edge, is silent for the rest).
void PlayScreen::relayForecast(const Prediction& p, int ticks) {
    previewRelayShare_ = -1;
    const Level& level = sim_->level();
    for (const Goal& g : level.goals.list) {
        if (g.type != GoalType::Relay || p.states.size() < 2) continue;
        const int every = int(std::max<int64_t>(1, p.states[1].tick - p.states[0].tick));
        int up = 0;
        for (size_t i = 0; i < p.states.size(); ++i)
            up += relayLinks(level, sim_->bodies(), g.index, g.attractor, p.points[i],
                             sim_->scale().ticksToRealSeconds(double(p.states[i].tick))).both();
        previewRelayShare_ = std::min(1.0, double(up) / std::max(1.0, double(ticks) / every));
        previewRelayMin_ = sim_->scale().ticksToRealSeconds(double(ticks)) / 60;
        return;
    }
}

// The ship's path and the preview. A prediction is the flight itself (sim_predict.cpp), so
// the path is only extended as ticks pass (PathAhead), and a preview is predicted again only
// when what it shows changes: the aim, the plan, or the path it starts from.
void PlayScreen::predict() {
    predictPaths();
    predictMeeting();
    searchCorridor();
}

void PlayScreen::predictPaths() {
    const Level& level = sim_->level();
    if (!sim_->launched()) {
        ahead_.clear();
        if (!level.actions.launch) return;
        const PreviewKey key{-1, flight_->aimSpeedKms(), flight_->aimAngleDeg(), 0, sim_->tick()};
        if (previewValid_ && key == previewKey_) return;
        // The aim: the whole orbit this launch would fly (or how it falls or leaves), with its
        // lowest and highest points, as a planned burn shows its new orbit.
        const Coast start = sim_->launchCoast(flight_->aimSpeedKms(), flight_->aimAngleDeg());
        previewOrbit_ = sim_->coastElements(start, &previewAttractor_);
        const Prediction p = sim_->predict(start, lapTicks(*sim_, previewOrbit_), 2);
        preview_ = relativeTo(*sim_, previewAttractor_, p);
        previewStates_ = p.states;
        previewKey_ = key;
        previewValid_ = true;
        return;
    }
    // Catching a station takes a lap or three: the paths show them, and where they meet it.
    const int laps = meetCraft_ >= 0 ? 3 : 1;
    ahead_.update(*sim_, std::min(kMaxPredictTicks, laps * lapTicks(*sim_, sim_->elements(sim_->dominantAttractor()))));

    // The plan's preview: where the burn is (or here, for "burn now") and the orbit after it.
    const BurnPlan& plan = flight_->plan();
    if (!flight_->canPlan() || !(plan.cost() > 0)) {
        preview_.clear();
        previewValid_ = false;
        return;
    }
    const Coast* at = plan.placed ? ahead_.stateAt(plan.tick) : nullptr;
    const Coast here = sim_->shipCoast();
    if (!at && plan.placed) {
        preview_.clear();
        previewValid_ = false;
        return;
    }
    if (!at) at = &here;
    // "Burn now" starts from the ship as it is, which changes every tick; a planned point
    // stays put while the path it sits on does.
    const PreviewKey key{plan.placed ? plan.tick : -2, plan.prograde, plan.radial, ahead_.generation(),
                         plan.placed ? 0 : sim_->tick()};
    if (previewValid_ && key == previewKey_) return;
    const Coast after = sim_->burned(*at, plan.prograde, plan.radial);
    previewOrbit_ = sim_->coastElements(after, &previewAttractor_);
    const Prediction p = sim_->predict(after, std::min(kMaxPredictTicks, laps * lapTicks(*sim_, previewOrbit_)), 3);
    preview_ = relativeTo(*sim_, previewAttractor_, p);
    previewStates_ = p.states;
    previewLanding_ = p.hitsSurface && p.entersAir ? std::optional<Vec2>(p.points.back()) : std::nullopt;
    previewPeakG_ = p.peakG;
    previewPeakHeat_ = p.peakHeatingKwM2;
    previewSkips_ = p.skipsOut;
    previewDips_ = p.dips;
    previewSkipTopKm_ = p.skipTopKm;
    if (sim_->level().ship.max_skips > 0) heatShown_ = p.heat;
    relayForecast(p, std::min(kMaxPredictTicks, laps * lapTicks(*sim_, previewOrbit_)));
    previewKey_ = key;
    previewValid_ = true;
}

// Where the path the player will fly (the preview after a planned burn or of the launch aimed,
// else the path as it is) comes closest to the craft to meet: before a launch, that is how the
// launch window shows, coming and going. Its path is predicted as far as the preview reaches.
void PlayScreen::predictMeeting() {
    closest_ = {};
    bodyPass_ = {};
    if (meetBody_ >= 0 && sim_->launched() && !sim_->over()) {
        const bool planned = previewValid_ && !previewStates_.empty();
        bodyPass_ = closestToBody(*sim_, planned ? previewStates_ : ahead_.states(), meetBody_);
    }
    const bool aiming = sim_->awaitingLaunch() && previewValid_;
    if (meetCraft_ < 0 || !(sim_->launched() || aiming) || !sim_->craftAlive(meetCraft_) || sim_->over()) {
        meetAhead_.clear();
        return;
    }
    const bool planned = previewValid_ && !previewStates_.empty();
    const std::vector<Coast>& path = planned ? previewStates_ : ahead_.states();
    if (path.empty()) return;
    meetAhead_.update(*sim_, int(path.back().tick - sim_->tick()), meetCraft_);
    closest_ = closestApproach(*sim_, path, meetAhead_, meetKm_, meetKms_);
}

// Coming home: the entry corridor where the burn would fire. A planned point stays put; "burn
// now" fires here, which moves, so its corridor is found again every 30 ticks (a minute of
// flight at 2 s a tick, 15 s in 3-7). The last corridor found stays shown while the next is searched for.
void PlayScreen::searchCorridor() {
    const BurnPlan& plan = flight_->plan();
    if (!burnTight_ || !sim_->launched() || sim_->over() || sim_->shipEnteredAir() || !flight_->canPlan() || !(sim_->fuelKms() > 0)) {
        corridor_ = {};
        corridorKey_ = {};
        corridorShown_ = {};
        return;
    }
    const Coast* at = plan.placed ? ahead_.stateAt(plan.tick) : nullptr;
    if (plan.placed && !at) return;
    const CorridorKey key{plan.placed ? plan.tick : -2 - sim_->tick() / 30, ahead_.generation(), plan.radial, sim_->fuelKms()};
    if (!corridor_.started() || !(key == corridorKey_)) {
        // A lap of the orbit, or the time left if that is shorter: a path still up when time
        // runs out (a long skip) is not home.
        const int left = int(std::max<int64_t>(1, sim_->timeLimitTicks() - sim_->tick()));
        const int horizon = std::min(left, lapTicks(*sim_, sim_->elements(sim_->dominantAttractor())));
        corridor_.start(at ? *at : sim_->shipCoast(), plan.radial, sim_->fuelKms(), horizon);
        corridorKey_ = key;
    }
    // About 20 descents in all, a few milliseconds each: as many as fit in 4 ms of this frame
    // (at least one), so the search never makes a frame stutter (starpath-bench prints the cost).
    if (corridor_.corridor().known) return;   // found already, and shown
    const auto t0 = std::chrono::steady_clock::now();
    while (!corridor_.run(*sim_, 1))
        if (std::chrono::steady_clock::now() - t0 > std::chrono::milliseconds(4)) return;
    corridorShown_ = corridor_.corridor();
}

// The ship's path as it is drawn: seen from the body its orbit is read around, so a path round
// the moving Moon is the curve it makes about the Moon. One point per tick from now: a tap
// picks its burn point from these, exactly where the player sees the path.
std::vector<Vec2> PlayScreen::aheadAsDrawn() const {
    const std::vector<Vec2>& path = ahead_.points();
    const int d = sim_->dominantAttractor();
    if (d < 0 || !sim_->bodies().moves(d)) return path;
    std::vector<Vec2> out(path.size());
    for (size_t i = 0; i < path.size(); ++i) out[i] = seenFrom(*sim_, d, path[i], ahead_.startTick() + int64_t(i));
    return out;
}

void PlayScreen::framingBox(Vec2& lo, Vec2& hi) const {
    // The planet the ship is near, the ship, where it is going (and the plan), and the places
    // the goals name: everything the player must see to decide.
    const Level& level = sim_->level();
    // In a frame turning with the Moon, the body the craft is near, not the one that pulls most.
    const int d = level.frame.turn_period_min > 0 ? sim_->nearestAttractor() : sim_->dominantAttractor();
    if (level.frame.kind == "local" || d < 0) {
        // A patch of ground or a station's neighbourhood: the craft with room around it, and
        // the ground straight below a lander, so the student sees how far there is to fall.
        const Vec2 ship = sim_->shipPosKm();
        const double room = std::max(level.ship.radius_km * 12, 0.01);
        lo = ship - Vec2{room, room};
        hi = ship + Vec2{room, room};
        if (const auto g = sim_->groundYKm(ship.x)) {
            // Over ground: down to it, and as wide as it is deep, so that from a hover the
            // student sees the rocks and craters around the spot below and picks one; the
            // view closes in as the lander comes down.
            const double half = std::max(room, 0.6 * (ship.y - *g + 2 * room));
            grow(lo, hi, Vec2{ship.x - half, *g - level.ship.radius_km * 2});
            grow(lo, hi, Vec2{ship.x + half, *g});
        }
        for (int i = 1; i < sim_->craftCount(); ++i)
            if (sim_->craftAlive(i)) grow(lo, hi, sim_->craftPosKm(i));
    } else {
        const Attractor& a = level.attractors[size_t(d)];
        const double r = a.radius_km * 1.08 + a.atmosphere_km;
        lo = sim_->attractorPosKm(d) - Vec2{r, r};
        hi = sim_->attractorPosKm(d) + Vec2{r, r};
        // A moon that circles the planet the ship is near: where it is now is part of the plan.
        for (int i = 0; i < sim_->bodies().count(); ++i) {
            if (!sim_->bodies().moves(i) || level.attractors[size_t(i)].orbits != d) continue;
            const double m = level.attractors[size_t(i)].radius_km * 1.5;
            grow(lo, hi, sim_->attractorPosKm(i) - Vec2{m, m});
            grow(lo, hi, sim_->attractorPosKm(i) + Vec2{m, m});
        }
    }
    grow(lo, hi, sim_->shipPosKm());
    for (size_t i = 0; i < ahead_.points().size(); i += 8) grow(lo, hi, ahead_.points()[i]);
    for (size_t i = 0; i < preview_.size(); i += 8) grow(lo, hi, preview_[i]);
    // A hold point already held is behind the ship: the view closes in on what is left (the
    // last metres of a docking).
    std::vector<bool> held(level.zones.size(), false);
    for (size_t i = 0; i < level.goals.list.size(); ++i) {
        const Goal& g = level.goals.list[i];
        if (g.type == GoalType::Hold && sim_->goals()[i].done && g.index < int(held.size())) held[size_t(g.index)] = true;
    }
    // A landing site is a stretch of the ground, framed as the lander comes down over it.
    const bool landing = level.frame.kind == "local" && !level.ground.empty();
    for (size_t i = 0; i < level.zones.size(); ++i) {
        if (held[i] || landing) continue;
        const Zone& z = level.zones[i];
        grow(lo, hi, Vec2{z.x_km - z.radius_km, z.y_km - z.radius_km});
        grow(lo, hi, Vec2{z.x_km + z.radius_km, z.y_km + z.radius_km});
    }
    for (const Gate& g : level.gates) {
        grow(lo, hi, Vec2{g.x1_km, g.y1_km});
        grow(lo, hi, Vec2{g.x2_km, g.y2_km});
    }
    // A receiver to find (a locate goal): close on its planet, where the circles' arcs cross the
    // ground; the satellites at their centres are a zoom out away.
    const view::SignalsShown signals = view::signalsOf(level);
    if (signals.receiver >= 0) {
        const int a = level.stations[size_t(signals.receiver)].attractor;
        const double r = level.attractors[size_t(a)].radius_km * 3;
        grow(lo, hi, sim_->attractorPosKm(a) - Vec2{r, r});
        grow(lo, hi, sim_->attractorPosKm(a) + Vec2{r, r});
        return;
    }
    // Navigation satellites: their whole orbits, seen from above the pole (Chapter 4), as far
    // out as a radius knob may take one.
    for (const Satellite& s : level.satellites) {
        const Vec2 c = sim_->attractorPosKm(s.attractor);
        const double r = s.free == "radius_km" ? std::max(s.radius_km, s.free_max) : s.radius_km;
        grow(lo, hi, c - Vec2{r, r});
        grow(lo, hi, c + Vec2{r, r});
    }
}

view::CameraRig::Insets PlayScreen::cameraInsets() const {
    // The title chip at the top and the time bar at the bottom cover the middle of the
    // window's edges; the side panels sit in corners a round planet leaves empty.
    const float s = ui::scale();
    view::CameraRig::Insets in;
    // Extra room for the labels of the lowest and highest points, which sit outside the orbit.
    in.top = 70 * s + 26;
    in.bottom = 90 * s + 26;
    in.left = in.right = 20 * s + 30;
    // The launch and burn panels fill the lower left: keep the orbit beside them, not under.
    const bool panel = !replaying() && !sim_->over() &&
                       (sim_->awaitingLaunch() || (sim_->level().actions.burn && sim_->launched()));
    // Both sides alike: the picture stays centered under the title, between the two columns.
    if (panel) in.left = in.right = 385 * s;
    // A local frame is a strip (an approach to a port, a patch of ground), not a round planet
    // with empty corners: keep it clear of the telemetry and the goals on either side.
    if (sim_->level().frame.kind == "local") in.left = in.right = std::max(in.left, 350.0 * s);
    return in;
}

void PlayScreen::updateCamera(const platform::FrameInput& in) {
    Vec2 lo, hi;
    framingBox(lo, hi);
    rig_.setInsets(cameraInsets());
    rig_.follow(lo, hi, in.windowWidth, in.windowHeight, in.dt);
}

// [SECTION] drawing the world

void PlayScreen::drawWorld(const platform::FrameInput& in) {
    gfx::Renderer& r = game_.renderer();
    const view::Palette& pal = view::palette();
    const gfx::Camera2D& cam = rig_.cam;
    const double t = game_.time();
    const Level& level = sim_->level();
    const bool running = !paused() && !frozen_ && !menuOpen_;

    // The map's labels keep out of the panels (as they were last frame: drawn after the map),
    // off the ship (a relay parked on the point a zone names) and off the planned burn's marker.
    for (const PanelRect& p : panels_) ui::keepLabelsOut(p.box.x0, p.box.y0, p.box.x1, p.box.y1);
    {
        const Vec2 s = cam.worldToScreen(sim_->shipPosKm());
        const float half = float(16 * ui::scale());   // the drawn ship, its panels and plume
        ui::keepLabelsOut(float(s.x) - half, float(s.y) - half, float(s.x) + half, float(s.y) + half);
    }
    for (int i = 0; i < int(level.attractors.size()); ++i) {
        // A small moon's disc too (a station's name beside it): a big planet is the map itself.
        const double rpx = cam.worldToPixels(level.attractors[size_t(i)].radius_km);
        if (rpx > 40 * ui::scale()) continue;
        const Vec2 c = cam.worldToScreen(sim_->attractorPosKm(i));
        const float half = float(rpx + 4);
        ui::keepLabelsOut(float(c.x) - half, float(c.y) - half, float(c.x) + half, float(c.y) + half);
    }
    const BurnPlan& plan = flight_->plan();
    const Coast* node = plan.placed && sim_->launched() ? ahead_.stateAt(plan.tick) : nullptr;
    if (node) {
        const Vec2 m = cam.worldToScreen(seenFrom(*sim_, sim_->dominantAttractor(), sim_->coastPosKm(*node), node->tick));
        const float ring = 11;   // the marker's ring is 9 px (its glow may be covered)
        ui::keepLabelsOut(float(m.x) - ring, float(m.y) - ring, float(m.x) + ring, float(m.y) + ring);
    }
    r.useScreen();
    game_.starfield().draw(r, cam, t);
    world_.update(*sim_, cam, in.dt, running ? flight_->speed() : 0.0, t);
    // Before a sky level's start the satellites stand where the knobs put them.
    // A navigation level's circles grow out at light slowed to 12,000 km a second, so the eye
    // can follow them; its mark is where the knob stands.
    view::SignalsShown signals;
    if (sim_->awaitingStart()) {
        const Level asSet = flight_->skyAsSet();
        skyPreview_.emplace(asSet);
        signals = view::signalsOf(asSet);
    } else {
        skyPreview_.reset();
        signals = view::signalsOf(sim_->level());
    }
    signals.growKm = 12000 * (game_.time() - openedAt_);
    signals.reveal = sim_->over();
    world_.showSky(skyPreview_ ? &*skyPreview_ : nullptr);
    world_.showSignals(signals);
    const Constellation& sky = skyPreview_ ? *skyPreview_ : sim_->sky();
    if (mapShown()) {
        // The map view (Chapter 4): the world laid flat with the ground tracks, between the panels.
        const view::CameraRig::Insets edge = cameraInsets();
        const view::GroundMap map = view::groundMapIn(level, edge.left, edge.top, in.windowWidth - edge.right, in.windowHeight - edge.bottom);
        view::drawGroundMap(r, map, level, sky, sim_->elapsedRealSeconds(), t);
        view::drawGroundMapLabels(map, level, sky, sim_->elapsedRealSeconds(), game_.tr());
        return;
    }
    world_.drawWorld(r, cam, *sim_, t);

    r.useCamera(cam);
    if (sim_->launched() && !sim_->over()) {
        // Every 3rd tick is plenty of points for a smooth curve on screen.
        std::vector<Vec2> pts;
        const int d = sim_->dominantAttractor();
        // Only a moving moon needs the path seen from it; otherwise the kept path as it is, uncopied.
        const bool moving = d >= 0 && sim_->bodies().moves(d);
        const std::vector<Vec2> seen = moving ? aheadAsDrawn() : std::vector<Vec2>{};
        const std::vector<Vec2>& path = moving ? seen : ahead_.points();
        for (size_t i = 0; i < path.size(); i += 3) pts.push_back(path[i]);
        if (!path.empty()) pts.push_back(path.back());
        view::PathStyle ps;
        ps.color = gfx::withAlpha(pal.trajectory, previewValid_ ? 0.55f : 0.9f);
        view::drawPath(r, pts, ps, t);
        if (d >= 0 && marksApsides(level)) view::drawApsides(r, cam, game_.tr(), level.attractors[size_t(d)], sim_->attractorPosKm(d), sim_->elements(d), pal.trajectory);
    }
    if (corridorShown_.known && corridorShown_.found && sim_->launched() && !sim_->over()) {
        // The entry corridor on the ground: the stretch where the safe ways down from the burn
        // point land, from the steepest (soonest) to the shallowest (furthest on). Move the
        // burn until it covers the landing site, then pick a size in Forward's green.
        const int d = sim_->dominantAttractor();
        const EntryCorridor& ec = corridorShown_;
        if (d >= 0 && !ec.steepPath.points.empty() && !ec.shallowPath.points.empty()) {
            const Vec2 c = sim_->attractorPosKm(d);
            const Vec2 steep = relativeTo(*sim_, d, ec.steepPath).back() - c;
            const Vec2 shallow = relativeTo(*sim_, d, ec.shallowPath).back() - c;
            const Vec2 p = sim_->shipPosKm() - c, v = sim_->shipVelKms();
            const double turn = p.x * v.y - p.y * v.x >= 0 ? 1 : -1;   // the way the ship goes round
            const double from = std::atan2(steep.y, steep.x);
            double sweep = (std::atan2(shallow.y, shallow.x) - from) * turn;
            sweep = std::fmod(std::fmod(sweep, 2 * kPi) + 2 * kPi, 2 * kPi);
            const double radius = level.attractors[size_t(d)].radius_km + cam.pixelsToWorld(4);
            const gfx::Color green = gfx::withAlpha(pal.success, 0.9f);
            r.useCamera(cam);
            r.arc(c, radius, from, from + sweep * turn, 6.0f, green);
            for (const Vec2 end : {steep, shallow}) r.circle(c + end * (radius / std::max(1e-9, length(end))), cam.pixelsToWorld(5), green);
            const double mid = from + sweep * turn / 2;
            ui::LabelStyle ls;
            ls.color = pal.success;
            ls.makeWay = true;
            ls.background = gfx::withAlpha(pal.panel, 0.7f);
            const Vec2 out{std::cos(mid), std::sin(mid)};
            ui::label(cam.worldToScreen(c + out * radius) - Vec2{out.x, -out.y} * (26.0 * ui::scale()), game_.tr()("burn.corridor_map"), ls);
        }
    }
    if (!preview_.empty() && sim_->launched()) {
        view::PathStyle ps;
        ps.color = pal.accent;
        ps.width = 2.5f;
        ps.endAlpha = 0.25f;
        ps.dash = 10.0f;
        r.useCamera(cam);
        view::drawPath(r, preview_, ps, t);
        if (previewValid_ && previewAttractor_ >= 0 && marksApsides(level))
            view::drawApsides(r, cam, game_.tr(), level.attractors[size_t(previewAttractor_)], sim_->attractorPosKm(previewAttractor_),
                              previewOrbit_, pal.accentHot);
    }
    if (node) {   // the planned burn's marker, on the path where it will fire
        const Vec2 at = seenFrom(*sim_, sim_->dominantAttractor(), sim_->coastPosKm(*node), node->tick);
        r.useCamera(cam);
        const float pulse = plan.armed ? float(0.6 + 0.4 * std::sin(t * 6)) : 1.0f;
        r.softCircle(at, cam.pixelsToWorld(16), 10.0f, gfx::withAlpha(pal.accent, 0.45f * pulse), true);
        r.ring(at, cam.pixelsToWorld(9), 3.0f, gfx::withAlpha(plan.armed ? pal.accentHot : pal.accent, pulse));
        r.circle(at, cam.pixelsToWorld(3.5), pal.accentHot);
    }
    if (closest_.found) {
        // Where the path meets the craft to catch: the ship then, the craft then (a ghost), a
        // line between, and how far and how fast, so a student can tune the plan to it.
        const int d = previewValid_ ? previewAttractor_ : sim_->dominantAttractor();
        const Vec2 ship = seenFrom(*sim_, d, closest_.shipKm, closest_.tick);
        const Vec2 other = seenFrom(*sim_, d, closest_.targetKm, closest_.tick);
        const gfx::Color c = closest_.meets ? pal.success : pal.accentHot;
        r.useCamera(cam);
        r.line(ship, other, 1.5f, gfx::withAlpha(c, 0.8f));
        r.ring(other, cam.pixelsToWorld(8), 2.0f, gfx::withAlpha(c, 0.9f));
        r.circle(ship, cam.pixelsToWorld(3), c);
        ui::LabelStyle ls;
        ls.color = c;
        ls.makeWay = true;
        ls.background = gfx::withAlpha(pal.panel, 0.7f);
        const Strings& tr = game_.tr();
        std::string text = numberText(tr, "km", closest_.rangeKm);
        if (closest_.rangeKm < kMeetNearKm) text += " · " + numberText(tr, "m_s", closest_.relSpeedKms * 1000);

        ui::label(cam.worldToScreen(other) + Vec2{0, 22.0 * ui::scale()}, text.c_str(), ls);
    }
    if (bodyPass_.found && !sim_->over()) {
        // The moon where it will be when the path passes it (a ghost), the path's point then,
        // and how far and when: aim at where it will be, not where it is.
        const gfx::Color c = bodyPass_.heightKm <= meetBodyKm_ ? pal.success : pal.accentHot;
        const double radius = std::max(level.attractors[size_t(meetBody_)].radius_km, cam.pixelsToWorld(10));
        r.useCamera(cam);
        r.ring(bodyPass_.bodyKm, radius, 2.0f, gfx::withAlpha(c, 0.85f));
        r.line(bodyPass_.shipKm, bodyPass_.bodyKm, 1.5f, gfx::withAlpha(c, 0.6f));
        r.circle(bodyPass_.shipKm, cam.pixelsToWorld(3), c);
        ui::LabelStyle ls;
        ls.color = c;
        ls.makeWay = true;
        ls.background = gfx::withAlpha(pal.panel, 0.7f);
        const Strings& tr = game_.tr();
        const double minutes = sim_->scale().ticksToRealSeconds(double(bodyPass_.tick - sim_->tick())) / 60;
        const std::string text = tr.format("burn.body_then", {level.attractors[size_t(meetBody_)].name.get(game_.lang()), durationText(tr, minutes)});
        ui::label(cam.worldToScreen(bodyPass_.bodyKm) + Vec2{0, cam.worldToPixels(radius) + 14.0 * ui::scale()}, text.c_str(), ls);
    }
    world_.drawRadio(r, cam, *sim_, t);
    world_.drawShip(r, cam, *sim_, t, level.actions.pilot && sim_->launched());
    if (!preview_.empty() && !sim_->launched()) {
        // The aim line goes over the ship: at low speeds it is short, and it is the whole point.
        view::PathStyle ps;
        ps.color = pal.accentHot;
        ps.width = 4.0f;
        ps.endAlpha = 0.1f;
        ps.dash = 8.0f;
        ps.gap = 6.0f;
        r.useCamera(cam);
        view::drawPath(r, preview_, ps, t);
        if (previewValid_ && previewAttractor_ >= 0 && marksApsides(level) && previewOrbit_.periapsis > level.attractors[size_t(previewAttractor_)].radius_km)
            view::drawApsides(r, cam, game_.tr(), level.attractors[size_t(previewAttractor_)], sim_->attractorPosKm(previewAttractor_),
                              previewOrbit_, pal.accentHot);
    }
    if (vectors_) world_.drawVectors(r, cam, *sim_, game_.tr());
    world_.drawLabels(cam, *sim_, game_.tr());
    r.useScreen();
}

} // namespace sp
