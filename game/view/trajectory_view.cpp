#include "game/view/trajectory_view.h"

#include "engine/ui/labels.h"
#include "game/text/format.h"
#include "game/text/strings.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

void drawPath(gfx::Renderer& r, const std::vector<Vec2>& pts, const PathStyle& style, double time) {
    if (pts.size() < 2) return;
    // Cumulative length on screen, so the dash pattern continues across the fading pieces.
    const double scale = r.scale();
    std::vector<double> along(pts.size(), 0.0);
    for (size_t i = 1; i < pts.size(); ++i) along[i] = along[i - 1] + length(pts[i] - pts[i - 1]) * scale;
    const int pieces = std::clamp(int(pts.size() / 6), 1, 12);
    const double flow = -time * style.flowPxPerSecond;
    for (int k = 0; k < pieces; ++k) {
        const size_t a = pts.size() * size_t(k) / size_t(pieces);
        const size_t b = std::min(pts.size() - 1, pts.size() * size_t(k + 1) / size_t(pieces));
        if (b <= a) continue;
        const float t = pieces > 1 ? float(k) / float(pieces - 1) : 0.0f;
        gfx::LineStyle ls;
        ls.dash = style.dash;
        ls.gap = style.gap;
        ls.dashOffset = float(std::fmod(along[a] + flow, double(style.dash + style.gap)));
        ls.roundJoins = true;
        const float alpha = style.color.a * (1.0f + (style.endAlpha - 1.0f) * t);
        r.polyline(&pts[a], int(b - a + 1), style.width, gfx::withAlpha(style.color, alpha), ls);
    }
}

void drawApsides(gfx::Renderer& r, const gfx::Camera2D& cam, const Strings& tr, const Attractor& a, Vec2 c,
                 const orbit::Elements& el, gfx::Color color) {
    if (el.e < 0.01 || !std::isfinite(el.periapsis)) return;
    const Vec2 dir = fromAngle(el.argPeriapsis);
    struct Marker {
        Vec2 pos;
        double altitude;
        const char* key;
    };
    Marker marks[2];
    int n = 0;
    if (el.periapsis > a.radius_km) marks[n++] = {c + dir * el.periapsis, el.periapsis - a.radius_km, "map.periapsis"};
    if (el.bound && std::isfinite(el.apoapsis)) marks[n++] = {c - dir * el.apoapsis, el.apoapsis - a.radius_km, "map.apoapsis"};
    // The markers first: no label (of this orbit or another) may cover one.
    for (int i = 0; i < n; ++i) {
        r.useCamera(cam);
        r.circle(marks[i].pos, cam.pixelsToWorld(4.5), color);
        r.ring(marks[i].pos, cam.pixelsToWorld(9), 1.5f, gfx::withAlpha(color, 0.6f));
        const Vec2 m = cam.worldToScreen(marks[i].pos);
        ui::keepLabelsOut(float(m.x - 10), float(m.y - 10), float(m.x + 10), float(m.y + 10));
    }
    for (int i = 0; i < n; ++i) {
        // The label sits outside the orbit, away from the planet, so it never covers the path:
        // beside the marker when the marker is on the left or right, above or below otherwise.
        const Vec2 out = normalized(marks[i].pos - c);
        ui::LabelStyle ls;
        Vec2 screen = cam.worldToScreen(marks[i].pos);
        if (out.x > 0.6) {
            ls.align = ui::Align::Left;
            screen += Vec2{16, 0};
        } else if (out.x < -0.6) {
            ls.align = ui::Align::Right;
            screen += Vec2{-16, 0};
        } else {
            screen += Vec2{out.x, -out.y} * 26.0;
        }
        ls.color = color;
        ls.background = gfx::withAlpha(view::palette().spaceDeep, 0.72f);
        ls.scale = 0.85f;
        ls.makeWay = true;   // a planned orbit's labels land near the current one's
        ui::label(screen, tr.format(marks[i].key, {kmText(tr, marks[i].altitude)}).c_str(), ls);
    }
}

} // namespace sp::view
