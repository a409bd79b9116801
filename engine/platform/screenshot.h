// Reads the current default framebuffer back and writes it as a PNG (rows flipped: GL's
// origin is bottom-left, PNG's top-left). Call it after drawing and before the swap; App
// does that for you with App::requestScreenshot().
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sp::platform {

// RGBA8, top row first. Returns false if the size is empty.
bool readFramebuffer(int width, int height, std::vector<uint8_t>& rgba);
bool saveFramebufferPng(const std::string& path, int width, int height);
bool writePng(const std::string& path, int width, int height, const uint8_t* rgba);

} // namespace sp::platform
