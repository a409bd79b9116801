// starpath-bench: prints figures, never fails on speed.
//   1. Replay throughput of the whole campaign, as a multiple of play time (what a player at
//      1x watches) and of the real mission time the levels stand for.
//   2. The engine's cost per tick over plain Box2D stepping the same 500-body scene, as a
//      ratio measured in one run (so the machine's speed cancels out).
//   3. What predicting a path costs: one whole lap from scratch (what a frame pays after a
//      burn) and the few ticks a frame adds at the far end of a kept path (PathAhead), for a
//      low Earth orbit, a geostationary orbit and an Earth-Moon transfer (tests/scenes).
#include "engine/core/file_io.h"
#include "engine/core/log.h"
#include "engine/physics/world.h"
#include "game/sim/campaign.h"
#include "game/sim/closest.h"
#include "game/sim/corridor.h"
#include "game/sim/level_io.h"
#include "game/sim/path_ahead.h"
#include "game/sim/replay.h"
#include "game/sim/units.h"

#include <box2d/box2d.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace sp;
using Clock = std::chrono::steady_clock;

static double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// [SECTION] 1. campaign replay throughput

static int benchCampaign(const std::string& dataDir, int rounds) {
    Campaign campaign = loadCampaign(dataDir + "/levels");
    for (const std::string& e : campaign.errors) std::fprintf(stderr, "%s\n", e.c_str());
    struct Run { const Level* level; InputLog log; };
    std::vector<Run> runs;
    for (const Chapter& ch : campaign.chapters) {
        for (const std::string& id : ch.levels) {
            auto bytes = readFile(dataDir + "/levels/solutions/" + id + ".json");
            if (!bytes) continue;
            InputLoad load = parseInputLog(*bytes);
            if (load.log) runs.push_back({campaign.find(id), *load.log});
        }
    }
    if (runs.empty()) {
        std::fprintf(stderr, "no levels with solutions found under %s/levels\n", dataDir.c_str());
        return 1;
    }
    int64_t ticks = 0;
    int won = 0;
    auto t0 = Clock::now();
    for (int round = 0; round < rounds; ++round) {
        for (const Run& r : runs) {
            ReplayResult res = runReplay(*r.level, r.log);
            ticks += res.ticks;
            won += res.outcome == Outcome::Won ? 1 : 0;
        }
    }
    const double wall = secondsSince(t0);
    const double playSeconds = double(ticks) / units::kTicksPerSecond;
    const double missionSeconds = units::kOrbitScale.ticksToRealSeconds(ticks);
    std::printf("campaign replay: %zu levels x %d rounds, %d wins, %lld ticks in %.3f s\n", runs.size(), rounds, won,
                static_cast<long long>(ticks), wall);
    std::printf("  %.0f ticks/s; %.0fx play time (1x speed); %.0fx real mission time\n", ticks / wall,
                playSeconds / wall, missionSeconds / wall);
    return 0;
}

// [SECTION] 2. engine overhead over plain Box2D

struct Scene {
    std::vector<Vec2> pos, vel;
};

// 500 small bodies on near-circular orbits between 1.2 and 3 planet radii, some crossing.
static Scene makeScene(int n) {
    Scene s;
    const double mu = units::kOrbitScale.muToUnits(398600.4418), R = units::kOrbitScale.kmToUnits(6371);
    for (int i = 0; i < n; ++i) {
        double r = R * (1.2 + 1.8 * ((i * 37) % n) / double(n));
        double a = 2 * kPi * ((i * 101) % n) / n;
        double v = std::sqrt(mu / r) * (1 + 0.02 * ((i % 7) - 3));
        s.pos.push_back(fromAngle(a) * r);
        s.vel.push_back(perpLeft(fromAngle(a)) * v * (i % 5 == 0 ? -1 : 1));
    }
    return s;
}

