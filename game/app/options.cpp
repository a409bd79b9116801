#include "game/app/options.h"

#include "game/shell/screen.h"

#include <cstdio>
#include <cstdlib>

namespace sp {

namespace {

bool parseLong(const std::string& s, long long lo, long long hi, long long& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    long long v = std::strtoll(s.c_str(), &end, 10);
    if (*end != '\0' || v < lo || v > hi) return false;
    out = v;
    return true;
}

bool parseDouble(const std::string& s, double lo, double hi, double& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (*end != '\0' || !(v >= lo && v <= hi)) return false;
    out = v;
    return true;
}

} // namespace

const char* usageText() {
    return "Usage: starpath [options]\n"
           "  --level ID|FILE     open a level in play: an id from the campaign (1-3) or a level .json file\n"
           "  --link FILE         open the level carried by a share link (...#level=...) saved in FILE, on its\n"
           "                      briefing (with --ticks: in play); a broken link is a notice on the menu\n"
           "  --inputs FILE       replay this input log (a recorded solution) instead of playing\n"
           "  --ticks N           run N ticks at once, then hold still (for screenshots)\n"
           "  --paused            after that, pause the flight as the player would (Space)\n"
           "  --map               in play, the map view with ground tracks (a level with satellites: M)\n"
           "  --plan MIN          after that, place a burn point MIN real minutes ahead on the path,\n"
           "                      with 0.10 km/s forward, not yet confirmed (a level with burns)\n"
           "  --screenshot PNG    save a screenshot after the setup above, then quit\n"
           "  --screen NAME       start on: title, chapters, levels, briefing, play, results, settings, editor,\n"
           "                      chapter-complete (the end of the chapter of --level, else of chapter 1)\n"
           "                      (results with --inputs first runs the replay to its end; editor with\n"
           "                      --level edits that file, or a copy of that campaign level)\n"
           "  --select PART       in the editor, select a part of the level: ship, zones/0, goals/list/1\n"
           "  --lang en|zh        language for this run (default: the saved setting)\n"
           "  --perf N            render N frames, print CPU time per frame (median, p99), quit\n"
           "  --home DIR          per-user folder for the save, replays and screenshots\n"
           "  --data DIR          folder holding levels/ and assets/\n"
           "  --scale S           UI scale for this run, 0.75 to 2.0\n"
           "  --size WxH          window size in pixels (default 1280x720)\n"
           "  --vectors           show velocity and gravity arrows\n"
           "  --layout-check      print each frame whether any two play panels overlap, or whether\n"
           "                      the results page fits its window\n"
           "  --help              this text\n"
           "In the game: F11 fullscreen, F12 screenshot (saved in the per-user folder).\n"
           "Exit codes: 0 fine, 1 no window or graphics, 2 bad flags or a broken level or input file.\n";
}

OptionsParse parseOptions(const std::vector<std::string>& args) {
    Options o;
    OptionsParse result;
    auto fail = [&](const std::string& why) {
        result.error = why;
        return result;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        // Every flag but the switches takes one value.
        const bool isSwitch = a == "--help" || a == "-h" || a == "--vectors" || a == "--layout-check" || a == "--paused" || a == "--map";
        std::string value;
        if (!isSwitch) {
            if (a.rfind("--", 0) != 0) return fail("unexpected argument '" + a + "' (options start with --; see --help)");
            if (i + 1 >= args.size()) return fail("the option " + a + " needs a value (see --help)");
            value = args[++i];
        }
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--layout-check") {
            o.layoutCheck = true;
        } else if (a == "--vectors") {
            o.vectors = true;
        } else if (a == "--paused") {
            o.paused = true;
        } else if (a == "--map") {
            o.map = true;
        } else if (a == "--plan") {
            if (!parseDouble(value, 0.1, 100000, o.planMinutes)) return fail("--plan wants real minutes ahead, from 0.1 to 100000, not '" + value + "'");
        } else if (a == "--level") {
            o.level = value;
        } else if (a == "--link") {
            o.link = value;
        } else if (a == "--inputs") {
            o.inputs = value;
        } else if (a == "--ticks") {
            if (!parseLong(value, 0, 10000000, o.ticks)) return fail("--ticks wants a whole number from 0 to 10000000, not '" + value + "'");
        } else if (a == "--screenshot") {
            o.screenshot = value;
        } else if (a == "--screen") {
            ScreenId id;
            if (!screenFromName(value.c_str(), id))
                return fail("--screen must be one of title, chapters, levels, briefing, play, results, settings, editor, chapter-complete; not '" + value + "'");
            o.screen = value;
        } else if (a == "--select") {
            o.select = value;
        } else if (a == "--lang") {
            if (value != "en" && value != "zh") return fail("--lang must be en or zh, not '" + value + "'");
            o.lang = value;
        } else if (a == "--perf") {
            long long n = 0;
            if (!parseLong(value, 1, 1000000, n)) return fail("--perf wants a number of frames from 1 to 1000000, not '" + value + "'");
            o.perfFrames = int(n);
        } else if (a == "--home") {
            o.home = value;
        } else if (a == "--data") {
            o.data = value;
        } else if (a == "--scale") {
            if (!parseDouble(value, 0.75, 2.0, o.scale)) return fail("--scale wants a number from 0.75 to 2.0, not '" + value + "'");
        } else if (a == "--size") {
            long long w = 0, h = 0;
            const size_t x = value.find('x');
            if (x == std::string::npos || !parseLong(value.substr(0, x), 320, 8192, w) || !parseLong(value.substr(x + 1), 240, 8192, h))
                return fail("--size wants WIDTHxHEIGHT in pixels, like 1280x720, not '" + value + "'");
            o.width = int(w);
            o.height = int(h);
        } else {
            return fail("unknown option '" + a + "' (see --help)");
        }
    }
    if (!o.link.empty() && !o.level.empty()) return fail("--link and --level both name a level to open: give one of them");
    if (!o.inputs.empty() && o.level.empty()) return fail("--inputs needs --level: the level the input log was recorded on");
    if (o.ticks >= 0 && o.level.empty() && o.link.empty()) return fail("--ticks needs --level or --link");
    if ((o.paused || o.planMinutes > 0) && o.ticks < 0) return fail("--paused and --plan need --ticks: the flight they act on");
    if (!o.select.empty() && o.screen != "editor") return fail("--select needs --screen editor: it selects a part of the level being edited");
    if (o.screen == "editor" && (!o.inputs.empty() || o.ticks >= 0 || !o.link.empty()))
        return fail("--screen editor takes --level (and --select), not --inputs, --ticks or --link");
    result.options = o;
    return result;
}

} // namespace sp
