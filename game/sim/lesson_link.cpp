#include "game/sim/lesson_link.h"

#include "engine/core/base64.h"
#include "game/sim/props.h"
#include "engine/core/deflate.h"

namespace sp {

namespace {

LessonLoad refuse(std::string message) { return {std::nullopt, {Problem{"", std::move(message)}}}; }

} // namespace

std::string lessonFragment(const Lesson& lesson) {
    return "#" + std::string(kLessonLinkKey) + base64urlEncode(deflateBytes(saveLesson(lesson, LevelLayout::Compact)));
}

std::string lessonLink(const Lesson& lesson, std::string_view pageAddress) {
    return std::string(pageAddress.substr(0, pageAddress.find('#'))) + lessonFragment(lesson);
}

LessonLoad lessonFromLink(std::string_view link, const Campaign& campaign) {
    std::string_view text = trimSpace(link);
    if (const size_t hash = text.find('#'); hash != std::string_view::npos) text.remove_prefix(hash + 1);
    if (text.substr(0, kLessonLinkKey.size()) != kLessonLinkKey)
        return refuse("This address does not carry a lesson: a lesson link ends in #lesson= followed by the lesson's code.");
    const std::string_view code = text.substr(kLessonLinkKey.size());
    if (code.empty()) return refuse("The link's lesson code is empty. Ask for the link again, or scan the QR code.");
    if (code.size() > kMaxLessonCodeChars)
        return refuse("The link's lesson code is " + std::to_string(code.size()) + " characters long; a lesson takes at most " +
                      std::to_string(kMaxLessonCodeChars) + ". Share the lesson file itself instead.");
    const Base64Decode packed = base64urlDecode(code);
    if (!packed.bytes)
        return refuse("The link's lesson code is damaged: " + packed.error + ". Copy the whole link again, or scan the QR code.");
    const Inflated bytes = inflateBytes(*packed.bytes, kMaxLessonBytes);
    if (bytes.tooBig)
        return refuse("The link's lesson code " + bytes.error + " for a lesson. It is not a lesson; share the lesson file itself.");
    if (!bytes.bytes)
        return refuse("The link's lesson code is damaged: " + bytes.error + ". Copy the whole link again, or scan the QR code.");
    return parseLesson(*bytes.bytes, campaign);
}

} // namespace sp
