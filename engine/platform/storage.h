// Where files live. userDir(): the per-user folder for saves and settings
// (SDL_GetPrefPath("Starpath", "starpath"), or $STARPATH_HOME when set, which tests use and
// which the browser build sets to a folder kept in IndexedDB: storage_web.js).
// dataDir(): the folder holding the shipped levels/ and assets/. findAsset(): a file that may
// be generated at build time (fonts) or shipped, searched next to the executable first.
// Reading and atomic writing of files are engine/core/file_io.h (shared with the headless sim).
#pragma once
#include <string>

namespace sp::platform {

std::string userDir();          // ends with '/', created if missing; "" if none available
std::string dataDir();          // ends with '/'; the first of: $STARPATH_DATA_DIR, the
                                // executable's folder, its parent, the build-time source dir
std::string executableDir();    // ends with '/'
// Full path of `relative` (e.g. "assets/fonts/starpath-ui.ttf") in the executable's folder
// or dataDir(); "" if it exists in neither.
std::string findAsset(const std::string& relative);

bool makeDirs(const std::string& path);

// In the browser the per-user folder lives in memory and this copies it to IndexedDB (see
// storage_web.js): call it after every write there that must outlast the page. Natively the
// files are already on disk and it does nothing.
void persistUserFiles();
// False in a browser that refused its storage (site data blocked): progress then lasts only
// until the page closes, and the player should be told. Always true natively.
bool userFilesKept();

} // namespace sp::platform
