// The batch: CPU-side vertex/index arrays, one dynamic VBO, and a short list of commands
// (runs of indices drawn with the same program). Shapes (shapes.cpp, lines.cpp) append to
// the arrays through reserve().
//
// Index
// [SECTION] GL objects
// [SECTION] Planet maps
// [SECTION] Frame
// [SECTION] Spaces
#include "engine/render/renderer.h"
#include "engine/core/log.h"
#include "engine/render/planet_maps.h"
#include "engine/render/shader_source.h"
#include <GLES3/gl3.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <vector>

namespace sp::gfx {

uint32_t packColor(Color c) {
    auto b = [](float v) { return uint32_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return b(c.r) | (b(c.g) << 8) | (b(c.b) << 16) | (b(c.a) << 24);
}

// Flush before the arrays get this big: bounded memory per upload.
constexpr int kMaxBatchVertices = 1 << 18;
// Distinct planet maps kept on the GPU (2 MB each plus mipmaps).
constexpr int kMaxPlanetMaps = 16;

// [SECTION] GL objects

struct Renderer::Gl {
    struct Program { GLuint id = 0; GLint uScreen = -1, uAA = -1, uMaps = -1, uMapWidth = -1; };
    Program shapes, planets;
    GLuint vao = 0, vbo = 0, ibo = 0;
    GLuint maps = 0;                     // GL_TEXTURE_2D_ARRAY, one layer per baked map
    struct Map { PlanetPattern pattern; uint32_t seed; std::vector<uint8_t> pixels; };
    std::vector<Map> mapCache;           // CPU copies, to rebuild the array when it grows
};

static GLuint compile(GLenum type, std::initializer_list<const char*> parts) {
    GLuint s = glCreateShader(type);
    std::vector<const char*> src(parts);
    glShaderSource(s, GLsizei(src.size()), src.data(), nullptr);
    glCompileShader(s);
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[2048];
        glGetShaderInfoLog(s, sizeof log, nullptr, log);
        logError(std::string("renderer shader: ") + log);
        glDeleteShader(s);
        return 0;
    }
    return s;
}

static bool link(const char* fsHead, const char* fsMain, GLuint& out) {
    GLuint vs = compile(GL_VERTEX_SHADER, {detail::kVertexShader});
    GLuint fs = compile(GL_FRAGMENT_SHADER, {fsHead, detail::kGlowFunction, fsMain});
    if (!vs || !fs) {
        if (vs) glDeleteShader(vs);
        if (fs) glDeleteShader(fs);
        return false;
    }
    GLuint p = glCreateProgram();
    glAttachShader(p, vs);
    glAttachShader(p, fs);
    glLinkProgram(p);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(p, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[2048];
        glGetProgramInfoLog(p, sizeof log, nullptr, log);
        logError(std::string("renderer link: ") + log);
        glDeleteProgram(p);
        return false;
    }
    out = p;
    return true;
}

Renderer::Renderer() = default;
Renderer::~Renderer() { shutdown(); }

bool Renderer::init() {
    if (gl_) return true;
    auto* g = new Gl;
    if (!link(detail::kShapeFragmentHead, detail::kShapeFragmentMain, g->shapes.id) ||
        !link(detail::kPlanetFragmentHead, detail::kPlanetFragmentMain, g->planets.id)) {
        if (g->shapes.id) glDeleteProgram(g->shapes.id);
        delete g;
        return false;
    }
    for (Gl::Program* p : {&g->shapes, &g->planets}) {
        p->uScreen = glGetUniformLocation(p->id, "uScreen");
        p->uAA = glGetUniformLocation(p->id, "uAA");
        p->uMaps = glGetUniformLocation(p->id, "uMaps");
        p->uMapWidth = glGetUniformLocation(p->id, "uMapWidth");
    }

    glGenVertexArrays(1, &g->vao);
    glGenBuffers(1, &g->vbo);
    glGenBuffers(1, &g->ibo);
    glBindVertexArray(g->vao);
    glBindBuffer(GL_ARRAY_BUFFER, g->vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g->ibo);
    const GLsizei stride = sizeof(Vertex);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(Vertex, x));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(Vertex, u));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, (void*)offsetof(Vertex, color));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, (void*)offsetof(Vertex, color2));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(Vertex, a));
    glBindVertexArray(0);
    gl_ = g;
    verts_.reserve(4096);
    indices_.reserve(6144);
    return true;
}

void Renderer::shutdown() {
    if (!gl_) return;
    glDeleteBuffers(1, &gl_->vbo);
    glDeleteBuffers(1, &gl_->ibo);
    glDeleteVertexArrays(1, &gl_->vao);
    glDeleteProgram(gl_->shapes.id);
    glDeleteProgram(gl_->planets.id);
    if (gl_->maps) glDeleteTextures(1, &gl_->maps);
    delete gl_;
    gl_ = nullptr;
}

// [SECTION] Planet maps

