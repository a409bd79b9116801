// Logging: one line per message on stderr, "[NAME level] text", NAME being the program's
// (setLogName; the browser page sorts the game's lines by it).
#pragma once
#include <string>

namespace sp {

enum class LogLevel { Debug, Info, Warn, Error };

void setLogLevel(LogLevel level);
void setLogName(const char* name);   // a string that lives as long as the program ("app" until set)
void logMessage(LogLevel level, const std::string& text);
inline void logInfo(const std::string& t) { logMessage(LogLevel::Info, t); }
inline void logWarn(const std::string& t) { logMessage(LogLevel::Warn, t); }
inline void logError(const std::string& t) { logMessage(LogLevel::Error, t); }

} // namespace sp
