// The UI font: the build-time subset exists and ImGui's atlas holds the Chinese we show.
#include "gfx_fixture.h"
#include "engine/core/file_io.h"
#include "engine/ui/ui.h"
#include <imgui.h>

using namespace sp;
using sp::test::context;

TEST_CASE("the font subset exists and the atlas has Chinese glyphs", "[gfx][ui]") {
    context();
    std::string path = platform::executableDir() + "assets/fonts/starpath-ui.ttf";
    REQUIRE(sp::fileExists(path));
    const ui::FontStats& st = ui::fontStats();
    INFO("atlas " << st.atlasWidth << "x" << st.atlasHeight << ", " << st.glyphs << " glyphs, "
                  << st.buildMilliseconds << " ms, " << st.path);
    CHECK(st.cjk);
    ImFont* body = ui::font(ui::FontRole::Body);
    ImFont* title = ui::font(ui::FontRole::Title);
    REQUIRE(body);
    REQUIRE(title);
    for (ImWchar c : {ImWchar(u'星'), ImWchar(u'途'), ImWchar(u'轨'), ImWchar(u'道'), ImWchar(u'A'), ImWchar(u'★')}) {
        INFO("U+" << std::hex << int(c));
        CHECK(body->FindGlyphNoFallback(c) != nullptr);
        CHECK(title->FindGlyphNoFallback(c) != nullptr);
    }
    CHECK(st.atlasWidth * st.atlasHeight <= 4096 * 4096);
    WARN("font atlas at scale 1: " << st.atlasWidth << "x" << st.atlasHeight << ", " << st.glyphs
         << " glyphs, " << st.buildMilliseconds << " ms");
    CHECK(body->FontSize >= 20.0f);
}

TEST_CASE("changing the UI scale rebuilds the fonts at the next frame", "[gfx][ui]") {
    auto& g = context();
    float before = ui::font(ui::FontRole::Body)->FontSize;
    ui::setScale(1.5f);
    test::beginFrame(g, gfx::rgb(0));
    g.renderer.endFrame();
    g.app.endFrame();
    float after = ui::font(ui::FontRole::Body)->FontSize;
    CHECK(after == Approx(before * 1.5f).margin(1.0f));
    WARN("font atlas at scale 1.5: " << ui::fontStats().atlasWidth << "x" << ui::fontStats().atlasHeight
         << ", rebuilt in " << ui::fontStats().buildMilliseconds << " ms");
    CHECK(ImGui::GetStyle().FramePadding.y >= 12.0f * 1.5f - 0.5f);
    ui::setScale(1.0f);
    test::beginFrame(g, gfx::rgb(0));
    g.renderer.endFrame();
    g.app.endFrame();
    CHECK(ui::font(ui::FontRole::Body)->FontSize == Approx(before));
}
