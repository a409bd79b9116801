#include "game/sim/share_link.h"

#include "engine/core/base64.h"
#include "engine/core/deflate.h"
#include "game/sim/props.h"
#include "engine/core/hash.h"

namespace sp {

namespace {

LevelLoad refuse(std::string message) { return {std::nullopt, {Problem{"", std::move(message)}}}; }

} // namespace

std::string shareFragment(const Level& level) {
    return "#" + std::string(kShareLinkKey) + base64urlEncode(deflateBytes(saveLevel(level, LevelLayout::Compact)));
}

std::string shareLink(const Level& level, std::string_view pageAddress) {
    return std::string(pageAddress.substr(0, pageAddress.find('#'))) + shareFragment(level);
}

LevelLoad levelFromShareLink(std::string_view link) {
    std::string_view text = trimSpace(link);
    if (const size_t hash = text.find('#'); hash != std::string_view::npos) text.remove_prefix(hash + 1);
    if (text.substr(0, kShareLinkKey.size()) != kShareLinkKey)
        return refuse("This address does not carry a level: a share link ends in #level= followed by the level's code.");
    const std::string_view code = text.substr(kShareLinkKey.size());
    if (code.empty())
        return refuse("The link's level code is empty. Copy the whole link again (the code is the long part after #level=).");
    if (code.size() > kMaxShareCodeChars)
        return refuse("The link's level code is " + std::to_string(code.size()) + " characters long; a level takes at most " +
                      std::to_string(kMaxShareCodeChars) + ". Share the level file itself instead.");
    Base64Decode bytes = base64urlDecode(code);
    if (!bytes.bytes)
        return refuse("The link's level code is damaged: " + bytes.error +
                      ". Copy the whole link again; it may have been cut short or changed on the way.");
    if (bytes.bytes->empty() || (*bytes.bytes)[0] != '\x78') return parseLevel(*bytes.bytes);   // a link from before: the file itself
    const Inflated file = inflateBytes(*bytes.bytes, kMaxLevelBytes);
    if (file.tooBig)
        return refuse("The link's level code " + file.error + " for a level file. It is not a level; share the level file itself.");
    if (!file.bytes)
        return refuse("The link's level code is damaged: " + file.error + ". Copy the whole link again; it may have been cut short or changed on the way.");
    return parseLevel(*file.bytes);
}

std::string levelFingerprint(const Level& level) {
    Hasher h;
    h.add(saveLevel(level, LevelLayout::Compact));
    return hashHex(h.value);
}

} // namespace sp
