// The level model: what a level file holds, in real units (km, km/s, m/s^2, minutes).
// Plain data with defaults. How each field is named in JSON, its range and its label live
// in one place, the property tables in level_types.cpp; loading, saving, validation and
// the editor's inspector are all driven by those tables.
#pragma once
#include "game/sim/rules/types.h"
#include "game/sim/tick_input.h"
#include "game/sim/units.h"

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

// How a level's physics world is set up (units.h says why each level chooses its own).
//   orbit: centred on a planet; bodies pull with mu/r^2 (Chapter 1's only kind)
//   local: a patch of ground or a station's neighbourhood, with uniform gravity (a landing)
//          and/or relative motion about a circular orbit (Hill's equations: a docking)
// Attractors pull in both kinds; a local frame usually has none.
struct Frame {
    std::string kind = "orbit";
    double km_per_unit = 100;        // the size of one Box2D unit
    double time_scale = 120;         // real seconds per second of play at 1x
    int substeps = 1;                // Box2D steps per tick, where a frame needs finer steps
    double gravity_x_m_s2 = 0, gravity_y_m_s2 = 0;   // local: uniform gravity
    // local: the period of the circular orbit the frame rides on (0 = none). Its +x points
    // along the orbit's motion and +y away from the planet; a craft below the centre drifts
    // ahead of it, as Hill's (Clohessy-Wiltshire) equations say.
    double orbit_period_min = 0;
    // orbit: a frame that turns counter-clockwise about its origin once in this time (0 = it
    // does not turn). Bodies stand still in it, as the Earth and the Moon do in a frame that
    // turns with the Moon about their common centre; a craft feels the frame's turning as two
    // pushes, outward (centrifugal, w^2 r) and sideways to its motion (Coriolis, -2 w x v),
    // and where they balance the pulls stand the Lagrange points (L2 beyond the Moon).
    double turn_period_min = 0;
};

// A planet or moon; it pulls with mu/r^2. Fixed in place, or moving on a Kepler orbit about
// another attractor (the Moon about the Earth), computed from its elements at every moment
// (bodies.h), so the sim, the prediction and the view all see it in the same place.
struct Attractor {
    Text name;
    std::string look = "earth";     // earth, moon, mars: how the view paints it
    double x_km = 0, y_km = 0;      // where it is fixed (when it orbits nothing)
    double radius_km = 6371.0;
    double mu_km3_s2 = 398600.4418;
    // Its orbit: about attractor `orbits` (-1 = fixed at x_km, y_km), an ellipse of semi-major
    // axis orbit_a_km and eccentricity orbit_e, periapsis at orbit_periapsis_deg from +x,
    // starting orbit_start_deg past periapsis (mean anomaly), once every orbit_period_min
    // (0 = Kepler's third law from the parent's mu), counter-clockwise unless orbit_clockwise.
    int orbits = -1;
    double orbit_a_km = 384400;
    double orbit_e = 0;
    double orbit_periapsis_deg = 0;
    double orbit_start_deg = 0;
    double orbit_period_min = 0;
    bool orbit_clockwise = false;
    double atmosphere_km = 100.0;   // the top of the air: drawn as a glow; below it an orbit does not count as stable
    // The air's density falls exponentially with height: density_kg_m3 at the surface, down by
    // a factor e every scale_height_km. 0 = air that never slows a craft (Chapter 1).
    double air_density_kg_m3 = 0;
    double scale_height_km = 8.5;
    // Minutes per turn. 0 = the planet does not turn (stations stay put); positive turns
    // counter-clockwise on screen, negative clockwise (the way launches fly: see
    // Sim::launchVelocityKms). A negative period for the other sense, as NASA's fact sheets
    // give Venus's.
    double rotation_period_min = 0;
    // Where longitude 0 points at the start of the flight (deg from +x): ground sites and the
    // point under a craft are read as real longitudes (Sim::longitudeDeg). The 2-D view is the
    // equatorial plane, so a site's latitude is carried (Station::latitude_deg) but not drawn.
    double prime_meridian_deg = 0;
};

