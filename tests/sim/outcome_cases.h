// Flights that end every way the sim can end them, for the tests that read what the player is
// told: each case flies a small test level or a campaign level to its end, through Flight as
// the play screen does. The flights of tests/sim/test_sim.cpp and test_flight.cpp are here,
// and more: a failure of each kind, a timeout that explains each goal type.
#pragma once
#include "engine/core/file_io.h"
#include "game/sim/campaign.h"
#include "game/sim/level_io.h"
#include "game/sim/flight.h"
#include "game/sim/units.h"
#include "scene_fixture.h"
#include "sim_fixtures.h"
#include "tests/test_paths.h"
#ifdef STARPATH_RULE_FIXTURE
#include "tests/rule_fixture/escape_level.h"
#endif

#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace sp::test {

struct OutcomeCase {
    std::string name;
    std::function<std::unique_ptr<Flight>()> fly;   // a flight that has ended
};

inline const Campaign& shippedCampaign() {
    static Campaign c = loadCampaign(dataDir() + "/levels");
    return c;
}

// orbitLevel() with a contact goal: a ground station at `angleDeg` must hear the ship for
// `minutes`, within `limitMin` (the orbit takes 92.6 minutes).
inline Level contactLevel(double angleDeg, double minutes, double limitMin, Text name = {}) {
    Level l = orbitLevel();
    Station st;
    st.longitude_deg = angleDeg;
    st.name = std::move(name);
    l.stations.push_back(st);
    l.goals.list[0].type = GoalType::Contact;
    l.goals.list[0].minutes = minutes;
    l.time_limit_min = limitMin;
    return l;
}

// orbitLevel() with the Earth turning once a sidereal day and a coverage goal: Beijing and
// Urumqi (10 degree masks) must each see `count` of `sats` at once, unbroken, for `minutes`.
inline Level coverageLevel(std::vector<Satellite> sats, double count, double minutes, double limitMin) {
    Level l = orbitLevel();
    l.attractors[0].rotation_period_min = 86164.0905 / 60;
    for (auto [name, lat, lon] : {std::tuple{Text{"Beijing", "北京"}, 39.9, 116.4}, std::tuple{Text{"Urumqi", "乌鲁木齐"}, 43.8, 87.6}}) {
        Station st;
        st.name = name;
        st.latitude_deg = lat, st.longitude_deg = lon, st.mask_deg = 10;
        l.stations.push_back(st);
    }
    l.satellites = std::move(sats);
    l.goals.list[0].type = GoalType::Coverage;
    l.goals.list[0].count = count;
    l.goals.list[0].minutes = minutes;
    l.time_limit_min = limitMin;
    return l;
}

inline Satellite navSatellite(const char* look, double radiusKm, double inclinationDeg, double nodeLonDeg, double phaseDeg = 0) {
    Satellite s;
    s.look = look;
    s.radius_km = radiusKm, s.inclination_deg = inclinationDeg, s.node_longitude_deg = nodeLonDeg, s.phase_deg = phaseDeg;
    return s;
}

// Chapter 4's sky level in small: a site on the equator at 110.5 E that must have a satellite
// within 10 degrees of straight overhead (an 80 degree mask) for a whole day, and one satellite
// over it whose radius is the student's knob, from 30,000 to 50,000 km in 1 km steps.
inline Level standStill() {
    Level level = coverageLevel({navSatellite("geo", 35000, 0, 110.5)}, 1, 1440, 1500);
    level.stations.resize(1);
    level.stations[0].name = {"Equator", "赤道"};
    level.stations[0].latitude_deg = 0, level.stations[0].longitude_deg = 110.5, level.stations[0].mask_deg = 80;
    level.actions = Actions{};
    level.actions.sky = true;
    Satellite& s = level.satellites[0];
    s.free = "radius_km", s.free_min = 30000, s.free_max = 50000, s.free_step = 1;
    return level;
}

