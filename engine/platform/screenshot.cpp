// Framebuffer readback and PNG writing. This file holds the game's one stb_image_write
// implementation (the build-time tool tools/make_imagery.cpp has its own).
#include "engine/platform/screenshot.h"
#include "engine/core/log.h"
#include <GLES3/gl3.h>
#include <cstring>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace sp::platform {

bool readFramebuffer(int width, int height, std::vector<uint8_t>& rgba) {
    if (width <= 0 || height <= 0) return false;
    rgba.resize(size_t(width) * height * 4);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    // GL's first row is the bottom one; images start at the top.
    std::vector<uint8_t> row(size_t(width) * 4);
    for (int y = 0; y < height / 2; ++y) {
        uint8_t* a = rgba.data() + size_t(y) * width * 4;
        uint8_t* b = rgba.data() + size_t(height - 1 - y) * width * 4;
        std::memcpy(row.data(), a, row.size());
        std::memcpy(a, b, row.size());
        std::memcpy(b, row.data(), row.size());
    }
    // The window is opaque: alpha left by blending would make the PNG look washed out.
    for (size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;
    return true;
}

bool writePng(const std::string& path, int width, int height, const uint8_t* rgba) {
    if (!stbi_write_png(path.c_str(), width, height, 4, rgba, width * 4)) {
        logWarn("cannot write screenshot " + path);
        return false;
    }
    return true;
}

bool saveFramebufferPng(const std::string& path, int width, int height) {
    std::vector<uint8_t> px;
    return readFramebuffer(width, height, px) && writePng(path, width, height, px.data());
}

} // namespace sp::platform
