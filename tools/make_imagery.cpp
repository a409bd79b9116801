// Build-time tool: the Earth's pictures for the game, scaled to what the screen needs.
//   make_imagery SOURCE.jpg OUT.jpg WIDTH HEIGHT QUALITY
// Reads NASA's Blue Marble or its night lights from Debian's xplanet-images (2048x1024,
// "not copyrighted", as the package's README says), scales it down with stb_image_resize and
// writes a JPEG for the game to decode at start (engine/platform/image.h). Built for the host
// natively and, in the web preset, as WebAssembly run by Node.js, so both builds make the same
// files the same way (cmake/Imagery.cmake).
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_resize.h>
#include <stb_image_write.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: make_imagery SOURCE.jpg OUT.jpg WIDTH HEIGHT QUALITY\n");
        return 2;
    }
    const int outW = std::atoi(argv[3]), outH = std::atoi(argv[4]), quality = std::atoi(argv[5]);
    if (outW < 2 || outH < 2 || outW > 8192 || outH > 8192) {
        std::fprintf(stderr, "make_imagery: size %s x %s is not 2..8192\n", argv[3], argv[4]);
        return 2;
    }
    int w = 0, h = 0, channels = 0;
    unsigned char* in = stbi_load(argv[1], &w, &h, &channels, 3);
    if (!in) {
        std::fprintf(stderr, "make_imagery: cannot read %s: %s (is xplanet-images installed?)\n", argv[1], stbi_failure_reason());
        return 1;
    }
    std::vector<unsigned char> out(size_t(outW) * outH * 3);
    const int ok = stbir_resize_uint8_srgb(in, w, h, 0, out.data(), outW, outH, 0, 3, STBIR_ALPHA_CHANNEL_NONE, 0);
    stbi_image_free(in);
    if (!ok || !stbi_write_jpg(argv[2], outW, outH, 3, out.data(), quality < 1 || quality > 100 ? 90 : quality)) {
        std::fprintf(stderr, "make_imagery: cannot write %s\n", argv[2]);
        return 1;
    }
    std::printf("make_imagery: %s (%dx%d) -> %s (%dx%d)\n", argv[1], w, h, argv[2], outW, outH);
    return 0;
}
