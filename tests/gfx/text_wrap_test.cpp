// The game's line breaking (game/view/text_wrap), measured with the real UI font: a status after
// a sentence ("· on track", "· 已错过") stays whole, on the last line or on its own.
#include "gfx_fixture.h"
#include "game/view/text_wrap.h"

#include <imgui.h>

#include <string>

using namespace sp;

namespace {

std::vector<std::string> linesOf(const std::string& text, float width, size_t keep = std::string::npos) {
    std::vector<std::string> out;
    for (const auto& [b, e] : view::wrapLines(text, width, keep)) out.push_back(text.substr(b, e - b));
    return out;
}

float widthOf(const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; }

// Checks `text + "  " + tail` at a width that ends a line inside the tail.
void checkTail(const std::string& text, const std::string& tail, const std::string& cutAfter) {
    const std::string line = text + "  " + tail;
    const float width = widthOf(text + "  " + cutAfter) + 1;
    INFO(line << " at " << width << " px");
    // Without keeping it whole, the tail is torn: that is what a student saw in the HUD.
    const std::vector<std::string> torn = linesOf(line, width);
    REQUIRE(torn.size() >= 2);
    CHECK(torn.back() != tail);
    // Kept whole, it moves to a line of its own, and the sentence's own lines are unchanged.
    const std::vector<std::string> kept = linesOf(line, width, text.size());
    REQUIRE(kept.size() >= 2);
    CHECK(kept.back() == tail);
    std::string rest;
    for (size_t i = 0; i + 1 < kept.size(); ++i) rest += kept[i];
    CHECK(rest.find(tail.substr(0, 2)) == std::string::npos);
    // With room for all of it, it stays on the sentence's line.
    const std::vector<std::string> wide = linesOf(line, widthOf(line) + 2, text.size());
    REQUIRE(wide.size() == 1);
    CHECK(wide[0] == line);
}

} // namespace

TEST_CASE("a status after a sentence is never torn across lines", "[gfx][ui]") {
    auto& g = test::context();
    test::beginFrame(g, gfx::rgb(0));
    checkTail("Keep 36%: burn right at apogee", "· on track", "·");
    checkTail("Right first time: no correction burn", "· missed", "·");
    checkTail("一次成功：不需要修正点火", "· 已错过", "· 已错");
    checkTail("保留 36%：正好在远地点点火", "· 有望", "·");
    g.renderer.endFrame();
    g.app.endFrame();
}

TEST_CASE("a Chinese unit stays with its number and with itself", "[gfx][ui]") {
    auto& g = test::context();
    test::beginFrame(g, gfx::rgb(0));
    // The sentences students saw torn: "公里/" at one line's end and "秒" at the next's start,
    // and "300" left behind the "公里高度" it measures.
    const std::string speed = "你的发射速度是 7.7 公里/秒，而需要的是 10.9 公里/秒。";
    const std::string height = "在 300 公里高度的逃逸速度";
    for (const std::string* text : {&speed, &height}) {
        // Every width from a few characters to the whole line: no break falls inside a unit.
        for (float w = widthOf("公里/秒") + 2; w < widthOf(*text) + 4; w += 3) {
            const std::vector<std::string> lines = linesOf(*text, w);
            INFO(*text << " at " << w << " px: " << lines.size() << " lines");
            for (size_t k = 0; k + 1 < lines.size(); ++k) {
                const std::string& end = lines[k];
                const std::string& next = lines[k + 1];
                CHECK(end.substr(end.size() >= 1 ? end.size() - 1 : 0) != "/");
                CHECK(next.rfind("/", 0) != 0);
                CHECK(next.rfind("秒", 0) != 0);
                CHECK_FALSE((end.size() >= 1 && end.back() >= '0' && end.back() <= '9' && next.rfind("公里", 0) == 0));
            }
        }
    }
    // A unit of several characters stays whole too, after its number and after a slash: the
    // editor's template cards tore "400 公" from "里", and heating rates "千瓦/平" from "方米".
    const std::string card = "一颗卫星在 400 公里高处环绕地球。";
    const std::string heat = "防热罩最多承受 1,400 千瓦/平方米的热流。";
    for (const std::string* text : {&card, &heat}) {
        for (float w = widthOf("千瓦/平方米") + 2; w < widthOf(*text) + 4; w += 3) {
            const std::vector<std::string> lines = linesOf(*text, w);
            INFO(*text << " at " << w << " px");
            for (size_t k = 0; k + 1 < lines.size(); ++k) {
                const std::string& next = lines[k + 1];
                CHECK(next.rfind("里", 0) != 0);
                CHECK(next.rfind("方米", 0) != 0);
                CHECK(next.rfind("米", 0) != 0);
                CHECK(next.rfind("瓦", 0) != 0);
            }
        }
    }
    // A plain space between words still breaks.
    CHECK(linesOf("one two", widthOf("one") + 2).size() == 2);
    g.renderer.endFrame();
    g.app.endFrame();
}
