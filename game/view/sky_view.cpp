#include "game/view/sky_view.h"

#include "engine/ui/labels.h"
#include "engine/ui/ui.h"
#include "game/sim/message.h"
#include "game/sim/nav_signals.h"
#include "game/text/format.h"
#include "game/text/strings.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sp::view {

namespace {

using gfx::flipY;

constexpr int kRingPoints = 120;
constexpr int kTailPoints = 28;

// How much of its orbit a tail shows: a tenth of a turn, so a GEO satellite's is 2.4 h long
// among the stars (it stands still over the turning Earth) and a MEO satellite's 1.3 h.
double tailSeconds(const SkyCircle& c) { return c.periodS / 10; }

// The body satellite i circles, where it is: the satellite's place less its offset from it.
Vec2 bodyAt(const Constellation& sky, int i, double seconds) { return sky.planeKm(i, seconds) - planeOf(sky.relativeKm(i, seconds)); }

bool behind(const Level& level, int attractor, Vec3 rel) {
    const double r = level.attractors[size_t(attractor)].radius_km;
    return rel.z < 0 && rel.x * rel.x + rel.y * rel.y < r * r;
}

// A satellite as a small body with two solar wings square to the line from its planet.
void drawSatellite(gfx::Renderer& r, const gfx::Camera2D& cam, Vec2 posKm, Vec2 outward, gfx::Color c, bool hidden) {
    const double k = 6 * ui::scale();
    const Vec2 p = cam.worldToScreen(posKm);
    const Vec2 out = flipY(outward);
    const Vec2 side = perpLeft(out);
    const float a = hidden ? 0.35f : 1.0f;
    r.useScreen();
    if (!hidden) r.softCircle(p, k * 2.4, float(k * 1.6), gfx::withAlpha(c, 0.35f), true);
    r.line(p - side * (k * 1.9), p - side * (k * 0.7), float(2.6 * ui::scale()), gfx::withAlpha(gfx::rgb(0x8fb8ff), a));
    r.line(p + side * (k * 0.7), p + side * (k * 1.9), float(2.6 * ui::scale()), gfx::withAlpha(gfx::rgb(0x8fb8ff), a));
    r.circle(p, k * 0.75, gfx::withAlpha(c, a));
    r.useCamera(cam);
}

void drawSite(gfx::Renderer& r, const gfx::Camera2D& cam, Vec2 posKm, bool hidden, bool seesSome) {
    const view::Palette& pal = view::palette();
    const double k = 5 * ui::scale();
    const Vec2 p = cam.worldToScreen(posKm);
    const gfx::Color c = seesSome ? pal.success : pal.text;
    const float a = hidden ? 0.4f : 1.0f;
    r.useScreen();
    r.circle(p, k * 1.6, gfx::withAlpha(pal.spaceDeep, 0.7f * a));
    r.ring(p, k * 1.6, float(2 * ui::scale()), gfx::withAlpha(c, a));
    r.circle(p, k * 0.6, gfx::withAlpha(c, a));
    r.useCamera(cam);
}

} // namespace

gfx::Color satelliteColor(const std::string& look) {
    if (look == "geo") return gfx::rgb(0xffcf70);    // warm: stands still over one place
    if (look == "igso") return gfx::rgb(0xe39bff);   // violet: the figure eight
    return gfx::rgb(0x7fd8ff);                       // meo: the worldwide ones
}

bool hiddenFromPole(const Level& level, const Constellation& sky, int i, double seconds) {
    return behind(level, sky.circle(i).attractor, sky.relativeKm(i, seconds));
}

