// The showcase: one frame with everything the engine draws, saved as gfx_showcase.png in
// the build directory so a person can look at it. Checks only that it rendered; the eye
// does the rest.
#include "gfx_fixture.h"
#include "game/view/planet_look.h"
#include "engine/core/file_io.h"
#include "engine/render/particles.h"
#include "engine/render/starfield.h"
#include "engine/ui/labels.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"
#include <GLES3/gl3.h>
#include <imgui.h>
#include <cmath>

using namespace sp;
using namespace sp::gfx;
using sp::test::context;

namespace {

// A small rocket: body, nose cone, fins and a window, pointing along `dir`.
void drawShip(Renderer& r, Vec2 pos, Vec2 dir, double size) {
    Vec2 f = normalized(dir), s = perpLeft(f);
    auto P = [&](double a, double b) { return pos + f * (a * size) + s * (b * size); };
    Vec2 finL[4] = {P(-0.55, 0.18), P(-0.15, 0.18), P(-0.7, 0.55), P(-0.85, 0.5)};
    Vec2 finR[4] = {P(-0.55, -0.18), P(-0.85, -0.5), P(-0.7, -0.55), P(-0.15, -0.18)};
    r.convexPolygon(finL, 4, rgb(0xd9463b));
    r.convexPolygon(finR, 4, rgb(0xd9463b));
    Vec2 body[6] = {P(-0.7, 0.2), P(-0.7, -0.2), P(0.35, -0.22), P(0.55, -0.16), P(0.55, 0.16), P(0.35, 0.22)};
    r.convexPolygon(body, 6, rgb(0xf3f5fa));
    Vec2 nose[4] = {P(0.5, 0.17), P(0.5, -0.17), P(0.8, -0.07), P(0.8, 0.07)};
    r.convexPolygon(nose, 4, rgb(0xd9463b));
    Vec2 tip[3] = {P(0.78, 0.08), P(0.78, -0.08), P(1.0, 0.0)};
    r.convexPolygon(tip, 3, rgb(0xd9463b));
    Vec2 stripe[4] = {P(-0.5, 0.205), P(-0.5, -0.205), P(-0.4, -0.207), P(-0.4, 0.207)};
    r.convexPolygon(stripe, 4, rgb(0x2a6fdb));
    r.circle(P(0.18, 0), size * 0.1, rgb(0x2a6fdb));
    r.circle(P(0.18, 0), size * 0.065, rgb(0x9fe3ff));
}

} // namespace