static double timeEngine(const Scene& s, int ticks) {
    phys::World world;
    phys::BodyDef pd;
    pd.kind = phys::BodyKind::Static;
    phys::BodyId planet = world.createBody(pd);
    world.addCircle(planet, units::kOrbitScale.kmToUnits(6371));
    world.makeAttractor(planet, units::kOrbitScale.muToUnits(398600.4418), units::kOrbitScale.kmToUnits(6371));
    for (size_t i = 0; i < s.pos.size(); ++i) {
        phys::BodyDef d;
        d.position = s.pos[i];
        d.velocity = s.vel[i];
        world.addCircle(world.createBody(d), 0.3);
    }
    auto t0 = Clock::now();
    for (int t = 0; t < ticks; ++t) world.step(units::kTickWorldSeconds);
    return secondsSince(t0);
}

static double timePlainBox2D(const Scene& s, int ticks) {
    b2World world(b2Vec2(0, 0));
    world.SetAllowSleeping(false);
    b2BodyDef pd;
    b2Body* planet = world.CreateBody(&pd);
    b2CircleShape ps;
    ps.m_radius = float(units::kOrbitScale.kmToUnits(6371));
    planet->CreateFixture(&ps, 1);
    std::vector<b2Body*> bodies;
    b2CircleShape cs;
    cs.m_radius = 0.3f;
    for (size_t i = 0; i < s.pos.size(); ++i) {
        b2BodyDef d;
        d.type = b2_dynamicBody;
        d.position.Set(float(s.pos[i].x), float(s.pos[i].y));
        d.linearVelocity.Set(float(s.vel[i].x), float(s.vel[i].y));
        b2Body* b = world.CreateBody(&d);
        b->CreateFixture(&cs, 1);
        bodies.push_back(b);
    }
    const double mu = units::kOrbitScale.muToUnits(398600.4418);
    auto t0 = Clock::now();
    for (int t = 0; t < ticks; ++t) {
        for (b2Body* b : bodies) {   // the same point-mass gravity, written inline
            b2Vec2 p = b->GetPosition();
            double r2 = double(p.x) * p.x + double(p.y) * p.y;
            double k = -mu * b->GetMass() / (r2 * std::sqrt(r2));
            b->ApplyForceToCenter(b2Vec2(float(k * p.x), float(k * p.y)), true);
        }
        world.Step(float(units::kTickWorldSeconds), 8, 3);
    }
    return secondsSince(t0);
}

static void benchOverhead(int ticks) {
    Scene s = makeScene(500);
    // Alternate the two a few times and keep each one's best, so a noisy moment hurts neither.
    double engine = 1e9, plain = 1e9;
    for (int round = 0; round < 3; ++round) {
        plain = std::min(plain, timePlainBox2D(s, ticks));
        engine = std::min(engine, timeEngine(s, ticks));
    }
    std::printf("500-body scene, %d ticks: plain Box2D %.3f ms/tick, engine %.3f ms/tick, ratio %.2f\n", ticks,
                1000 * plain / ticks, 1000 * engine / ticks, engine / plain);
}

// [SECTION] 3. prediction costs

static void benchPrediction(const std::string& name, const Level& level, int lapTicks) {
    Sim sim(level);
    const int reps = std::max(1, 200000 / lapTicks);
    auto t0 = Clock::now();
    size_t points = 0;
    for (int i = 0; i < reps; ++i) points += sim.predict(sim.shipCoast(), lapTicks, 1).points.size();
    const double full = secondsSince(t0) / reps;
    // A frame at 1x runs about one tick; at 4x about four: the kept path grows by that much.
    PathAhead ahead;
    ahead.update(sim, lapTicks);
    const int frames = 2000;
    int64_t predicted = 0;
    t0 = Clock::now();
    for (int f = 0; f < frames && !sim.over(); ++f) {
        for (int k = 0; k < 4; ++k) sim.step({});
        predicted += ahead.update(sim, lapTicks);
    }
    const double perFrame = secondsSince(t0) / frames;
    std::printf("  %-28s lap %6d ticks: whole lap %7.3f ms (%.0f ns a tick); a 4x frame on a kept path %.3f ms, "
                "%.1f new ticks predicted a frame\n",
                name.c_str(), lapTicks, full * 1e3, full * 1e9 / lapTicks, perFrame * 1e3, double(predicted) / frames);
    (void)points;
}

