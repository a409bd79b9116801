// FNV-1a, 64 bit: a stable state hash for determinism checks (not for security).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>

namespace sp {

struct Hasher {
    uint64_t value = 14695981039346656037ull;   // the FNV-1a 64-bit offset basis

    void bytes(const void* data, size_t size) {
        const unsigned char* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < size; ++i) {
            value ^= p[i];
            value *= 1099511628211ull;
        }
    }
    void add(double d) {
        if (d == 0) d = 0;   // +0 and -0 hash alike
        bytes(&d, sizeof d);
    }
    void add(float f) { add(static_cast<double>(f)); }
    void add(uint64_t v) { bytes(&v, sizeof v); }
    void add(int64_t v) { bytes(&v, sizeof v); }
    void add(int v) { add(static_cast<int64_t>(v)); }
    void add(const std::string& s) { bytes(s.data(), s.size()); }
};

inline std::string hashHex(uint64_t v) {
    static const char* digits = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[i] = digits[v & 15];
    return s;
}

} // namespace sp