void drawSky(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, double time,
             int hideSite) {
    r.useCamera(cam);
    const float px = float(ui::scale());
    // The orbits, faint: dashed where the body hides them from above.
    for (int i = 0; i < sky.count(); ++i) {
        const SkyCircle& c = sky.circle(i);
        if (!(c.periodS > 0)) continue;
        const gfx::Color col = satelliteColor(level.satellites[size_t(i)].look);
        const Vec2 centre = bodyAt(sky, i, seconds);
        std::vector<Vec2> ring;
        ring.reserve(kRingPoints);
        for (int k = 0; k < kRingPoints; ++k) ring.push_back(centre + planeOf(sky.relativeKm(i, seconds + c.periodS * k / kRingPoints)));
        gfx::LineStyle closed;
        closed.closed = true;
        r.polyline(ring, 1.2f * px, gfx::withAlpha(col, 0.22f), closed);
    }
    // Lines of sight, under the satellites: from each site to every satellite it sees, the
    // dashes running down from the satellite as its signal does.
    for (int s = 0; s < sky.stationCount(); ++s) {
        if (s == hideSite) continue;
        const Vec2 site = cam.worldToScreen(sky.sitePlaneKm(s, seconds));
        for (int i : sky.inView(s, seconds)) {
            if (!sky.circle(i).used) continue;   // switched off: no one listens to it
            const Vec2 sat = cam.worldToScreen(sky.planeKm(i, seconds));
            gfx::LineStyle ls;
            ls.dash = 5 * px;
            ls.gap = 6 * px;
            ls.dashOffset = float(-time * 30);
            r.useScreen();
            r.polyline(std::vector<Vec2>{sat, site}, 1.6f * px, gfx::withAlpha(satelliteColor(level.satellites[size_t(i)].look), 0.55f), ls);
            r.useCamera(cam);
        }
    }
    // Tails: where each satellite has just been, fading out behind it.
    for (int i = 0; i < sky.count(); ++i) {
        const SkyCircle& c = sky.circle(i);
        if (!(c.periodS > 0)) continue;
        const gfx::Color col = satelliteColor(level.satellites[size_t(i)].look);
        const Vec2 centre = bodyAt(sky, i, seconds);
        const double span = tailSeconds(c);
        Vec2 prev = centre + planeOf(sky.relativeKm(i, seconds - span));
        for (int k = 1; k <= kTailPoints; ++k) {
            const double t = seconds - span + span * k / kTailPoints;
            const Vec3 rel = sky.relativeKm(i, t);
            const Vec2 at = centre + planeOf(rel);
            const float fade = float(k) / kTailPoints;
            const float a = fade * fade * (behind(level, c.attractor, rel) ? 0.25f : 0.8f);
            r.line(prev, at, (1.0f + 2.0f * fade) * px, gfx::withAlpha(col, a));
            prev = at;
        }
    }
    for (int s = 0; s < sky.stationCount(); ++s) {
        if (s == hideSite) continue;
        const Vec3 rel = sky.siteRelativeKm(s, seconds);
        drawSite(r, cam, sky.sitePlaneKm(s, seconds), rel.z < 0, sky.countInView(s, seconds) > 0);
    }
    for (int i = 0; i < sky.count(); ++i) {
        const Vec3 rel = sky.relativeKm(i, seconds);
        const Vec2 flat = planeOf(rel);
        const Vec2 out = length(flat) > 0 ? normalized(flat) : Vec2{1, 0};
        drawSatellite(r, cam, sky.planeKm(i, seconds), out, satelliteColor(level.satellites[size_t(i)].look),
                      behind(level, sky.circle(i).attractor, rel) || !sky.circle(i).used);
    }
}

