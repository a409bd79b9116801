// A fresh folder per test, removed afterwards: a --home or --data that no other test sees.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>

namespace sp::test {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const char* name) {
        path = std::filesystem::temp_directory_path() /
               (std::string("starpath-app-test-") + name + "-" + std::to_string(std::rand()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string str() const { return path.string(); }
};

} // namespace sp::test
