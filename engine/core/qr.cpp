#include "engine/core/qr.h"

#include <qrcodegen.hpp>

#include <stdexcept>

namespace sp {

QrMake makeQr(std::string_view text) {
    const std::vector<uint8_t> bytes(text.begin(), text.end());
    try {
        // Byte mode for any text (a link's lower case rules out the denser alphanumeric mode).
        const std::vector<qrcodegen::QrSegment> segs = {qrcodegen::QrSegment::makeBytes(bytes)};
        const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeSegments(segs, qrcodegen::QrCode::Ecc::MEDIUM);
        QrCode out;
        out.version = qr.getVersion();
        out.size = qr.getSize();
        out.dark.resize(size_t(out.size) * size_t(out.size));
        for (int y = 0; y < out.size; ++y)
            for (int x = 0; x < out.size; ++x) out.dark[size_t(y) * size_t(out.size) + size_t(x)] = qr.getModule(x, y) ? 1 : 0;
        return {std::move(out), {}};
    } catch (const qrcodegen::data_too_long&) {
        return {std::nullopt, "the text is " + std::to_string(text.size()) + " bytes, more than a QR code holds (2,331 at this error correction)"};
    } catch (const std::exception& e) {
        return {std::nullopt, std::string("no QR code could be made: ") + e.what()};
    }
}

} // namespace sp
