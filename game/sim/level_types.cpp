// The property tables of the level model: for each field of level.h, its JSON key, its
// English label and its allowed range. Defaults are the struct's own (level.h).
// Ranges are wide enough for any real mission in the game's chapters and narrow enough
// that a typo (a radius in metres, a speed in m/s) is caught.
#include "game/sim/level_types.h"

#include "game/sim/knobs.h"
#include "game/sim/rules/goals.h"
#include "game/sim/rules/stars.h"

#include <string_view>

namespace sp {

namespace {
constexpr double kPositionKm = 1e6;   // +-, a little past the Moon's distance
constexpr double kSpeedKmS = 50;      // +-, well past escape speed from anything in the game
constexpr double kAngleDeg = 360;     // +-
constexpr double kFarKm = 1e9;        // "no limit" for orbit sizes
} // namespace

const Props<Level>& levelProps() {
    static const Props<Level> props = {
        string("id", "Id (like 1-3)", &Level::id, double(kMaxIdChars)),
        text("title", "Title", &Level::title),
        text("briefing", "Briefing (before play)", &Level::briefing),
        text("lesson", "Lesson (after a win)", &Level::lesson),
        number("time_limit_min", "Time limit (min of flight)", &Level::time_limit_min, 0.1, 100000),
        number("world_radius_km", "World radius (km)", &Level::world_radius_km, 0.01, 2e6),
        number("path_ahead_min", "Path drawn ahead (min; 0 = a lap)", &Level::path_ahead_min, 0, 1e6),
    };
    return props;
}

const Props<Frame>& frameProps() {
    static const Props<Frame> props = {
        choice("kind", "Kind", &Frame::kind, {"orbit", "local"}),
        number("km_per_unit", "Scale (km per physics unit)", &Frame::km_per_unit, 1e-6, 1e5),
        number("time_scale", "Time (real seconds per second of play)", &Frame::time_scale, 1e-3, 1e6),
        integer("substeps", "Physics steps per tick", &Frame::substeps, 1, 16),
        number("gravity_x_m_s2", "Uniform gravity X (m/s^2)", &Frame::gravity_x_m_s2, -100, 100),
        number("gravity_y_m_s2", "Uniform gravity Y (m/s^2)", &Frame::gravity_y_m_s2, -100, 100),
        number("orbit_period_min", "Riding an orbit of period (min; 0 = none)", &Frame::orbit_period_min, 0, 1e6),
        number("turn_period_min", "Turning once in (min; 0 = not turning)", &Frame::turn_period_min, 0, 1e8),
    };
    return props;
}

const Props<Attractor>& attractorProps() {
    static const Props<Attractor> props = {
        text("name", "Name", &Attractor::name),
        choice("look", "Look", &Attractor::look, {"earth", "moon", "mars"}),
        number("x_km", "X (km)", &Attractor::x_km, -kPositionKm, kPositionKm),
        number("y_km", "Y (km)", &Attractor::y_km, -kPositionKm, kPositionKm),
        number("radius_km", "Radius (km)", &Attractor::radius_km, 1, 100000),
        number("mu_km3_s2", "Gravitational parameter (km^3/s^2)", &Attractor::mu_km3_s2, 1, 1e7),
        number("atmosphere_km", "Atmosphere height (km)", &Attractor::atmosphere_km, 0, 10000),
        number("air_density_kg_m3", "Air density at the surface (kg/m^3; 0 = no drag)", &Attractor::air_density_kg_m3, 0, 100),
        number("scale_height_km", "Air scale height (km)", &Attractor::scale_height_km, 0.1, 1000),
        number("rotation_period_min", "Rotation period (min; 0 = none, below 0 = clockwise)", &Attractor::rotation_period_min, -1e6, 1e6),
        indexInto(integer("orbits", "Orbits (-1 = fixed in place)", &Attractor::orbits, -1, int(kMaxAttractors) - 1), {{"", "attractors"}}),
        number("orbit_a_km", "Orbit semi-major axis (km)", &Attractor::orbit_a_km, 1, 1e7),
        number("orbit_e", "Orbit eccentricity (how stretched)", &Attractor::orbit_e, 0, 0.99),
        number("orbit_periapsis_deg", "Orbit lowest point at (deg, from +x)", &Attractor::orbit_periapsis_deg, -kAngleDeg, kAngleDeg),
        number("orbit_start_deg", "Start along the orbit (deg, mean anomaly)", &Attractor::orbit_start_deg, -kAngleDeg, kAngleDeg),
        number("orbit_period_min", "Orbit period (min; 0 = from Kepler's law)", &Attractor::orbit_period_min, 0, 1e8),
        flag("orbit_clockwise", "Orbit runs clockwise", &Attractor::orbit_clockwise),
        number("prime_meridian_deg", "Longitude 0 at the start (deg, from +x)", &Attractor::prime_meridian_deg, -kAngleDeg, kAngleDeg),
    };
    return props;
}

const Props<Ship>& shipProps() {
    static const Props<Ship> props = {
        text("name", "Name", &Ship::name),
        choice("look", "Look", &Ship::look, {"capsule", "dfh1", "rocket", "station", "lander", "queqiao"}),
        number("x_km", "X (km)", &Ship::x_km, -kPositionKm, kPositionKm),
        number("y_km", "Y (km)", &Ship::y_km, -kPositionKm, kPositionKm),
        number("vx_km_s", "Velocity X (km/s)", &Ship::vx_km_s, -kSpeedKmS, kSpeedKmS),
        number("vy_km_s", "Velocity Y (km/s)", &Ship::vy_km_s, -kSpeedKmS, kSpeedKmS),
        number("angle_deg", "Nose angle (deg, from +x)", &Ship::angle_deg, -kAngleDeg, kAngleDeg),
        number("mass_kg", "Mass (kg)", &Ship::mass_kg, 1, 1e6),
        number("thrust_m_s2", "Engine acceleration (m/s^2)", &Ship::thrust_m_s2, 0, 1000),
        number("fuel_dv_km_s", "Fuel as delta-v (km/s)", &Ship::fuel_dv_km_s, 0, 50),
        number("turn_deg_s", "Turn rate (deg/s)", &Ship::turn_deg_s, 0, 720),
        number("radius_km", "Drawn radius (km)", &Ship::radius_km, 1e-6, 1000),
        number("drag_area_m2", "Drag area (m^2; 0 = no drag)", &Ship::drag_area_m2, 0, 1e4),
        number("drag_cd", "Drag coefficient", &Ship::drag_cd, 0, 10),
        number("lift_to_drag", "Lift as a share of drag (0 = none)", &Ship::lift_to_drag, 0, 2),
        number("nose_radius_m", "Heat shield nose radius (m)", &Ship::nose_radius_m, 0.01, 100),
        number("touchdown_max_vertical_m_s", "Legs: safe vertical speed (m/s; 0 = no legs)", &Ship::touchdown_max_vertical_m_s, 0, 100),
        number("touchdown_max_horizontal_m_s", "Legs: safe sideways speed (m/s)", &Ship::touchdown_max_horizontal_m_s, 0, 100),
        number("touchdown_max_tilt_deg", "Legs: safe tilt (deg)", &Ship::touchdown_max_tilt_deg, 0, 90),
        number("touchdown_max_slope_deg", "Legs: steepest ground to stand on (deg)", &Ship::touchdown_max_slope_deg, 0, 90),
        number("touchdown_hard_vertical_m_s", "Legs: hard but survived up to (m/s; 0 = none)", &Ship::touchdown_hard_vertical_m_s, 0, 100),
        number("rcs_m_s2", "Translation thrusters (m/s^2; 0 = none)", &Ship::rcs_m_s2, 0, 100),
        number("parachute_area_m2", "Parachute area (m^2; 0 = none)", &Ship::parachute_area_m2, 0, 1e5),
        number("parachute_max_speed_m_s", "Parachute opens below speed (m/s)", &Ship::parachute_max_speed_m_s, 0, 10000),
        number("parachute_max_altitude_km", "Parachute opens below height (km)", &Ship::parachute_max_altitude_km, 0, 1000),
        flag("parachute_auto", "Parachute opens by itself", &Ship::parachute_auto),
        number("parachute_open_s", "Parachute takes to open (s)", &Ship::parachute_open_s, 0, 1000),
        number("max_g", "Crew limit (g; 0 = none)", &Ship::max_g, 0, 1000),
        number("max_heating_kw_m2", "Heat shield limit (kW/m^2; 0 = none)", &Ship::max_heating_kw_m2, 0, 1e6),
        integer("max_skips", "Skips out of the air it may make and come back", &Ship::max_skips, 0, 5),
        number("shield_max_angle_deg", "Heat shield must face the air within (deg; 0 = kept by itself)", &Ship::shield_max_angle_deg, 0, 180),
        number("dock_max_closing_m_s", "Docking port: safe closing speed (m/s; 0 = no port)", &Ship::dock_max_closing_m_s, 0, 100),
        number("dock_max_offset_m", "Docking port: safe offset (m)", &Ship::dock_max_offset_m, 0, 1000),
        number("dock_max_angle_deg", "Docking port: safe angle (deg)", &Ship::dock_max_angle_deg, 0, 90),
        number("dock_hard_closing_m_s", "Docking port: hard but held up to (m/s; 0 = none)", &Ship::dock_hard_closing_m_s, 0, 100),
    };
    return props;
}

const Props<GroundPoint>& groundPointProps() {
    static const Props<GroundPoint> props = {
        number("x_km", "X (km)", &GroundPoint::x_km, -kPositionKm, kPositionKm),
        number("y_km", "Y (km)", &GroundPoint::y_km, -kPositionKm, kPositionKm),
    };
    return props;
}

const Props<Zone>& zoneProps() {
    static const Props<Zone> props = {
        text("name", "Name", &Zone::name),
        number("x_km", "X (km)", &Zone::x_km, -kPositionKm, kPositionKm),
        number("y_km", "Y (km)", &Zone::y_km, -kPositionKm, kPositionKm),
        number("radius_km", "Radius (km)", &Zone::radius_km, 1e-4, kPositionKm),
    };
    return props;
}

const Props<Gate>& gateProps() {
    static const Props<Gate> props = {
        text("name", "Name", &Gate::name),
        number("x1_km", "End 1 X (km)", &Gate::x1_km, -kPositionKm, kPositionKm),
        number("y1_km", "End 1 Y (km)", &Gate::y1_km, -kPositionKm, kPositionKm),
        number("x2_km", "End 2 X (km)", &Gate::x2_km, -kPositionKm, kPositionKm),
        number("y2_km", "End 2 Y (km)", &Gate::y2_km, -kPositionKm, kPositionKm),
    };
    return props;
}

const Props<Debris>& debrisProps() {
    static const Props<Debris> props = {
        number("x_km", "X (km)", &Debris::x_km, -kPositionKm, kPositionKm),
        number("y_km", "Y (km)", &Debris::y_km, -kPositionKm, kPositionKm),
        number("vx_km_s", "Velocity X (km/s)", &Debris::vx_km_s, -kSpeedKmS, kSpeedKmS),
        number("vy_km_s", "Velocity Y (km/s)", &Debris::vy_km_s, -kSpeedKmS, kSpeedKmS),
        number("radius_km", "Radius (km)", &Debris::radius_km, 1e-4, 10000),
        flag("moving", "Moves under gravity", &Debris::moving),
    };
    return props;
}

const Props<Station>& stationProps() {
    static const Props<Station> props = {
        text("name", "Name", &Station::name),
        indexInto(integer("attractor", "On planet", &Station::attractor, 0, int(kMaxAttractors) - 1), {{"", "attractors"}}),
        number("longitude_deg", "Longitude (deg east of the planet's longitude 0)", &Station::longitude_deg, -kAngleDeg, kAngleDeg),
        number("range_km", "Range (km, 0 = horizon only)", &Station::range_km, 0, 2e6),
        number("latitude_deg", "Latitude (deg)", &Station::latitude_deg, -90, 90),
        number("mask_deg", "Receiver ignores satellites lower than (deg)", &Station::mask_deg, 0, 80),
        number("clock_error_us", "Receiver clock ahead by (µs; the student finds it)", &Station::clock_error_us, kClockSpan.min, kClockSpan.max),
    };
    return props;
}

const Props<Satellite>& satelliteProps() {
    static const Props<Satellite> props = {
        text("name", "Name", &Satellite::name),
        choice("look", "Kind (how it is drawn)", &Satellite::look, {"meo", "igso", "geo"}),
        indexInto(integer("attractor", "Circles planet", &Satellite::attractor, 0, int(kMaxAttractors) - 1), {{"", "attractors"}}),
        number("radius_km", "Orbit radius (km from the centre)", &Satellite::radius_km, 1, kPositionKm),
        number("inclination_deg", "Inclination (deg; 0 = over the equator)", &Satellite::inclination_deg, 0, 180),
        number("node_longitude_deg", "Last crossed the equator northbound over (deg east)", &Satellite::node_longitude_deg, -kAngleDeg, kAngleDeg),
        number("phase_deg", "Starts this far along its orbit past that crossing (deg)", &Satellite::phase_deg, -kAngleDeg, kAngleDeg),
        number("used", "Receivers listen to it (1) or not (0)", &Satellite::used, 0, 1),
        flag("messages", "Carries short messages (message goals)", &Satellite::messages),
        choice("free", "The student sets (a sky level)", &Satellite::free, {"none", "radius_km", "inclination_deg", "node_longitude_deg", "phase_deg", "used"}),
        number("free_min", "Knob from", &Satellite::free_min, -kPositionKm, kPositionKm),
        number("free_max", "Knob to", &Satellite::free_max, -kPositionKm, kPositionKm),
        number("free_step", "Knob step", &Satellite::free_step, 0.001, 100000),
    };
    return props;
}

const Props<Actions>& actionsProps() {
    static const Props<Actions> props = {
        flag("launch", "Launch allowed", &Actions::launch),
        number("launch_min_km_s", "Launch speed min (km/s)", &Actions::launch_min_km_s, 0, kSpeedKmS),
        number("launch_max_km_s", "Launch speed max (km/s)", &Actions::launch_max_km_s, 0, kSpeedKmS),
        number("launch_default_km_s", "Launch speed default (km/s)", &Actions::launch_default_km_s, 0, kSpeedKmS),
        number("launch_min_deg", "Launch angle min (deg)", &Actions::launch_min_deg, -180, 180),
        number("launch_max_deg", "Launch angle max (deg)", &Actions::launch_max_deg, -180, 180),
        number("launch_default_deg", "Launch angle default (deg)", &Actions::launch_default_deg, -180, 180),
        flag("launch_window", "Time runs before the launch (wait for a window)", &Actions::launch_window),
        number("launch_step_m_s", "Launch speed step (m/s)", &Actions::launch_step_m_s, 1, 100),
        flag("pilot", "Pilot allowed (thrust and turn)", &Actions::pilot),
        flag("burn", "Planned burns allowed", &Actions::burn),
        number("burn_step_m_s", "Burn slider step (m/s)", &Actions::burn_step_m_s, 0.1, 100),
        flag("burn_radial", "Burns may point outward or inward", &Actions::burn_radial),
        flag("sky", "Sky: set the satellites, then watch (no craft flies)", &Actions::sky),
    };
    return props;
}

const Props<Goals>& goalsProps() {
    static const Props<Goals> props = {
        choice("combine", "Win when", &Goals::combine, {"all", "any"}),
    };
    return props;
}

// The goal rows say which of these each type reads, and which list a reference points into
// (game/sim/rules/goal_*.cpp): that fills in the table's usedBy and refersTo.
Props<Goal> withGoalRows(Props<Goal> props) {
    for (Prop<Goal>& p : props) {
        if (std::string_view(p.key) == "type") continue;
        for (int t = 0; t < kGoalTypes; ++t) {
            const GoalRow& row = goalRow(GoalType(t));
            for (const GoalProp& used : row.props) {
                if (std::string_view(used.key) != p.key) continue;
                p.usedBy.push_back(row.key);
                if (used.refersTo) p.refersTo.push_back({row.key, used.refersTo});
            }
        }
    }
    return props;
}

// One table for every goal type; each type uses some of the fields (see level.h), and since
// defaults are left out on save, a file shows only what it sets, and always its type.
const Props<Goal>& goalProps() {
    static const Props<Goal> props = withGoalRows({
        required(enumChoice<Goal, GoalType, &Goal::type>("type", "Type")),
        integer("attractor", "Planet", &Goal::attractor, 0, int(kMaxAttractors) - 1),
        integer("index", "Gate, zone, station or craft", &Goal::index, 0, int(kMaxEntities) - 1),
        number("a_min_km", "Semi-major axis min (km)", &Goal::a_min_km, 0, kFarKm),
        number("a_max_km", "Semi-major axis max (km)", &Goal::a_max_km, 0, kFarKm),
        number("e_min", "Eccentricity min", &Goal::e_min, 0, 10),
        number("e_max", "Eccentricity max", &Goal::e_max, 0, 10),
        number("periapsis_min_km", "Periapsis altitude min (km)", &Goal::periapsis_min_km, 0, kFarKm),
        number("apoapsis_max_km", "Apoapsis altitude max (km)", &Goal::apoapsis_max_km, 0, kFarKm),
        number("count", "Count (revolutions, satellites)", &Goal::count, 0, 1000),
        number("minutes", "Minutes", &Goal::minutes, 0, 100000),
        number("distance_km", "Within (km)", &Goal::distance_km, 0, kFarKm),
        number("speed_m_s", "Moving at most (m/s)", &Goal::speed_m_s, 0, 100000),
        number("longitude_deg", "The mark starts at longitude (deg east)", &Goal::longitude_deg, -180, 180),
        number("clock_us", "The clock knob starts at (µs)", &Goal::clock_us, kClockSpan.min, kClockSpan.max),
        number("error_m", "Error region at most (m, half across)", &Goal::error_m, 0, 1e6),
        number("range_error_m", "Each range off by (m, at random)", &Goal::range_error_m, 0, 1e6),
        integer("to", "Message to station", &Goal::to, 0, int(kMaxEntities) - 1),
    });
    return props;
}

const Props<StarRule>& starRuleProps() {
    static const Props<StarRule> props = {
        required(enumChoice<StarRule, StarType, &StarRule::type>("type", "Type")),
        number("value", "Value", &StarRule::value, 0, 100000),
        text("label", "Label", &StarRule::label),
    };
    return props;
}

const Props<FactCard>& factCardProps() {
    static const Props<FactCard> props = {
        text("title", "Title", &FactCard::title),
        text("text", "Text", &FactCard::text),
        text("not_to_scale", "What is not to scale", &FactCard::not_to_scale),
    };
    return props;
}

const Props<FactNumber>& factNumberProps() {
    static const Props<FactNumber> props = {
        text("label", "Label", &FactNumber::label),
        text("value", "Value (as shown)", &FactNumber::value),
        text("source", "Source", &FactNumber::source),
        choice("provenance", "Kind of number", &FactNumber::provenance, {"", "real", "derived", "estimate", "tuned_for_play"}),
    };
    return props;
}

const Props<TeacherNote>& teacherNoteProps() {
    static const Props<TeacherNote> props = {
        text("objective", "Objective", &TeacherNote::objective),
        text("key_idea", "Key idea", &TeacherNote::key_idea),
        text("question", "Question to ask", &TeacherNote::question),
    };
    return props;
}

const PropInfo& hintInfo() {
    static const PropInfo info{"hints", "Hint", PropType::Text, 0, kMaxStringChars, {}, {}, {}};
    return info;
}

} // namespace sp
