// A soft landing (level 3-3): the ground made from a seed, and what the lander's HUD reads on
// the way down (landing.h), checked against what the flight then does.
#include "engine/core/file_io.h"
#include "game/sim/ground.h"
#include "game/sim/input.h"
#include "game/sim/landing.h"
#include "game/sim/terrain.h"
#include "tests/sim/scene_fixture.h"
#include "tests/test_paths.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>

using namespace sp;

namespace {

TerrainRecipe siteRecipe() {
    TerrainRecipe r;   // as level 3-3's site was made (README, "Chapter 3")
    r.seed = 5;
    r.from_km = -0.25;
    r.to_km = 0.25;
    r.craters = 16;
    r.crater_min_m = 8;
    r.crater_max_m = 45;
    r.rocks = 45;
    r.rock_min_m = 0.5;
    r.rock_max_m = 1.8;
    r.clear = {{0.045, 0.095}, {-0.235, -0.205}};
    return r;
}

InputLog solution(const std::string& id) {
    auto bytes = readFile(test::dataDir() + "/levels/solutions/" + id + ".json");
    REQUIRE(bytes);
    InputLoad load = parseInputLog(*bytes);
    REQUIRE(load.log);
    return *load.log;
}

} // namespace

TEST_CASE("ground from a seed: the same every time, in order, rocky, and flat where it was asked to be clear") {
    const TerrainRecipe r = siteRecipe();
    const std::vector<GroundPoint> g = generateTerrain(r);
    REQUIRE(g.size() > 100);
    CHECK(g == generateTerrain(r));
    CHECK(g.front().x_km == Approx(r.from_km));
    CHECK(g.back().x_km == Approx(r.to_km));
    for (size_t i = 1; i < g.size(); ++i) CHECK(g[i].x_km - g[i - 1].x_km >= 0.00001);   // validation's gap at 1 m a unit
    // Over the clear spans a 4 m lander stands anywhere; across the whole site often not.
    int steep = 0, n = 0;
    for (double x = r.from_km + 0.003; x < r.to_km - 0.003; x += 0.0005, ++n) {
        const double lean = std::fabs(groundLeanDeg(g, x, 0.002));
        steep += lean > 12;
        for (const ClearSpan& c : r.clear)
            if (x > c.from_km + 0.002 && x < c.to_km - 0.002) CHECK(lean < 3);
    }
    CHECK(steep > n / 4);
    // Another seed, other ground.
    TerrainRecipe other = r;
    other.seed = 6;
    CHECK(generateTerrain(other) != g);
    // Level 3-3 carries exactly this ground.
    CHECK(test::levelFile("levels/3-3.json").ground == g);
}

TEST_CASE("thinning a ground line keeps its ends and strays from no sampled point by more than the tolerance") {
    std::vector<GroundPoint> line;
    for (int i = 0; i <= 200; ++i) line.push_back({i * 0.001, 0.002 * std::sin(i * 0.1)});
    const std::vector<GroundPoint> thin = thinGround(line, 0.00005);
    CHECK(thin.size() < line.size() / 2);
    CHECK(thin.front() == line.front());
    CHECK(thin.back() == line.back());
    for (const GroundPoint& p : line) CHECK(std::fabs(*groundHeightKm(thin, p.x_km) - p.y_km) <= 0.00005 + 1e-12);
}

TEST_CASE("the lander's readout: feet over the ground, the lean of the ground below, and engine off from 4 m") {
    Level l = test::scene("lunar-landing");
    l.ship.touchdown_max_vertical_m_s = 3;   // soft to 3 m/s, hard but survived to 5
    l.ship.touchdown_hard_vertical_m_s = 5;
    Sim sim(l);
    const LandingReadout r = landingReadout(sim);
    REQUIRE(r.overGround);
    CHECK(r.heightM == Approx(4.0).epsilon(1e-6));
    CHECK(r.downMs == Approx(0).margin(1e-9));
    CHECK(r.groundLeanDeg == Approx(0).margin(1e-9));
    CHECK(r.engineOffMs == Approx(std::sqrt(2 * 1.62 * 4)).epsilon(1e-6));   // 3.6 m/s
    CHECK(r.ifNow == OutcomeCode::None);
    CHECK(r.ifEngineOff == OutcomeCode::LandedHard);   // 3.6 m/s: hard, as the flight then judges it
    while (!sim.touchdown()) sim.step({});
    CHECK(sim.touchdown()->hard);
    CHECK(sim.touchdown()->verticalMs == Approx(r.engineOffMs).epsilon(0.01));

    // Over a rock, the ground below says so before the feet get there.
    l.ground = {{-0.2, 0}, {-0.0002, 0}, {0.00025, 0.0005}, {0.0007, 0}, {0.2, 0}};
    l.ship.touchdown_max_slope_deg = 12;
    const LandingReadout rock = landingReadout(Sim(l));
    CHECK(rock.groundLeanDeg > 12);
    CHECK(rock.heightM == Approx(4.0 - 0.5).epsilon(1e-6));   // over the rock's top
    CHECK(rock.ifEngineOff == OutcomeCode::TouchdownSlope);
}

TEST_CASE("3-3's recorded landing: the Engine off readout at the cut is the touchdown speed then flown, and it is soft") {
    const Level level = test::levelFile("levels/3-3.json");
    const InputLog log = solution("3-3");
    Sim sim(level);
    InputLog::Cursor cursor;
    std::optional<LandingReadout> atCut;
    bool wasThrusting = false;
    while (!sim.over() && sim.tick() < 60 * 600) {
        const TickInput in = log.at(sim.tick(), cursor);
        // The last time the engine goes off before touchdown: the cut a few metres up.
        if (wasThrusting && !in.thrust && !sim.touchdown()) atCut = landingReadout(sim);
        wasThrusting = in.thrust;
        sim.step(in);
    }
    REQUIRE(sim.outcome() == Outcome::Won);
    REQUIRE(sim.touchdown());
    REQUIRE(atCut);
    INFO("cut " << atCut->heightM << " m up at " << atCut->downMs << " m/s down");
    CHECK(atCut->heightM > 1.0);
    CHECK(atCut->heightM < 3.0);
    CHECK(sim.touchdown()->verticalMs == Approx(atCut->engineOffMs).margin(0.05));
    CHECK(sim.touchdown()->verticalMs <= level.ship.touchdown_max_vertical_m_s);
    CHECK_FALSE(sim.touchdown()->hard);
    CHECK(sim.touchdown()->slopeDeg < level.ship.touchdown_max_slope_deg);
}
