// The menu screens, one file each. They are only reached through the Game, so each file
// exposes a factory and keeps its class to itself. The play screen, which others drive
// (start a flight, fast-forward a replay), has its own header: play.h.
#pragma once
#include "game/screens/screen.h"

#include <memory>

namespace sp {

std::unique_ptr<Screen> makeTitleScreen(Game& game);          // title.cpp
std::unique_ptr<Screen> makeChapterScreen(Game& game);        // chapters.cpp
std::unique_ptr<Screen> makeLevelSelectScreen(Game& game);    // level_select.cpp
std::unique_ptr<Screen> makeBriefingScreen(Game& game);       // briefing.cpp
std::unique_ptr<Screen> makeResultsScreen(Game& game);        // results.cpp
std::unique_ptr<Screen> makeSettingsScreen(Game& game);       // settings.cpp
std::unique_ptr<Screen> makeChapterCompleteScreen(Game& game);  // chapter_complete.cpp

} // namespace sp
