// Logging: one line per message on stderr, with a level. Quiet by default in tests.
#pragma once
#include <string>

namespace sp {

enum class LogLevel { Debug, Info, Warn, Error };

void setLogLevel(LogLevel level);
void logMessage(LogLevel level, const std::string& text);
inline void logInfo(const std::string& t) { logMessage(LogLevel::Info, t); }
inline void logWarn(const std::string& t) { logMessage(LogLevel::Warn, t); }
inline void logError(const std::string& t) { logMessage(LogLevel::Error, t); }

} // namespace sp
