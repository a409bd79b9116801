// Whole-file reads and atomic writes. A write goes to a temporary file beside the target,
// is flushed to disk, then renamed over it: a crash mid-write leaves the old file intact.
#pragma once
#include <optional>
#include <string>

namespace sp {

// nullopt when the file cannot be read; `error` then says why.
std::optional<std::string> readFile(const std::string& path, std::string* error = nullptr);
bool writeFileAtomic(const std::string& path, const std::string& data, std::string* error = nullptr);
bool fileExists(const std::string& path);

} // namespace sp
