// starpath-cli: the headless tool. Validates level files, replays recorded flights and
// exports trajectories for spreadsheets, through the same starpath_sim the game uses; says how
// a replay ended in the game's own words through starpath_text (headless too: no SDL, no GL).
#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "game/sim/terrain.h"
#include "game/sim/level_io.h"
#include "game/sim/replay.h"
#include "game/sim/rules/stars.h"
#include "game/sim/lesson_link.h"
#include "game/sim/share_link.h"
#include "game/sim/sim.h"
#include "game/sim/units.h"
#include "game/text/outcome_text.h"
#include "game/text/strings.h"

#include "engine/core/hash.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
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
    "      \"message\", \"message_zh\" (the game's sentence), \"stars\", \"ticks\", \"minutes\", \"hash\",\n"
    "      and for a capsule \"dips\": each dip into the air, [{lowest_km, peak_kw_m2, peak_g, load_mj_m2}]}.\n"
    "      Without INPUTS, replays the solution a level made in the editor carries (\"solution\").\n"
    "      Exit 0 when it ran, whatever the result; 1 when a file is unreadable or invalid.\n"
    "  starpath-cli simulate LEVEL --seconds S [--inputs F] [--every S2] --trace OUT.csv\n"
    "      Flies the level for S real seconds (with the inputs, or none) and writes every\n"
    "      moving body's state every S2 real seconds (default 60) as CSV (bodies: ship,\n"
    "      craftN for the level's other craft (1 = the first), debrisN, and attractorN for\n"
    "      planets and moons on an orbit); where the level has a target craft (its rendezvous\n"
    "      or dock goal's, or the first craft), the ship's row gives the range to it and the\n"
    "      speed it closes at (empty otherwise). Positions to the millimetre:\n"
    "      t_s,body,x_km,y_km,vx_km_s,vy_km_s,range_km,closing_m_s\n"
    "  starpath-cli format [--check] FILE...\n"
    "      Rewrites level files in the canonical form the game saves (stable key order, types\n"
    "      always written, other defaults left out; older versions upgraded). With --check,\n"
    "      changes nothing and exits 1 if a file differs.\n"
    "  starpath-cli link LEVEL [ADDRESS]\n"
    "      Prints a share link that opens the level in the browser build: ADDRESS (where the\n"
    "      game is hosted, e.g. http://127.0.0.1:8000/) followed by #level=<the level, base64url>.\n"
    "      Without ADDRESS, prints just the #level=... part.\n"
    "  starpath-cli golden --check|--write FILE\n"
    "      The golden state hashes (levels/solutions/golden.json): replays every solution in\n"
    "      FILE's folder on its level (FILE's folder/../ID.json) and compares result, stars,\n"
    "      ticks and state hash with FILE (--check: exit 1 on any difference) or writes them\n"
    "      (--write). The native and the WebAssembly builds must both pass --check.\n"
    "  starpath-cli terrain LEVEL --seed N [--from KM] [--to KM] [--swell M] [--craters N]\n"
    "                    [--crater-size MIN:MAX] [--rocks N] [--rock-size MIN:MAX] [--clear KM:KM]...\n"
    "      Gives a local frame's level new lunar ground from a seed (game/sim/terrain.h): craters\n"
    "      with rims and rocks (sizes in metres) over a rolling plain from --from to --to km, none\n"
    "      over the --clear spans. Rewrites LEVEL's \"ground\" in canonical form; prints the count.\n"
    "  starpath-cli --help\n"
    "\n"
    "Units: km, km/s and real seconds. The game compresses time: in Chapter 1 one tick is 2 real\n"
    "seconds; a level's frame may set another scale.\n";

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
    const Text message = tr ? outcomeTexts(r.report, r.flown, *tr) : Text{};
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