static void benchPredictions(const std::string& dataDir) {
    std::printf("prediction costs (one point per tick, the play screen's path):\n");
    Campaign campaign = loadCampaign(dataDir + "/levels");
    if (const Level* leo = campaign.find("1-3")) benchPrediction("low Earth orbit (1-3)", *leo, 3040);
    for (const char* scene : {"geostationary", "lunar-orbit"}) {
        auto bytes = readFile(dataDir + "/tests/scenes/" + scene + ".json");
        LevelLoad load = bytes ? parseLevel(*bytes) : LevelLoad{};
        if (!load.level) continue;
        if (std::string(scene) == "geostationary") benchPrediction("geostationary orbit", *load.level, 43100);
        else {
            // The Earth-Moon transfer: 5 days at 48 s a tick, past the moving Moon.
            Level transfer = *load.level;
            transfer.ship.x_km = 0;
            transfer.ship.y_km = -(6371.0 + 200);
            transfer.ship.vx_km_s = 10.92;
            transfer.ship.vy_km_s = 0;
            benchPrediction("Earth-Moon transfer (5 days)", transfer, 9000);
        }
    }
}

// [SECTION] 4. the burn panel's searches

// The entry corridor (2-1, 2-5): the whole search, and its slowest single prediction (the
// play screen runs them one by one until 4 ms of a frame are gone, so a frame takes at most
// about that plus one). Catching a station (2-2): the 3-lap preview
// and the comparison with the station's path.
static void benchPanelSearches(const std::string& dataDir) {
    std::printf("burn panel searches:\n");
    Campaign campaign = loadCampaign(dataDir + "/levels");
    for (const char* id : {"2-1", "2-5"}) {
        const Level* level = campaign.find(id);
        if (!level) continue;
        Sim sim(*level);
        const int horizon = int(sim.elements(0).period / sim.tickRealSeconds()) + 2;
        CorridorSearch search;
        search.start(sim.shipCoast(), 0, level->ship.fuel_dv_km_s, horizon);
        double worst = 0, total = 0;
        int frames = 0;
        for (bool done = false; !done; ++frames) {
            const auto t0 = Clock::now();
            done = search.run(sim, 1);
            const double s = secondsSince(t0);
            worst = std::max(worst, s);
            total += s;
        }
        std::printf("  entry corridor (%s)           %d predictions: %.1f ms in all, the slowest %.2f ms\n", id, frames,
                    total * 1e3, worst * 1e3);
    }
    if (const Level* level = campaign.find("2-2")) {
        Sim sim(*level);
        const int lap = int(sim.elements(0).period / sim.tickRealSeconds()) + 2;
        const auto t0 = Clock::now();
        const Prediction path = sim.predict(sim.burned(sim.shipCoast(), -0.015, 0), 3 * lap, 3);
        const double preview = secondsSince(t0);
        PathAhead station;
        auto t1 = Clock::now();
        station.update(sim, 3 * lap, 1);
        const double stationPath = secondsSince(t1);
        t1 = Clock::now();
        const Closest c = closestApproach(sim, path.states, station, 10, 0.005);
        const double compare = secondsSince(t1);
        std::printf("  catching a station (2-2)      3-lap preview %.2f ms, the station's path %.2f ms, the comparison %.3f ms (%s)\n",
                    preview * 1e3, stationPath * 1e3, compare * 1e3, c.found ? "found" : "none");
    }
}

int main(int argc, char** argv) {
    sp::setLogName("starpath");
    std::string dataDir = STARPATH_DATA_DIR;
    int rounds = 3, ticks = 600;
    bool campaignOnly = false;   // the browser build's figure compares just this part
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--data" && i + 1 < argc) dataDir = argv[++i];
        else if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--ticks" && i + 1 < argc) ticks = std::max(1, std::atoi(argv[++i]));
        else if (a == "--campaign") campaignOnly = true;
        else {
            std::printf("usage: starpath-bench [--data DIR] [--rounds N] [--ticks N] [--campaign]\n"
                        "  --campaign  only the campaign replay (1.), not the 500-body comparison\n");
            return a == "--help" ? 0 : 2;
        }
    }
    int rc = benchCampaign(dataDir, rounds);
    if (!campaignOnly) {
        benchOverhead(ticks);
        benchPredictions(dataDir);
        benchPanelSearches(dataDir);
    }
    return rc;
}
