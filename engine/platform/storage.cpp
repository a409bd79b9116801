// Files and folders. SDL gives the per-user and executable folders on every platform
// (including Emscripten's virtual file system); plain stdio does the rest. In the browser,
// storage_web.js keeps the per-user folder in IndexedDB.
#include "engine/platform/storage.h"

#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include <SDL.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <vector>

namespace sp::platform {

static std::string withSlash(std::string p) {
    if (!p.empty() && p.back() != '/' && p.back() != '\\') p += '/';
    return p;
}

static bool isDir(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool makeDirs(const std::string& path) {
    if (path.empty() || isDir(path)) return true;
    std::string partial;
    for (size_t i = 0; i < path.size(); ++i) {
        partial += path[i];
        bool boundary = (path[i] == '/' || i + 1 == path.size()) && partial.size() > 1;
        if (boundary && !isDir(partial)) {
#ifdef _WIN32
            if (mkdir(partial.c_str()) != 0 && errno != EEXIST) return false;
#else
            if (mkdir(partial.c_str(), 0755) != 0 && errno != EEXIST) return false;
#endif
        }
    }
    return isDir(path);
}

std::string userDir() {
    static std::string cached;
    if (!cached.empty()) return cached;
    if (const char* home = std::getenv("STARPATH_HOME"); home && *home) {
        std::string dir = withSlash(home);
        if (makeDirs(dir)) return cached = dir;
        logWarn("STARPATH_HOME '" + dir + "' cannot be created; using the default");
    }
    if (char* pref = SDL_GetPrefPath("Starpath", "starpath")) {
        cached = withSlash(pref);
        SDL_free(pref);
    } else {
        logWarn(std::string("no per-user folder: ") + SDL_GetError());
    }
    return cached;
}

std::string executableDir() {
    static std::string cached;
    if (cached.empty()) {
        if (char* base = SDL_GetBasePath()) {
            cached = withSlash(base);
            SDL_free(base);
        } else {
            cached = "./";
        }
    }
    return cached;
}

static bool hasData(const std::string& dir) {
    return isDir(dir + "levels") || isDir(dir + "assets");
}

std::string dataDir() {
    static std::string cached;
    if (!cached.empty()) return cached;
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("STARPATH_DATA_DIR"); env && *env) candidates.push_back(withSlash(env));
    candidates.push_back(executableDir());
    candidates.push_back(executableDir() + "../");
#ifdef STARPATH_DATA_DIR
    candidates.push_back(withSlash(STARPATH_DATA_DIR));
#endif
    for (const auto& c : candidates)
        if (hasData(c)) return cached = c;
    logWarn("no folder with levels/ or assets/ found; using the executable's folder");
    return cached = executableDir();
}

std::string findAsset(const std::string& relative) {
    for (const std::string& dir : {executableDir(), dataDir()})
        if (sp::fileExists(dir + relative)) return dir + relative;
    return "";
}

#ifdef __EMSCRIPTEN__
void persistUserFiles() { EM_ASM(Module.persistUserFiles()); }
bool userFilesKept() { return EM_ASM_INT(return Module.userFilesKept() ? 1 : 0) != 0; }
#else
void persistUserFiles() {}
bool userFilesKept() { return true; }
#endif

} // namespace sp::platform