// A spacecraft: the player's (Level::ship) or another (Level::craft). Not to scale in an
// orbit frame: drawn and collided as a ~radius_km disc.
struct Ship {
    Text name;
    std::string look = "capsule";   // capsule, dfh1, rocket, station, lander, queqiao
    double x_km = 0, y_km = 6471.0;
    double vx_km_s = 0, vy_km_s = 0;
    double angle_deg = 0;           // nose direction, counter-clockwise from +x
    double mass_kg = 1000;
    double thrust_m_s2 = 10;        // engine acceleration
    double fuel_dv_km_s = 1.0;      // the delta-v budget: thrust and burns spend it
    double turn_deg_s = 90;         // turn rate in pilot mode (per real second of play)
    double radius_km = 40;
    // Drag: the area facing the air and the drag coefficient (a capsule ~ 1.3); 0 = none.
    double drag_area_m2 = 0;
    double drag_cd = 1.3;
    // Lift, as a share of the drag: a capsule flown off-centre (Shenzhou's) lifts itself a little
    // as it brakes, which keeps its g-load down; 0 = a ballistic fall. The lift points away from
    // the planet, square to the flow (the capsule is flown "lift up"); none under a parachute.
    double lift_to_drag = 0;
    // The heat shield's nose radius (m): the heating figure of an entry scales as 1/sqrt of it.
    double nose_radius_m = 1;
    // Landing legs, by their design limits at touchdown (0 vertical = no legs: any touch of the
    // ground is a crash). A touchdown within all three is a landing; past one, a crash that
    // names it (Sim::touchdown). With legs the craft's footprint is as wide as 2 * radius_km.
    double touchdown_max_vertical_m_s = 0;
    double touchdown_max_horizontal_m_s = 100;
    double touchdown_max_tilt_deg = 90;
    // The steepest ground the legs can stand on (a local frame's ground line): a rock under the
    // middle or a crater's wall leans the lander further, and it tips over (groundLeanDeg).
    double touchdown_max_slope_deg = 90;
    // A touchdown faster than the legs' limit but within this one is hard but survived (a win
    // that says so, with no "soft" star); 0 = none: past the limit is a crash.
    double touchdown_hard_vertical_m_s = 0;
    // Translation thrusters: a push of this many m/s^2 along or across the nose, without
    // turning (a docking), spending the same fuel as the engine. 0 = none.
    double rcs_m_s2 = 0;
    // A parachute: opened by the player (TickInput::parachute) or by itself (parachute_auto)
    // when the craft is below parachute_max_altitude_km and slower than parachute_max_speed_m_s
    // through the air; above either it would tear, so it stays packed and the game says why.
    // Open, it adds parachute_area_m2 to the drag area. 0 area = no parachute.
    double parachute_area_m2 = 0;
    double parachute_max_speed_m_s = 250;
    double parachute_max_altitude_km = 10;
    bool parachute_auto = false;
    double parachute_open_s = 20;   // real seconds from packed to full size: a reefed canopy opens in stages, so its area grows slowly at first (as the square of the time)
    // What the crew and the heat shield take (0 = no limit): past either, the flight ends
    // with the number and the limit. The heat shield is on the craft's back, opposite the nose;
    // with shield_max_angle_deg set, it must face the air within that angle whenever the
    // heating is past a tenth of the limit (0 = the craft keeps its shield forward itself).
    double max_g = 0;
    double max_heating_kw_m2 = 0;
    // Climbs back out of the air the craft may make and still come home (a skip entry, as
    // Chang'e 5's returner flew it): 0 = the first ends the flight as a skip off the air.
    int max_skips = 0;
    double shield_max_angle_deg = 0;
    // A docking port on the nose: another craft's port (its nose) meeting this one within all
    // three limits is a docking (Sim::docking); past one, it bounces off, and the game says
    // which. Closing speed up to dock_hard_closing_m_s still holds, as a hard docking. 0 = no port.
    double dock_max_closing_m_s = 0;
    double dock_max_offset_m = 0.3;
    double dock_max_angle_deg = 5;
    double dock_hard_closing_m_s = 0;
};

