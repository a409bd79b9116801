// The menu screens, one file each. They are only reached through the ScreenFlow (game/app),
// so each file exposes a factory and keeps its class to itself. The play screen, which the
// flow drives (start a flight, fast-forward a replay), has its own header: play.h.
#pragma once
#include "game/shell/screen.h"

#include <memory>

namespace sp {

std::unique_ptr<Screen> makeTitleScreen(Shell& game);          // title.cpp
std::unique_ptr<Screen> makeChapterScreen(Shell& game);        // chapters.cpp
std::unique_ptr<Screen> makeLevelSelectScreen(Shell& game);    // level_select.cpp
std::unique_ptr<Screen> makeBriefingScreen(Shell& game);       // briefing.cpp
std::unique_ptr<Screen> makeResultsScreen(Shell& game);        // results.cpp
std::unique_ptr<Screen> makeSettingsScreen(Shell& game);       // settings.cpp
std::unique_ptr<Screen> makeChapterCompleteScreen(Shell& game);  // chapter_complete.cpp

} // namespace sp
