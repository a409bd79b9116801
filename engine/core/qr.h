// QR codes of links: a lesson on the projector, a student's progress code for the teacher's
// phone. The modules of the smallest QR code that holds the text, made by Debian's qrcodegen
// (libqrcodegencpp-dev natively; the browser build compiles the same source package). Drawing
// them is the caller's: a grid of squares with a quiet zone of four modules round it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sp {

struct QrCode {
    int version = 0;              // 1..40
    int size = 0;                 // modules a side: 17 + 4 * version
    std::vector<uint8_t> dark;    // size * size, row by row from the top: 1 = a dark module

    bool at(int x, int y) const { return dark[size_t(y) * size_t(size) + size_t(x)] != 0; }
};

struct QrMake {
    std::optional<QrCode> code;
    std::string error;            // when the text does not fit a QR code
};

// Error correction "medium" at least (15% of the code may be lost to a projector's glare or
// a smudge), raised while the code stays the same size. About 2,300 bytes fit at most; a
// link longer than that is refused with its length.
QrMake makeQr(std::string_view text);

} // namespace sp
