// The outcome table, and the reports of a flight that ends by hitting something or leaving:
// each names the limit the flight broke and by how much. (Timeouts: timeout.cpp.)
#include "game/sim/rules/outcomes.h"

#include "game/sim/sim.h"

#include <array>
#include <cmath>

namespace sp {

namespace {

// A touchdown's report names all three of the legs' limits, each against its own number, so a
// sentence can say which was broken and that the others were kept.
const std::vector<const char*> kTouchdownNumbers = {"vertical_m_s", "vertical_limit_m_s", "horizontal_m_s",
                                                    "horizontal_limit_m_s", "tilt_deg", "tilt_limit_deg"};
const std::vector<const char*> kDockNumbers = {"closing_m_s", "closing_limit_m_s", "offset_cm", "offset_limit_cm",
                                               "angle_deg", "angle_limit_deg"};

const std::array<OutcomeRow, kOutcomeCodes>& rows() {
    static const std::array<OutcomeRow, kOutcomeCodes> table = {{
        {OutcomeCode::None, "flying", Outcome::Flying, "flying", {}, {}},
        {OutcomeCode::Won, "won", Outcome::Won, "won", {}, {}},
        {OutcomeCode::FellBack, "fell_back", Outcome::Lost, "crashed", {"altitude_km", "need_km_s", "launched_km_s"}, {}},
        {OutcomeCode::FellIntoAir, "fell_into_air", Outcome::Lost, "crashed", {"atmosphere_km", "short_km"}, {}},
        {OutcomeCode::LaunchedIntoAir, "launched_into_air", Outcome::Lost, "crashed", {"angle_deg", "launched_km_s", "atmosphere_km"}, {}},
        {OutcomeCode::HitGround, "hit_ground", Outcome::Lost, "crashed", {"short_km"}, {}},
        {OutcomeCode::Escaped, "escaped", Outcome::Lost, "escaped", {"altitude_km", "escape_km_s", "launched_km_s"}, {}},
        {OutcomeCode::FlewOut, "flew_out", Outcome::Lost, "escaped", {"altitude_km", "escape_km_s", "speed_km_s"}, {}},
        {OutcomeCode::LeftWorld, "left_world", Outcome::Lost, "escaped", {"world_km", "apoapsis_km"}, {}},
        {OutcomeCode::HitDebris, "hit_debris", Outcome::Lost, "debris", {"impact_km_s"}, {}},
        {OutcomeCode::Timeout, "timeout", Outcome::Timeout, "timeout", {"limit_min"}, {"not_launched", "not_started", "try_again"}},
        {OutcomeCode::TouchdownTooFast, "touchdown_too_fast", Outcome::Lost, "crashed", kTouchdownNumbers, {}},
        {OutcomeCode::TouchdownSideways, "touchdown_sideways", Outcome::Lost, "crashed", kTouchdownNumbers, {}},
        {OutcomeCode::TouchdownTilted, "touchdown_tilted", Outcome::Lost, "crashed", kTouchdownNumbers, {}},
        {OutcomeCode::HitTerrain, "hit_terrain", Outcome::Lost, "crashed", {"speed_m_s"}, {}},
        {OutcomeCode::LeftArea, "left_area", Outcome::Lost, "escaped", {"world_km"}, {}},
        {OutcomeCode::LandedHard, "landed_hard", Outcome::Won, "won", {"vertical_m_s", "vertical_limit_m_s", "hard_limit_m_s"}, {}},
        {OutcomeCode::Docked, "docked", Outcome::Won, "won", kDockNumbers, {}},
        {OutcomeCode::DockedHard, "docked_hard", Outcome::Won, "won", kDockNumbers, {}},
        {OutcomeCode::DockTooFast, "dock_too_fast", Outcome::Lost, "crashed", kDockNumbers, {}},
        {OutcomeCode::DockOffCentre, "dock_off_centre", Outcome::Lost, "crashed", kDockNumbers, {}},
        {OutcomeCode::DockAskew, "dock_askew", Outcome::Lost, "crashed", kDockNumbers, {}},
        {OutcomeCode::DockedEarly, "docked_early", Outcome::Lost, "crashed", kDockNumbers, {"hold_never", "hold_short"}},
        {OutcomeCode::TooManyG, "too_many_g", Outcome::Lost, "crashed", {"load_g", "limit_g"}, {}},
        {OutcomeCode::Overheated, "overheated", Outcome::Lost, "crashed", {"heating_kw_m2", "limit_kw_m2"}, {}},
        {OutcomeCode::ShieldNotFacing, "shield_not_facing", Outcome::Lost, "crashed", {"angle_deg", "limit_deg", "heating_kw_m2"}, {}},
        {OutcomeCode::SkippedOut, "skipped_out", Outcome::Lost, "escaped", {"atmosphere_km", "lowest_km"}, {}},
        {OutcomeCode::CapsuleTooFast, "capsule_too_fast", Outcome::Lost, "crashed", {"vertical_m_s", "vertical_limit_m_s"}, {}},
        {OutcomeCode::Grounded, "grounded", Outcome::Lost, "crashed", {}, {"land_away"}},
        {OutcomeCode::HitCraft, "hit_craft", Outcome::Lost, "debris", {"closing_m_s"}, {}},
        {OutcomeCode::TouchdownSlope, "touchdown_slope", Outcome::Lost, "crashed", {"slope_deg", "slope_limit_deg"}, {}},
        {OutcomeCode::SkippedLong, "skipped_long", Outcome::Lost, "timeout", {"top_km", "back_min", "left_min"}, {}},
        {OutcomeCode::Missed, "missed", Outcome::Lost, "timeout", {}, {}},
    }};
    return table;
}

// Where the flight began, around the body that pulls hardest now: the messages compare
// speeds there. A launch-only level names the player's own launch speed.
struct StartPoint {
    const Attractor* attractor = nullptr;
    double radius = 0, altitude = 0;   // km
    bool launchOnly = false;
};

StartPoint startPoint(const Sim& sim) {
    const Level& level = sim.level();
    const int d = sim.dominantAttractor();
    const Attractor& a = level.attractors[size_t(d)];
    StartPoint p;
    p.attractor = &a;
    p.radius = length(sim.startPosKm() - sim.bodies().positionAt(d, 0));
    p.altitude = p.radius - a.radius_km;
    p.launchOnly = level.actions.launch && !level.actions.pilot && !level.actions.burn;
    return p;
}

} // namespace

const char* outcomeName(Outcome o) {
    switch (o) {
    case Outcome::Flying: return "flying";
    case Outcome::Won: return "won";
    case Outcome::Lost: return "lost";
    case Outcome::Timeout: return "timeout";
    }
    return "?";
}

const OutcomeRow& outcomeRow(OutcomeCode c) { return rows()[size_t(c)]; }

const char* keyOf(OutcomeCode c) { return outcomeRow(c).key; }

void FlightWatch::update(const Sim& sim) {
    if (!sim.launched()) return;
    const int d = sim.dominantAttractor();
    if (d < 0) return;   // a local frame with no planet: no orbit to watch
    lowestBeforeKm = lowestKm;
    lowestKm = sim.elements(d).periapsis - sim.level().attractors[size_t(d)].radius_km;
}

OutcomeReport crashReport(const Sim& sim, const FlightWatch& watch) {
    const StartPoint p = startPoint(sim);
    if (p.launchOnly) {
        const double need = orbit::circularSpeed(p.attractor->mu_km3_s2, p.radius);
        return {OutcomeCode::FellBack, {{"altitude_km", p.altitude}, {"need_km_s", need}, {"launched_km_s", sim.launchSpeedKms()}}, {}};
    }
    const double air = p.attractor->atmosphere_km;
    // How far below the limit the path went that led here (0 if the ship only grazed it).
    const double shortKm = std::max(0.0, std::max(0.0, air) - watch.lowestBeforeKm);
    if (air <= 0) return {OutcomeCode::HitGround, {{"short_km", shortKm}}, {}};   // the Moon: no air, only ground
    // Aimed below the horizon and never steered since: the aim is what to change, not a burn.
    const bool untouched = sim.fuelKms() >= sim.level().ship.fuel_dv_km_s;
    if (sim.level().actions.launch && sim.launchAngleDeg() < 0 && untouched)
        return {OutcomeCode::LaunchedIntoAir, {{"angle_deg", -sim.launchAngleDeg()}, {"launched_km_s", sim.launchSpeedKms()}, {"atmosphere_km", air}}, {}};
    return {OutcomeCode::FellIntoAir, {{"atmosphere_km", air}, {"short_km", shortKm}}, {}};
}

OutcomeReport escapeReport(const Sim& sim) {
    if (sim.dominantAttractor() < 0 || sim.level().frame.kind == "local")
        return {OutcomeCode::LeftArea, {{"world_km", sim.level().world_radius_km}}, {}};
    const StartPoint p = startPoint(sim);
    const double mu = p.attractor->mu_km3_s2;
    const double esc = orbit::escapeSpeed(mu, p.radius);
    if (p.launchOnly) return {OutcomeCode::Escaped, {{"altitude_km", p.altitude}, {"escape_km_s", esc}, {"launched_km_s", sim.launchSpeedKms()}}, {}};
    const orbit::Elements el = sim.elements(sim.dominantAttractor());
    if (el.bound) {
        return {OutcomeCode::LeftWorld,
                {{"world_km", sim.level().world_radius_km}, {"apoapsis_km", el.apoapsis - p.attractor->radius_km}}, {}};
    }
    // The speed the flight would have back at the starting height, by its energy now: what to
    // compare with escape speed there.
    const double speed = std::sqrt(std::max(0.0, 2 * (el.energy + mu / p.radius)));
    return {OutcomeCode::FlewOut, {{"altitude_km", p.altitude}, {"escape_km_s", esc}, {"speed_km_s", speed}}, {}};
}

OutcomeReport touchdownReport(const Ship& craft, const Touchdown& t) {
    const std::vector<Number> numbers = {{"vertical_m_s", t.verticalMs},
                                         {"vertical_limit_m_s", craft.touchdown_max_vertical_m_s},
                                         {"horizontal_m_s", t.horizontalMs},
                                         {"horizontal_limit_m_s", craft.touchdown_max_horizontal_m_s},
                                         {"tilt_deg", t.tiltDeg},
                                         {"tilt_limit_deg", craft.touchdown_max_tilt_deg}};
    if (craft.touchdown_max_vertical_m_s <= 0) return {OutcomeCode::HitTerrain, {{"speed_m_s", std::hypot(t.verticalMs, t.horizontalMs)}}, {}};
    const double hard = std::max(craft.touchdown_max_vertical_m_s, craft.touchdown_hard_vertical_m_s);
    if (t.verticalMs > hard && craft.parachute_area_m2 > 0)
        return {OutcomeCode::CapsuleTooFast, {{"vertical_m_s", t.verticalMs}, {"vertical_limit_m_s", hard}}, {}};
    if (t.verticalMs > hard) {
        std::vector<Number> n = numbers;
        n[1].value = hard;   // the limit that was broken: past the hard one, the legs give way
        return {OutcomeCode::TouchdownTooFast, n, {}};
    }
    if (t.horizontalMs > craft.touchdown_max_horizontal_m_s) return {OutcomeCode::TouchdownSideways, numbers, {}};
    if (t.tiltDeg > craft.touchdown_max_tilt_deg) return {OutcomeCode::TouchdownTilted, numbers, {}};
    if (t.slopeDeg > craft.touchdown_max_slope_deg)
        return {OutcomeCode::TouchdownSlope, {{"slope_deg", t.slopeDeg}, {"slope_limit_deg", craft.touchdown_max_slope_deg}}, {}};
    if (t.verticalMs > craft.touchdown_max_vertical_m_s)
        return {OutcomeCode::LandedHard, {{"vertical_m_s", t.verticalMs}, {"vertical_limit_m_s", craft.touchdown_max_vertical_m_s}, {"hard_limit_m_s", hard}}, {}};
    return {};   // a landing: the flight goes on
}

OutcomeReport dockingReport(const Ship& port, const Docking& d) {
    const double hard = std::max(port.dock_max_closing_m_s, port.dock_hard_closing_m_s);
    std::vector<Number> n = {{"closing_m_s", d.closingMs}, {"closing_limit_m_s", port.dock_max_closing_m_s},
                             {"offset_cm", d.offsetM * 100}, {"offset_limit_cm", port.dock_max_offset_m * 100},
                             {"angle_deg", d.angleDeg}, {"angle_limit_deg", port.dock_max_angle_deg}};
    if (d.closingMs > hard) {
        n[1].value = hard;
        return {OutcomeCode::DockTooFast, n, {}};
    }
    if (d.offsetM > port.dock_max_offset_m) return {OutcomeCode::DockOffCentre, n, {}};
    if (d.angleDeg > port.dock_max_angle_deg) return {OutcomeCode::DockAskew, n, {}};
    if (d.closingMs > port.dock_max_closing_m_s) return {OutcomeCode::DockedHard, n, {}};
    return {OutcomeCode::Docked, n, {}};
}

OutcomeReport debrisReport(double impactKms) { return {OutcomeCode::HitDebris, {{"impact_km_s", impactKms}}, {}}; }

OutcomeReport wonReport(const Sim& sim) {
    if (const auto& d = sim.docking()) return dockingReport(sim.craftDef(d->craft), *d);
    if (const auto& t = sim.touchdown(); t && t->hard) return touchdownReport(sim.level().ship, *t);
    return {OutcomeCode::Won, {}, {}};
}

} // namespace sp