void drawSkyLabels(const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, const Strings& tr,
                   int hideSite) {
    const std::string& lang = tr.language();
    const view::Palette& pal = view::palette();
    ui::LabelStyle ls;
    ls.scale = 0.75f;
    ls.makeWay = true;
    const double s = ui::scale();
    for (int i = 0; i < sky.count(); ++i) {
        const Satellite& sat = level.satellites[size_t(i)];
        if (sat.name.empty()) continue;
        ls.color = gfx::withAlpha(satelliteColor(sat.look), hiddenFromPole(level, sky, i, seconds) ? 0.5f : 1.0f);
        ui::label(cam.worldToScreen(sky.planeKm(i, seconds)) + Vec2{0, -18 * s}, sat.name.get(lang).c_str(), ls);
    }
    for (int st = 0; st < sky.stationCount(); ++st) {
        const Station& site = sky.station(st);
        if (site.name.empty() || st == hideSite) continue;
        const Vec2 at = cam.worldToScreen(sky.sitePlaneKm(st, seconds));
        const int seen = sky.countInView(st, seconds);
        // Its name and how many satellites it sees now; its coordinates too when the globe is
        // big enough for them to sit beside it rather than over its neighbours.
        ls.color = seen > 0 ? pal.success : pal.text;
        ls.scale = 0.8f;
        const std::string name = tr.format("map.sees_sats", {site.name.get(lang), std::to_string(seen)});
        ui::label(at + Vec2{0, 18 * s}, name.c_str(), ls);
        if (cam.worldToPixels(level.attractors[size_t(site.attractor)].radius_km) < 160) continue;
        ls.scale = 0.65f;
        ls.color = pal.textDim;
        ui::label(at + Vec2{0, 34 * s}, siteCoordinates(tr, site.latitude_deg, site.longitude_deg).c_str(), ls);
    }
}

// [SECTION] the fix: a receiver that fixes itself (goal fix)

FixShown fixOf(const Level& level, const Constellation& sky, double seconds) {
    FixShown shown;
    for (const Goal& g : level.goals.list) {
        const bool fixes = g.type == GoalType::Fix || g.type == GoalType::Message;   // a message goal's sender fixes itself too
        if (!fixes || g.index < 0 || g.index >= sky.stationCount()) continue;
        shown.receiver = g.index;
        shown.channels = int(g.count);
        shown.needM = g.error_m;
        shown.rangeErrorM = g.range_error_m;
        shown.fix = fixAt(sky, g.index, seconds, g.range_error_m / 1000, &shown.heard);
        if (g.type == GoalType::Message) shown.heard = switchedOn(sky), shown.to = g.to;
        break;
    }
    return shown;
}

void drawFix(gfx::Renderer& r, const gfx::Camera2D& cam, const FixShown& shown, const Constellation& sky, double seconds) {
    if (shown.receiver < 0 || !shown.fix.ok || shown.fix.degenerate) return;
    const view::Palette& pal = view::palette();
    const double s = ui::scale();
    const Vec2 at = cam.worldToScreen(sky.sitePlaneKm(shown.receiver, seconds));
    // Metres long, so drawn kFixPxPerM a metre round the receiver; the screen's y is down.
    const nav::Ellipse& e = shown.fix.error;
    const double a = e.majorKm * 1000 * kFixPxPerM * s, b = std::max(e.minorKm * 1000 * kFixPxPerM * s, 1.5 * s);
    const bool sharp = e.majorKm * 1000 <= shown.needM;
    const gfx::Color col = sharp ? pal.success : pal.danger;
    std::vector<Vec2> pts;
    for (int k = 0; k < 48; ++k) {
        const double u = 2 * kPi * k / 48, x = a * std::cos(u), y = b * std::sin(u);
        pts.push_back(at + Vec2{x * std::cos(e.angleRad) - y * std::sin(e.angleRad), -(x * std::sin(e.angleRad) + y * std::cos(e.angleRad))});
    }
    r.useScreen();
    r.convexPolygon(pts.data(), int(pts.size()), gfx::withAlpha(col, 0.25f));
    pts.push_back(pts.front());
    r.polyline(pts, 2.0f * float(s), gfx::withAlpha(col, 0.9f));
    r.useCamera(cam);
}

