// engine/core/qr: QR codes of the classroom's links. Their structure is checked here, and a
// real reader reads them back: each code is written as an image and decoded by zbarimg
// (Debian's zbar-tools), the way a phone's camera app would read the projector.
#include "engine/core/qr.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using namespace sp;

namespace {

// The code as a greyscale PGM image, `scale` pixels a module, with the four-module quiet zone
// a reader needs round it.
void writePgm(const QrCode& qr, const std::string& path, int scale = 4) {
    const int side = (qr.size + 8) * scale;
    std::ofstream f(path, std::ios::binary);
    f << "P5\n" << side << " " << side << "\n255\n";
    for (int py = 0; py < side; ++py)
        for (int px = 0; px < side; ++px) {
            const int x = px / scale - 4, y = py / scale - 4;
            const bool dark = x >= 0 && y >= 0 && x < qr.size && y < qr.size && qr.at(x, y);
            f.put(char(dark ? 0 : 255));
        }
}

// What zbarimg reads from the image ("" if nothing; "no zbarimg" if it is missing).
std::string readBack(const QrCode& qr) {
    static int n = 0;   // one file per code and per run: two test runs may share a machine
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("starpath-qr-" + std::to_string(getpid()) + "-" + std::to_string(n++) + ".pgm")).string();
    writePgm(qr, path);
    FILE* p = popen(("zbarimg --raw -q '" + path + "' 2>/dev/null").c_str(), "r");
    if (!p) return "no zbarimg";
    std::string out;
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    const int rc = pclose(p);
    std::filesystem::remove(path);
    if (rc != 0 && out.empty()) return std::filesystem::exists("/usr/bin/zbarimg") ? "" : "no zbarimg (apt-get install zbar-tools)";
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

// A finder pattern, the 7x7 square a reader looks for first, with its corner at (x0, y0).
bool finderAt(const QrCode& qr, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const int ring = std::max(std::abs(x - 3), std::abs(y - 3));   // 3: outer, 2: light, 0-1: centre
            if (qr.at(x0 + x, y0 + y) != (ring != 2)) return false;
        }
    return true;
}

} // namespace

TEST_CASE("QR codes of links have the size of their version, three finder patterns, and read back exactly", "[core][qr]") {
    const std::string lesson = "https://example.org/starpath/#lesson=eNp1kMFqwzAMhl8l6NxDs6Wj9Jqn2G1Qkhg2mMWxPMMI-fc9O6StYbez5O__"
                               "-P5lPzRBu4eEhuqWL-OSdSCx-YDcsc2UdBVd1XTT2JmpqKqmi1hq2o";
    const std::string code = "https://example.org/starpath/#code=SP1-2H4K-0Z9T-4QWE-7B3N-JD0X-QX7M";
    for (const std::string& text : {std::string("SP1-2H4K-0Z9T"), code, lesson, std::string(900, 'x')}) {
        const QrMake made = makeQr(text);
        REQUIRE(made.code.has_value());
        const QrCode& qr = *made.code;
        INFO(text.size() << " bytes: version " << qr.version);
        CHECK(qr.size == 17 + 4 * qr.version);
        CHECK(qr.dark.size() == size_t(qr.size) * size_t(qr.size));
        CHECK(finderAt(qr, 0, 0));
        CHECK(finderAt(qr, qr.size - 7, 0));
        CHECK(finderAt(qr, 0, qr.size - 7));
        CHECK_FALSE(finderAt(qr, qr.size - 7, qr.size - 7));   // never the fourth corner: that is how it knows up
        CHECK(readBack(qr) == text);
    }
    WARN("a progress code link: version " << makeQr(code).code->version << "; a " << lesson.size()
         << "-character lesson link: version " << makeQr(lesson).code->version);
    CHECK(makeQr(code).code->version <= 5);
}

TEST_CASE("a text longer than any QR code holds is refused with its length", "[core][qr]") {
    const QrMake biggest = makeQr(std::string(2331, 'a'));
    REQUIRE(biggest.code.has_value());
    CHECK(biggest.code->version == 40);
    const QrMake over = makeQr(std::string(2332, 'a'));
    CHECK_FALSE(over.code.has_value());
    CHECK(over.error.find("2332 bytes") != std::string::npos);
    CHECK_FALSE(makeQr(std::string(1 << 20, 'a')).code.has_value());
}
