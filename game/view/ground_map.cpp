#include "game/view/ground_map.h"

#include "engine/ui/labels.h"
#include "engine/ui/ui.h"
#include "game/text/format.h"
#include "game/text/strings.h"
#include "game/view/planet_look.h"
#include "game/view/sky_view.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sp::view {

namespace {

constexpr double kTrackSpanS = 12 * 3600;   // half a day behind and half a day ahead
constexpr double kTrackStepS = 300;         // a point every 5 minutes

double wrap180(double deg) { return std::remainder(deg, 360.0); }

int mappedBody(const Level& level) {
    if (!level.satellites.empty()) return level.satellites[0].attractor;
    return 0;
}

// True where a track leaves one side of the map for the other between two points.
bool wraps(const GroundMap& map, Vec2 a, Vec2 b) { return std::fabs(b.x - a.x) > (map.hi.x - map.lo.x) / 2; }

} // namespace

Vec2 GroundMap::at(LatLon p) const {
    const double w = hi.x - lo.x, h = hi.y - lo.y;
    return {lo.x + (wrap180(p.lonDeg - centreLonDeg) + 180) / 360 * w, lo.y + (90 - p.latDeg) / 180 * h};
}

GroundMap groundMapIn(const Level& level, double x0, double y0, double x1, double y1) {
    GroundMap m;
    m.attractor = mappedBody(level);
    const double w = std::max(1.0, std::min(x1 - x0, 2 * (y1 - y0)));
    const Vec2 mid{(x0 + x1) / 2, (y0 + y1) / 2};
    m.lo = mid - Vec2{w / 2, w / 4};
    m.hi = mid + Vec2{w / 2, w / 4};
    // The mean direction of the sites, so that sites either side of 180 degrees average right.
    double sx = 0, sy = 0;
    for (const Station& s : level.stations) {
        if (s.attractor != m.attractor) continue;
        sx += std::cos(s.longitude_deg * kPi / 180);
        sy += std::sin(s.longitude_deg * kPi / 180);
    }
    if (sx != 0 || sy != 0) m.centreLonDeg = std::atan2(sy, sx) * 180 / kPi;
    return m;
}

