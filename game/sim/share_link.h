// Share links: a whole level carried in a web address, so a teacher can send a level by chat
// or email and it opens straight into play, with no server and no account:
//     https://example.org/starpath/#level=eyJ2ZXJzaW9uIjoxLCJpZCI6IjEtMyIs...
// The part after '#' (which browsers never send to a server) is the level file, saved
// compact, in base64url (engine/core/base64.h).
//
// Not compressed, measured: the biggest shipped level (3-3, whose landing site's ground is
// 374 points) makes a 29 KB link, most levels under 10 KB; deflate would halve them, but all
// are far too long to type or to fit a QR code and inside what browsers carry (chat apps
// that cut long messages would cut both), and the game would need a deflate of its own (none
// is among our dependencies for the browser) to produce links. Plain text it is.
//
// Opening a link is a border like opening a file: the text's length is checked before it is
// decoded, then the bytes go through parseLevel, exactly as a level file from the command line.
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