// A message goal's way through: from the sender up to the relay and down to the centre, a
// travelling dashed line while a switched-on satellite that carries messages is in view of both.
void drawMessagePath(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds, double time) {
    for (const Goal& g : level.goals.list) {
        if (g.type != GoalType::Message) continue;
        const int relay = relayFor(sky, g.index, g.to, seconds);
        if (relay < 0) continue;
        gfx::LineStyle ls;
        ls.dash = 8, ls.gap = 6, ls.dashOffset = float(time * 30);
        r.useScreen();
        const std::vector<Vec2> path = {cam.worldToScreen(sky.sitePlaneKm(g.index, seconds)), cam.worldToScreen(sky.planeKm(relay, seconds)),
                                        cam.worldToScreen(sky.sitePlaneKm(g.to, seconds))};
        r.polyline(path, 2.5f * float(ui::scale()), gfx::withAlpha(palette().accentHot, 0.9f), ls);
        r.useCamera(cam);
    }
}

// [SECTION] circles: a navigation level's signals

SignalsShown signalsOf(const Level& level) {
    SignalsShown shown;
    for (const Goal& g : level.goals.list) {
        if (g.type != GoalType::Locate || g.index < 0 || size_t(g.index) >= level.stations.size()) continue;
        shown.receiver = g.index;
        shown.markLonDeg = g.longitude_deg;
        shown.clockTakenOffUs = g.clock_us;
        break;
    }
    return shown;
}

void drawSignals(gfx::Renderer& r, const gfx::Camera2D& cam, const Level& level, const Constellation& sky, double seconds,
                 const SignalsShown& shown) {
    if (shown.receiver < 0 || shown.receiver >= sky.stationCount()) return;
    const float px = float(ui::scale());
    r.useScreen();
    for (const SkySignal& s : signalsAt(sky, shown.receiver, seconds, shown.clockTakenOffUs * 1e-6)) {
        const gfx::Color col = satelliteColor(level.satellites[size_t(s.satellite)].look);
        const Vec2 c = cam.worldToScreen(s.satPlaneKm);
        const double radius = cam.worldToPixels(std::min(s.rangeKm, shown.growKm));
        const bool arrived = shown.growKm >= s.rangeKm;
        r.circle(c, radius, gfx::withAlpha(col, 0.07f));
        r.ring(c, radius, (arrived ? 2.0f : 1.4f) * px, gfx::withAlpha(col, arrived ? 0.85f : 0.5f));
    }
    const view::Palette& pal = view::palette();
    // The mark: a pin on the ground where the student thinks the receiver is.
    const Vec2 m = cam.worldToScreen(sky.pointPlaneKm(shown.receiver, shown.markLonDeg, seconds));
    const double k = 7 * ui::scale();
    r.line(m - Vec2{k, k}, m + Vec2{k, k}, 2.4f * px, pal.accentHot);
    r.line(m - Vec2{k, -k}, m + Vec2{k, -k}, 2.4f * px, pal.accentHot);
    r.ring(m, k * 1.3, 1.6f * px, gfx::withAlpha(pal.accentHot, 0.8f));
    if (shown.reveal) drawSite(r, cam, sky.sitePlaneKm(shown.receiver, seconds), false, true);
    r.useCamera(cam);
}

void drawSignalLabels(const gfx::Camera2D& cam, const Constellation& sky, double seconds, const SignalsShown& shown, const Strings& tr) {
    if (shown.receiver < 0 || shown.receiver >= sky.stationCount()) return;
    ui::LabelStyle ls;
    ls.scale = 0.8f;
    ls.makeWay = true;
    const double s = ui::scale();
    ls.color = view::palette().accentHot;
    ui::label(cam.worldToScreen(sky.pointPlaneKm(shown.receiver, shown.markLonDeg, seconds)) + Vec2{0, -22 * s}, tr("sky.mark"), ls);
    if (!shown.reveal) return;
    const Station& site = sky.station(shown.receiver);
    ls.color = view::palette().success;
    ui::label(cam.worldToScreen(sky.sitePlaneKm(shown.receiver, seconds)) + Vec2{0, 20 * s}, site.name.get(tr.language()).c_str(), ls);
}

} // namespace sp::view