void drawGroundMap(gfx::Renderer& r, const GroundMap& map, const Level& level, const Constellation& sky, double seconds, double time) {
    const view::Palette& pal = view::palette();
    const float px = float(ui::scale());
    r.useScreen();
    r.rect(map.lo - Vec2{3, 3}, map.hi + Vec2{3, 3}, gfx::withAlpha(pal.spaceDeep, 0.9f));
    if (size_t(map.attractor) < level.attractors.size()) {
        const int surface = surfaceMapOf(r, level.attractors[size_t(map.attractor)]);
        if (surface >= 0) r.flatMap(map.lo, map.hi, surface, map.centreLonDeg, 0.8f);
        else r.rect(map.lo, map.hi, planetLook(level.attractors[size_t(map.attractor)], 0).surface);
    }
    // The grid: every 30 degrees, the equator brighter.
    for (int lat = -60; lat <= 60; lat += 30) {
        const double y = map.at({double(lat), 0}).y;
        r.line({map.lo.x, y}, {map.hi.x, y}, lat == 0 ? 1.5f : 1.0f, gfx::withAlpha(pal.text, lat == 0 ? 0.35f : 0.15f));
    }
    for (int lon = -180; lon < 180; lon += 30) {
        const double x = map.at({0, double(lon)}).x;
        r.line({x, map.lo.y}, {x, map.hi.y}, 1.0f, gfx::withAlpha(pal.text, lon == 0 ? 0.3f : 0.15f));
    }
    // Ground tracks: half a day flown, fading with age, and half a day to come, dashed.
    const int steps = int(kTrackSpanS / kTrackStepS);
    for (int i = 0; i < sky.count(); ++i) {
        if (sky.circle(i).attractor != map.attractor) continue;
        const gfx::Color c = satelliteColor(level.satellites[size_t(i)].look);
        std::vector<Vec2> past, ahead;
        for (int k = -steps; k <= 0; ++k) past.push_back(map.at(sky.groundPoint(i, seconds + k * kTrackStepS)));
        for (int k = 0; k <= steps; ++k) ahead.push_back(map.at(sky.groundPoint(i, seconds + k * kTrackStepS)));
        for (size_t k = 1; k < past.size(); ++k) {   // fading with age, a segment at a time
            if (wraps(map, past[k - 1], past[k])) continue;
            const float f = float(k) / float(past.size() - 1);
            r.line(past[k - 1], past[k], 2.2f * px, gfx::withAlpha(c, 0.1f + 0.8f * f * f));
        }
        gfx::LineStyle dashed;
        dashed.dash = 4 * px;
        dashed.gap = 5 * px;
        dashed.dashOffset = float(-time * 12);
        for (size_t k = 0; k < ahead.size();) {   // dashed, in runs between the map's edges
            size_t end = k + 1;
            while (end < ahead.size() && !wraps(map, ahead[end - 1], ahead[end])) ++end;
            if (end - k >= 2) r.polyline(ahead.data() + k, int(end - k), 1.4f * px, gfx::withAlpha(c, 0.45f), dashed);
            k = end;
        }
    }
    // Sites, then the satellites over the point under each.
    for (int s = 0; s < sky.stationCount(); ++s) {
        const Station& st = sky.station(s);
        if (st.attractor != map.attractor) continue;
        const Vec2 p = map.at({st.latitude_deg, st.longitude_deg});
        const gfx::Color c = sky.countInView(s, seconds) > 0 ? pal.success : pal.text;
        r.circle(p, 7 * px, gfx::withAlpha(pal.spaceDeep, 0.7f));
        r.ring(p, 7 * px, 2 * px, c);
        r.circle(p, 2.5 * px, c);
    }
    for (int i = 0; i < sky.count(); ++i) {
        if (sky.circle(i).attractor != map.attractor) continue;
        const gfx::Color c = satelliteColor(level.satellites[size_t(i)].look);
        const Vec2 p = map.at(sky.groundPoint(i, seconds));
        r.softCircle(p, 13 * px, 9 * px, gfx::withAlpha(c, 0.4f), true);
        r.line(p - Vec2{9 * px, 0}, p + Vec2{9 * px, 0}, 2.4f * px, gfx::rgb(0x8fb8ff));
        r.circle(p, 4.5 * px, c);
    }
}

void drawGroundMapLabels(const GroundMap& map, const Level& level, const Constellation& sky, double seconds, const Strings& tr) {
    const std::string& lang = tr.language();
    const view::Palette& pal = view::palette();
    const double s = ui::scale();
    ui::LabelStyle ls;
    ls.scale = 0.65f;
    ls.color = pal.textDim;
    // Degrees along the edges: longitudes under the map, latitudes at its left.
    for (int lon = -150; lon < 180; lon += 60) {
        const double x = map.at({0, double(lon)}).x;
        const std::string t = lon == 0 ? std::string("0°") : tr.format(lon > 0 ? "map.east" : "map.west", {std::to_string(std::abs(lon))});
        ui::label({x, map.hi.y + 12 * s}, t.c_str(), ls);
    }
    ls.makeWay = true;
    for (int st = 0; st < sky.stationCount(); ++st) {
        const Station& site = sky.station(st);
        if (site.name.empty() || site.attractor != map.attractor) continue;
        const int seen = sky.countInView(st, seconds);
        ls.scale = 0.8f;
        ls.color = seen > 0 ? pal.success : pal.text;
        const std::string name = tr.format("map.sees_sats", {site.name.get(lang), std::to_string(seen)});
        ui::label(map.at({site.latitude_deg, site.longitude_deg}) + Vec2{0, 20 * s}, name.c_str(), ls);
    }
    ls.scale = 0.72f;
    for (int i = 0; i < sky.count(); ++i) {
        const Satellite& sat = level.satellites[size_t(i)];
        if (sat.name.empty() || sat.attractor != map.attractor) continue;
        ls.color = satelliteColor(sat.look);
        ui::label(map.at(sky.groundPoint(i, seconds)) + Vec2{0, -20 * s}, sat.name.get(lang).c_str(), ls);
    }
}

} // namespace sp::view
