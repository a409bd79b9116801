// starpath-cli: the headless tool. Validates level files, replays recorded flights and
// exports trajectories for spreadsheets, through the same starpath_sim the game uses; says how
// a replay ended in the game's own words through starpath_text (headless too: no SDL, no GL).
#include "engine/core/file_io.h"
#include "game/sim/level_io.h"
#include "game/sim/replay.h"
#include "game/sim/share_link.h"
#include "game/sim/sim.h"
#include "game/sim/units.h"
#include "game/text/outcome_text.h"
#include "game/text/strings.h"

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

using namespace sp;

static const char* kHelp =
    "starpath-cli: Starpath's headless tool\n"
    "\n"
    "usage:\n"
    "  starpath-cli validate FILE...\n"
    "      Checks level files. Exit 0 when all are valid; otherwise exit 1 and print one line\n"
    "      per problem on stderr: FILE: /json/pointer: message\n"
    "  starpath-cli replay LEVEL [INPUTS]\n"
    "      Replays an input log (see levels/solutions/) on a level and prints one JSON object:\n"
    "      {\"result\": won|lost|timeout, \"reason\" (a code like fell_back), \"numbers\" (what it\n"
    "      quotes, like {\"altitude_km\": 300}), \"goals\" (on a timeout: why each goal was missed),\n"
    "      \"message\", \"message_zh\" (the game's sentence), \"stars\", \"ticks\", \"minutes\", \"hash\"}.\n"
    "      Without INPUTS, replays the solution a level made in the editor carries (\"solution\").\n"
    "      Exit 0 when it ran, whatever the result; 1 when a file is unreadable or invalid.\n"
    "  starpath-cli simulate LEVEL --seconds S [--inputs F] [--every S2] --trace OUT.csv\n"
    "      Flies the level for S real seconds (with the inputs, or none) and writes every\n"
    "      moving body's state every S2 real seconds (default 60) as CSV:\n"
    "      t_s,body,x_km,y_km,vx_km_s,vy_km_s\n"
    "  starpath-cli format [--check] FILE...\n"
    "      Rewrites level files in the canonical form the game saves (stable key order, types\n"
    "      always written, other defaults left out; older versions upgraded). With --check,\n"
    "      changes nothing and exits 1 if a file differs.\n"
    "  starpath-cli link LEVEL [ADDRESS]\n"
    "      Prints a share link that opens the level in the browser build: ADDRESS (where the\n"
    "      game is hosted, e.g. http://127.0.0.1:8000/) followed by #level=<the level, base64url>.\n"
    "      Without ADDRESS, prints just the #level=... part.\n"
    "  starpath-cli --help\n"
    "\n"
    "Units: km, km/s and real seconds. The game compresses time: one tick is 2 real seconds.\n";

static int usage(const char* message) {
    std::fprintf(stderr, "starpath-cli: %s\n(run 'starpath-cli --help' for usage)\n", message);
    return 2;
}

static std::optional<Level> loadLevelFile(const std::string& path) {
    std::string err;
    auto bytes = readFile(path, &err);
    if (!bytes) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), err.c_str());
        return std::nullopt;
    }
    LevelLoad load = parseLevel(*bytes);
    for (const Problem& p : load.problems) std::fprintf(stderr, "%s\n", formatProblem(path, p).c_str());
    return load.level;
}

static std::optional<InputLog> loadInputFile(const std::string& path) {
    std::string err;
    auto bytes = readFile(path, &err);
    if (!bytes) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), err.c_str());
        return std::nullopt;
    }
    InputLoad load = parseInputLog(*bytes);
    for (const Problem& p : load.problems) std::fprintf(stderr, "%s\n", formatProblem(path, p).c_str());
    return load.log;
}

// The string tables, to say a replay's outcome in words: where $STARPATH_DATA_DIR says, beside
// the level's folder (<data>/levels/x.json or <data>/levels/templates/x.json), or the source
// tree the tool was built from. Without them the codes and numbers still tell it all.
static std::optional<Strings> loadStrings(const std::string& levelPath) {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("STARPATH_DATA_DIR"); env && *env) dirs.push_back(env);
    const size_t slash = levelPath.find_last_of('/');
    const std::string levelDir = slash == std::string::npos ? "." : levelPath.substr(0, slash);
    dirs.push_back(levelDir + "/..");
    dirs.push_back(levelDir + "/../..");
    dirs.push_back(STARPATH_DATA_DIR);
    for (const std::string& d : dirs) {
        const std::string strings = d + "/assets/strings";
        if (!fileExists(strings + "/en.json")) continue;
        Strings tr;
        if (tr.load(strings)) return tr;
    }
    return std::nullopt;
}

static int cmdValidate(const std::vector<std::string>& files) {
    if (files.empty()) return usage("validate needs at least one FILE");
    int bad = 0;
    for (const std::string& f : files) {
        if (!loadLevelFile(f)) ++bad;
    }
    return bad == 0 ? 0 : 1;
}