// Chapter 4's circles in small: a receiver on the equator at 92.5 E hears three GEO satellites
// over 60, 100 and 140 E; the student's mark (the locate goal's knob) starts at 60 E and must
// come within 100 km of it.
inline Level findReceiver() {
    Level level = coverageLevel({navSatellite("geo", 42164, 0, 60), navSatellite("geo", 42164, 0, 100), navSatellite("geo", 42164, 0, 140)},
                                1, 1, 1);
    level.stations.resize(1);
    level.stations[0].name = {"Receiver", "接收机"};
    level.stations[0].latitude_deg = 0, level.stations[0].longitude_deg = 92.5, level.stations[0].mask_deg = 5;
    level.actions = Actions{};
    level.actions.sky = true;
    level.goals.list[0] = Goal{};
    level.goals.list[0].type = GoalType::Locate;
    level.goals.list[0].index = 0;
    level.goals.list[0].distance_km = 100;
    level.goals.list[0].longitude_deg = 60;
    return level;
}

// The same receiver with its clock 1,000 µs ahead: every circle 300 km too big, and a clock
// knob (starting at 0) before the mark.
inline Level findReceiverLate() {
    Level level = findReceiver();
    level.stations[0].clock_error_us = 1000;
    return level;
}

// Chapter 4's good geometry in small: a receiver on the equator at 125 E, its clock 2,000 µs
// ahead, with four channels and five satellites over the equator to switch on and off (each a
// knob, all on at the start): GEO over 60, 110 and 140 E, MEO over 100 and 180 E. The fix,
// for ranges off by 1 m, must be within 3 m.
inline Level chooseFour() {
    Level level = coverageLevel({navSatellite("geo", 42164, 0, 60), navSatellite("geo", 42164, 0, 110), navSatellite("geo", 42164, 0, 140),
                                 navSatellite("meo", 27907, 0, 100), navSatellite("meo", 27907, 0, 180)},
                                1, 1, 1);
    for (Satellite& s : level.satellites) s.free = "used";
    level.stations.resize(1);
    level.stations[0].name = {"Ship", "船"};
    level.stations[0].latitude_deg = 0, level.stations[0].longitude_deg = 125, level.stations[0].mask_deg = 10;
    level.stations[0].clock_error_us = 2000;
    level.actions = Actions{};
    level.actions.sky = true;
    level.goals.list[0] = Goal{};
    level.goals.list[0].type = GoalType::Fix;
    level.goals.list[0].index = 0;
    level.goals.list[0].count = 4;
    level.goals.list[0].error_m = 3;
    level.goals.list[0].range_error_m = 1;
    return level;
}

// Chapter 4's short-message rescue in small: a hiker on the equator at 100.2 E in a valley whose
// walls hide the sky below 50 degrees, its clock 2,000 µs ahead, four channels, and the rescue
// centre in Beijing (station 1, stations[1] of coverageLevel). Five satellites to switch on and
// off (all on at the start): a GEO over 58.75 E behind the walls, GEO over 80 and 110.5 E (all
// three carry messages), an MEO over 64.2 E that rises in the west after about 21 minutes and one
// over 120.2 E, up now, setting in the east. Sent within `needM` (ranges off by 1 m), in an hour.
inline Level rescue(double needM = 10) {
    Level level = coverageLevel({navSatellite("geo", 42164, 0, 58.75), navSatellite("geo", 42164, 0, 80), navSatellite("geo", 42164, 0, 110.5),
                                 navSatellite("meo", 27907, 0, 64.2), navSatellite("meo", 27907, 0, 120.2)},
                                1, 1, 60);
    for (Satellite& s : level.satellites) s.free = "used", s.messages = s.look == "geo";
    level.frame.time_scale = 120;
    level.stations[1] = level.stations[0];   // Beijing, the rescue centre
    level.stations[0] = Station{};
    level.stations[0].name = {"Hiker", "徒步者"};
    level.stations[0].longitude_deg = 100.2, level.stations[0].mask_deg = 50, level.stations[0].clock_error_us = 2000;
    level.actions = Actions{};
    level.actions.sky = true;
    level.goals.list[0] = Goal{};
    level.goals.list[0].type = GoalType::Message;
    level.goals.list[0].index = 0;
    level.goals.list[0].to = 1;
    level.goals.list[0].count = 4;
    level.goals.list[0].error_m = needM;
    level.goals.list[0].range_error_m = 1;
    return level;
}

