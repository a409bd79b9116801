// The renderer's shaders (GLSL ES 3.00 = WebGL2). Internal to engine/render.
//
// Two programs share one vertex format and vertex shader. They are separate because a
// software rasterizer (llvmpipe, SwiftShader) pays for every branch of a shader on every
// pixel: with the sphere code in it, a flat full-screen rectangle cost 150 ms instead of
// 10 ms under llvmpipe. The cheap shape program must not carry the sphere's code.
//
// Shape program: every vertex carries a mode; the fragment shader turns shape-local
// coordinates (pixels) into coverage, so edges are antialiased analytically at any zoom:
//   0 FLAT    color as is (feathered fills carry their own alpha ramp)
//   1 DISC    uv = offset from center; a = outer radius, b = inner radius (0 = filled),
//             c = edge softness (<= 1 px: crisp antialiased edge; more: a soft glow)
//   2 LINE    uv = (along, across); a = half width, b = length for end caps (< 0: none)
//   4 GLOW    uv = offset from center; a = sphere radius, b = glow width, c = light angle
// Sphere program, only sphere discs (3 SPHERE): uv = offset from center; a = radius,
// b = light angle, c = maps (0 none, 1 day, 2 day + night) + spin phase, color = the plain
// surface with night brightness in alpha; the day map's layer rides in `mode` as
// 3 + 32 * layer (the night map is the next layer). Maps: renderer.h, kSurfaceMapWidth.
// Any shape mode + 16 = additive (written with alpha 0 into premultiplied blending).
// A fragment shader is compiled from three strings: head (inputs), kGlowFunction, main.
#pragma once

namespace sp::gfx::detail {

inline const char* kVertexShader = R"GLSL(#version 300 es
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec2 aUv;
layout(location = 2) in vec4 aColor;
layout(location = 3) in vec4 aColor2;
layout(location = 4) in vec4 aParams;
uniform vec2 uScreen;
out vec2 vUv;
out vec4 vColor;
out vec4 vColor2;
out vec4 vParams;
void main() {
    vec2 ndc = aPos / uScreen * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
    vUv = aUv;
    vColor = aColor;
    vColor2 = aColor2;
    vParams = aParams;
}
)GLSL";

inline const char* kGlowFunction = R"GLSL(
vec4 glow(vec2 uv, float radius, float width, float lightAngle, vec4 color) {
    float d = length(uv);
    vec2 dir = d > 0.0 ? vec2(uv.x, -uv.y) / d : vec2(0.0);
    float lit = smoothstep(-0.55, 0.65, dot(dir, vec2(cos(lightAngle), sin(lightAngle))));
    float t = (d - radius) / width;
    float outside = exp(-3.2 * max(t, 0.0)) * (1.0 - smoothstep(0.75, 1.0, t));
    // Inside the limb, a thin haze that brightens right at the edge.
    float inside = exp(-max(-t, 0.0) * 9.0);
    float a = (t > 0.0 ? outside : inside * 0.85) * (0.18 + 0.82 * lit);
    return vec4(color.rgb, a * color.a);
}
)GLSL";

inline const char* kShapeFragmentHead = R"GLSL(#version 300 es
precision highp float;
in vec2 vUv;
in vec4 vColor;
in vec4 vColor2;
in vec4 vParams;
uniform float uAA;      // one device pixel, in window pixels
out vec4 outColor;
)GLSL";
inline const char* kShapeFragmentMain = R"GLSL(
void main() {
    float mode = vParams.w;
    bool additive = mode >= 15.5;
    if (additive) mode -= 16.0;
    vec4 c = vColor;
    if (mode > 0.5 && mode < 1.5) {
        float d = length(vUv);
        float soft = max(vParams.z, uAA);
        c.a *= 1.0 - smoothstep(vParams.x - soft + 0.5 * uAA, vParams.x + 0.5 * uAA, d);
        if (vParams.y > 0.0) c.a *= smoothstep(vParams.y - 0.5 * uAA, vParams.y + 0.5 * uAA, d);
    } else if (mode > 1.5 && mode < 2.5) {
        float cov = clamp((vParams.x - abs(vUv.y)) / uAA + 0.5, 0.0, 1.0);
        if (vParams.y >= 0.0)
            cov *= clamp(vUv.x / uAA + 0.5, 0.0, 1.0) * clamp((vParams.y - vUv.x) / uAA + 0.5, 0.0, 1.0);
        c.a *= cov;
    } else if (mode > 3.5) {
        c = glow(vUv, vParams.x, vParams.y, vParams.z, vColor);
    }
    if (c.a <= 0.0) discard;
    outColor = vec4(c.rgb * c.a, additive ? 0.0 : c.a);
}
)GLSL";