static int cmdReplay(const std::vector<std::string>& args) {
    if (args.empty() || args.size() > 2) return usage("replay needs LEVEL and, unless the level carries its solution, INPUTS");
    auto level = loadLevelFile(args[0]);
    if (!level) return 1;
    std::optional<InputLog> log;
    if (args.size() == 2) {
        log = loadInputFile(args[1]);
    } else if (level->solution) {
        log = InputLog{level->id, *level->solution};
    } else {
        std::fprintf(stderr, "%s: has no recorded solution; name an input log to replay\n", args[0].c_str());
    }
    if (!log) return 1;
    ReplayResult r = runReplay(*level, *log);
    const std::optional<Strings> tr = loadStrings(args[0]);
    const Text message = tr ? outcomeTexts(r.report, *level, *tr) : Text{};
    std::printf("%s\n", replayResultJson(r, tr ? &message : nullptr).c_str());
    return 0;
}

static int cmdFormat(std::vector<std::string> files) {
    bool check = false;
    if (!files.empty() && files[0] == "--check") {
        check = true;
        files.erase(files.begin());
    }
    if (files.empty()) return usage("format needs at least one FILE");
    int bad = 0;
    for (const std::string& f : files) {
        auto level = loadLevelFile(f);
        if (!level) {
            ++bad;
            continue;
        }
        const std::string canonical = saveLevel(*level);
        if (*readFile(f) == canonical) continue;
        if (check) {
            std::fprintf(stderr, "%s: not in canonical form (run starpath-cli format %s)\n", f.c_str(), f.c_str());
            ++bad;
        } else if (std::string err; !writeFileAtomic(f, canonical, &err)) {
            std::fprintf(stderr, "%s\n", err.c_str());
            ++bad;
        }
    }
    return bad == 0 ? 0 : 1;
}

static void traceRow(std::FILE* out, double t, const std::string& body, Vec2 p, Vec2 v) {
    std::fprintf(out, "%.0f,%s,%.3f,%.3f,%.5f,%.5f\n", t, body.c_str(), p.x, p.y, v.x, v.y);
}

static int cmdSimulate(const std::vector<std::string>& args) {
    std::string levelPath, inputsPath, tracePath;
    double seconds = -1, every = 60;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool hasValue = i + 1 < args.size();
        if (a == "--seconds" && hasValue) seconds = std::atof(args[++i].c_str());
        else if (a == "--every" && hasValue) every = std::atof(args[++i].c_str());
        else if (a == "--inputs" && hasValue) inputsPath = args[++i];
        else if (a == "--trace" && hasValue) tracePath = args[++i];
        else if (levelPath.empty() && a.rfind("--", 0) != 0) levelPath = a;
        else return usage(("unexpected argument: " + a).c_str());
    }
    if (levelPath.empty() || tracePath.empty()) return usage("simulate needs LEVEL, --seconds and --trace");
    if (!(seconds > 0) || seconds > 1e7) return usage("--seconds must be a positive number of real seconds (at most 1e7)");
    if (!(every > 0)) return usage("--every must be a positive number of seconds");
    auto level = loadLevelFile(levelPath);
    if (!level) return 1;
    InputLog log;
    if (!inputsPath.empty()) {
        auto loaded = loadInputFile(inputsPath);
        if (!loaded) return 1;
        log = *loaded;
    }
    std::FILE* out = std::fopen(tracePath.c_str(), "w");
    if (!out) {
        std::fprintf(stderr, "%s: cannot write: %s\n", tracePath.c_str(), std::strerror(errno));
        return 1;
    }
    std::fprintf(out, "t_s,body,x_km,y_km,vx_km_s,vy_km_s\n");
    Sim sim(*level);
    InputLog::Cursor cursor;
    const int64_t lastTick = static_cast<int64_t>(std::llround(units::realSecondsToTicks(seconds)));
    const double everyTicks = std::max(1.0, units::realSecondsToTicks(every));
    double nextRow = 0;
    for (int64_t t = 0;; ++t) {
        if (t >= nextRow) {
            nextRow += everyTicks;
            const double ts = units::ticksToRealSeconds(t);
            traceRow(out, ts, "ship", sim.shipPosKm(), sim.shipVelKms());
            std::vector<BodyView> debris = sim.debris();
            for (size_t i = 0; i < debris.size(); ++i) {
                if (debris[i].alive && level->debris[i].moving) {
                    traceRow(out, ts, "debris" + std::to_string(i), debris[i].pos_km, debris[i].vel_km_s);
                }
            }
        }
        if (t >= lastTick || sim.over()) break;
        sim.step(log.at(sim.tick(), cursor));
    }
    std::fclose(out);
    std::fprintf(stderr, "%s: %s after %.0f s (%s)\n", levelPath.c_str(), outcomeName(sim.outcome()),
                 sim.elapsedRealSeconds(), sim.over() ? keyOf(sim.report().code) : "still flying");
    return 0;
}

static int cmdLink(const std::vector<std::string>& args) {
    if (args.empty() || args.size() > 2) return usage("link needs LEVEL and optionally the game's ADDRESS");
    std::optional<Level> level = loadLevelFile(args[0]);
    if (!level) return 1;
    const std::string link = args.size() == 2 ? shareLink(*level, args[1]) : shareFragment(*level);
    std::printf("%s\n", link.c_str());
    return 0;
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage("no command given");
    const std::string cmd = args[0];
    args.erase(args.begin());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kHelp, stdout);
        return 0;
    }
    if (cmd == "validate") return cmdValidate(args);
    if (cmd == "replay") return cmdReplay(args);
    if (cmd == "simulate") return cmdSimulate(args);
    if (cmd == "format") return cmdFormat(args);
    if (cmd == "link") return cmdLink(args);
    return usage(("unknown command: " + cmd).c_str());
}
