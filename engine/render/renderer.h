// The 2D renderer: every shape of a frame goes into one vertex buffer, uploaded once, and
// is drawn with two shader programs: a cheap one for all shapes and one for lit spheres.
// Consecutive shapes share a draw call, so a frame costs 1 call plus 2 per sphere drawn
// between other shapes (the showcase: 5). Edges are antialiased analytically in the fragment
// shader (each vertex carries its distance to the shape's edge in pixels), which looks the
// same on llvmpipe, a phone and WebGL2 without MSAA. Normal and additive blending share the
// batch (premultiplied alpha: additive = alpha 0). A sphere's surface is a map its caller
// bakes once and hands over (addSurfaceMap): what a planet looks like is the game's choice.
//
// Spaces: after useCamera(cam), positions and radii are world units and widths are in
// pixels (an orbit stays 2 px wide at any zoom); after useScreen(), everything is window
// pixels (HUD). Draw order is submission order.
//
//   r.beginFrame(in.windowWidth, in.windowHeight, in.pixelRatio, background);
//   r.useCamera(cam);  stars.draw(r, cam, t);  r.sphere(earthPos, 6.4, earthStyle);
//   LineStyle dashed; dashed.dash = 10;  r.polyline(points, 2, withAlpha(teal, .8f), dashed);
//   r.useScreen();     r.roundedRect(...);
//   r.endFrame();      // flushes; ImGui draws on top afterwards
#pragma once
#include "engine/core/vec2.h"
#include "engine/render/camera.h"
#include "engine/render/color.h"
#include <cstdint>
#include <string>
#include <vector>

namespace sp::gfx {

struct RenderStats {
    int drawCalls = 0;
    int vertices = 0;
    int indices = 0;
    int shapes = 0;          // primitives submitted
};

struct LineStyle {
    float dash = 0;          // dash length in pixels; 0 = solid
    float gap = 0;           // gap length in pixels (defaults to dash when 0)
    float dashOffset = 0;    // pixels; animate it to make a dashed path "flow"
    bool roundJoins = false; // false = mitered (bevelled when too sharp)
    bool closed = false;     // connect the last point back to the first
    bool additive = false;
};

// A sphere seen from afar (a planet, a moon, a ball): a disc shaded by a distant light, its
// surface read from a map (or one plain color), with an optional glow around its rim.
struct SphereStyle {
    Color color = rgb(0x808080);    // the surface when there is no map, and the dot when tiny
    int map = -1;                   // a handle from addSurfaceMap; -1 = plain `color`
    float spin = 0;                 // how far the surface has turned, 0..1 of a turn
    float lightAngle = 0.6f;        // radians, direction *toward* the light (world, CCW from +x)
    float nightBrightness = 0.08f;  // how much of the dark side stays visible
    Color glow = rgb(0, 0.0f);      // a halo at the rim (alpha scales it); alpha 0 = none
    float glowWidth = 0.12f;        // its thickness as a fraction of the radius
    // Seen from above its north pole instead of side on: the map's north pole at the centre,
    // the equator at the rim, east counter-clockwise; `spin` is then where longitude 0 points,
    // as a fraction of a turn counter-clockwise from +x.
    bool fromPole = false;
};

// Surface maps are equirectangular: longitude across (the left edge is 180 degrees west of
// the disc's center when spin = 0), latitude up, row 0 = the south pole; RGBA8, this size.
//   day:   RGB = the surface's color at half brightness (so a highlight may reach twice
//          white before the light dims it); A = how glossy it is (a glint of the light: water)
//   night: optional, RGB = light the dark side gives off (city lights); A unused
constexpr int kSurfaceMapWidth = 1024;
constexpr int kSurfaceMapHeight = 512;

class Renderer {
public:
    Renderer();
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    bool init();           // needs a current GLES 3.0 context; false if shaders fail
    void shutdown();

    // Clears to `clear` (pass alpha 0 to keep what is there) and resets the stats.
    void beginFrame(int windowWidth, int windowHeight, float pixelRatio, Color clear);
    void endFrame();       // flushes everything; GL state is left as ImGui expects
    void flush();          // draws what is batched now (rarely needed)

    void useCamera(const Camera2D& cam);
    void useScreen();
    const RenderStats& stats() const { return stats_; }       // of the current/last frame

