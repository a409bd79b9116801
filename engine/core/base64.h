// Base64url (RFC 4648 §5): binary as text that survives inside a URL without escaping.
// Letters, digits, '-' and '_'; no '=' padding when encoding, and padding is accepted but
// not required when decoding. Share links carry level files this way (game/sim/share_link.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sp {

std::string base64urlEncode(std::string_view bytes);

struct Base64Decode {
    std::optional<std::string> bytes;   // set when the text was valid
    std::string error;                  // otherwise, a sentence saying where it went wrong
};
// Strict: any character outside the alphabet, padding in the middle, or a length that no
// encoder produces is an error (a link cut short or pasted with junk should not half-load).
Base64Decode base64urlDecode(std::string_view text);

} // namespace sp
