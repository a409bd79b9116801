// Compression for short links (lessons and levels carried in a web address, game/sim): zlib's
// format (RFC 1950: deflate with a header and an Adler-32 check of the bytes), so a link cut
// short or mistyped is caught when it is inflated, not half-read. zlib is Debian's zlib1g-dev
// natively and the same source package compiled to WebAssembly in the browser.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sp {

// Compressed as small as zlib can (level 9): a link is made once and read many times.
std::string deflateBytes(std::string_view bytes);

struct Inflated {
    std::optional<std::string> bytes;   // set when the data was whole and within the limit
    std::string error;                  // otherwise, a sentence saying what was wrong
    bool tooBig = false;                // ...which was only that it unpacks past the limit
};
// Refuses damaged or cut-short data, bytes after its end, and anything that would inflate to
// more than `maxBytes` (a hostile link of a few KB can claim gigabytes): inflating stops there.
Inflated inflateBytes(std::string_view data, size_t maxBytes);

} // namespace sp