// A point of the ground line of a local frame (a landing site): the line joins the points
// in order into one solid surface (a Box2D chain), craters and hills included.
struct GroundPoint {
    double x_km = 0, y_km = 0;
    friend bool operator==(const GroundPoint& a, const GroundPoint& b) { return a.x_km == b.x_km && a.y_km == b.y_km; }
    friend bool operator!=(const GroundPoint& a, const GroundPoint& b) { return !(a == b); }
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

// A ground site on an attractor's surface (a ground station, a lander), at a longitude: degrees
// east (counter-clockwise on screen) of the attractor's longitude 0, which points along
// Attractor::prime_meridian_deg at the start. With no prime meridian set, the longitude is the
// angle from +x. A level can place a site at its real longitude (Chang'e 4 at 177.6 deg E).
struct Station {
    Text name;
    int attractor = 0;
    double longitude_deg = 90;
    double range_km = 0;            // 0 = no limit besides the horizon
    double latitude_deg = 0;        // its real latitude, shown with its name (the view is the equatorial plane)
    // A navigation receiver there ignores satellites lower than this above its horizon (their
    // signals cross the most air and bounce off the ground): constellation.h.
    double mask_deg = 0;
    // A receiver's clock error (microseconds, ahead if above 0): every signal seems to take
    // that much longer, so every circle swells by the same distance (1 µs ≈ 300 m). A locate
    // goal for this receiver then has a clock knob too (knobs.h), for the student to take it off.
    double clock_error_us = 0;
};

// A navigation satellite (Chapter 4) on a circular orbit about an attractor, which may tilt out
// of the plane of the game (constellation.h computes where it is). It starts `phase_deg` along its
// orbit past the point where it last crossed the equator going north, and it crossed over
// `node_longitude_deg` then (a longitude of the body, like a station's). It moves the way the
// body turns when the inclination is under 90 degrees; its period is Kepler's, from its radius.
//   GEO: inclination 0 at 42,164 km, over node_longitude_deg all day (the phase does not matter)
//   IGSO: the same radius at 55 degrees: a figure eight whose waist is at node_longitude_deg
//   MEO: 27,907 km at 55 degrees: 13 turns in 7 sidereal days
struct Satellite {
    Text name;
    std::string look = "meo";       // meo, igso, geo: how the view colours and labels it
    int attractor = 0;
    double radius_km = 27907;
    double inclination_deg = 55;
    double node_longitude_deg = 0;
    double phase_deg = 0;
    double used = 1;                // 1: receivers listen to it; 0: switched off (they ignore it)
    bool messages = false;          // it carries short messages (BeiDou's GEO satellites): message goals
    // In a sky level (Actions::sky) one of its numbers may be the student's to set before the
    // clock starts: "radius_km", "inclination_deg", "node_longitude_deg" or "phase_deg" ("none"
    // = none), between free_min and free_max in steps of free_step; or "used", a switch (0 or
    // 1, no range to give). The value above is where the knob starts.
    std::string free = "none";
    double free_min = 0, free_max = 0;
    double free_step = 1;
};

// The number of a Satellite a knob sets (Satellite::free), or null if `free` names none.
inline double Satellite::*freeField(const std::string& free) {
    if (free == "radius_km") return &Satellite::radius_km;
    if (free == "inclination_deg") return &Satellite::inclination_deg;
    if (free == "node_longitude_deg") return &Satellite::node_longitude_deg;
    if (free == "phase_deg") return &Satellite::phase_deg;
    if (free == "used") return &Satellite::used;
    return nullptr;
}
// Where a site stands at the start of the flight, in degrees from +x (before its planet turns).
inline double siteAngleDeg(const Station& s, const Attractor& on) { return on.prime_meridian_deg + s.longitude_deg; }

// What the player may do. Launch: choose speed and direction once, before the flight.
// Pilot: thrust and turn in real time. Burn: plan a delta-v at a point of the predicted orbit.
struct Actions {
    bool launch = false;
    double launch_min_km_s = 0, launch_max_km_s = 12;
    double launch_default_km_s = 6;
    double launch_min_deg = -90, launch_max_deg = 90;   // relative to the local horizon
    double launch_default_deg = 0;
    bool launch_window = false;   // time runs before the launch (other craft move): the student waits for the moment
    double launch_step_m_s = 10;  // what one press of the launch speed's - or + (or Shift+arrow) changes
    bool pilot = false;
    bool burn = false;
    double burn_step_m_s = 10;   // what one press of a burn slider's - or + changes (and the finest it sets)
    bool burn_radial = true;     // a burn may have an outward part; false: along the path only (a capsule's de-orbit)
    // Sky (Chapter 4): no craft flies; the student sets the satellites' free numbers
    // (Satellite::free) and starts the clock, then watches the sky the choices make.
    bool sky = false;
};

// A goal. One struct for every type: each type reads only the fields its row declares
// (game/sim/rules/goal_<type>.cpp says what each means):
//   orbit:   the orbit around `attractor` has a, e within range and clears the atmosphere
//   gate:    fly through gate `index`
//   zone:    enter zone `index`
//   revolutions: go around `attractor` `count` times without crashing
//   contact: be in line of sight of station `index` for `minutes` in total
//   survive: still flying after `minutes`
//   land:    touch down within the ship's landing-leg limits (Ship::touchdown_max_*)
//   rendezvous: come within `distance_km` of craft[`index`] moving at most `speed_m_s` relative to it
//   dock:    dock with craft[`index`] (its port's limits: Ship::dock_max_*), once every other goal is done
//   hold:    stay in zone `index` for `minutes`, moving at most `speed_m_s` (a hold point)
//   flyby:   pass within `distance_km` of the surface of `attractor` (a moon, wherever it is by then)
//   relay:   keep station `index` (a far-side lander) talking to `attractor` (the Earth) through
//            the ship for `minutes` in all: each must see the ship, past every body (relay.h)
//   coverage: every station on `attractor` sees at least `count` satellites at once, unbroken, for `minutes`
//   locate:  the student's mark (a knob at `longitude_deg` on the equator) within `distance_km` of
//            station `index`, the receiver, which hears the satellites in view (nav_signals.h);
//            if the receiver's clock is off (Station::clock_error_us) the student also sets the
//            clock (a knob starting at `clock_us`, the error the student thinks it has)
//   fix:     station `index`, the receiver, fixes itself from the satellites it listens to (at
//            most `count`, the clock unknown): the error region for ranges off by `range_error_m`
//            at most `error_m` long, half across (goal_fix.cpp)
//   message: station `index` (a lost hiker) fixes itself as a fix goal does, and sends the fix to
//            station `to` (a rescue centre) through a switched-on satellite that carries messages
//            and that both see, before the level's time limit (goal_message.cpp, message.h)
struct Goal {
    GoalType type = GoalType::Orbit;   // always written in files: never left to this default
    int attractor = 0;
    int index = 0;
    double a_min_km = 0, a_max_km = 1e9;
    double e_min = 0, e_max = 1;
    double periapsis_min_km = 0, apoapsis_max_km = 1e9;   // altitudes above the surface
    double count = 1;
    double minutes = 10;
    double distance_km = 1;
    double speed_m_s = 10;
    double longitude_deg = 0;   // locate: where the student's mark starts (a knob: knobs.h)
    double clock_us = 0;        // locate: the clock error the student takes off (a knob), if the receiver's is off
    double error_m = 10;        // fix: the error region at most this long, half across (m)
    double range_error_m = 1;   // fix: each range off by this much at random (m): the region's scale
    int to = 0;                 // message: the station the message goes to
};

// How the goals combine: all of them, or any one.
struct Goals {
    std::string combine = "all";
    std::vector<Goal> list;
};

// A star beyond the first (the first comes with winning). Rows: game/sim/rules/stars.cpp.
//   fuel_left: at least `value` of the delta-v budget left, as a fraction 0..1
//   time:      won within `value` real minutes of flight
//   accuracy:  final eccentricity at most `value`
struct StarRule {
    StarType type = StarType::FuelLeft;   // always written in files
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

// The unit scale a frame asks for.
inline units::Scale scaleOf(const Frame& f) { return {f.km_per_unit, f.time_scale, f.substeps < 1 ? 1 : f.substeps}; }

struct Level {
    int version = 1;
    std::string id;                 // "1-3"
    Text title;
    Text briefing;                  // what to do, shown before play
    Text lesson;                    // what you learned, shown after a win
    double time_limit_min = 300;    // real minutes of flight, then "timeout"
    double world_radius_km = 60000; // leaving this circle = escaped
    double path_ahead_min = 0;      // how far ahead the path is drawn (real minutes; 0 = a lap of the orbit)
    Frame frame;
    std::vector<Attractor> attractors;
    Ship ship;                      // the player's craft (craft 0)
    // Other craft, each on its own path under the same forces: a space station to catch, a
    // relay, navigation satellites, a lander to meet. Craft i is craft[i - 1]. The player may
    // steer one where a level's input names it (TickInput::craft).
    std::vector<Ship> craft;
    std::vector<GroundPoint> ground;   // a local frame's ground line, left to right
    std::vector<Zone> zones;
    std::vector<Gate> gates;
    std::vector<Debris> debris;
    std::vector<Station> stations;
    std::vector<Satellite> satellites;   // navigation satellites, on tilted orbits (constellation.h)
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

// Whether any attractor has air: where a capsule's entry telemetry (g-load, heating, the
// heat shield) means anything.
inline bool hasAir(const Level& level) {
    for (const Attractor& a : level.attractors)
        if (a.air_density_kg_m3 > 0) return true;
    return false;
}

// Levels with navigation satellites (constellation.h) are seen from above the north pole, the
// plane of the game being the equator: the planets are drawn that way (a real place on the
// picture is where the game puts it) and ground sites stand inside the disc at their latitudes
// (Constellation::sitePlaneKm). Other levels keep the side-on globe and sites on the rim.
inline bool seenFromPole(const Level& level) { return !level.satellites.empty(); }

} // namespace sp