    // --- Shapes (positions/radii in the current space; widths in pixels) ---------------------
    void circle(Vec2 c, double radius, Color color);
    void ring(Vec2 c, double radius, float widthPx, Color color);
    // A disc whose alpha falls off smoothly over `softPx` pixels: glows, particles, blobs.
    void softCircle(Vec2 c, double radius, float softPx, Color color, bool additive = false);
    void arc(Vec2 c, double radius, double angleFrom, double angleTo, float widthPx, Color color,
             const LineStyle& style = {});
    void line(Vec2 a, Vec2 b, float widthPx, Color color);
    void polyline(const std::vector<Vec2>& pts, float widthPx, Color color, const LineStyle& style = {});
    void polyline(const Vec2* pts, int count, float widthPx, Color color, const LineStyle& style = {});
    void arrow(Vec2 from, Vec2 to, float widthPx, Color color, float headPx = 0);
    void ellipse(Vec2 c, double a, double b, double rotation, float widthPx, Color color,
                 const LineStyle& style = {});
    void convexPolygon(const Vec2* pts, int count, Color color);      // any winding
    void triangle(Vec2 a, Vec2 b, Vec2 c, Color color);
    void rect(Vec2 lo, Vec2 hi, Color color);                          // filled, axis-aligned
    void rectGradient(Vec2 lo, Vec2 hi, Color top, Color bottom);      // vertical gradient
    // The area between a line running left to right and the level `bottomY` under it, in one
    // seamless strip (no feathered edges inside it: draw the line itself on top). `top` at the
    // line, `bottom` at bottomY. A landing site's ground.
    void fillBelow(const std::vector<Vec2>& line, double bottomY, Color top, Color bottom);
    void roundedRect(Vec2 lo, Vec2 hi, float radiusPx, Color color);   // filled
    void sphere(Vec2 c, double radius, const SphereStyle& style);      // lit disc + rim glow
    // A surface map laid flat in the rectangle [lo, hi] (an equirectangular world map, north
    // up), its middle at longitude `centreLonDeg`, at `brightness` (1 = the map as stored).
    void flatMap(Vec2 lo, Vec2 hi, int map, double centreLonDeg, float brightness = 1.0f);

    // --- Surface maps for spheres, kept on the GPU under a name the caller chooses -----------
    // Returns the handle for SphereStyle::map, or -1 when the GPU holds no room for more
    // (the sphere is then drawn in its plain color). Maps of a wrong size are refused (-1).
    int addSurfaceMap(const std::string& name, const std::vector<uint8_t>& day, const std::vector<uint8_t>& night = {});
    int findSurfaceMap(const std::string& name) const;   // -1 if none was added under that name

    // Current transform, for code that builds its own geometry.
    Vec2 toScreen(Vec2 p) const;
    double scale() const { return scale_; }    // pixels per unit in the current space

    // --- Raw access for other render modules (starfield, particles) --------------------------
    struct Vertex {
        float x, y;          // window pixels
        float u, v;          // shape-local coordinates in pixels (meaning depends on mode)
        uint32_t color;      // packed straight RGBA
        uint32_t color2;
        float a, b, c;       // shape parameters (pixels / radians)
        float mode;          // see renderer.cpp [SECTION] Shader
    };
    Vertex* reserve(int vertexCount, int indexCount, uint32_t** indices, uint32_t* baseIndex);

private:
    // Runs of the batch drawn with the same program: a new one starts only when the program
    // changes (shapes <-> spheres), so a frame is typically 1-3 draw calls.
    enum class Pipeline : uint8_t { Shapes, Spheres };
    struct Command { Pipeline pipeline; uint32_t firstIndex, count; };
    int mapLayer(int map, bool* night) const;   // the map's first layer in the array, -1 if none

    struct Gl;
    Gl* gl_ = nullptr;
    std::vector<Vertex> verts_;
    std::vector<uint32_t> indices_;
    std::vector<Command> commands_;
    Pipeline pipeline_ = Pipeline::Shapes;
    RenderStats stats_;
    int winW_ = 0, winH_ = 0;
    float pixelRatio_ = 1;
    bool cameraSpace_ = false;
    Camera2D cam_;
    double scale_ = 1;
};

} // namespace sp::gfx