// A log that starts a sky level's clock with its knobs at `values`.
inline InputLog skyStartLog(const std::vector<double>& values) {
    InputLog log;
    log.level_id = "sky";
    InputEvent e;
    e.input.start = true;
    for (double v : values) e.input.sky_values[size_t(e.input.sky_count++)] = v;
    log.events.push_back(e);
    return log;
}
inline InputLog skyStartLog(double value) { return skyStartLog(std::vector<double>{value}); }

inline Level landerLevel() { return scene("lunar-landing"); }
inline Level sceneLevel(const char* name) { return scene(name); }

// tests/scenes/docking.json with a hold point 10 m before the port, 3 m across, to hold for a
// minute at most 0.5 m/s before the docking.
inline Level dockingWithHold(double zoneXKm) {
    Level l = sceneLevel("docking");
    Zone z;
    z.x_km = zoneXKm, z.radius_km = 0.003;
    l.zones.push_back(z);
    Goal hold;
    hold.type = GoalType::Hold;
    hold.index = 0, hold.minutes = 1, hold.speed_m_s = 0.5;
    l.goals.list.insert(l.goals.list.begin(), hold);
    return l;
}

// tests/scenes/reentry.json, a capsule entering the air at 120 km, with its parachute.
inline Level capsuleLevel() {
    Level l = sceneLevel("reentry");
    l.ship.angle_deg = 180;   // the shield (its back) forward
    l.ship.parachute_area_m2 = 1200;
    l.ship.parachute_auto = true;
    l.ship.touchdown_max_vertical_m_s = 10;
    Zone z;   // a land goal whose zone is the whole Earth: a safe touchdown anywhere wins
    z.radius_km = 7000;
    l.zones = {z};
    l.goals.list[0].type = GoalType::Land;
    l.goals.list[0].index = 0;
    return l;
}

