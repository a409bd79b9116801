// Filled shapes: discs and rings as quads shaded analytically, polygons as fans with a one
// pixel feathered rim, spheres as a disc mesh plus an additive glow ring.
#include "engine/render/renderer.h"
#include <algorithm>
#include <cmath>

namespace sp::gfx {

namespace {
constexpr float kFlat = 0, kDisc = 1, kSphere = 3, kGlow = 4, kAdditive = 16;

// A screen-aligned quad around `c` (window pixels) whose uv is the offset from c in pixels.
void quad(Renderer& r, Vec2 c, float half, Color col, uint32_t col2, float a, float b, float cc, float mode) {
    uint32_t* idx;
    uint32_t base;
    Renderer::Vertex* v = r.reserve(4, 6, &idx, &base);
    uint32_t packed = packColor(col);
    static const float corner[4][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    for (int i = 0; i < 4; ++i) {
        float ox = corner[i][0] * half, oy = corner[i][1] * half;
        v[i] = {float(c.x) + ox, float(c.y) + oy, ox, oy, packed, col2, a, b, cc, mode};
    }
    const uint32_t q[6] = {0, 1, 2, 0, 2, 3};
    for (int i = 0; i < 6; ++i) idx[i] = base + q[i];
}

bool offscreen(Vec2 c, double half, double w, double h) {
    return c.x + half < 0 || c.y + half < 0 || c.x - half > w || c.y - half > h;
}
} // namespace

void Renderer::circle(Vec2 c, double radius, Color color) {
    softCircle(c, radius, 0, color, false);
}

void Renderer::softCircle(Vec2 c, double radius, float softPx, Color color, bool additive) {
    Vec2 s = toScreen(c);
    float rpx = float(radius * scale_);
    if (rpx <= 0 || color.a <= 0 || offscreen(s, rpx + 2, winW_, winH_)) return;
    // Below a pixel a disc would flicker in and out: keep its area, spread over one pixel.
    if (rpx < 0.6f) {
        color.a *= (rpx * rpx) / 0.36f;
        rpx = 0.6f;
    }
    quad(*this, s, rpx + 1.0f, color, 0, rpx, 0, softPx, kDisc + (additive ? kAdditive : 0));
}

void Renderer::ring(Vec2 c, double radius, float widthPx, Color color) {
    Vec2 s = toScreen(c);
    float rpx = float(radius * scale_);
    float hw = std::max(widthPx, 0.5f) * 0.5f;
    if (rpx <= 0 || offscreen(s, rpx + hw + 2, winW_, winH_)) return;
    // A ring much larger than the screen is better drawn as an arc polyline (no giant quad);
    // below that size the analytic ring is exact and cheap.
    if (rpx > 8.0f * std::max(winW_, winH_)) {
        arc(c, radius, 0, 2 * kPi, widthPx, color);
        return;
    }
    if (widthPx < 1.0f) color.a *= widthPx;   // thinner than a pixel: fade instead
    quad(*this, s, rpx + hw + 1.0f, color, 0, rpx + hw, std::max(rpx - hw, 1e-3f), 0, kDisc);
}

void Renderer::convexPolygon(const Vec2* pts, int count, Color color) {
    if (count < 3 || color.a <= 0) return;
    std::vector<Vec2> s(static_cast<size_t>(count));
    double area = 0;
    for (int i = 0; i < count; ++i) s[size_t(i)] = toScreen(pts[i]);
    for (int i = 0; i < count; ++i) area += cross(s[size_t(i)], s[size_t((i + 1) % count)]);
    if (std::abs(area) < 1e-9) return;
    if (area < 0) std::reverse(s.begin(), s.end());   // screen-space CCW from here on

    // Inner vertices pulled in by half a pixel (opaque), outer pushed out by half (alpha 0):
    // the one-pixel ramp between them is the antialiased edge.
    uint32_t* idx;
    uint32_t base;
    Vertex* v = reserve(count * 2, (count - 2) * 3 + count * 6, &idx, &base);
    uint32_t in = packColor(color), out = packColor(withAlpha(color, 0));
    const double feather = 0.5;
    for (int i = 0; i < count; ++i) {
        Vec2 p = s[size_t(i)], prev = s[size_t((i + count - 1) % count)], next = s[size_t((i + 1) % count)];
        Vec2 n0 = normalized(perpLeft(p - prev)), n1 = normalized(perpLeft(next - p));
        // With positive area the inside is left of every edge: outward is -perpLeft.
        Vec2 m = normalized(n0 + n1) * -1.0;
        double d = std::max(dot(m, n1 * -1.0), 0.3);
        Vec2 off = m * (feather / d);
        Vec2 pi = p - off, po = p + off;
        v[i] = {float(pi.x), float(pi.y), 0, 0, in, 0, 0, 0, 0, kFlat};
        v[count + i] = {float(po.x), float(po.y), 0, 0, out, 0, 0, 0, 0, kFlat};
    }
    int k = 0;
    for (int i = 1; i + 1 < count; ++i) {
        idx[k++] = base;
        idx[k++] = base + uint32_t(i);
        idx[k++] = base + uint32_t(i + 1);
    }
    for (int i = 0; i < count; ++i) {
        uint32_t a = base + uint32_t(i), b = base + uint32_t((i + 1) % count);
        uint32_t ao = a + uint32_t(count), bo = b + uint32_t(count);
        idx[k++] = a; idx[k++] = ao; idx[k++] = bo;
        idx[k++] = a; idx[k++] = bo; idx[k++] = b;
    }
}

void Renderer::triangle(Vec2 a, Vec2 b, Vec2 c, Color color) {
    Vec2 p[3] = {a, b, c};
    convexPolygon(p, 3, color);
}

void Renderer::rect(Vec2 lo, Vec2 hi, Color color) {
    Vec2 p[4] = {lo, {hi.x, lo.y}, hi, {lo.x, hi.y}};
    convexPolygon(p, 4, color);
}

void Renderer::rectGradient(Vec2 lo, Vec2 hi, Color top, Color bottom) {
    Vec2 a = toScreen(lo), b = toScreen(hi);
    float x0 = float(std::min(a.x, b.x)), x1 = float(std::max(a.x, b.x));
    float y0 = float(std::min(a.y, b.y)), y1 = float(std::max(a.y, b.y));
    uint32_t* idx;
    uint32_t base;
    Vertex* v = reserve(4, 6, &idx, &base);
    uint32_t t = packColor(top), bt = packColor(bottom);
    v[0] = {x0, y0, 0, 0, t, 0, 0, 0, 0, kFlat};
    v[1] = {x1, y0, 0, 0, t, 0, 0, 0, 0, kFlat};
    v[2] = {x1, y1, 0, 0, bt, 0, 0, 0, 0, kFlat};
    v[3] = {x0, y1, 0, 0, bt, 0, 0, 0, 0, kFlat};
    const uint32_t q[6] = {0, 1, 2, 0, 2, 3};
    for (int i = 0; i < 6; ++i) idx[i] = base + q[i];
}

void Renderer::fillBelow(const std::vector<Vec2>& line, double bottomY, Color top, Color bottom) {
    if (line.size() < 2) return;
    uint32_t* idx;
    uint32_t base;
    const int n = int(line.size());
    Vertex* v = reserve(2 * n, 6 * (n - 1), &idx, &base);
    const uint32_t t = packColor(top), bt = packColor(bottom);
    for (int i = 0; i < n; ++i) {
        const Vec2 a = toScreen(line[size_t(i)]), b = toScreen({line[size_t(i)].x, bottomY});
        v[2 * i] = {float(a.x), float(a.y), 0, 0, t, 0, 0, 0, 0, kFlat};
        v[2 * i + 1] = {float(b.x), float(b.y), 0, 0, bt, 0, 0, 0, 0, kFlat};
    }
    for (int i = 0; i + 1 < n; ++i) {
        const uint32_t q[6] = {0, 1, 3, 0, 3, 2};
        for (int k = 0; k < 6; ++k) idx[6 * i + k] = base + uint32_t(2 * i) + q[k];
    }
}

void Renderer::roundedRect(Vec2 lo, Vec2 hi, float radiusPx, Color color) {
    Vec2 a = toScreen(lo), b = toScreen(hi);
    double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x), y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    double rr = std::min<double>({radiusPx, (x1 - x0) * 0.5, (y1 - y0) * 0.5});
    int seg = std::clamp(int(rr * 0.6), 3, 16);
    const Vec2 centers[4] = {{x1 - rr, y0 + rr}, {x1 - rr, y1 - rr}, {x0 + rr, y1 - rr}, {x0 + rr, y0 + rr}};
    std::vector<Vec2> pts;
    for (int c = 0; c < 4; ++c)
        for (int i = 0; i <= seg; ++i) {
            double t = (c - 1 + double(i) / seg) * kPi * 0.5;   // -90..0, 0..90, ...
            pts.push_back(centers[c] + Vec2{std::cos(t), std::sin(t)} * rr);
        }
    bool cam = cameraSpace_;
    cameraSpace_ = false;   // points are already in window pixels
    double sc = scale_;
    scale_ = 1;
    convexPolygon(pts.data(), int(pts.size()), color);
    cameraSpace_ = cam;
    scale_ = sc;
}

// A disc-shaped mesh (a fan, `outer` px out from the center) so the expensive sphere
// shader never runs on the quad's empty corners; or a ring between `inner` and `outer`.
static void radialMesh(Renderer& r, Vec2 c, float inner, float outer, Color col, uint32_t col2, float a,
                       float b, float cc, float mode) {
    int seg = std::clamp(int(outer * 0.35f), 24, 128);
    bool ring = inner > 0;
    // Vertices sit on a polygon that circumscribes the circle of radius `outer`.
    float rOut = outer / std::cos(float(kPi) / seg), rIn = inner;
    uint32_t* idx;
    uint32_t base;
    Renderer::Vertex* v = r.reserve(ring ? 2 * seg : seg + 1, 6 * seg - (ring ? 0 : 3 * seg), &idx, &base);
    uint32_t packed = packColor(col);
    for (int i = 0; i < seg; ++i) {
        float t = float(2 * kPi) * i / seg, cs = std::cos(t), sn = std::sin(t);
        v[i] = {float(c.x) + cs * rOut, float(c.y) + sn * rOut, cs * rOut, sn * rOut, packed, col2, a, b, cc, mode};
        if (ring) v[seg + i] = {float(c.x) + cs * rIn, float(c.y) + sn * rIn, cs * rIn, sn * rIn, packed, col2, a, b, cc, mode};
    }
    if (!ring) v[seg] = {float(c.x), float(c.y), 0, 0, packed, col2, a, b, cc, mode};
    int k = 0;
    for (int i = 0; i < seg; ++i) {
        uint32_t o0 = base + uint32_t(i), o1 = base + uint32_t((i + 1) % seg);
        if (ring) {
            uint32_t i0 = o0 + uint32_t(seg), i1 = o1 + uint32_t(seg);
            idx[k++] = o0; idx[k++] = o1; idx[k++] = i1;
            idx[k++] = o0; idx[k++] = i1; idx[k++] = i0;
        } else {
            idx[k++] = base + uint32_t(seg); idx[k++] = o0; idx[k++] = o1;
        }
    }
}

void Renderer::sphere(Vec2 c, double radius, const SphereStyle& st) {
    Vec2 s = toScreen(c);
    float rpx = float(radius * scale_);
    float glowPx = std::max(rpx * st.glowWidth, 3.0f);
    if (rpx <= 0 || offscreen(s, rpx + glowPx + 2, winW_, winH_)) return;
    if (rpx < 2.0f) {   // a dot: the shading would not show anyway
        circle(c, radius, st.color);
        return;
    }
    // The light angle is given in world orientation (y up); screen space is y down only
    // in useScreen(), where it reads as-is.
    float light = st.lightAngle;
    // Which maps the shader reads ride in the integer part: 1 = a day map, 2 = and a night map
    // in the layer after it, 4 more when seen from the pole; the spin is the fraction.
    bool night = false;
    const int layer = mapLayer(st.map, &night);
    const float maps = (layer < 0 ? 0.0f : night ? 2.0f : 1.0f) + (st.fromPole ? 4.0f : 0.0f);
    float spin = maps + (st.spin - std::floor(st.spin)) * 0.999f;
    Color surface = withAlpha(st.color, std::clamp(st.nightBrightness, 0.0f, 1.0f));
    pipeline_ = Pipeline::Spheres;
    radialMesh(*this, s, 0, rpx + 1.0f, surface, 0, rpx, light, spin, kSphere + 32.0f * float(std::max(layer, 0)));
    pipeline_ = Pipeline::Shapes;
    // The glow: an additive ring from a little inside the limb (haze) out to the glow's
    // edge, in the cheap program.
    if (st.glow.a > 0) {
        float inner = std::max(rpx - std::max(glowPx * 0.6f, 2.0f), 0.5f);
        radialMesh(*this, s, inner, rpx + glowPx + 1.0f, st.glow, 0, rpx, glowPx, light, kGlow + kAdditive);
    }
}

void Renderer::flatMap(Vec2 lo, Vec2 hi, int map, double centreLonDeg, float brightness) {
    bool night = false;   // the day layer only: a map is read in daylight
    const int layer = mapLayer(map, &night);
    if (layer < 0) return;
    const Vec2 a = toScreen(lo), b = toScreen(hi);
    const float x0 = float(std::min(a.x, b.x)), x1 = float(std::max(a.x, b.x));
    const float y0 = float(std::min(a.y, b.y)), y1 = float(std::max(a.y, b.y));
    // u, v: how far across and down (0..1); the shader reads the map there, shifted so the
    // middle is the longitude asked for. 8 in the third parameter says "flat" to it.
    const float shift = float(centreLonDeg / 360.0 - std::floor(centreLonDeg / 360.0));
    const float mode = kSphere + 32.0f * float(layer);
    const uint32_t white = packColor(rgb(0xffffff));
    uint32_t* idx;
    uint32_t base;
    pipeline_ = Pipeline::Spheres;
    Vertex* v = reserve(4, 6, &idx, &base);
    v[0] = {x0, y0, 0, 0, white, 0, shift, brightness, 8, mode};
    v[1] = {x1, y0, 1, 0, white, 0, shift, brightness, 8, mode};
    v[2] = {x1, y1, 1, 1, white, 0, shift, brightness, 8, mode};
    v[3] = {x0, y1, 0, 1, white, 0, shift, brightness, 8, mode};
    const uint32_t quad[6] = {0, 1, 2, 0, 2, 3};
    for (int k = 0; k < 6; ++k) idx[k] = base + quad[k];
    pipeline_ = Pipeline::Shapes;
}

void Renderer::arrow(Vec2 from, Vec2 to, float widthPx, Color color, float headPx) {
    Vec2 a = toScreen(from), b = toScreen(to);
    double len = length(b - a);
    if (len < 1e-6) return;
    if (headPx <= 0) headPx = std::max(widthPx * 3.5f, 10.0f);
    double head = std::min<double>(headPx, len * 0.6);
    Vec2 dir = (b - a) / len, side = perpLeft(dir);
    Vec2 neck = b - dir * head;
    bool cam = cameraSpace_;
    double sc = scale_;
    cameraSpace_ = false;
    scale_ = 1;
    line(a, neck + dir * 1.0, widthPx, color);
    triangle(b, neck + side * (head * 0.55), neck - side * (head * 0.55), color);
    cameraSpace_ = cam;
    scale_ = sc;
}

} // namespace sp::gfx
