// Strokes: thick polylines as one triangle strip per run, mitered at joins (bevel-limited),
// with (along, across) pixel coordinates so the shader antialiases sides and ends. Dashes
// are sub-runs cut by arc length, so a dashed curve keeps its joins.
#include "engine/render/renderer.h"
#include <algorithm>
#include <cmath>

namespace sp::gfx {

namespace {
constexpr float kLine = 2, kDisc = 1, kAdditive = 16;
constexpr double kMiterLimit = 4.0;

// One solid run in window pixels. capStart/capEnd: antialiased butt ends (off for closed
// loops, where the run meets itself).
void strip(Renderer& r, const std::vector<Vec2>& p, bool closed, float widthPx, Color color, bool additive) {
    int n = int(p.size());
    if (n < 2) return;
    float hw = std::max(widthPx, 0.5f) * 0.5f;
    if (widthPx < 1.0f) color.a *= widthPx;
    const double aa = 1.0;                       // geometry margin for the AA ramp
    const double ext = hw + aa;
    int count = closed ? n + 1 : n;
    uint32_t* idx;
    uint32_t base;
    Renderer::Vertex* v = r.reserve(count * 2, (count - 1) * 6, &idx, &base);
    uint32_t packed = packColor(color);
    float mode = kLine + (additive ? kAdditive : 0);

    double total = 0;
    for (int i = 0; i + 1 < count; ++i) total += length(p[size_t((i + 1) % n)] - p[size_t(i % n)]);
    float capLen = closed ? -1.0f : float(total);

    double along = 0;
    for (int k = 0; k < count; ++k) {
        int i = k % n;
        Vec2 cur = p[size_t(i)];
        bool hasPrev = closed || k > 0, hasNext = closed || k + 1 < count;
        Vec2 dIn = hasPrev ? normalized(cur - p[size_t((i + n - 1) % n)]) : Vec2{};
        Vec2 dOut = hasNext ? normalized(p[size_t((i + 1) % n)] - cur) : Vec2{};
        if (!hasPrev) dIn = dOut;
        if (!hasNext) dOut = dIn;
        Vec2 nIn = perpLeft(dIn), nOut = perpLeft(dOut);
        Vec2 m = nIn + nOut;
        double ml = length(m);
        Vec2 offset;
        if (ml < 1e-6) {
            offset = nOut * ext;                 // a full U-turn: nothing sensible to miter
        } else {
            m = m / ml;
            double d = std::max(dot(m, nOut), 1.0 / kMiterLimit);
            offset = m * (ext / d);
        }
        Vec2 pos = cur;
        double u = along;
        if (!closed && k == 0) { pos = pos - dOut * aa; u -= aa; }
        if (!closed && k == count - 1) { pos = pos + dIn * aa; u += aa; }
        Vec2 a = pos + offset, b = pos - offset;
        v[2 * k] = {float(a.x), float(a.y), float(u), float(ext), packed, 0, hw, capLen, 0, mode};
        v[2 * k + 1] = {float(b.x), float(b.y), float(u), float(-ext), packed, 0, hw, capLen, 0, mode};
        if (k + 1 < count) along += length(p[size_t((i + 1) % n)] - cur);
    }
    for (int k = 0; k + 1 < count; ++k) {
        uint32_t a = base + uint32_t(2 * k);
        const uint32_t q[6] = {a, a + 1, a + 3, a, a + 3, a + 2};
        std::copy(q, q + 6, idx + 6 * k);
    }
}

// Cuts a polyline into dashes by arc length and draws each as its own run.
void dashed(Renderer& r, const std::vector<Vec2>& p, bool closed, float widthPx, Color color, const LineStyle& st) {
    double dash = st.dash, gap = st.gap > 0 ? st.gap : st.dash;
    double period = dash + gap;
    std::vector<Vec2> pts = p;
    if (closed) pts.push_back(p.front());
    double phase = std::fmod(double(st.dashOffset), period);
    if (phase < 0) phase += period;
    double pos = -phase;                     // arc length at which the current dash starts
    double along = 0;
    std::vector<Vec2> run;
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        Vec2 a = pts[i], b = pts[i + 1];
        double len = length(b - a);
        if (len <= 0) continue;
        double segStart = along, segEnd = along + len;
        while (true) {
            double on0 = std::max(pos, segStart), on1 = std::min(pos + dash, segEnd);
            if (on1 > on0) {
                Vec2 s = lerp(a, b, (on0 - segStart) / len), e = lerp(a, b, (on1 - segStart) / len);
                if (run.empty()) run.push_back(s);
                run.push_back(e);
            }
            if (pos + dash <= segEnd) {      // this dash ends inside the segment
                if (run.size() >= 2) strip(r, run, false, widthPx, color, st.additive);
                run.clear();
                pos += period;
                if (pos >= segEnd) break;
            } else {
                break;                       // the dash continues into the next segment
            }
        }
        along = segEnd;
    }
    if (run.size() >= 2) strip(r, run, false, widthPx, color, st.additive);
}
} // namespace

