#include "engine/core/deflate.h"

#include <zlib.h>


namespace sp {

std::string deflateBytes(std::string_view bytes) {
    uLongf size = compressBound(uLong(bytes.size()));
    std::string out(size, '\0');
    const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                             uLong(bytes.size()), Z_BEST_COMPRESSION);
    if (rc != Z_OK) return {};   // only on running out of memory: compressBound is always enough
    out.resize(size);
    return out;
}

Inflated inflateBytes(std::string_view data, size_t maxBytes) {
    if (data.size() > 0x7fffffffu) return {std::nullopt, "the compressed data is over 2 GB: not a link"};   // zlib counts in uInt
    z_stream z{};
    if (inflateInit(&z) != Z_OK) return {std::nullopt, "the decompressor could not start (out of memory)"};
    std::string out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = uInt(data.size());
    char chunk[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        const size_t got = sizeof chunk - z.avail_out;
        if (out.size() + got > maxBytes) {
            inflateEnd(&z);
            return {std::nullopt, "it unpacks to more than " + std::to_string(maxBytes) + " bytes, the most allowed", true};
        }
        out.append(chunk, got);
        if (rc == Z_BUF_ERROR && z.avail_in == 0) break;   // wants more input: cut short
    }
    const size_t left = z.avail_in;
    inflateEnd(&z);
    if (rc == Z_STREAM_END) {
        if (left != 0) return {std::nullopt, std::to_string(left) + " bytes follow the end of the compressed data"};
        return {std::move(out), {}};
    }
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_STREAM_ERROR) return {std::nullopt, "the compressed data is damaged (a character changed or missing)"};
    if (rc == Z_MEM_ERROR) return {std::nullopt, "out of memory while unpacking"};
    return {std::nullopt, "the compressed data is cut short"};
}

} // namespace sp