inline std::vector<OutcomeCase> outcomeCases() {
    using F = std::unique_ptr<Flight>;
    auto toEnd = [](F f) {
        f->runTicks(1000000);
        return f;
    };
    auto launched = [toEnd](const Level& l, double kms) {
        F f = std::make_unique<Flight>(l);
        f->aim(kms, 0);
        f->launch();
        f->advance(1.0 / 60);
        return toEnd(std::move(f));
    };
    auto burnt = [toEnd](const Level& l, double prograde, int64_t after = 1) {
        F f = std::make_unique<Flight>(l);
        f->runTicks(after);
        f->setBurn(prograde, 0);
        f->burnNow();
        return toEnd(std::move(f));
    };
    auto campaignLevel = [](const std::string& id) { return *shippedCampaign().find(id); };
    auto orbitGoal = [](Goal g) {
        Level l = orbitLevel();
        g.type = GoalType::Orbit;
        l.goals.list = {g};
        l.time_limit_min = 60;
        return l;
    };
    auto moon = [] {
        Level l = orbitLevel();
        Attractor& m = l.attractors[0];
        m.name = {"Moon", "月球"};
        m.radius_km = 1737.4;
        m.mu_km3_s2 = 4902.8;
        m.atmosphere_km = 0;
        l.ship.x_km = 1737.4 + 100;
        l.ship.vy_km_s = 1.633;   // circular 100 km up
        return l;
    };

    std::vector<OutcomeCase> cases = {
        // test_sim.cpp
        {"cannon 6.0 km/s: falls back", [=] { return launched(cannonLevel(), 6.0); }},
        {"cannon 7.73 km/s: once around", [=] { return launched(cannonLevel(), 7.73); }},
        {"cannon 11.5 km/s: escapes", [=] { return launched(cannonLevel(), 11.5); }},
        {"cannon held to 7.0 km/s", [=] {
             Level l = cannonLevel();
             l.actions.launch_max_km_s = 7.0;
             return launched(l, 9.0);
         }},
        {"cannon, no input", [=] { return toEnd(std::make_unique<Flight>(cannonLevel())); }},
        {"orbit into debris", [=] {
             Level l = orbitLevel();
             Debris d;
             d.x_km = 0;
             d.y_km = 6371 + 400;
             d.vx_km_s = 7.6686;
             d.radius_km = 50;
             l.debris.push_back(d);
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"orbit through a gate", [=] {
             Level l = orbitLevel();
             Gate g;
             g.x1_km = 0, g.y1_km = 6371 + 200, g.x2_km = 0, g.y2_km = 6371 + 600;
             l.gates.push_back(g);
             l.goals.list[0].type = GoalType::Gate;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"orbit heard by a station", [=] { return toEnd(std::make_unique<Flight>(contactLevel(0, 5, 300))); }},
        {"orbit goal reached by a burn", [=] {
             Goal g;
             g.a_min_km = 6371 + 1000, g.a_max_km = 6371 + 1400, g.e_max = 0.2;
             return burnt(orbitGoal(g), 0.45, 100);
         }},
        // failures of every kind
        {"retrograde burn into the air", [=] { return burnt(orbitLevel(), -1.5); }},
        {"retrograde burn into the Moon", [=] { return burnt(moon(), -0.5); }},
        {"prograde burn, fuel left, out of range", [=] {
             Level l = orbitLevel();
             l.ship.fuel_dv_km_s = 5;
             l.world_radius_km = 30000;
             return burnt(l, 4);
         }},
        {"faster than escape, no fuel, leaving", [=] {
             Level l = orbitLevel();
             l.ship.vy_km_s = 11.5;
             l.ship.fuel_dv_km_s = 0;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"bound but past the edge of the world", [=] {
             Level l = orbitLevel();
             l.world_radius_km = 20000;
             return burnt(l, 2);
         }},
        // timeouts, one per way a goal can be missed
        {"survive longer than the limit", [=] {
             Level l = orbitLevel();
             l.time_limit_min = 100;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"orbit goal: lowest point too low", [=] {
             Goal g;
             g.periapsis_min_km = 500;
             return toEnd(std::make_unique<Flight>(orbitGoal(g)));
         }},
        {"orbit goal: highest point too high", [=] {
             Goal g;
             g.apoapsis_max_km = 300;
             g.periapsis_min_km = 100;
             return toEnd(std::make_unique<Flight>(orbitGoal(g)));
         }},
        {"orbit goal: too small", [=] {
             Goal g;
             g.a_min_km = 6371 + 1000, g.a_max_km = 6371 + 1400;
             return toEnd(std::make_unique<Flight>(orbitGoal(g)));
         }},
        {"orbit goal: not high enough on average", [=] {
             Goal g;
             g.a_min_km = 6371 + 1000;
             return toEnd(std::make_unique<Flight>(orbitGoal(g)));
         }},
        {"orbit goal: too stretched", [=] {
             Goal g;
             g.e_max = 0.01;
             return burnt(orbitGoal(g), 0.45);
         }},
        {"orbit goal: too round", [=] {
             Goal g;
             g.e_min = 0.2;
             return toEnd(std::make_unique<Flight>(orbitGoal(g)));
         }},
        {"orbit goal: right orbit, engine on", [=] {
             Goal g;
             g.a_min_km = 6371 + 300, g.a_max_km = 6371 + 500;
             Level l = orbitGoal(g);
             l.ship.thrust_m_s2 = 0.0001;   // a whisper of thrust, all the time
             l.ship.fuel_dv_km_s = 50;
             F f = std::make_unique<Flight>(l);
             f->hold(true, 0);
             return toEnd(std::move(f));
         }},
        {"orbit goal: leaving", [=] {
             Goal g;
             Level l = orbitGoal(g);
             l.ship.fuel_dv_km_s = 5;
             l.world_radius_km = 1e6;
             l.time_limit_min = 20;
             return burnt(l, 4);
         }},
        {"station never hears", [=] { return toEnd(std::make_unique<Flight>(contactLevel(180, 30, 20, {"Kashi", "喀什"}))); }},
        {"station hears too little", [=] { return toEnd(std::make_unique<Flight>(contactLevel(0, 60, 60))); }},
        {"relay: a week on its loop of the three weeks the lander needs", [=] {
             Level l = sceneLevel("far-side-relay");
             l.time_limit_min = 7 * 1440;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"relay: left alone on its loop, it drifts out of the lander's range", [=] {
             Level l = sceneLevel("far-side-relay");
             l.stations[0].range_km = 90000;
             l.ship.vy_km_s = 0.0830;   // 0.22 m/s too fast: off the loop after a lap
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"relay on the near side: the far-side lander never sees it", [=] {
             Level l = sceneLevel("far-side-relay");
             l.ship.x_km = l.attractors[1].x_km - 30000;   // between the Earth and the Moon, nearly at rest
             l.ship.vy_km_s = 0;
             l.time_limit_min = 1440;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"coverage: a GEO and a passing MEO satellite, and the MEO one sets", [=] {
             return toEnd(std::make_unique<Flight>(coverageLevel(
                 {navSatellite("geo", 42164, 0, 110.5), navSatellite("meo", 27907, 55, 100, 60)}, 2, 1440, 1440)));
         }},
        {"sky: a satellite set too close runs ahead of its site", [=] {
             const InputLog log = skyStartLog(40000);
             return toEnd(std::make_unique<Flight>(standStill(), &log));
         }},
        {"sky: a satellite set too far falls behind its site", [=] {
             const InputLog log = skyStartLog(45000);
             return toEnd(std::make_unique<Flight>(standStill(), &log));
         }},
        {"locate: the mark 300 km west of the receiver", [=] {
             const InputLog log = skyStartLog(89.8);
             return toEnd(std::make_unique<Flight>(findReceiver(), &log));
         }},
        {"locate: the mark on the receiver", [=] {
             const InputLog log = skyStartLog(92.4);
             return toEnd(std::make_unique<Flight>(findReceiver(), &log));
         }},
        {"locate: the clock left 1,000 µs late and the mark 300 km off", [=] {
             const InputLog log = skyStartLog({0, 89.8});
             return toEnd(std::make_unique<Flight>(findReceiverLate(), &log));
         }},
        {"locate: the clock turned 500 µs too far and the mark 300 km off", [=] {
             const InputLog log = skyStartLog({1500, 89.8});
             return toEnd(std::make_unique<Flight>(findReceiverLate(), &log));
         }},
        {"fix: five satellites on, for four channels", [=] {
             const InputLog log = skyStartLog({1, 1, 1, 1, 1});
             return toEnd(std::make_unique<Flight>(chooseFour(), &log));
         }},
        {"fix: two satellites on, too few for where and the clock", [=] {
             const InputLog log = skyStartLog({0, 1, 1, 0, 0});
             return toEnd(std::make_unique<Flight>(chooseFour(), &log));
         }},
        {"fix: four satellites bunched overhead, a long error region", [=] {
             const InputLog log = skyStartLog({0, 1, 1, 1, 0});
             return toEnd(std::make_unique<Flight>(chooseFour(), &log));
         }},
        {"fix: four satellites spread across the sky, a sharp fix", [=] {
             const InputLog log = skyStartLog({1, 1, 0, 0, 1});
             return toEnd(std::make_unique<Flight>(chooseFour(), &log));
         }},
        {"message: five satellites on, for four channels", [=] {
             const InputLog log = skyStartLog({1, 1, 1, 1, 1});
             return toEnd(std::make_unique<Flight>(rescue(), &log));
         }},
        {"message: no satellite on carries messages", [=] {
             const InputLog log = skyStartLog({0, 0, 0, 1, 1});
             return toEnd(std::make_unique<Flight>(rescue(), &log));
         }},
        {"message: the GEO behind the valley walls and one other, never a fix", [=] {
             const InputLog log = skyStartLog({1, 1, 0, 0, 0});
             return toEnd(std::make_unique<Flight>(rescue(), &log));
         }},
        {"message: a fix, but Beijing sees no satellite above an 80-degree mask", [=] {
             Level l = rescue();
             l.stations[1].mask_deg = 80;
             const InputLog log = skyStartLog({0, 1, 1, 0, 1});
             return toEnd(std::make_unique<Flight>(l, &log));
         }},
        {"message: fixes, but none within 3 m", [=] {
             const InputLog log = skyStartLog({0, 1, 1, 1, 1});
             return toEnd(std::make_unique<Flight>(rescue(3), &log));
         }},
        {"message: sent once the western MEO rises, with the eastern one still up", [=] {
             const InputLog log = skyStartLog({0, 1, 1, 1, 1});
             return toEnd(std::make_unique<Flight>(rescue(), &log));
         }},
        {"locate: the clock set right and the mark on the receiver", [=] {
             const InputLog log = skyStartLog({1000, 92.4});
             return toEnd(std::make_unique<Flight>(findReceiverLate(), &log));
         }},
        {"sky: the clock never started", [=] {
             const InputLog log{"sky", {}};
             return toEnd(std::make_unique<Flight>(standStill(), &log));
         }},
        {"coverage: two GEO satellites hold, but the day is not over", [=] {
             return toEnd(std::make_unique<Flight>(coverageLevel(
                 {navSatellite("geo", 42164, 0, 110.5), navSatellite("geo", 42164, 0, 80)}, 2, 1440, 60)));
         }},
        {"gate never crossed", [=] {
             Level l = orbitLevel();
             Gate g;
             g.x1_km = 20000, g.y1_km = 0, g.x2_km = 21000, g.y2_km = 0;
             g.name = {"Gate of heaven", "天门"};
             l.gates.push_back(g);
             l.goals.list[0].type = GoalType::Gate;
             l.time_limit_min = 30;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"revolutions: not far enough round", [=] {
             Level l = cannonLevel();
             l.time_limit_min = 45;
             return launched(l, 7.73);
         }},
        // test_flight.cpp
        {"1-2 at 9.6 km/s: over the beacon", [=] { return launched(campaignLevel("1-2"), 9.6); }},
        {"1-2 at 9.1 km/s: under the beacon", [=] { return launched(campaignLevel("1-2"), 9.1); }},
        {"1-2 at 9.45 km/s: near the beacon's height", [=] { return launched(campaignLevel("1-2"), 9.45); }},
        {"1-3 burn planned, never confirmed", [=] {
             F f = std::make_unique<Flight>(campaignLevel("1-3"));
             f->placeBurn(f->sim().tick() + int64_t(f->sim().scale().realSecondsToTicks(30 * 60)));
             f->setBurn(0.46, 0);
             return toEnd(std::move(f));
         }},
        {"1-3 burn at the wrong place", [=] { return burnt(campaignLevel("1-3"), 0.46, 400); }},
        {"1-3 burn done, still on the way up", [=] {
             Level l = campaignLevel("1-3");
             l.time_limit_min = 20;
             return burnt(l, 0.46);
         }},
        {"a zone below the orbit", [=] {
             Level l = orbitLevel();
             Zone z;
             z.x_km = 0, z.y_km = -(6371 + 150), z.radius_km = 50;
             l.zones.push_back(z);
             l.goals.list[0].type = GoalType::Zone;
             l.time_limit_min = 60;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"revolutions: leaving, with fuel to turn back", [=] {
             Level l = orbitLevel();
             l.ship.vy_km_s = 11.5;
             l.ship.fuel_dv_km_s = 1;
             l.world_radius_km = 1e6;
             l.goals.list[0].type = GoalType::Revolutions;
             l.time_limit_min = 30;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"1-1 at 9.4 km/s: a lap longer than the limit", [=] { return launched(campaignLevel("1-1"), 9.4); }},
        {"1-6 launched 10 degrees below the horizon", [=] {
             F f = std::make_unique<Flight>(campaignLevel("1-6"));
             f->aim(8.11, -10);
             f->launch();
             f->advance(1.0 / 60);
             return toEnd(std::move(f));
         }},
        // A lander in a local frame (tests/scenes/lunar-landing.json): dropped from 4 m, it
        // comes down at 3.6 m/s; its legs take 4 m/s, 1 m/s sideways and 10 degrees of lean.
        {"lander dropped from 4 m: lands", [=] { return toEnd(std::make_unique<Flight>(landerLevel())); }},
        {"lander: legs that take 3 m/s", [=] {
             Level l = landerLevel();
             l.ship.touchdown_max_vertical_m_s = 3;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: sliding at 2 m/s", [=] {
             Level l = landerLevel();
             l.ship.vx_km_s = 0.002;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: leaning 15 degrees", [=] {
             Level l = landerLevel();
             l.ship.angle_deg = 75;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: down on a rock", [=] {
             Level l = landerLevel();
             l.ship.touchdown_max_slope_deg = 12;
             l.ground = {{-0.2, 0}, {-0.0002, 0}, {0.00025, 0.0005}, {0.0007, 0}, {0.2, 0}};
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: no legs", [=] {
             Level l = landerLevel();
             l.ship.touchdown_max_vertical_m_s = 0;
             l.goals.list[0].type = GoalType::Survive;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: thrown out of the area", [=] {
             Level l = landerLevel();
             l.ship.vx_km_s = 0.3;
             l.ship.y_km = 0.5;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: hovering until the time is up", [=] {
             Level l = landerLevel();
             l.frame.gravity_y_m_s2 = 0;
             l.time_limit_min = 0.5;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: 3.6 m/s on legs soft to 3, hard to 5", [=] {
             Level l = landerLevel();
             l.ship.touchdown_max_vertical_m_s = 3;
             l.ship.touchdown_hard_vertical_m_s = 5;
             return toEnd(std::make_unique<Flight>(l));
         }},
        // A docking (tests/scenes/docking.json): a craft drifts nose first onto a station's
        // port at 0.15 m/s; the port takes 0.2 m/s (0.3 hard), 30 cm off centre and 5 degrees.
        {"docking at 0.15 m/s", [=] { return toEnd(std::make_unique<Flight>(sceneLevel("docking"))); }},
        {"docking at 0.25 m/s: hard", [=] {
             Level l = sceneLevel("docking");
             l.ship.vx_km_s = 0.00025;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"docking at 0.4 m/s: bounced", [=] {
             Level l = sceneLevel("docking");
             l.ship.vx_km_s = 0.0004;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"docking 50 cm off centre", [=] {
             Level l = sceneLevel("docking");
             l.ship.y_km = 0.0005;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"docking 8 degrees askew", [=] {
             Level l = sceneLevel("docking");
             l.ship.angle_deg = 8;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"docking onto a craft without a port", [=] {
             Level l = sceneLevel("docking");
             l.craft[0].dock_max_closing_m_s = 0;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"docking through a hold point without stopping", [=] { return toEnd(std::make_unique<Flight>(dockingWithHold(-0.01))); }},
        {"docking: standing off, never at the hold point", [=] {
             Level l = dockingWithHold(0.1);
             l.ship.vx_km_s = 0;
             l.time_limit_min = 0.5;
             return toEnd(std::make_unique<Flight>(l));
         }},
        // A rendezvous (tests/scenes/catch-up.json): the chaser, 20 km below and behind, passes
        // under the target at 11 m/s and never comes closer than 20 km on its own.
        {"rendezvous: never within 5 km", [=] {
             Level l = sceneLevel("catch-up");
             l.goals.list[0].type = GoalType::Rendezvous;
             l.goals.list[0].distance_km = 5, l.goals.list[0].speed_m_s = 10;
             l.time_limit_min = 100;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"rendezvous: within 30 km, but at 11 m/s", [=] {
             Level l = sceneLevel("catch-up");
             l.goals.list[0].type = GoalType::Rendezvous;
             l.goals.list[0].distance_km = 30, l.goals.list[0].speed_m_s = 1;
             return toEnd(std::make_unique<Flight>(l));
         }},
        // Entries (tests/scenes/reentry.json): a capsule at 120 km dipping into the air.
        {"entry: a crew that takes 3 g", [=] {
             Level l = capsuleLevel();
             l.ship.max_g = 3;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"entry: a shield that takes 300 kW/m2", [=] {
             Level l = capsuleLevel();
             l.ship.max_heating_kw_m2 = 300;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"entry: the shield facing backwards", [=] {
             Level l = capsuleLevel();
             l.ship.angle_deg = 0;
             l.ship.shield_max_angle_deg = 30;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"entry: too shallow, skips out", [=] {
             Level l = capsuleLevel();
             l.ship.y_km = 6501, l.ship.vx_km_s = 7.9, l.ship.vy_km_s = -0.05;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"entry: may skip once, but too high to be back in time", [=] {
             Level l = capsuleLevel();
             l.ship.y_km = 6501, l.ship.vx_km_s = 7.9, l.ship.vy_km_s = -0.05;
             l.ship.max_skips = 1;
             l.time_limit_min = 20;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"entry: down under the parachute", [=] { return toEnd(std::make_unique<Flight>(capsuleLevel())); }},
        {"2-1 burned 20 s late: down beyond the site", [=] {
             const Level l = campaignLevel("2-1");
             const InputLog late{"2-1", {{698, [] {
                                    TickInput in;
                                    in.burn = true;
                                    in.burn_prograde_km_s = -0.2;
                                    return in;
                                }()}}};
             return toEnd(std::make_unique<Flight>(l, &late));
         }},
        {"entry: no parachute", [=] {
             Level l = capsuleLevel();
             l.ship.parachute_max_altitude_km = 0;   // it never opens
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"entry: a capsule with no limit at all", [=] {
             Level l = capsuleLevel();
             l.ship.parachute_area_m2 = 0;
             l.ship.touchdown_max_vertical_m_s = 0;
             return toEnd(std::make_unique<Flight>(l));
         }},
        {"lander: lands softly beside the site", [=] {
             Level l = landerLevel();
             l.ship.x_km = 0.05;   // 50 m away; the site reaches 10 m
             l.time_limit_min = 0.5;
             return toEnd(std::make_unique<Flight>(l));
         }},
    };
#ifdef STARPATH_RULE_FIXTURE
    // Step 6 of "A new rule type", for the fixture's escape goal: a flight that misses it.
    cases.push_back({"cannon 9.0 km/s: does not escape", [=] { return launched(escapeLevel(), 9.0); }});
#endif
    // Every shipped level flown with no input at all.
    for (const auto& [id, level] : shippedCampaign().levels) {
        const Level l = level;
        cases.push_back({id + " with no input", [=] { return toEnd(std::make_unique<Flight>(l)); }});
        const std::optional<InputLog> solution = parseInputLog(readFile(dataDir() + "/levels/solutions/" + id + ".json").value_or("")).log;
        if (solution) cases.push_back({id + " solved", [=] { return toEnd(std::make_unique<Flight>(l, &*solution)); }});
    }
    // And the editor's templates, with no input and with the solution each carries.
    for (const char* name : {"1-earth-orbit", "2-earth-moon", "3-landing-site", "4-coming-home", "5-around-the-station",
                             "6-moving-moon", "7-moon-landing", "8-far-side-relay", "9-find-the-hiker"}) {
        const std::optional<Level> l = parseLevel(readFile(dataDir() + "/levels/templates/" + name + ".json").value_or("")).level;
        if (!l) continue;
        cases.push_back({std::string("template ") + name + " with no input", [=] { return toEnd(std::make_unique<Flight>(*l)); }});
        const InputLog solution{l->id, l->solution.value_or(std::vector<InputEvent>{})};
        cases.push_back({std::string("template ") + name + " solved", [=] { return toEnd(std::make_unique<Flight>(*l, &solution)); }});
    }
    return cases;
}

} // namespace sp::test
