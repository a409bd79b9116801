// What a player does with files and text outside the game: copy to the clipboard, download a
// file and open one from disk. Natively the clipboard is SDL's and files are plain paths (the
// editor has its own path field), so download/open report false there. In the browser they
// go through the page (files_web.js): a download link, a file picker, navigator.clipboard.
#pragma once
#include <optional>
#include <string>

namespace sp::platform {

// True if the text reached the clipboard (a browser may refuse without a recent click).
bool copyText(const std::string& text);

// Browser only: the page offers `bytes` as a download called `name`. False natively.
bool offerDownload(const std::string& name, const std::string& bytes);

// Browser only: opens the page's file picker. The file arrives frames later through
// takeOpenedFile(); false natively (use a path).
bool requestOpenFile(const char* accept = ".json,application/json");
struct OpenedFile {
    std::string name;
    std::string bytes;
    std::string problem;   // set (and bytes empty) when the file could not be read: too big, unreadable
};
std::optional<OpenedFile> takeOpenedFile();   // once per chosen file

// True in the browser, where offerDownload and requestOpenFile work.
bool browserFiles();

} // namespace sp::platform
