#include "engine/platform/image.h"

#include "engine/core/log.h"

#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_ONLY_PNG
#include <stb_image.h>

namespace sp::platform {

Image loadImage(const std::string& path) {
    Image img;
    int channels = 0;
    unsigned char* px = stbi_load(path.c_str(), &img.width, &img.height, &channels, 4);
    if (!px) {
        logWarn("cannot read the picture " + path + ": " + stbi_failure_reason());
        img.width = img.height = 0;
        return img;
    }
    img.rgba.assign(px, px + size_t(img.width) * img.height * 4);
    stbi_image_free(px);
    return img;
}

} // namespace sp::platform
