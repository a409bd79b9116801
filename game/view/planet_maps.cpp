// CPU value noise on the sphere, the per-pattern fields it makes, and the colors, caps,
// clouds and lights those fields become.
#include "game/view/planet_maps.h"

#include "engine/render/renderer.h"

#include <algorithm>
#include <cmath>

namespace sp::view {

namespace {

struct V3 { double x, y, z; };
V3 operator*(V3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
V3 operator+(V3 a, V3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }

// Integer lattice hash -> [0, 1). Integer math keeps it identical on every platform.
double hash(int64_t x, int64_t y, int64_t z, uint32_t seed) {
    uint64_t h = uint64_t(x) * 0x9E3779B97F4A7C15ull ^ uint64_t(y) * 0xC2B2AE3D27D4EB4Full ^
                 uint64_t(z) * 0x165667B19E3779F9ull ^ (uint64_t(seed) << 32);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

double noise(V3 p, uint32_t seed) {
    double fx = std::floor(p.x), fy = std::floor(p.y), fz = std::floor(p.z);
    int64_t ix = int64_t(fx), iy = int64_t(fy), iz = int64_t(fz);
    double tx = p.x - fx, ty = p.y - fy, tz = p.z - fz;
    tx = tx * tx * (3 - 2 * tx);
    ty = ty * ty * (3 - 2 * ty);
    tz = tz * tz * (3 - 2 * tz);
    auto h = [&](int dx, int dy, int dz) { return hash(ix + dx, iy + dy, iz + dz, seed); };
    auto l = [](double a, double b, double t) { return a + (b - a) * t; };
    return l(l(l(h(0, 0, 0), h(1, 0, 0), tx), l(h(0, 1, 0), h(1, 1, 0), tx), ty),
             l(l(h(0, 0, 1), h(1, 0, 1), tx), l(h(0, 1, 1), h(1, 1, 1), tx), ty), tz);
}

double fbm(V3 p, uint32_t seed, int octaves) {
    double s = 0, a = 0.5, norm = 0;
    for (int i = 0; i < octaves; ++i) {
        s += a * noise(p, seed + uint32_t(i) * 131u);
        norm += a;
        p = p * 2.03 + V3{1.7, 9.2, 4.1};
        a *= 0.5;
    }
    return s / norm;
}

// Crater shading from cellular noise: a dark bowl, a bright rim, flat elsewhere. [-1, 1]
double craters(V3 p, uint32_t seed) {
    double fx = std::floor(p.x), fy = std::floor(p.y), fz = std::floor(p.z);
    double best = 10;
    for (int z = -1; z <= 1; ++z)
        for (int y = -1; y <= 1; ++y)
            for (int x = -1; x <= 1; ++x) {
                int64_t cx = int64_t(fx) + x, cy = int64_t(fy) + y, cz = int64_t(fz) + z;
                if (hash(cx, cy, cz, seed + 7) > 0.55) continue;      // not every cell has one
                V3 c{double(cx) + hash(cx, cy, cz, seed), double(cy) + hash(cx, cy, cz, seed + 1),
                     double(cz) + hash(cx, cy, cz, seed + 2)};
                double size = 0.2 + 0.3 * hash(cx, cy, cz, seed + 3);
                double dx = p.x - c.x, dy = p.y - c.y, dz = p.z - c.z;
                double d = std::sqrt(dx * dx + dy * dy + dz * dz) / size;
                best = std::min(best, d);
            }
    if (best >= 1.25) return 0;
    double bowl = 1 - std::clamp(best / 0.9, 0.0, 1.0);
    double rim = std::exp(-std::pow((best - 0.95) / 0.12, 2));
    return -0.9 * bowl * bowl + 0.7 * rim;
}

uint8_t u8(double v) { return uint8_t(std::lround(std::clamp(v, 0.0, 1.0) * 255)); }

struct Rgb {
    double r, g, b;
};
Rgb operator*(Rgb a, double s) { return {a.r * s, a.g * s, a.b * s}; }
Rgb operator*(Rgb a, Rgb b) { return {a.r * b.r, a.g * b.g, a.b * b.b}; }
Rgb operator+(Rgb a, Rgb b) { return {a.r + b.r, a.g + b.g, a.b + b.b}; }
Rgb mix(Rgb a, Rgb b, double t) { return a + (b + a * -1.0) * t; }
Rgb rgbOf(gfx::Color c) { return {c.r, c.g, c.b}; }

double smoothstep(double e0, double e1, double x) {
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

// The fields of one point of the sphere, each 0..1 (what they mean depends on the pattern):
//   Terran:   r height (sea below ~0.52), g dryness, b cloud density, a detail
//   Cratered: r maria, g mottling, b crater shading (0.5 = flat)
//   Banded:   r band mix, g turbulence
struct Fields {
    double r = 0, g = 0, b = 0, a = 0;
};

Fields fieldsAt(SurfacePattern pattern, V3 q, uint32_t seed) {
    Fields f;
    switch (pattern) {
    case SurfacePattern::Terran: {
        // Domain warp: coastlines that wander instead of round blobs.
        V3 w{fbm(q * 1.5, seed + 50, 3), fbm(q * 1.5, seed + 60, 3), fbm(q * 1.5, seed + 70, 3)};
        f.r = fbm(q * 1.9 + w * 1.2, seed, 6);
        f.g = fbm(q * 3.1, seed + 5, 4) + 0.18 * (1 - std::clamp((std::abs(q.y) - 0.12) / 0.3, 0.0, 1.0));
        // Clouds stretched along latitude, like weather bands.
        f.b = fbm(V3{q.x * 2.4, q.y * 4.5, q.z * 2.4} + w * 0.8, seed + 11, 5);
        f.a = fbm(q * 9.0, seed + 23, 3);
        break;
    }
    case SurfacePattern::Cratered: {
        f.r = fbm(q * 1.6, seed, 5);
        f.g = fbm(q * 7.0, seed + 3, 4);
        double c = craters(q * 3.0, seed + 100) + 0.6 * craters(q * 8.0, seed + 200) + 0.35 * craters(q * 19.0, seed + 300);
        f.b = 0.5 + 0.35 * c;
        break;
    }
    case SurfacePattern::Banded: {
        double turb = fbm(q * 3.0, seed, 5);
        f.r = 0.5 + 0.5 * std::sin(q.y * 15.0 + turb * 2.2);
        f.g = 0.5 + 0.5 * std::sin(q.y * 41.0 + turb * 4.4);
        break;
    }
    case SurfacePattern::Plain:
        break;
    }
    // The fields were 8-bit in the map they used to be kept in; the colors below were tuned on that.
    f.r = u8(f.r) / 255.0;
    f.g = u8(f.g) / 255.0;
    f.b = u8(f.b) / 255.0;
    f.a = u8(f.a) / 255.0;
    return f;
}

// One point's color, gloss and glow in the dark. `sinLat` places the polar caps; `cell`
// (0..360 x 0..180) decides where cities are.
struct Surface {
    Rgb color{0, 0, 0};
    double gloss = 0;
    Rgb glow{0, 0, 0};
};

Surface surfaceAt(SurfacePattern pattern, const Fields& f, Rgb base, Rgb second, double sinLat, int cellX, int cellY,
                  uint32_t seed) {
    Surface s;
    if (pattern == SurfacePattern::Terran) {
        const double landMask = smoothstep(0.515, 0.530, f.r);
        Rgb sea = mix(base * 0.55, base * 1.12 + Rgb{0.0, 0.06, 0.07}, smoothstep(0.36, 0.515, f.r));
        Rgb desert = second * Rgb{1.55, 1.25, 0.70} + Rgb{0.10, 0.06, 0.0};
        Rgb land = mix(second, desert, smoothstep(0.48, 0.62, f.g)) * (0.82 + 0.36 * f.a);
        s.color = mix(sea, land, landMask);
        double ocean = 1 - landMask;
        const double ice = smoothstep(0.86, 0.90, std::abs(sinLat) + 0.12 * (f.a - 0.5));
        s.color = mix(s.color, Rgb{0.93, 0.96, 1.0}, ice);
        const double cloud = smoothstep(0.52, 0.72, f.b) * 0.9;
        s.color = mix(s.color, Rgb{0.97, 0.98, 1.0}, cloud);
        s.gloss = ocean * (1 - cloud);
        // Cities: a few lit cells of land, clear of ice and cloud, in the detailed parts.
        const bool city = hash(cellX, cellY, 0, seed + 997) > 0.95 && f.a >= 0.5;
        const double lights = city ? landMask * (1 - ice) * (1 - cloud) : 0;
        s.glow = Rgb{1.0, 0.75, 0.4} * (lights * 0.9);
    } else if (pattern == SurfacePattern::Cratered) {
        s.color = mix(base, second, smoothstep(0.50, 0.62, f.r)) * ((0.86 + 0.28 * f.g) * (1.0 + 1.5 * (f.b - 0.5)));
    } else if (pattern == SurfacePattern::Banded) {
        s.color = mix(base, second, f.r) * (0.9 + 0.2 * f.g);
    } else {
        s.color = base;
    }
    return s;
}

} // namespace

SurfaceMaps bakeSurface(SurfacePattern pattern, uint32_t seed, gfx::Color surface, gfx::Color secondary) {
    SurfaceMaps maps;
    if (pattern == SurfacePattern::Plain) return maps;
    const int W = gfx::kSurfaceMapWidth, H = gfx::kSurfaceMapHeight;
    maps.day.assign(size_t(W) * H * 4, 0);
    if (pattern == SurfacePattern::Terran) maps.night.assign(size_t(W) * H * 4, 0);
    const Rgb base = rgbOf(surface), second = rgbOf(secondary);
    for (int j = 0; j < H; ++j) {
        double lat = ((j + 0.5) / H - 0.5) * 3.14159265358979;
        for (int i = 0; i < W; ++i) {
            double lon = ((i + 0.5) / W - 0.5) * 2 * 3.14159265358979;
            V3 q{std::cos(lat) * std::sin(lon), std::sin(lat), std::cos(lat) * std::cos(lon)};
            const Fields f = fieldsAt(pattern, q, seed);
            const int cellX = int((i + 0.5) / W * 360), cellY = int((j + 0.5) / H * 180);
            const Surface s = surfaceAt(pattern, f, base, second, q.y, cellX, cellY, seed);
            uint8_t* p = &maps.day[(size_t(j) * W + i) * 4];
            // Half brightness: a crater's rim may be brighter than white until the light dims it.
            p[0] = u8(s.color.r * 0.5);
            p[1] = u8(s.color.g * 0.5);
            p[2] = u8(s.color.b * 0.5);
            p[3] = u8(s.gloss);
            if (!maps.night.empty()) {
                uint8_t* n = &maps.night[(size_t(j) * W + i) * 4];
                n[0] = u8(s.glow.r);
                n[1] = u8(s.glow.g);
                n[2] = u8(s.glow.b);
                n[3] = 255;
            }
        }
    }
    return maps;
}

} // namespace sp::view