int Renderer::planetLayer(PlanetPattern pattern, uint32_t seed) {
    if (!gl_ || pattern == PlanetPattern::Plain) return 0;
    auto& cache = gl_->mapCache;
    for (size_t i = 0; i < cache.size(); ++i)
        if (cache[i].pattern == pattern && cache[i].seed == seed) return int(i);
    if (int(cache.size()) >= kMaxPlanetMaps) {
        for (size_t i = 0; i < cache.size(); ++i)   // full: share a map of the same kind
            if (cache[i].pattern == pattern) return int(i);
        return 0;
    }
    auto t0 = std::chrono::steady_clock::now();
    cache.push_back({pattern, seed, detail::bakePlanetMap(pattern, seed)});
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    logInfo("planet map " + std::to_string(int(pattern)) + "/" + std::to_string(seed) + " baked in " +
            std::to_string(int(ms)) + " ms");

    // Rebuild the array with one more layer (rare: once per new planet look).
    const int W = detail::kPlanetMapWidth, H = detail::kPlanetMapHeight;
    if (gl_->maps) glDeleteTextures(1, &gl_->maps);
    glGenTextures(1, &gl_->maps);
    glBindTexture(GL_TEXTURE_2D_ARRAY, gl_->maps);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage3D(GL_TEXTURE_2D_ARRAY, 0, GL_RGBA8, W, H, GLsizei(cache.size()), 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    for (size_t i = 0; i < cache.size(); ++i)
        glTexSubImage3D(GL_TEXTURE_2D_ARRAY, 0, 0, 0, GLint(i), W, H, 1, GL_RGBA, GL_UNSIGNED_BYTE, cache[i].pixels.data());
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_S, GL_REPEAT);          // longitude wraps
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);   // poles do not
    glGenerateMipmap(GL_TEXTURE_2D_ARRAY);
    glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
    return int(cache.size()) - 1;
}

// [SECTION] Frame

void Renderer::beginFrame(int windowWidth, int windowHeight, float pixelRatio, Color clear) {
    winW_ = std::max(windowWidth, 1);
    winH_ = std::max(windowHeight, 1);
    pixelRatio_ = pixelRatio > 0 ? pixelRatio : 1.0f;
    stats_ = RenderStats();
    verts_.clear();
    indices_.clear();
    commands_.clear();
    pipeline_ = Pipeline::Shapes;
    useScreen();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, int(std::lround(winW_ * pixelRatio_)), int(std::lround(winH_ * pixelRatio_)));
    if (clear.a > 0) {
        glClearColor(clear.r, clear.g, clear.b, 1.0f);   // opaque: a web canvas must not show the page
        glClear(GL_COLOR_BUFFER_BIT);
    }
}

void Renderer::flush() {
    if (!gl_ || indices_.empty()) return;
    glBindVertexArray(gl_->vao);
    glBindBuffer(GL_ARRAY_BUFFER, gl_->vbo);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(verts_.size() * sizeof(Vertex)), verts_.data(), GL_STREAM_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gl_->ibo);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(indices_.size() * sizeof(uint32_t)), indices_.data(), GL_STREAM_DRAW);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);   // premultiplied: normal and additive at once
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D_ARRAY, gl_->maps);
    const Gl::Program* current = nullptr;
    for (const Command& c : commands_) {
        const Gl::Program* p = c.pipeline == Pipeline::Planets ? &gl_->planets : &gl_->shapes;
        if (p != current) {
            current = p;
            glUseProgram(p->id);
            glUniform2f(p->uScreen, float(winW_), float(winH_));
            glUniform1f(p->uAA, 1.0f / pixelRatio_);
            if (p->uMaps >= 0) glUniform1i(p->uMaps, 0);
            if (p->uMapWidth >= 0) glUniform1f(p->uMapWidth, float(detail::kPlanetMapWidth));
        }
        glDrawElements(GL_TRIANGLES, GLsizei(c.count), GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(uintptr_t(c.firstIndex) * sizeof(uint32_t)));
        stats_.drawCalls += 1;
    }
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
    stats_.vertices += int(verts_.size());
    stats_.indices += int(indices_.size());
    verts_.clear();
    indices_.clear();
    commands_.clear();
}

void Renderer::endFrame() {
    flush();
    glUseProgram(0);
}

Renderer::Vertex* Renderer::reserve(int vertexCount, int indexCount, uint32_t** indices, uint32_t* baseIndex) {
    if (int(verts_.size()) + vertexCount > kMaxBatchVertices) flush();
    size_t v0 = verts_.size(), i0 = indices_.size();
    verts_.resize(v0 + size_t(vertexCount));
    indices_.resize(i0 + size_t(indexCount));
    if (commands_.empty() || commands_.back().pipeline != pipeline_)
        commands_.push_back({pipeline_, uint32_t(i0), 0});
    commands_.back().count += uint32_t(indexCount);
    *indices = indices_.data() + i0;
    *baseIndex = uint32_t(v0);
    stats_.shapes += 1;
    return verts_.data() + v0;
}

// [SECTION] Spaces

void Renderer::useCamera(const Camera2D& cam) {
    cam_ = cam;
    cam_.setViewport(winW_, winH_);
    cameraSpace_ = true;
    scale_ = cam_.zoom;
}

void Renderer::useScreen() {
    cameraSpace_ = false;
    scale_ = 1;
}

Vec2 Renderer::toScreen(Vec2 p) const { return cameraSpace_ ? cam_.worldToScreen(p) : p; }

} // namespace sp::gfx
