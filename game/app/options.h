// The game's command line. Tests, the README's screenshots and the docs drive the game
// through these flags, so parsing is its own small, checkable step: argv in, Options or a
// sentence saying what is wrong out (main prints it and exits 2).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sp {

struct Options {
    std::string level;          // --level: an id from the campaign ("1-3") or a path to a .json file
                                // (with --screen editor: the level to edit, a campaign level as a copy)
    std::string link;           // --link: a file holding a share link (the browser's page writes one)
    std::string inputs;         // --inputs: an input log to replay
    long long ticks = -1;       // --ticks: run this many ticks at once, then freeze (-1 = not set)
    std::string screenshot;     // --screenshot: save a PNG after the scripted setup, then quit
    std::string screen;         // --screen: title, chapters, levels, briefing, play, results, settings, editor, chapter-complete
    std::string select;         // --select: with --screen editor, the part to select ("zones/0", "ship")
    std::string lang;           // --lang: en or zh for this run ("" = the saved setting)
    int perfFrames = 0;         // --perf: render this many frames, print timings, quit
    std::string home;           // --home: the per-user folder (save, replays, screenshots)
    std::string data;           // --data: the folder holding levels/ and assets/
    double scale = 0;           // --scale: UI scale for this run (0 = the saved setting)
    int width = 1280, height = 720;   // --size WxH
    bool vectors = false;       // --vectors: show velocity and gravity arrows
    bool layoutCheck = false;   // --layout-check: the play screen prints whether any panels overlap
    bool paused = false;        // --paused: after the setup the flight is paused, as by the player
    bool map = false;           // --map: the play screen shows the map view (levels with satellites)
    double planMinutes = 0;     // --plan: a burn point this many real minutes ahead (0 = none)
    bool help = false;

    // True when the run is driven by flags and ends by itself (no player at the keyboard).
    bool scripted() const { return !screenshot.empty() || perfFrames > 0; }
};

struct OptionsParse {
    std::optional<Options> options;
    std::string error;          // set when options is empty
};

OptionsParse parseOptions(const std::vector<std::string>& args);   // args without argv[0]
const char* usageText();

} // namespace sp
