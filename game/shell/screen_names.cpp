#include "game/shell/screen.h"

#include <cstring>

namespace sp {

namespace {
const char* const kScreenNames[] = {"title", "chapters", "levels", "briefing", "play", "results", "settings", "editor", "chapter-complete"};
static_assert(sizeof(kScreenNames) / sizeof(kScreenNames[0]) == size_t(ScreenId::Count), "one name per screen");
} // namespace

const char* screenName(ScreenId id) { return size_t(id) < size_t(ScreenId::Count) ? kScreenNames[size_t(id)] : "?"; }

bool screenFromName(const char* name, ScreenId& out) {
    for (size_t i = 0; i < size_t(ScreenId::Count); ++i) {
        if (std::strcmp(name, kScreenNames[i]) == 0) {
            out = ScreenId(i);
            return true;
        }
    }
    return false;
}

} // namespace sp
