#include "game/sim/terrain.h"

#include "engine/core/det_math.h"
#include "engine/core/rng.h"
#include "engine/core/vec2.h"

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

struct Crater {
    double x_km, radius_km;
};

struct Rock {
    double x_km, height_km;
    double half_km() const { return 0.6 * height_km; }
};

bool overlapsClear(const TerrainRecipe& r, double from, double to) {
    for (const ClearSpan& c : r.clear)
        if (from < c.to_km && to > c.from_km) return true;
    return false;
}

// A fresh crater's cross-section: a bowl a fifth as deep as it is wide, its rim raised by a
// twenty-fifth of the width and falling away outside to the plain at 1.6 radii.
double craterHeightKm(const Crater& c, double x) {
    const double u = std::fabs(x - c.x_km) / c.radius_km;
    const double diameter = 2 * c.radius_km, depth = 0.2 * diameter, rim = 0.04 * diameter;
    if (u <= 1) return rim - depth * (1 - u * u);
    if (u < 1.6) {
        const double f = 1 - (u - 1) / 0.6;
        return rim * f * f;
    }
    return 0;
}

// The plain: three long swells of random phase, together about `swell_m` up and down.
struct Swell {
    double wavelength_km[3], phase[3], amplitude_km[3];
    double at(double x) const {
        double h = 0;
        for (int i = 0; i < 3; ++i) h += amplitude_km[i] * dm::sin(2 * kPi * x / wavelength_km[i] + phase[i]);
        return h;
    }
};

// To the centimetre: finer than a lander feels, and short in a file and a share link.
double roundCm(double km) { return std::round(km * 1e5) / 1e5; }

} // namespace

std::vector<GroundPoint> thinGround(const std::vector<GroundPoint>& points, double toleranceKm) {
    if (points.size() < 3) return points;
    std::vector<bool> keep(points.size(), false);
    keep.front() = keep.back() = true;
    std::vector<std::pair<size_t, size_t>> spans = {{0, points.size() - 1}};
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        const Vec2 pa{points[a].x_km, points[a].y_km}, pb{points[b].x_km, points[b].y_km};
        double worst = -1;
        size_t at = a;
        for (size_t i = a + 1; i < b; ++i) {
            // Vertical distance to the chord: the ground is a height over x.
            const double t = (points[i].x_km - pa.x) / (pb.x - pa.x);
            const double off = std::fabs(points[i].y_km - (pa.y + (pb.y - pa.y) * t));
            if (off > worst) worst = off, at = i;
        }
        if (worst > toleranceKm) {
            keep[at] = true;
            spans.push_back({a, at});
            spans.push_back({at, b});
        }
    }
    std::vector<GroundPoint> out;
    for (size_t i = 0; i < points.size(); ++i)
        if (keep[i]) out.push_back(points[i]);
    return out;
}

std::vector<GroundPoint> generateTerrain(const TerrainRecipe& r) {
    Rng rng(r.seed);
    const double width = r.to_km - r.from_km;
    if (!(width > 0)) return {};

    Swell swell;
    const double wavelengths[3] = {0.9, 0.37, 0.16};   // as shares of the site, long to short
    for (int i = 0; i < 3; ++i) {
        swell.wavelength_km[i] = width * wavelengths[i] * rng.range(0.8, 1.25);
        swell.phase[i] = rng.range(0, 2 * kPi);
        swell.amplitude_km[i] = r.swell_m / 1000 * (i == 0 ? 0.6 : i == 1 ? 0.3 : 0.1);
    }

    // Craters: sizes spread evenly in log (many small, a few large), none over a clear span.
    std::vector<Crater> craters;
    for (int i = 0, tries = 0; i < r.craters && tries < 50 * std::max(1, r.craters); ++tries) {
        const double d = r.crater_min_m * std::pow(r.crater_max_m / r.crater_min_m, rng.uniform()) / 1000;
        const double x = rng.range(r.from_km, r.to_km);
        if (overlapsClear(r, x - 0.8 * d, x + 0.8 * d)) continue;
        craters.push_back({x, d / 2});
        ++i;
    }
    auto base = [&](double x) {
        double h = swell.at(x);
        for (const Crater& c : craters) h += craterHeightKm(c, x);
        return h;
    };

    // Sampled every metre, then thinned to what a lander could feel.
    std::vector<GroundPoint> line;
    const int samples = int(std::ceil(width * 1000));
    for (int i = 0; i <= samples; ++i) {
        const double x = std::min(r.to_km, r.from_km + i / 1000.0);
        line.push_back({x, base(x)});
    }
    line = thinGround(line, r.tolerance_m / 1000);

    // Rocks: most are thrown out of craters and lie near their rims; none touch another or a
    // clear span, and none sit at the ends of the site.
    std::vector<Rock> rocks;
    for (int i = 0, tries = 0; i < r.rocks && tries < 50 * std::max(1, r.rocks); ++tries) {
        const double h = rng.range(r.rock_min_m, r.rock_max_m) / 1000;
        double x = rng.range(r.from_km, r.to_km);
        if (!craters.empty() && rng.uniform() < 0.6) {
            const Crater& c = craters[size_t(rng.next() % craters.size())];
            x = c.x_km + (rng.uniform() < 0.5 ? -1 : 1) * c.radius_km * rng.range(0.8, 2.0);
        }
        const Rock rock{x, h};
        const double margin = 0.003;
        if (x - rock.half_km() < r.from_km + margin || x + rock.half_km() > r.to_km - margin) continue;
        if (overlapsClear(r, x - rock.half_km() - margin, x + rock.half_km() + margin)) continue;
        bool apart = true;
        for (const Rock& o : rocks) apart = apart && std::fabs(o.x_km - x) > o.half_km() + rock.half_km() + 0.0005;
        if (!apart) continue;
        rocks.push_back(rock);
        ++i;
    }
    std::sort(rocks.begin(), rocks.end(), [](const Rock& a, const Rock& b) { return a.x_km < b.x_km; });
    for (const Rock& k : rocks) {
        // A lump on the line: its base where the ground is, a flat-ish top `height` above.
        const double shape[4][2] = {{-0.6, 0}, {-0.25, 1}, {0.2, 0.9}, {0.6, 0}};
        line.erase(std::remove_if(line.begin() + 1, line.end() - 1,
                                  [&](const GroundPoint& p) { return std::fabs(p.x_km - k.x_km) <= k.half_km(); }),
                   line.end() - 1);
        std::vector<GroundPoint> lump;
        for (const auto& s : shape) {
            const double x = k.x_km + s[0] * k.height_km;
            lump.push_back({x, base(x) + s[1] * k.height_km});
        }
        const auto at = std::upper_bound(line.begin(), line.end(), k.x_km, [](double v, const GroundPoint& p) { return v < p.x_km; });
        line.insert(at, lump.begin(), lump.end());
    }
    // To the centimetre, and each point a centimetre past the one before (validation's gap at
    // a metre a unit): a rock's foot that lands in the same centimetre as a point of the plain
    // takes its place (3-3's ground had none). The ends stay.
    std::vector<GroundPoint> out;
    for (size_t i = 0; i < line.size(); ++i) {
        const GroundPoint p{roundCm(line[i].x_km), roundCm(line[i].y_km)};
        if (!out.empty() && p.x_km - out.back().x_km < 0.000005) {
            if (i + 1 == line.size()) out.back() = p;
            continue;
        }
        out.push_back(p);
    }
    return out;
}

} // namespace sp
