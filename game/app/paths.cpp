#include "game/app/paths.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/platform/storage.h"

#include <cstdlib>
#include <vector>

namespace sp {

namespace {
std::string withSlash(std::string p) {
    if (!p.empty() && p.back() != '/' && p.back() != '\\') p += '/';
    return p;
}

std::string fromEnv(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? withSlash(v) : "";
}

// The tree this build was made from (CMake's STARPATH_DATA_DIR): a build runs without copying data.
std::string sourceTree() {
#ifdef STARPATH_DATA_DIR
    return withSlash(STARPATH_DATA_DIR);
#else
    return "";
#endif
}

std::string findData(const std::string& flag) {
    if (!flag.empty()) return withSlash(flag);
    const std::string exe = platform::executableDir();
    for (const std::string& dir : {fromEnv("STARPATH_DATA_DIR"), exe, exe + "../", sourceTree()})
        if (!dir.empty() && fileExists(dir + "levels/campaign.json")) return dir;
    logWarn("no folder with levels/campaign.json found; using the executable's folder");
    return exe;
}

std::string findUser(const std::string& flag) {
    for (const std::string& dir : {withSlash(flag), fromEnv("STARPATH_HOME")}) {
        if (dir.empty()) continue;
        if (platform::makeDirs(dir)) return dir;
        logWarn("the folder '" + dir + "' cannot be created; using the default per-user folder");
    }
    return platform::prefDir("Starpath", "starpath");
}
} // namespace

Paths findPaths(const std::string& dataFlag, const std::string& homeFlag) {
    Paths p;
    p.data = findData(dataFlag);
    p.strings = p.data + "assets/strings";
    if (!fileExists(p.strings + "/en.json") && !sourceTree().empty()) p.strings = sourceTree() + "assets/strings";
    const std::string font = "assets/fonts/starpath-ui.ttf";
    for (const std::string& dir : {platform::executableDir(), p.data})
        if (p.font.empty() && fileExists(dir + font)) p.font = dir + font;
    if (!p.font.empty()) p.typingFont = p.font.substr(0, p.font.size() - 4) + "-typing.ttf";
    // The build makes the UI font from WenQuanYi Micro Hei (a package the game depends on): a
    // data folder without it (a copy of the source tree's assets) still reads Chinese.
    const std::string system = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    if (p.font.empty()) {
        logWarn("no " + font + " beside the game (" + platform::executableDir() + ") or in the data folder (" + p.data +
                "); using " + (fileExists(system) ? system : std::string("ImGui's built-in font (no Chinese)")));
        if (fileExists(system)) p.font = system;
    }
    for (const std::string& dir : {platform::executableDir(), p.data})
        if (p.imagery.empty() && fileExists(dir + "assets/earth/day.jpg")) p.imagery = dir + "assets/earth/";
    if (p.imagery.empty()) logWarn("no assets/earth/day.jpg beside the game or in the data folder: the Earth is painted, not photographed");
    p.user = findUser(homeFlag);
    return p;
}

} // namespace sp
