// An unticked checkbox must be seen: the editor's and Settings' boxes (view::checkBox) are drawn
// on a panel and read back from the screen. Their outline stands out from the panel by at least
// the 3:1 contrast WCAG 2.1 asks of a control's boundary (1.4.11, non-text contrast); ImGui's
// own box, drawn in the theme's frame colour with no border, does not (the check's control).
#include "gfx_fixture.h"
#include "engine/ui/ui.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"
#include <imgui.h>
#include <cmath>

using namespace sp;
using sp::test::context;

namespace {

// WCAG 2.1 relative luminance of an sRGB pixel, and the contrast ratio of two.
double luminance(const uint8_t* px) {
    auto lin = [](uint8_t v) {
        const double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(px[0]) + 0.7152 * lin(px[1]) + 0.0722 * lin(px[2]);
}
double contrast(const uint8_t* a, const uint8_t* b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Draws an unticked box on a panel and returns the best contrast between its edge (the two
// pixels just inside the box's left side, halfway down) and the panel beside it.
double edgeContrast(test::Gfx& g, bool ours) {
    double best = 0;
    for (int frame = 0; frame < 2; ++frame) {   // a new window shows from its second frame
        test::beginFrame(g, gfx::rgb(0x050a1a));
        ImGui::SetNextWindowPos(ImVec2(100, 100));
        ImGui::SetNextWindowSize(ImVec2(300, 120));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, view::imColor(view::palette().panel));
        ImGui::Begin("checkbox test", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove);
        bool off = false;
        if (ours) view::checkBox("Fullscreen", off);
        else ImGui::Checkbox("Fullscreen", &off);
        const ImVec2 box = ImGui::GetItemRectMin();
        const float side = ImGui::GetFrameHeight();
        ImGui::End();
        ImGui::PopStyleColor();
        g.renderer.endFrame();
        ui::render();   // ImGui's draw data to the back buffer now, to read it before the swap
        const test::Pixels p = test::readBack(g);
        g.app.endFrame();
        if (frame == 0) continue;
        const int y = int(box.y + side * 0.5f), outside = int(box.x) - 4;
        for (int x = int(box.x); x < int(box.x) + 3; ++x) best = std::max(best, contrast(p.at(x, y), p.at(outside, y)));
    }
    return best;
}

} // namespace

TEST_CASE("an unticked checkbox stands out from its panel by at least 3:1", "[gfx][ui]") {
    auto& g = context();
    const double ours = edgeContrast(g, true), imgui = edgeContrast(g, false);
    INFO("view::checkBox " << ours << ":1, ImGui's default " << imgui << ":1");
    CHECK(ours >= 3.0);
    CHECK(imgui < 3.0);   // the control: without the outline the box is hard to see
}