inline const char* kSphereFragmentHead = R"GLSL(#version 300 es
precision highp float;
precision highp sampler2DArray;
in vec2 vUv;
in vec4 vColor;
in vec4 vColor2;
in vec4 vParams;
uniform float uAA;
uniform sampler2DArray uMaps;     // surface maps, see renderer.h
uniform float uMapWidth;
out vec4 outColor;
)GLSL";
inline const char* kSphereFragmentMain = R"GLSL(
vec4 sphere(vec2 uv, float radius, float lightAngle, float mapsSpin, float layer) {
    vec2 p = vec2(uv.x, -uv.y) / radius;          // y up, unit disc
    float r = length(p);
    float edge = clamp((radius - r * radius) / uAA + 0.5, 0.0, 1.0);
    if (edge <= 0.0) return vec4(0.0);
    vec3 n = vec3(p, sqrt(max(0.0, 1.0 - dot(p, p))));
    vec3 L = normalize(vec3(cos(lightAngle), sin(lightAngle), 0.45));
    float maps = floor(mapsSpin);
    float spin = fract(mapsSpin);
    float fromPole = step(3.5, maps);              // 4 and up: seen from above the north pole
    maps -= 4.0 * fromPole;
    vec3 col = vColor.rgb;
    float gloss = 0.0;
    vec3 glowing = vec3(0.0);
    if (maps > 0.5) {
        // Longitude/latitude of this point of the sphere; the map scrolls with the spin. Side
        // on, the north pole is up; from above it, the pole is the centre, the equator the rim
        // and longitude runs counter-clockwise (east), from +x where spin is 0.
        float lon = fromPole > 0.5 ? atan(n.y, n.x) * 0.15915494 + 0.5 : atan(n.x, n.z) * 0.15915494 + 0.5;
        float lat = asin(clamp(fromPole > 0.5 ? n.z : n.y, -1.0, 1.0)) * 0.31830989 + 0.5;
        // Level of detail from the sphere's size on screen: no shimmer when it is small.
        float lod = max(0.0, log2(uMapWidth * uAA / (3.14159 * radius)));
        vec4 f = textureLod(uMaps, vec3(lon - spin, lat, layer), lod);
        col = f.rgb * 2.0;                          // stored at half brightness
        gloss = f.a;
        if (maps > 1.5) glowing = textureLod(uMaps, vec3(lon - spin, lat, layer + 1.0), lod).rgb;
    }
    // Light: a soft terminator, a little light left on the night side, a glint of the light
    // where the surface is glossy, what glows in the dark.
    float ndl = dot(n, L);
    float day = smoothstep(-0.08, 0.22, ndl);
    float night = vColor.a;
    vec3 lit = col * (0.25 + 0.9 * max(ndl, 0.0));
    vec3 dark = col * night + glowing * (1.0 - day);
    vec3 outc = mix(dark, lit, day);
    vec3 h = normalize(L + vec3(0.0, 0.0, 1.0));
    outc += vec3(1.0, 0.95, 0.85) * pow(max(dot(n, h), 0.0), 60.0) * gloss * 0.55 * day;
    // Limb darkening keeps it round even where it is flat-colored.
    outc *= 0.78 + 0.22 * n.z;
    return vec4(outc, edge);
}

// A map laid flat (Renderer::flatMap): uv is how far across and down, x the longitude shift.
vec4 flatMap(vec2 uv, float shift, float brightness, float layer) {
    vec4 f = texture(uMaps, vec3(uv.x + shift, 1.0 - uv.y, layer));
    return vec4(f.rgb * 2.0 * brightness, 1.0);      // stored at half brightness
}

void main() {
    vec4 c = vParams.z > 7.5 ? flatMap(vUv, vParams.x, vParams.y, floor(vParams.w / 32.0))
                             : sphere(vUv, vParams.x, vParams.y, vParams.z, floor(vParams.w / 32.0));
    if (c.a <= 0.0) discard;
    outColor = vec4(c.rgb * c.a, c.a);
}
)GLSL";

} // namespace sp::gfx::detail