TEST_CASE("showcase frame renders and is saved as gfx_showcase.png", "[gfx][showcase]") {
    auto& g = context();
    const view::Palette& pal = view::palette();
    Starfield stars;
    ParticleSystem exhaust(4096, 99);

    // The scene, in units of 1000 km (not to scale between bodies: the Moon is brought near).
    Vec2 earth{0, 0};
    double earthR = 6.371;
    Vec2 moon{16.0, 9.5};
    double moonR = 1.737;
    double a = 12.5, e = 0.36, tilt = 0.35;
    double b = a * std::sqrt(1 - e * e);
    Vec2 ellipseCenter = earth + rotate({-a * e, 0}, tilt);   // Earth sits at a focus
    double shipAnomaly = 2.15;
    Vec2 shipPos = ellipseCenter + rotate({a * std::cos(shipAnomaly), b * std::sin(shipAnomaly)}, tilt);
    Vec2 shipVel = rotate({-a * std::sin(shipAnomaly), b * std::cos(shipAnomaly)}, tilt);
    Vec2 shipDir = normalized(shipVel);

    Camera2D cam;
    cam.setViewport(1280, 720);
    cam.lookAt({8.0, 1.0}, 21.0);
    cam.snap();

    // Let the exhaust run for a second so the trail is fully grown.
    EmitParams ex;
    ex.position = shipPos - shipDir * 1.0;
    ex.direction = std::atan2(-shipDir.y, -shipDir.x);
    ex.spread = 0.22;
    ex.speedMin = 3.0;
    ex.speedMax = 5.5;
    ex.lifeMin = 0.35;
    ex.lifeMax = 0.8;
    ex.sizeStart = 12;
    ex.sizeEnd = 26;
    for (int i = 0; i < 60; ++i) {
        exhaust.emitContinuous(ex, 150, 1.0 / 60);
        exhaust.update(1.0 / 60, 1.5);
    }

    // Three frames: ImGui hides an auto-sized window on its first frame while it measures it.
    std::string path = platform::executableDir() + "gfx_showcase.png";
    RenderStats st;
    for (int frame = 0; frame < 3; ++frame) {
    auto& in = test::beginFrame(g, pal.spaceDeep);
    cam.setViewport(in.windowWidth, in.windowHeight);
    Renderer& r = g.renderer;
    double t = 12.3;

    r.useScreen();
    r.rectGradient({0, 0}, {double(in.windowWidth), double(in.windowHeight)}, rgb(0x0a1330), rgb(0x03060f));
    stars.draw(r, cam, t);

    r.useCamera(cam);
    view::PlanetLook earthStyle;
    earthStyle.surface = rgb(0x1f5fbf);
    earthStyle.secondary = rgb(0x3b8a3e);
    earthStyle.atmosphere = rgb(0x5fb8ff, 0.95f);
    earthStyle.atmosphereWidth = 0.10f;
    earthStyle.pattern = view::SurfacePattern::Terran;
    earthStyle.lightAngle = 0.5f;
    earthStyle.rotation = 0.3f;
    earthStyle.seed = 3;
    view::PlanetLook moonStyle;
    moonStyle.surface = rgb(0xb9b4aa);
    moonStyle.secondary = rgb(0x7d7a74);
    moonStyle.atmosphere = rgb(0xffffff, 0.0f);
    moonStyle.pattern = view::SurfacePattern::Cratered;
    moonStyle.lightAngle = 0.5f;
    moonStyle.nightBrightness = 0.05f;
    moonStyle.seed = 11;

    // Orbits under the bodies: the station's circular orbit, then the predicted transfer.
    r.ring(earth, 8.3, 1.5f, withAlpha(pal.textDim, 0.35f));
    view::drawPlanet(r, earth, earthR, earthStyle);
    view::drawPlanet(r, moon, moonR, moonStyle);
    LineStyle dashed;
    dashed.dash = 14;
    dashed.gap = 10;
    r.ellipse(ellipseCenter, a, b, tilt, 3.0f, withAlpha(pal.trajectory, 0.9f), dashed);
    // The station, a small marker on its orbit.
    Vec2 station = earth + fromAngle(-0.9) * 8.3;
    r.circle(station, 0.22, pal.tealBright);
    r.ring(station, 0.42, 2.0f, withAlpha(pal.tealBright, 0.6f));
    // The flown part of the path, solid, fading in.
    std::vector<Vec2> flown;
    for (int i = 0; i <= 40; ++i) {
        double ang = shipAnomaly - 1.1 + 1.1 * i / 40.0;
        flown.push_back(ellipseCenter + rotate({a * std::cos(ang), b * std::sin(ang)}, tilt));
    }
    r.polyline(flown, 3.0f, withAlpha(pal.accent, 0.95f));
    exhaust.draw(r);
    drawShip(r, shipPos, shipDir, 1.5);
    r.arrow(shipPos + shipDir * 1.8, shipPos + shipDir * 4.6, 4.0f, pal.accent);
    r.endFrame();
    st = r.stats();

    // Labels over the world.
    ui::LabelStyle ls;
    ui::label(cam.worldToScreen(earth - Vec2{0, earthR + 1.4}), "地球 Earth", ls);
    ui::label(cam.worldToScreen(moon - Vec2{0, moonR + 1.2}), "月球 Moon", ls);
    ui::LabelStyle vs;
    vs.color = pal.accentHot;
    vs.align = ui::Align::Left;
    vs.background = withAlpha(pal.spaceDeep, 0.7f);
    ui::label(cam.worldToScreen(shipPos + shipDir * 4.6) + Vec2{-20, 24}, "7.9 km/s", vs);
    ui::LabelStyle ss;
    ss.color = pal.tealBright;
    ss.scale = 0.8f;
    ui::label(cam.worldToScreen(station) + Vec2{0, 26}, "天宫 Tiangong", ss);

    // A mission panel in the game's theme.
    ImGui::SetNextWindowPos(ImVec2(in.windowWidth - 410.0f, 28.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(380.0f, 0.0f), ImGuiCond_Always);
    ImGui::Begin("星途 Starpath", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    view::titleText("星途 Starpath");
    view::centeredText("第一章 · 东方红一号", pal.textDim);
    ImGui::Separator();
    ImGui::TextUnformatted("轨道速度 7.9 km/s");
    ImGui::TextColored(ImVec4(pal.textDim.r, pal.textDim.g, pal.textDim.b, 1), "Orbital speed — 轨道速度");
    view::chip("高度 439 km", withAlpha(pal.teal, 0.35f));
    ImGui::SameLine();
    view::chip("★★☆", withAlpha(pal.accent, 0.3f));
    static float thrust = 65;
    ImGui::SetNextItemWidth(-1);
    ImGui::SliderFloat("##thrust", &thrust, 0, 100, "推力 Thrust %.0f%%");
    static bool showOrbit = true;
    ImGui::Checkbox("显示轨道 Show orbit", &showOrbit);
    ImGui::Spacing();
    view::primaryButton("发射 Launch!", 0);
    view::secondaryButton("重试 Retry", (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f);
    ImGui::SameLine();
    view::secondaryButton("设置 Settings", 0);
    ImGui::End();

    // A HUD strip at the bottom-left, with the renderer's stats.
    ImGui::SetNextWindowPos(ImVec2(24.0f, in.windowHeight - 24.0f), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowBgAlpha(0.75f);
    ImGui::Begin("##hud", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
    ImGui::Text("T+ 00:42   Δv 1.2 km/s   %d draw call%s · %d vertices", st.drawCalls, st.drawCalls == 1 ? "" : "s", st.vertices);
    ImGui::End();

    if (frame == 2) g.app.requestScreenshot(path);
    g.app.endFrame();
    }
    INFO("renderer: " << st.drawCalls << " draw calls, " << st.vertices << " vertices, " << st.shapes << " shapes");
    CHECK(sp::fileExists(path));
    GLenum err = glGetError();
    INFO("GL error 0x" << std::hex << err);
    CHECK(err == GL_NO_ERROR);
    CHECK(st.drawCalls <= 5);   // shapes | Earth | glow + shapes | Moon | shapes
    WARN("showcase: " << path << " (" << st.drawCalls << " draw calls, " << st.vertices << " vertices)");
}
