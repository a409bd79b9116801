// CPU value noise on the sphere and the per-pattern field recipes.
#include "engine/render/planet_maps.h"
#include <algorithm>
#include <cmath>

namespace sp::gfx::detail {

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

} // namespace

std::vector<uint8_t> bakePlanetMap(PlanetPattern pattern, uint32_t seed) {
    const int W = kPlanetMapWidth, H = kPlanetMapHeight;
    std::vector<uint8_t> px(size_t(W) * H * 4, 0);
    for (int j = 0; j < H; ++j) {
        double lat = ((j + 0.5) / H - 0.5) * 3.14159265358979;
        for (int i = 0; i < W; ++i) {
            double lon = ((i + 0.5) / W - 0.5) * 2 * 3.14159265358979;
            V3 q{std::cos(lat) * std::sin(lon), std::sin(lat), std::cos(lat) * std::cos(lon)};
            double r = 0, g = 0, b = 0, a = 0;
            switch (pattern) {
            case PlanetPattern::Terran: {
                // Domain warp: coastlines that wander instead of round blobs.
                V3 w{fbm(q * 1.5, seed + 50, 3), fbm(q * 1.5, seed + 60, 3), fbm(q * 1.5, seed + 70, 3)};
                r = fbm(q * 1.9 + w * 1.2, seed, 6);
                g = fbm(q * 3.1, seed + 5, 4) + 0.18 * (1 - std::clamp((std::abs(q.y) - 0.12) / 0.3, 0.0, 1.0));
                // Clouds stretched along latitude, like weather bands.
                b = fbm(V3{q.x * 2.4, q.y * 4.5, q.z * 2.4} + w * 0.8, seed + 11, 5);
                a = fbm(q * 9.0, seed + 23, 3);
                break;
            }
            case PlanetPattern::Cratered: {
                r = fbm(q * 1.6, seed, 5);
                g = fbm(q * 7.0, seed + 3, 4);
                double c = craters(q * 3.0, seed + 100) + 0.6 * craters(q * 8.0, seed + 200) +
                           0.35 * craters(q * 19.0, seed + 300);
                b = 0.5 + 0.35 * c;
                break;
            }
            case PlanetPattern::Banded: {
                double turb = fbm(q * 3.0, seed, 5);
                r = 0.5 + 0.5 * std::sin(q.y * 15.0 + turb * 2.2);
                g = 0.5 + 0.5 * std::sin(q.y * 41.0 + turb * 4.4);
                break;
            }
            case PlanetPattern::Plain:
                break;
            }
            uint8_t* p = &px[(size_t(j) * W + i) * 4];
            p[0] = u8(r);
            p[1] = u8(g);
            p[2] = u8(b);
            p[3] = u8(a);
        }
    }
    return px;
}

} // namespace sp::gfx::detail
