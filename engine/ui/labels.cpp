// World and screen labels through ImGui's background draw list.
#include "engine/ui/labels.h"
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sp::ui {

namespace {

ImU32 u32(gfx::Color c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

struct Box {
    float x0, y0, x1, y1;
};

// Overlap in square pixels; edges that merely touch (within 2 px) do not count.
float overlap(const Box& a, const Box& b, float slack = 2) {
    const float w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0) - slack, h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0) - slack;
    return w > 0 && h > 0 ? w * h : 0.0f;
}

// What labels that make way avoid in the ImGui frame `frame`: the rectangles given, and the
// labels that made way before.
struct Taken {
    int frame = -1;
    std::vector<Box> boxes;
};
Taken& taken() {
    static Taken t;
    const int now = ImGui::GetFrameCount();
    if (t.frame != now) {
        t.frame = now;
        t.boxes.clear();
    }
    return t;
}

// The top-left corner nearest `want` where `size` overlaps nothing taken and stays in the
// window; else the least overlapping one. Steps of a quarter label across, one line down.
ImVec2 makeWay(ImVec2 want, ImVec2 size) {
    const std::vector<Box>& boxes = taken().boxes;
    const ImVec2 win = ImGui::GetMainViewport()->Size;
    const float stepX = std::max(8.0f, size.x * 0.25f), stepY = size.y + 2;
    ImVec2 best = want;
    float bestCost = 1e30f, bestDist = 1e30f;
    for (int iy = -2; iy <= 2; ++iy)
        for (int ix = -4; ix <= 4; ++ix) {
            const ImVec2 p(want.x + float(ix) * stepX, want.y + float(iy) * stepY);
            const Box b{p.x, p.y, p.x + size.x, p.y + size.y};
            float cost = 0;
            for (const Box& o : boxes) cost += overlap(b, o);
            // Off the window counts as covered.
            cost += size.x * size.y - overlap(b, Box{0, 0, win.x, win.y}, 0);
            const float dist = std::hypot(p.x - want.x, p.y - want.y);
            if (cost < bestCost - 0.5f || (std::fabs(cost - bestCost) <= 0.5f && dist < bestDist)) {
                best = p;
                bestCost = cost;
                bestDist = dist;
            }
        }
    return best;
}

} // namespace

void keepLabelsOut(float x0, float y0, float x1, float y1) { taken().boxes.push_back({x0, y0, x1, y1}); }

LabelBox label(Vec2 screenPos, const char* utf8, const LabelStyle& st) {
    ImFont* f = font(st.font);
    if (!f || !utf8 || !*utf8) return {};
    // The atlas is rasterized at the drawable's resolution; FontGlobalScale brings it back
    // to window pixels, so sizes here must include it.
    float size = f->FontSize * ImGui::GetIO().FontGlobalScale * st.scale;
    ImVec2 ts = f->CalcTextSizeA(size, 1e9f, 0.0f, utf8);
    ImVec2 p(float(screenPos.x), float(screenPos.y));
    if (st.align == Align::Center) p.x -= ts.x * 0.5f;
    else if (st.align == Align::Right) p.x -= ts.x;
    if (st.vcenter) p.y -= ts.y * 0.5f;
    const float padX = size * 0.5f, padY = size * 0.2f;
    // The pill (or, without one, the text with a little air) is what must stay clear.
    const float ax = st.background.a > 0 ? padX : 2, ay = st.background.a > 0 ? padY : 1;
    if (st.makeWay) {
        const ImVec2 corner = makeWay(ImVec2(p.x - ax, p.y - ay), ImVec2(ts.x + 2 * ax, ts.y + 2 * ay));
        p = ImVec2(corner.x + ax, corner.y + ay);
        keepLabelsOut(corner.x, corner.y, corner.x + ts.x + 2 * ax, corner.y + ts.y + 2 * ay);
    }
    p.x = float(int(p.x + 0.5f));   // whole pixels: unsnapped text looks smeared
    p.y = float(int(p.y + 0.5f));
    const LabelBox box{p.x - ax, p.y - ay, p.x + ts.x + ax, p.y + ts.y + ay};

    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    if (st.background.a > 0) {
        dl->AddRectFilled(ImVec2(p.x - padX, p.y - padY), ImVec2(p.x + ts.x + padX, p.y + ts.y + padY),
                          u32(st.background), (ts.y + 2 * padY) * 0.5f);
    }
    if (st.shadow) {
        ImU32 sh = u32(gfx::Color{0.01f, 0.02f, 0.06f, 0.55f * st.color.a});
        static const float o[8][2] = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}, {1, -1}, {-1, 1}};
        for (const auto& d : o) dl->AddText(f, size, ImVec2(p.x + d[0], p.y + d[1] + 1), sh, utf8);
    }
    dl->AddText(f, size, p, u32(st.color), utf8);
    return box;
}

} // namespace sp::ui
