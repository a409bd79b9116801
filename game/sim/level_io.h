// Level files at the border: any bytes in, a valid Level or a list of problems out.
// Each problem names the JSON pointer it is about and says in a sentence what to change.
// Saving is canonical (stable key order, defaults omitted, fixed number format), so
// load -> save -> load -> save gives the same bytes.
#pragma once
#include "game/sim/level.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sp {

// Errors keep a level from loading. Warnings never do (test-play and sharing go ahead): they
// point at something allowed but probably not meant, like a star no flight can earn.
enum class Severity { Error, Warning };

struct Problem {
    Problem() = default;
    Problem(std::string pointer_, std::string message_) : pointer(std::move(pointer_)), message(std::move(message_)) {}

    std::string pointer;   // JSON pointer, "" for the whole document
    std::string message;   // a sentence a person can act on (English)
    Severity severity = Severity::Error;
    // Warnings also carry a short code ("star_no_fuel") and the values their sentence quotes,
    // so the editor can say it in the player's language (assets/strings: editor.warn.<code>).
    std::string code;
    std::vector<std::string> args;
};

struct LevelLoad {
    std::optional<Level> level;       // set only when there are no problems
    std::vector<Problem> problems;
    bool ok() const { return level.has_value(); }
};

// 2: a fact number's value and source are {en, zh}; it may say its kind ("provenance"), an
// optional key that needs no upgrade step. 3: every goal and star names its "type". 4: a
// ground site stands at a "longitude_deg" of its planet, no longer at an "angle_deg" from +x.
constexpr int kLevelVersion = 4;
constexpr size_t kMaxLevelBytes = 1 << 20;   // 1 MiB: far above any real level

LevelLoad parseLevel(std::string_view bytes);
// For the editor, which must open a draft saved with errors: the level as far as it could be
// read (values of the wrong type keep their defaults) plus every problem. Empty only when
// the bytes are not a level document at all (not JSON, not an object, a newer version).
LevelLoad parseLevelDraft(std::string_view bytes);
// Indented is the file form (levels/, the editor); Compact has no spaces or newlines, for a
// share link, where every byte lengthens the address (share_link.h).
enum class LevelLayout { Indented, Compact };
std::string saveLevel(const Level& level, LevelLayout layout = LevelLayout::Indented);
// Checks a Level built in memory (by the editor, say) with the same rules as parseLevel.
std::vector<Problem> validateLevel(const Level& level);

// "file: /pointer: message", the CLI's and the game's one format for a problem ("file: message"
// when the problem is about the whole file). Control characters are shown escaped.
std::string formatProblem(const std::string& file, const Problem& p);

// A level id: 1 to 40 letters, digits, '-' or '_', like "1-3".
bool isLevelId(std::string_view id);

} // namespace sp