void Renderer::polyline(const Vec2* pts, int count, float widthPx, Color color, const LineStyle& st) {
    if (count < 2 || color.a <= 0) return;
    std::vector<Vec2> s;
    s.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Vec2 q = toScreen(pts[i]);
        if (!isFinite(q)) continue;
        // Points closer than a tenth of a pixel add nothing and break the miter math.
        if (s.empty() || lengthSq(q - s.back()) > 0.01) s.push_back(q);
    }
    bool closed = st.closed && s.size() >= 3;
    if (closed && lengthSq(s.front() - s.back()) <= 0.01) s.pop_back();
    if (s.size() < 2) return;
    if (st.dash > 0) dashed(*this, s, closed, widthPx, color, st);
    else strip(*this, s, closed, widthPx, color, st.additive);
    if (st.roundJoins && st.dash <= 0) {
        // Discs on the joins round them off (they overlap the strip: fine for opaque lines).
        float hw = std::max(widthPx, 0.5f) * 0.5f;
        uint32_t packed = packColor(color);
        size_t first = closed ? 0 : 1, last = closed ? s.size() : s.size() - 1;
        for (size_t i = first; i < last; ++i) {
            uint32_t* idx;
            uint32_t base;
            Vertex* v = reserve(4, 6, &idx, &base);
            static const float c[4][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
            for (int k = 0; k < 4; ++k) {
                float ox = c[k][0] * (hw + 1), oy = c[k][1] * (hw + 1);
                v[k] = {float(s[i].x) + ox, float(s[i].y) + oy, ox, oy, packed, 0, hw, 0, 0,
                        kDisc + (st.additive ? kAdditive : 0)};
            }
            const uint32_t q[6] = {0, 1, 2, 0, 2, 3};
            for (int k = 0; k < 6; ++k) idx[k] = base + q[k];
        }
    }
}

void Renderer::polyline(const std::vector<Vec2>& pts, float widthPx, Color color, const LineStyle& st) {
    polyline(pts.data(), int(pts.size()), widthPx, color, st);
}

void Renderer::line(Vec2 a, Vec2 b, float widthPx, Color color) {
    Vec2 p[2] = {a, b};
    polyline(p, 2, widthPx, color);
}

// Enough segments that the chord error stays under a quarter pixel, within limits.
static int segmentsFor(double radiusPx, double sweep) {
    if (radiusPx < 0.5) return 8;
    double step = 2.0 * std::acos(std::max(0.0, 1.0 - 0.25 / radiusPx));
    return std::clamp(int(std::ceil(std::abs(sweep) / std::max(step, 1e-4))), 8, 2048);
}

void Renderer::arc(Vec2 c, double radius, double from, double to, float widthPx, Color color, const LineStyle& st) {
    double sweep = to - from;
    int n = segmentsFor(radius * scale_, sweep);
    std::vector<Vec2> pts(size_t(n) + 1);
    for (int i = 0; i <= n; ++i) pts[size_t(i)] = c + fromAngle(from + sweep * i / n) * radius;
    LineStyle s = st;
    if (std::abs(sweep) >= 2 * kPi - 1e-9) {
        pts.pop_back();
        s.closed = true;
    }
    polyline(pts, widthPx, color, s);
}

void Renderer::ellipse(Vec2 c, double a, double b, double rotation, float widthPx, Color color, const LineStyle& st) {
    int n = segmentsFor(std::max(a, b) * scale_, 2 * kPi);
    std::vector<Vec2> pts(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        double t = 2 * kPi * i / n;
        pts[size_t(i)] = c + rotate({a * std::cos(t), b * std::sin(t)}, rotation);
    }
    LineStyle s = st;
    s.closed = true;
    polyline(pts, widthPx, color, s);
}

} // namespace sp::gfx
