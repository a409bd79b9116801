// World and screen labels through ImGui's background draw list.
#include "engine/ui/labels.h"
#include <imgui.h>

namespace sp::ui {

static ImU32 u32(gfx::Color c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

void label(Vec2 screenPos, const char* utf8, const LabelStyle& st) {
    ImFont* f = font(st.font);
    if (!f || !utf8 || !*utf8) return;
    // The atlas is rasterized at the drawable's resolution; FontGlobalScale brings it back
    // to window pixels, so sizes here must include it.
    float size = f->FontSize * ImGui::GetIO().FontGlobalScale * st.scale;
    ImVec2 ts = f->CalcTextSizeA(size, 1e9f, 0.0f, utf8);
    ImVec2 p(float(screenPos.x), float(screenPos.y));
    if (st.align == Align::Center) p.x -= ts.x * 0.5f;
    else if (st.align == Align::Right) p.x -= ts.x;
    if (st.vcenter) p.y -= ts.y * 0.5f;
    p.x = float(int(p.x + 0.5f));   // whole pixels: unsnapped text looks smeared
    p.y = float(int(p.y + 0.5f));

    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    if (st.background.a > 0) {
        float padX = size * 0.5f, padY = size * 0.2f;
        dl->AddRectFilled(ImVec2(p.x - padX, p.y - padY), ImVec2(p.x + ts.x + padX, p.y + ts.y + padY),
                          u32(st.background), (ts.y + 2 * padY) * 0.5f);
    }
    if (st.shadow) {
        ImU32 sh = u32(gfx::Color{0.01f, 0.02f, 0.06f, 0.55f * st.color.a});
        static const float o[8][2] = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}, {1, -1}, {-1, 1}};
        for (const auto& d : o) dl->AddText(f, size, ImVec2(p.x + d[0], p.y + d[1] + 1), sh, utf8);
    }
    dl->AddText(f, size, p, u32(st.color), utf8);
}

} // namespace sp::ui
