// Where the platform lets an application keep files: a per-user folder it may write
// (SDL_GetPrefPath, or in the browser the folder storage_web.js keeps in IndexedDB) and the
// executable's folder. What the application keeps where, and which folders it prefers, is
// its own business (Starpath: game/app/paths.h). Reading and atomic writing of files are
// engine/core/file_io.h (shared with the headless code).
#pragma once
#include <string>

namespace sp::platform {

// The per-user folder for `org` / `app`, created if missing; ends with '/'; "" if the
// platform has none.
std::string prefDir(const std::string& org, const std::string& app);
std::string executableDir();    // ends with '/'

bool makeDirs(const std::string& path);

// In the browser the per-user folder lives in memory and this copies it to IndexedDB (see
// storage_web.js): call it after every write there that must outlast the page. Natively the
// files are already on disk and it does nothing.
void persistUserFiles();
// False in a browser that refused its storage (site data blocked): progress then lasts only
// until the page closes, and the player should be told. Always true natively.
bool userFilesKept();

} // namespace sp::platform
