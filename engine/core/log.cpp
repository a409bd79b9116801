#include "engine/core/log.h"

#include <cstdio>

namespace sp {

static LogLevel gLevel = LogLevel::Info;
static const char* gName = "app";

void setLogLevel(LogLevel level) { gLevel = level; }
void setLogName(const char* name) { gName = name && *name ? name : "app"; }

void logMessage(LogLevel level, const std::string& text) {
    if (level < gLevel) return;
    static const char* names[] = {"debug", "info", "warn", "error"};
    std::fprintf(stderr, "[%s %s] %s\n", gName, names[static_cast<int>(level)], text.c_str());
}

} // namespace sp
