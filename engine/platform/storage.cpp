// Files and folders. SDL gives the per-user and executable folders on every platform
// (including Emscripten's virtual file system); plain stdio does the rest. In the browser,
// storage_web.js keeps the per-user folder in IndexedDB.
#include "engine/platform/storage.h"

#include "engine/core/log.h"
#include <SDL.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif
#include <cerrno>
#include <cstdlib>
#include <sys/stat.h>

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

std::string prefDir(const std::string& org, const std::string& app) {
#ifdef __EMSCRIPTEN__
    // The folder storage_web.js mounts and keeps in IndexedDB; SDL's would live in memory only.
    if (const char* kept = std::getenv("SP_KEPT_USER_DIR"); kept && *kept) {
        const std::string dir = withSlash(kept);
        if (makeDirs(dir)) return dir;
    }
#endif
    std::string dir;
    if (char* pref = SDL_GetPrefPath(org.c_str(), app.c_str())) {
        dir = withSlash(pref);
        SDL_free(pref);
    } else {
        logWarn(std::string("no per-user folder: ") + SDL_GetError());
    }
    return dir;
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

#ifdef __EMSCRIPTEN__
void persistUserFiles() { EM_ASM(Module.persistUserFiles()); }
bool userFilesKept() { return EM_ASM_INT(return Module.userFilesKept() ? 1 : 0) != 0; }
#else
void persistUserFiles() {}
bool userFilesKept() { return true; }
#endif

} // namespace sp::platform
