// Clipboard, downloads and opened files (files.h). Natively only the clipboard exists here
// (SDL's); in the browser all three go through the page, in files_web.js, which this file
// calls with EM_ASM. Bytes cross the border as (pointer, length) into the wasm heap, so a
// file may hold any byte, NUL included.
#include "engine/platform/files.h"

#include "engine/core/log.h"
#include <SDL.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace sp::platform {

#ifdef __EMSCRIPTEN__

bool copyText(const std::string& text) {
    // The page logs "clipboard: copied N chars" or "clipboard: refused: ..." once the browser
    // has answered (navigator.clipboard is asynchronous).
    return EM_ASM_INT({
        var text = new TextDecoder().decode(HEAPU8.subarray($0, $0 + $1));
        return Module.starpathFiles.copyText(text) ? 1 : 0;
    }, text.data(), int(text.size())) != 0;
}

bool offerDownload(const std::string& name, const std::string& bytes) {
    return EM_ASM_INT({
        var name = UTF8ToString($0);
        return Module.starpathFiles.offerDownload(name, HEAPU8.slice($1, $1 + $2)) ? 1 : 0;
    }, name.c_str(), bytes.data(), int(bytes.size())) != 0;
}

bool requestOpenFile(const char* accept) {
    return EM_ASM_INT({ return Module.starpathFiles.requestOpenFile(UTF8ToString($0)) ? 1 : 0; },
                      accept ? accept : "") != 0;
}

std::optional<OpenedFile> takeOpenedFile() {
    // Two steps: the sizes of the next file in the page's queue, then its bytes, copied
    // straight into strings of those sizes.
    int sizes[3] = {0, 0, 0};   // name, bytes, problem (UTF-8 bytes each)
    if (!EM_ASM_INT({ return Module.starpathFiles.peekOpened($0) ? 1 : 0; }, sizes)) return std::nullopt;
    OpenedFile f;
    f.name.resize(size_t(sizes[0]));
    f.bytes.resize(size_t(sizes[1]));
    f.problem.resize(size_t(sizes[2]));
    EM_ASM({ Module.starpathFiles.takeOpened($0, $1, $2); }, f.name.data(), f.bytes.data(), f.problem.data());
    return f;
}

bool browserFiles() { return true; }

#else

bool copyText(const std::string& text) {
    if (SDL_SetClipboardText(text.c_str()) == 0) return true;
    logWarn(std::string("clipboard: refused: ") + SDL_GetError());
    return false;
}

bool offerDownload(const std::string&, const std::string&) { return false; }
bool requestOpenFile(const char*) { return false; }
std::optional<OpenedFile> takeOpenedFile() { return std::nullopt; }
bool browserFiles() { return false; }

#endif

} // namespace sp::platform
