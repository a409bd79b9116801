// A screen is one page of the game (title, level select, play, the editor, ...). The game
// (game/app) owns one of each for the whole run and calls frame() on the current one; a
// screen keeps its state while another is shown, which is how "Settings" from the pause menu
// returns to the same paused flight. A screen reaches the rest of the game only through the
// Shell it is handed (shell.h), never through another screen.
#pragma once
#include "engine/platform/input.h"

namespace sp {

class Shell;

enum class ScreenId { Title, Chapters, Levels, Briefing, Play, Results, Settings, Editor, ChapterComplete, Count };

// The command line's names for screens: "title", "chapters", "levels", ..., "editor", "chapter-complete"
const char* screenName(ScreenId id);
bool screenFromName(const char* name, ScreenId& out);

class Screen {
public:
    explicit Screen(Shell& game) : game_(game) {}
    virtual ~Screen() = default;
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    virtual void enter() {}                                    // each time it becomes current
    virtual void frame(const platform::FrameInput& in) = 0;   // draw the world, then the UI

protected:
    Shell& game_;   // the game as a screen sees it
};

} // namespace sp
