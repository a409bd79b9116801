#include "engine/core/log.h"

#include <cstdio>

namespace sp {

static LogLevel gLevel = LogLevel::Info;

void setLogLevel(LogLevel level) { gLevel = level; }

void logMessage(LogLevel level, const std::string& text) {
    if (level < gLevel) return;
    static const char* names[] = {"debug", "info", "warn", "error"};
    std::fprintf(stderr, "[starpath %s] %s\n", names[static_cast<int>(level)], text.c_str());
}

} // namespace sp
