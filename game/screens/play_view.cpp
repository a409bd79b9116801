// The play screen's picture: predicted paths (the ship's, the planned burn's, the launch
// aim), the camera that frames them, and the world drawn in order from the stars up.
#include "engine/ui/labels.h"
#include "engine/ui/theme.h"
#include "engine/ui/ui.h"
#include "game/screens/game.h"
#include "game/screens/play.h"
#include "game/sim/units.h"
#include "game/view/trajectory_view.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {
constexpr int kMaxPredictTicks = 12000;   // ~7 real hours of flight: more than any chapter 1 orbit

// Ticks for one lap of the orbit `el` (or a default for paths that are not orbits).
int lapTicks(const orbit::Elements& el) {
    if (!el.bound || !std::isfinite(el.period)) return 3000;
    return std::clamp(int(el.period / units::kRealSecondsPerTick) + 2, 200, kMaxPredictTicks);
}

void grow(Vec2& lo, Vec2& hi, Vec2 p) {
    lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
    hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
}
} // namespace

// [SECTION] predictions and camera

void PlayScreen::predict() {
    const Level& level = sim_->level();
    preview_.clear();
    previewValid_ = false;
    if (!sim_->launched()) {
        path_.clear();
        if (!level.actions.launch) return;
        // The aim: the whole orbit this launch would fly (or how it falls or leaves), with its
        // lowest and highest points, as a planned burn shows its new orbit.
        const Vec2 v = sim_->launchVelocityKms(flight_->aimSpeedKms(), flight_->aimAngleDeg());
        const int d = sim_->dominantAttractor();
        const Attractor& a = level.attractors[d];
        previewAttractor_ = d;
        previewOrbit_ = orbit::fromState(sim_->shipPosKm() - Vec2{a.x_km, a.y_km}, v, a.mu_km3_s2);
        preview_ = sim_->predict(sim_->shipPosKm(), v, lapTicks(previewOrbit_), 2);
        previewValid_ = true;
        return;
    }
    path_ = sim_->predictShip(lapTicks(sim_->elements(sim_->dominantAttractor())), 1);

    // The plan's preview: where the burn is (or here, for "burn now") and the orbit after it.
    const BurnPlan& plan = flight_->plan();
    if (!flight_->canPlan() || !(plan.cost() > 0)) return;
    view::NodeState at;
    if (plan.placed) at = view::nodeState(*sim_, path_, sim_->tick(), plan.tick);
    else at = {true, sim_->shipPosKm(), sim_->shipVelKms()};
    if (!at.valid) return;
    const Vec2 dv = sim_->burnVectorKms(at.pos, at.vel, plan.prograde, plan.radial);
    previewOrbit_ = view::orbitAfter(*sim_, at, dv, &previewAttractor_);
    preview_ = sim_->predict(at.pos, at.vel + dv, lapTicks(previewOrbit_), 3);
    previewValid_ = true;
}

void PlayScreen::framingBox(Vec2& lo, Vec2& hi) const {
    // The planet the ship is near, the ship, where it is going (and the plan), and the places
    // the goals name: everything the player must see to decide.
    const Level& level = sim_->level();
    const Attractor& a = level.attractors[sim_->dominantAttractor()];
    const double r = a.radius_km * 1.08 + a.atmosphere_km;
    lo = Vec2{a.x_km, a.y_km} - Vec2{r, r};
    hi = Vec2{a.x_km, a.y_km} + Vec2{r, r};
    grow(lo, hi, sim_->shipPosKm());
    for (size_t i = 0; i < path_.size(); i += 8) grow(lo, hi, path_[i]);
    for (size_t i = 0; i < preview_.size(); i += 8) grow(lo, hi, preview_[i]);
    for (const Zone& z : level.zones) {
        grow(lo, hi, Vec2{z.x_km - z.radius_km, z.y_km - z.radius_km});
        grow(lo, hi, Vec2{z.x_km + z.radius_km, z.y_km + z.radius_km});
    }
    for (const Gate& g : level.gates) {
        grow(lo, hi, Vec2{g.x1_km, g.y1_km});
        grow(lo, hi, Vec2{g.x2_km, g.y2_km});
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
    const ui::Palette& pal = ui::palette();
    const gfx::Camera2D& cam = rig_.cam;
    const double t = game_.time();
    const Level& level = sim_->level();
    const bool running = !paused() && !frozen_ && !menuOpen_;

    // The map's labels keep out of the panels (as they were last frame: drawn after the map)
    // and off the planned burn's marker.
    for (const PanelRect& p : panels_) ui::keepLabelsOut(p.box.x0, p.box.y0, p.box.x1, p.box.y1);
    const BurnPlan& plan = flight_->plan();
    const view::NodeState node = plan.placed && sim_->launched() ? view::nodeState(*sim_, path_, sim_->tick(), plan.tick) : view::NodeState{};
    if (node.valid) {
        const Vec2 m = cam.worldToScreen(node.pos);
        const float ring = 11;   // the marker's ring is 9 px (its glow may be covered)
        ui::keepLabelsOut(float(m.x) - ring, float(m.y) - ring, float(m.x) + ring, float(m.y) + ring);
    }
    r.useScreen();
    game_.starfield().draw(r, cam, t);
    world_.update(*sim_, cam, in.dt, running ? flight_->speed() : 0.0, t);
    world_.drawWorld(r, cam, *sim_, t);

    r.useCamera(cam);
    if (sim_->launched() && !sim_->over()) {
        // Every 3rd tick is plenty of points for a smooth curve on screen.
        std::vector<Vec2> pts;
        for (size_t i = 0; i < path_.size(); i += 3) pts.push_back(path_[i]);
        if (!path_.empty()) pts.push_back(path_.back());
        view::PathStyle ps;
        ps.color = gfx::withAlpha(pal.trajectory, previewValid_ ? 0.55f : 0.9f);
        view::drawPath(r, pts, ps, t);
        const int d = sim_->dominantAttractor();
        view::drawApsides(r, cam, game_.tr(), level.attractors[d], sim_->elements(d), pal.trajectory);
    }
    if (!preview_.empty() && sim_->launched()) {
        view::PathStyle ps;
        ps.color = pal.accent;
        ps.width = 2.5f;
        ps.endAlpha = 0.25f;
        ps.dash = 10.0f;
        r.useCamera(cam);
        view::drawPath(r, preview_, ps, t);
        if (previewValid_) view::drawApsides(r, cam, game_.tr(), level.attractors[previewAttractor_], previewOrbit_, pal.accentHot);
    }
    if (node.valid) {
        r.useCamera(cam);
        const float pulse = plan.armed ? float(0.6 + 0.4 * std::sin(t * 6)) : 1.0f;
        r.softCircle(node.pos, cam.pixelsToWorld(16), 10.0f, gfx::withAlpha(pal.accent, 0.45f * pulse), true);
        r.ring(node.pos, cam.pixelsToWorld(9), 3.0f, gfx::withAlpha(plan.armed ? pal.accentHot : pal.accent, pulse));
        r.circle(node.pos, cam.pixelsToWorld(3.5), pal.accentHot);
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
        if (previewValid_ && previewOrbit_.periapsis > level.attractors[previewAttractor_].radius_km)
            view::drawApsides(r, cam, game_.tr(), level.attractors[previewAttractor_], previewOrbit_, pal.accentHot);
    }
    if (vectors_) world_.drawVectors(r, cam, *sim_, game_.tr());
    world_.drawLabels(cam, *sim_, game_.lang());
    r.useScreen();
}

} // namespace sp
