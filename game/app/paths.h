// Where Starpath's files are: the one place that works it out, once, at start, from the
// command line, the environment and where the program is. Nothing below game/app decides a
// folder; the engine only names the platform's own (engine/platform/storage.h).
#pragma once
#include <string>

namespace sp {

struct Paths {
    std::string data;      // the shipped levels/ (campaign and templates); ends with '/'
    std::string strings;   // the folder of en.json and zh-Hans.json
    std::string font;      // the UI font subset ("" if none: ImGui's own font, no Chinese)
    std::string typingFont;   // its typing font, the rest of the common hanzi ("" if none)
    std::string imagery;   // the folder of the Earth's pictures, day.jpg and night.jpg ("" if none: painted Earth)
    std::string user;      // the per-user folder (save, replays, My levels); ends with '/'; "" if none
};

// data:    `dataFlag` (--data) as given; else the first of $STARPATH_DATA_DIR, the executable's
//          folder, its parent and the source tree this build was made from that holds
//          levels/campaign.json (a build folder holds assets/fonts but no levels); else the
//          executable's folder, where the campaign's loading then says what is missing.
// strings: data's assets/strings; else the source tree's (a --data folder may hold only levels).
// font:    assets/fonts/starpath-ui.ttf beside the executable (built there), else in data.
//          typingFont is starpath-ui-typing.ttf beside it (the browser fetches it from the
//          page's folder after the first frame, so it is named even though it is not there yet).
// imagery: assets/earth/ beside the executable (built there by cmake/Imagery.cmake), else in data.
// user:    `homeFlag` (--home), else $STARPATH_HOME, else the platform's per-user folder for
//          Starpath (in the browser, the one kept in IndexedDB). A folder that cannot be
//          made is skipped with a warning.
Paths findPaths(const std::string& dataFlag, const std::string& homeFlag);

} // namespace sp
