// Share links: a whole level carried in a web address, so a teacher can send a level by chat
// or email and it opens straight into play, with no server and no account:
//     https://example.org/starpath/#level=eyJ2ZXJzaW9uIjoxLCJpZCI6IjEtMyIs...
// The part after '#' (which browsers never send to a server) is the level file, saved
// compact and compressed with zlib (engine/core/deflate.h), in base64url (engine/core/base64.h).
// Compressed, measured (tests/sim/test_share_link.cpp): the Around the Earth template's link
// went from 2,738 characters to 1,709, and the longest shipped level's (3-3, with 374 points
// of ground) from 29 KB to 9.1 KB. Links made before, the plain file in base64url, still open: a level file starts
// with '{', zlib's data with 0x78, so the decoded bytes tell which it is.
//
// Opening a link is a border like opening a file: the text's length is checked before it is
// decoded, the unpacked size is capped while inflating, then the bytes go through parseLevel,
// exactly as a level file from the command line.
#pragma once
#include "game/sim/level_io.h"

#include <string>
#include <string_view>

namespace sp {

constexpr std::string_view kShareLinkKey = "level=";
// The longest code a link may carry: base64 of the biggest file parseLevel accepts, so every
// level that can be a file can be a link. Anything longer is refused before decoding.
constexpr size_t kMaxShareCodeChars = (kMaxLevelBytes + 2) / 3 * 4;

// "#level=<code>": append to the game's address to make a link.
std::string shareFragment(const Level& level);
// `pageAddress` with any fragment it had replaced by the level's.
std::string shareLink(const Level& level, std::string_view pageAddress);

// The level a link carries. Accepts a whole address or just its fragment ("#level=..." or
// "level=..."); surrounding spaces and line breaks (a link pasted from an email) are ignored.
// Problems are sentences for the person who clicked the link; parseLevel's come with
// their JSON pointers.
LevelLoad levelFromShareLink(std::string_view link);

// 16 hex digits naming a level's exact content (FNV-1a of its compact file form). The editor
// logs it when it copies a link and the game when it opens one: a test (and a curious
// teacher) can see that both ends hold the same level.
std::string levelFingerprint(const Level& level);

} // namespace sp
