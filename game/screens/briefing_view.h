// What a level's briefing says: the mission, the goals, how the stars are earned, the fact
// card and the teacher note. Drawn by the briefing screen before a flight and by the pause
// menu during one ("Read the briefing"), so the two can never say different things.
#pragma once
#include "game/sim/level.h"

#include <imgui.h>

namespace sp {

class Shell;

class BriefingView {
public:
    // A fresh look at a level: scrolled to the top, the teacher note folded. (ImGui keeps a
    // window's scroll by its id, so without this a briefing opens where the last one was left.)
    void reset();
    // The panels, `size` in pixels at the cursor: the mission on the left and the fact card
    // beside it on a wide window, or the fact card below the mission.
    void draw(Shell& game, const Level& level, ImVec2 size);

private:
    void mission(Shell& game, const Level& level);
    void factCard(Shell& game, const Level& level);
    void teacherNote(Shell& game, const Level& level);

    bool toTop_ = true;
    bool teacherOpen_ = false;
    float factHeight_ = 200;
};

} // namespace sp
