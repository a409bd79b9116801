// The level model: what a level file holds, in real units (km, km/s, m/s^2, minutes).
// Plain data with defaults. How each field is named in JSON, its range and its label live
// in one place, the property tables in level_types.cpp; loading, saving, validation and
// the editor's inspector are all driven by those tables.
#pragma once
#include "game/sim/tick_input.h"

#include <optional>
#include <string>
#include <vector>

namespace sp {

// Text in both languages the game ships. Missing Chinese falls back to English.
struct Text {
    std::string en;
    std::string zh;
    const std::string& get(const std::string& lang) const { return (lang == "zh" && !zh.empty()) ? zh : en; }
    bool empty() const { return en.empty() && zh.empty(); }
    friend bool operator==(const Text& a, const Text& b) { return a.en == b.en && a.zh == b.zh; }
};

// A planet or moon. Fixed in place in Chapter 1; it pulls with mu/r^2.
struct Attractor {
    Text name;
    std::string look = "earth";     // earth, moon, mars: how the view paints it
    double x_km = 0, y_km = 0;
    double radius_km = 6371.0;
    double mu_km3_s2 = 398600.4418;
    double atmosphere_km = 100.0;   // drawn as a glow; below it an orbit does not count as stable
    // Minutes per turn. 0 = the planet does not turn (stations stay put); positive turns
    // counter-clockwise on screen, negative clockwise (the way launches fly: see
    // Sim::launchVelocityKms). A negative period for the other sense, as NASA's fact sheets
    // give Venus's.
    double rotation_period_min = 0;
};

// The player's spacecraft. Not to scale: drawn and collided as a ~radius_km disc.
struct Ship {
    Text name;
    std::string look = "capsule";   // capsule, dfh1, rocket
    double x_km = 0, y_km = 6471.0;
    double vx_km_s = 0, vy_km_s = 0;
    double angle_deg = 0;           // nose direction, counter-clockwise from +x
    double mass_kg = 1000;
    double thrust_m_s2 = 10;        // engine acceleration
    double fuel_dv_km_s = 1.0;      // the delta-v budget: thrust and burns spend it
    double turn_deg_s = 90;         // turn rate in pilot mode (per real second of play)
    double radius_km = 40;
};

// A round region to reach (a sensor).
struct Zone {
    Text name;
    double x_km = 0, y_km = 0;
    double radius_km = 500;
};

// A line segment to fly through (a sensor).
struct Gate {
    Text name;
    double x1_km = 0, y1_km = 0;
    double x2_km = 0, y2_km = 1000;
};

// Space debris: a solid disc. Moving debris feels gravity and follows its own orbit.
struct Debris {
    double x_km = 0, y_km = 0;
    double vx_km_s = 0, vy_km_s = 0;
    double radius_km = 60;
    bool moving = true;
};

// A ground station on an attractor's surface, at an angle from its +x axis.
struct Station {
    Text name;
    int attractor = 0;
    double angle_deg = 90;
    double range_km = 0;            // 0 = no limit besides the horizon
};

// What the player may do. Launch: choose speed and direction once, before the flight.
// Pilot: thrust and turn in real time. Burn: plan a delta-v at a point of the predicted orbit.
struct Actions {
    bool launch = false;
    double launch_min_km_s = 0, launch_max_km_s = 12;
    double launch_default_km_s = 6;
    double launch_min_deg = -90, launch_max_deg = 90;   // relative to the local horizon
    double launch_default_deg = 0;
    bool pilot = false;
    bool burn = false;
};

// A goal. One struct for every type: each type reads only the fields its table declares.
//   orbit:   the orbit around `attractor` has a, e within range and clears the atmosphere
//   gate:    fly through gate `index`
//   zone:    enter zone `index`
//   revolutions: go around `attractor` `count` times without crashing
//   contact: be in line of sight of station `index` for `minutes` in total
//   survive: still flying after `minutes`
struct Goal {
    std::string type = "orbit";
    int attractor = 0;
    int index = 0;
    double a_min_km = 0, a_max_km = 1e9;
    double e_min = 0, e_max = 1;
    double periapsis_min_km = 0, apoapsis_max_km = 1e9;   // altitudes above the surface
    double count = 1;
    double minutes = 10;
};

// How the goals combine: all of them, or any one.
struct Goals {
    std::string combine = "all";
    std::vector<Goal> list;
};

// A star beyond the first (the first comes with winning).
//   fuel_left: at least `value` of the delta-v budget left, as a fraction 0..1
//   time:      won within `value` real minutes of flight
//   accuracy:  final eccentricity at most `value`
struct StarRule {
    std::string type = "fuel_left";
    double value = 0.5;
    Text label;
};

// A number on the fact card. Value and source are in both languages too: a Chinese card
// writes 公里, 天 and 计算值 where the English one writes km, days and "computed".
// `provenance` says what kind of number it is, shown as a tag beside it:
//   real            measured or documented (a launch date, DFH-1's 439 km perigee)
//   derived         computed from other numbers (√(μ/r), a speed worked out from an orbit)
//   estimate        an approximate or uncertain value (a figure the sources disagree on)
//   tuned_for_play  chosen for the game, not the real one (a Moon put closer)
//   ""              not labelled yet: the editor warns (levelWarnings)
struct FactNumber {
    Text label;
    Text value;    // as shown: "2,384 km" / "2,384 公里"
    Text source;
    std::string provenance;
};

struct FactCard {
    Text title;
    Text text;
    std::vector<FactNumber> numbers;
    Text not_to_scale;
    // A card holding only the "not to scale" note (as the templates do) is still shown.
    bool empty() const { return title.empty() && text.empty() && numbers.empty() && not_to_scale.empty(); }
};

struct TeacherNote {
    Text objective;
    Text key_idea;
    Text question;
};

struct Level {
    int version = 1;
    std::string id;                 // "1-3"
    Text title;
    Text briefing;                  // what to do, shown before play
    Text lesson;                    // what you learned, shown after a win
    double time_limit_min = 300;    // real minutes of flight, then "timeout"
    double world_radius_km = 60000; // leaving this circle = escaped
    std::vector<Attractor> attractors;
    Ship ship;
    std::vector<Zone> zones;
    std::vector<Gate> gates;
    std::vector<Debris> debris;
    std::vector<Station> stations;
    Actions actions;
    Goals goals;
    std::vector<StarRule> stars;
    std::vector<Text> hints;
    FactCard fact;
    TeacherNote teacher;
    // The author's winning input, recorded when they won their own level in the editor: what
    // makes a made level "verified" and shareable. Absent in the campaign's files, whose
    // solutions live in levels/solutions/. Present but empty = won without touching anything.
    std::optional<std::vector<InputEvent>> solution;
};

} // namespace sp
