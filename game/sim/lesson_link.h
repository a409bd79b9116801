// Lesson links: a whole lesson in a web address, for the projector's QR code and the class
// chat, with no server:
//     https://example.org/starpath/#lesson=eNqrVspMUbIy0FFKSU3OL0pRslIqSCzJUNJRyixITM4vzUsB...
// The fragment is the lesson file, compact, compressed with zlib (engine/core/deflate.h:
// lessons are lists of ids and words, which deflate to a third or less) in base64url. A
// QR code of a lesson of campaign levels stays small enough to scan from the back of a room.
//
// Opening one is a border like opening a lesson file: the length is checked before decoding,
// the unpacked size is capped while inflating, and the bytes go through parseLesson.
#pragma once
#include "game/sim/lesson.h"

#include <string>
#include <string_view>

namespace sp {

constexpr std::string_view kLessonLinkKey = "lesson=";
// The longest code a link may carry. A lesson of campaign levels is a few hundred characters;
// one carrying made levels may reach tens of thousands. Anything longer is refused unread.
constexpr size_t kMaxLessonCodeChars = 256u << 10;

// "#lesson=<code>": append to the game's address.
std::string lessonFragment(const Lesson& lesson);
std::string lessonLink(const Lesson& lesson, std::string_view pageAddress);

// The lesson a link carries: a whole address or just its fragment; surrounding spaces and
// line breaks are ignored. Problems are sentences for the person who opened the link.
LessonLoad lessonFromLink(std::string_view link, const Campaign& campaign);

} // namespace sp