static void traceRow(std::FILE* out, double t, const std::string& body, Vec2 p, Vec2 v, const Approach* target = nullptr) {
    std::fprintf(out, "%.3f,%s,%.6f,%.6f,%.8f,%.8f,", t, body.c_str(), p.x, p.y, v.x, v.y);
    if (target) std::fprintf(out, "%.6f,%.4f\n", target->rangeKm, target->closingKms * 1000);
    else std::fprintf(out, ",\n");
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
    std::fprintf(out, "t_s,body,x_km,y_km,vx_km_s,vy_km_s,range_km,closing_m_s\n");
    const int target = targetCraft(*level);
    Sim sim(*level);
    InputLog::Cursor cursor;
    const units::Scale& scale = sim.scale();
    const int64_t lastTick = static_cast<int64_t>(std::llround(scale.realSecondsToTicks(seconds)));
    const double everyTicks = std::max(1.0, scale.realSecondsToTicks(every));
    double nextRow = 0;
    for (int64_t t = 0;; ++t) {
        if (t >= nextRow) {
            nextRow += everyTicks;
            const double ts = scale.ticksToRealSeconds(double(t));
            const Approach toTarget = sim.approach(0, target);
            traceRow(out, ts, "ship", sim.shipPosKm(), sim.shipVelKms(), target > 0 && sim.craftAlive(target) ? &toTarget : nullptr);
            for (int i = 1; i < sim.craftCount(); ++i)
                if (sim.craftAlive(i)) traceRow(out, ts, "craft" + std::to_string(i), sim.craftPosKm(i), sim.craftVelKms(i));
            for (int i = 0; i < sim.bodies().count(); ++i) {   // planets and moons that move
                if (!sim.bodies().moves(i)) continue;
                const orbit::State b = sim.bodies().stateAt(i, ts);
                traceRow(out, ts, "attractor" + std::to_string(i), b.r, b.v);
            }
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

// [SECTION] golden hashes

namespace {
struct Golden {
    std::string level;
    std::string result;
    int stars = 0;
    int64_t ticks = 0;
    std::string hash;
};

std::optional<Golden> replayGolden(const std::filesystem::path& levelsDir, const std::string& id) {
    auto level = loadLevelFile((levelsDir / (id + ".json")).string());
    auto log = loadInputFile((levelsDir / "solutions" / (id + ".json")).string());
    if (!level || !log) return std::nullopt;
    const ReplayResult r = runReplay(*level, *log);
    return Golden{id, outcomeName(r.outcome), r.stars, r.ticks, hashHex(r.hash)};
}
} // namespace

static int cmdGolden(const std::vector<std::string>& args) {
    if (args.size() != 2 || (args[0] != "--check" && args[0] != "--write")) return usage("golden needs --check or --write, then FILE");
    const std::filesystem::path file = args[1];
    const std::filesystem::path solutions = file.parent_path().empty() ? "." : file.parent_path();
    const std::filesystem::path levelsDir = solutions / "..";
    using json = nlohmann::ordered_json;
    // Every recorded solution beside the golden file, by level id.
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(solutions, ec)) {
        const std::filesystem::path p = entry.path();
        if (p.extension() == ".json" && p.filename() != file.filename()) ids.push_back(p.stem().string());
    }
    if (ec) {
        std::fprintf(stderr, "%s: cannot list: %s\n", solutions.string().c_str(), ec.message().c_str());
        return 1;
    }
    std::sort(ids.begin(), ids.end());
    if (args[0] == "--write") {
        json out = {{"version", 1},
                    {"about", "State hashes of every recorded solution: starpath-cli golden --check FILE must reproduce "
                              "them natively and in WebAssembly. Rewrite with --write only when the physics changes on purpose."},
                    {"replays", json::array()}};
        for (const std::string& id : ids) {
            auto g = replayGolden(levelsDir, id);
            if (!g) return 1;
            out["replays"].push_back({{"level", g->level}, {"result", g->result}, {"stars", g->stars},
                                      {"ticks", g->ticks}, {"hash", g->hash}});
        }
        std::string err;
        if (!writeFileAtomic(file.string(), out.dump(2) + "\n", &err)) {
            std::fprintf(stderr, "%s\n", err.c_str());
            return 1;
        }
        std::printf("%s: %zu replays\n", file.string().c_str(), ids.size());
        return 0;
    }
    auto bytes = readFile(file.string());
    json golden = bytes ? json::parse(*bytes, nullptr, false) : json();
    if (!golden.is_object() || !golden.contains("replays") || !golden["replays"].is_array()) {
        std::fprintf(stderr, "%s: not a golden-hash file (expected {\"replays\": [...]})\n", file.string().c_str());
        return 1;
    }
    int bad = 0, count = 0;
    for (const std::string& id : ids) {   // a solution with no hash would prove nothing in WebAssembly
        bool listed = false;
        for (const json& want : golden["replays"]) listed |= want.value("level", "") == id;
        if (listed) continue;
        std::printf("MISS %s: a recorded solution with no golden hash: run starpath-cli golden --write %s\n", id.c_str(),
                    file.string().c_str());
        ++bad;
    }
    for (const json& want : golden["replays"]) {
        const std::string id = want.value("level", "");
        auto got = replayGolden(levelsDir, id);
        ++count;
        if (!got) {
            ++bad;
            continue;
        }
        const bool same = got->result == want.value("result", "") && got->stars == want.value("stars", -1) &&
                          got->ticks == want.value("ticks", int64_t(-1)) && got->hash == want.value("hash", "");
        std::printf("%s %s: %s, %d stars, %lld ticks, hash %s\n", same ? "ok  " : "DIFF", id.c_str(), got->result.c_str(),
                    got->stars, static_cast<long long>(got->ticks), got->hash.c_str());
        if (!same) {
            std::printf("     expected %s, %d stars, %lld ticks, hash %s\n", want.value("result", "?").c_str(),
                        want.value("stars", -1), static_cast<long long>(want.value("ticks", int64_t(-1))),
                        want.value("hash", "?").c_str());
            ++bad;
        }
    }
    std::printf("%d of %d replays match %s\n", count - bad, count, file.string().c_str());
    return bad == 0 && count > 0 ? 0 : 1;
}

static int cmdLink(const std::vector<std::string>& args) {
    if (args.empty() || args.size() > 2) return usage("link needs LEVEL and optionally the game's ADDRESS");
    std::optional<Level> level = loadLevelFile(args[0]);
    if (!level) return 1;
    const std::string link = args.size() == 2 ? shareLink(*level, args[1]) : shareFragment(*level);
    std::printf("%s\n", link.c_str());
    return 0;
}

static int cmdLesson(const std::vector<std::string>& args) {
    if (args.empty() || args.size() > 2) return usage("lesson needs LESSON and optionally the game's ADDRESS");
    std::string err;
    const std::optional<std::string> bytes = readFile(args[0], &err);
    if (!bytes) {
        std::fprintf(stderr, "%s: %s\n", args[0].c_str(), err.c_str());
        return 1;
    }
    const char* env = std::getenv("STARPATH_DATA_DIR");
    const Campaign campaign = loadCampaign(std::string(env && *env ? env : STARPATH_DATA_DIR) + "/levels");
    const LessonLoad load = parseLesson(*bytes, campaign);
    for (const Problem& p : load.problems) std::fprintf(stderr, "%s\n", formatProblem(args[0], p).c_str());
    if (!load.ok()) return 1;
    const std::string link = args.size() == 2 ? lessonLink(*load.lesson, args[1]) : lessonFragment(*load.lesson);
    std::printf("%s\n", link.c_str());
    return 0;
}

// "A:B" as two numbers.
static bool parsePair(const std::string& text, double& a, double& b) {
    const size_t colon = text.find(':');
    if (colon == std::string::npos) return false;
    char* end = nullptr;
    a = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + colon) return false;
    b = std::strtod(text.c_str() + colon + 1, &end);
    return *end == 0 && std::isfinite(a) && std::isfinite(b) && a < b;
}

static bool parseNumber(const std::string& text, double& out) {
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && *end == 0 && std::isfinite(out);
}

static int cmdTerrain(const std::vector<std::string>& args) {
    if (args.empty()) return usage("terrain needs LEVEL and --seed");
    TerrainRecipe r;
    r.clear.clear();
    bool seeded = false;
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size()) return usage(("missing a value after " + a).c_str());
        const std::string& v = args[++i];
        double x = 0, y = 0;
        bool ok = true;
        if (a == "--seed") ok = parseNumber(v, x) && x >= 0 && x < 1e15, r.seed = uint64_t(x), seeded = true;
        else if (a == "--from") ok = parseNumber(v, r.from_km);
        else if (a == "--to") ok = parseNumber(v, r.to_km);
        else if (a == "--swell") ok = parseNumber(v, r.swell_m) && r.swell_m >= 0 && r.swell_m <= 100;
        else if (a == "--craters") ok = parseNumber(v, x) && x >= 0 && x <= 200, r.craters = int(x);
        else if (a == "--rocks") ok = parseNumber(v, x) && x >= 0 && x <= 500, r.rocks = int(x);
        else if (a == "--crater-size") ok = parsePair(v, x, y) && x > 0, r.crater_min_m = x, r.crater_max_m = y;
        else if (a == "--rock-size") ok = parsePair(v, x, y) && x > 0, r.rock_min_m = x, r.rock_max_m = y;
        else if (a == "--clear") ok = parsePair(v, x, y), r.clear.push_back({x, y});
        else return usage(("unexpected argument: " + a).c_str());
        if (!ok) return usage(("not a usable value for " + a + ": " + v).c_str());
    }
    if (!seeded) return usage("terrain needs --seed");
    if (!(r.from_km < r.to_km) || r.to_km - r.from_km > 20) return usage("--from must be left of --to, at most 20 km apart");
    auto level = loadLevelFile(args[0]);
    if (!level) return 1;
    level->ground = generateTerrain(r);
    const std::string canonical = saveLevel(*level);
    if (std::string err; !writeFileAtomic(args[0], canonical, &err)) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    std::printf("%s: %zu ground points\n", args[0].c_str(), level->ground.size());
    return 0;
}

int main(int argc, char** argv) {
    sp::setLogName("starpath");
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
    if (cmd == "lesson") return cmdLesson(args);
    if (cmd == "golden") return cmdGolden(args);
    if (cmd == "terrain") return cmdTerrain(args);
    return usage(("unknown command: " + cmd).c_str());
}
