// Map labels that make way (engine/ui/labels): they keep out of the rectangles given (the play
// screen's panels) and of each other, and stay near where they were asked for.
#include "gfx_fixture.h"
#include "engine/ui/labels.h"

#include <imgui.h>

#include <algorithm>

using namespace sp;

namespace {

float overlap(const ui::LabelBox& a, const ui::LabelBox& b) {
    const float w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0), h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0 && h > 0 ? w * h : 0.0f;
}

} // namespace

TEST_CASE("labels that make way keep out of panels and of each other", "[gfx][ui]") {
    auto& g = test::context();
    test::beginFrame(g, gfx::rgb(0));
    ui::LabelStyle ls;
    ls.background = gfx::rgb(0x101830);
    ls.align = ui::Align::Left;

    // Without making way, a label is drawn where it is asked, panel or not.
    const ui::LabelBox plain = ui::label({300, 300}, "highest 2,355 km", ls);
    REQUIRE(plain.x1 > plain.x0);

    // A panel over half of that spot: the label moves clear of it, and not far.
    ls.makeWay = true;
    const ui::LabelBox panel{250, 200, 360, 400};
    ui::keepLabelsOut(panel.x0, panel.y0, panel.x1, panel.y1);
    const ui::LabelBox moved = ui::label({300, 300}, "highest 2,355 km", ls);
    CHECK(overlap(moved, panel) == 0);
    CHECK(std::abs(moved.x0 - plain.x0) + std::abs(moved.y0 - plain.y0) <= 2.5f * (plain.x1 - plain.x0));

    // Two labels asked for the same spot in open space: the second moves, the first stays.
    ui::LabelStyle asked = ls;
    asked.makeWay = false;
    const ui::LabelBox there = ui::label({800, 300}, "lowest 437 km", asked);
    const ui::LabelBox first = ui::label({800, 300}, "lowest 437 km", ls);
    const ui::LabelBox second = ui::label({800, 300}, "lowest 528 km", ls);
    CHECK(first.x0 == Approx(there.x0));
    CHECK(first.y0 == Approx(there.y0));
    CHECK(overlap(first, second) == 0);
    CHECK(overlap(second, panel) == 0);

    // The next frame forgets the panels and the labels placed: the same call lands as asked.
    g.renderer.endFrame();
    g.app.endFrame();
    test::beginFrame(g, gfx::rgb(0));
    const ui::LabelBox again = ui::label({300, 300}, "highest 2,355 km", ls);
    CHECK(again.x0 == Approx(plain.x0));
    CHECK(again.y0 == Approx(plain.y0));
    g.renderer.endFrame();
    g.app.endFrame();
}
