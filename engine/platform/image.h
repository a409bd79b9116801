// Pictures read from files (JPEG, PNG) with stb_image: the Earth's surface maps. This file's
// .cpp holds the project's one stb_image implementation.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sp::platform {

struct Image {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;   // width * height * 4, row 0 at the top
};

// The picture at `path`, or an empty Image (width 0) and a logged warning that says why.
Image loadImage(const std::string& path);

} // namespace sp::platform
