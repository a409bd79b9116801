// The batch: CPU-side vertex/index arrays, one dynamic VBO, and a short list of commands
// (runs of indices drawn with the same program). Shapes (shapes.cpp, lines.cpp) append to
// the arrays through reserve().
//
// Index
// [SECTION] GL objects
// [SECTION] Surface maps
// [SECTION] Frame
// [SECTION] Spaces
#include "engine/render/renderer.h"
#include "engine/core/log.h"
#include "engine/render/shader_source.h"
#include <GLES3/gl3.h>
#include <algorithm>
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
// Surface map layers kept on the GPU (2 MB each plus mipmaps; a map with a night side is two).
constexpr int kMaxMapLayers = 16;

// [SECTION] GL objects

struct Renderer::Gl {
    struct Program { GLuint id = 0; GLint uScreen = -1, uAA = -1, uMaps = -1, uMapWidth = -1; };
    Program shapes, spheres;
    GLuint vao = 0, vbo = 0, ibo = 0;
    GLuint maps = 0;                     // GL_TEXTURE_2D_ARRAY: each map's day layer, then its night layer
    struct Map { std::string name; int layer; bool night; };
    std::vector<Map> mapIndex;           // handle = index
    std::vector<std::vector<uint8_t>> layers;   // CPU copies, to rebuild the array when it grows
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
        !link(detail::kSphereFragmentHead, detail::kSphereFragmentMain, g->spheres.id)) {
        if (g->shapes.id) glDeleteProgram(g->shapes.id);
        delete g;
        return false;
    }
    for (Gl::Program* p : {&g->shapes, &g->spheres}) {
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
    glDeleteProgram(gl_->spheres.id);
    if (gl_->maps) glDeleteTextures(1, &gl_->maps);
    delete gl_;
    gl_ = nullptr;
}

// [SECTION] Surface maps

int Renderer::findSurfaceMap(const std::string& name) const {
    if (!gl_) return -1;
    for (size_t i = 0; i < gl_->mapIndex.size(); ++i)
        if (gl_->mapIndex[i].name == name) return int(i);
    return -1;
}

int Renderer::addSurfaceMap(const std::string& name, const std::vector<uint8_t>& day, const std::vector<uint8_t>& night) {
    if (!gl_) return -1;
    if (int found = findSurfaceMap(name); found >= 0) return found;
    const size_t bytes = size_t(kSurfaceMapWidth) * kSurfaceMapHeight * 4;
    const bool hasNight = !night.empty();
    if (day.size() != bytes || (hasNight && night.size() != bytes)) {
        logWarn("surface map " + name + " is not " + std::to_string(kSurfaceMapWidth) + "x" +
                std::to_string(kSurfaceMapHeight) + " RGBA: not used");
        return -1;
    }
    auto& layers = gl_->layers;
    if (int(layers.size()) + (hasNight ? 2 : 1) > kMaxMapLayers) return -1;
    gl_->mapIndex.push_back({name, int(layers.size()), hasNight});
    layers.push_back(day);
    if (hasNight) layers.push_back(night);

    // Rebuild the array with the new layers (rare: once per new look).
    const int W = kSurfaceMapWidth, H = kSurfaceMapHeight;
    if (gl_->maps) glDeleteTextures(1, &gl_->maps);
    glGenTextures(1, &gl_->maps);
    glBindTexture(GL_TEXTURE_2D_ARRAY, gl_->maps);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage3D(GL_TEXTURE_2D_ARRAY, 0, GL_RGBA8, W, H, GLsizei(layers.size()), 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    for (size_t i = 0; i < layers.size(); ++i)
        glTexSubImage3D(GL_TEXTURE_2D_ARRAY, 0, 0, 0, GLint(i), W, H, 1, GL_RGBA, GL_UNSIGNED_BYTE, layers[i].data());
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_S, GL_REPEAT);          // longitude wraps
    glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);   // poles do not
    glGenerateMipmap(GL_TEXTURE_2D_ARRAY);
    glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
    return int(gl_->mapIndex.size()) - 1;
}

int Renderer::mapLayer(int map, bool* night) const {
    *night = false;
    if (!gl_ || map < 0 || map >= int(gl_->mapIndex.size())) return -1;
    *night = gl_->mapIndex[size_t(map)].night;
    return gl_->mapIndex[size_t(map)].layer;
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
        const Gl::Program* p = c.pipeline == Pipeline::Spheres ? &gl_->spheres : &gl_->shapes;
        if (p != current) {
            current = p;
            glUseProgram(p->id);
            glUniform2f(p->uScreen, float(winW_), float(winH_));
            glUniform1f(p->uAA, 1.0f / pixelRatio_);
            if (p->uMaps >= 0) glUniform1i(p->uMaps, 0);
            if (p->uMapWidth >= 0) glUniform1f(p->uMapWidth, float(kSurfaceMapWidth));
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
