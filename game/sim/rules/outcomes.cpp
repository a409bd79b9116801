// The outcome table, and the reports of a flight that ends by hitting something or leaving:
// each names the limit the flight broke and by how much. (Timeouts: timeout.cpp.)
#include "game/sim/rules/outcomes.h"

#include "game/sim/sim.h"

#include <array>
#include <cmath>

namespace sp {

namespace {

const std::array<OutcomeRow, kOutcomeCodes>& rows() {
    static const std::array<OutcomeRow, kOutcomeCodes> table = {{
        {OutcomeCode::None, "flying", Outcome::Flying, "flying", {}, {}},
        {OutcomeCode::Won, "won", Outcome::Won, "won", {}, {}},
        {OutcomeCode::FellBack, "fell_back", Outcome::Lost, "crashed", {"altitude_km", "need_km_s", "launched_km_s"}, {}},
        {OutcomeCode::FellIntoAir, "fell_into_air", Outcome::Lost, "crashed", {"atmosphere_km", "short_km"}, {}},
        {OutcomeCode::HitGround, "hit_ground", Outcome::Lost, "crashed", {"short_km"}, {}},
        {OutcomeCode::Escaped, "escaped", Outcome::Lost, "escaped", {"altitude_km", "escape_km_s", "launched_km_s"}, {}},
        {OutcomeCode::FlewOut, "flew_out", Outcome::Lost, "escaped", {"altitude_km", "escape_km_s", "speed_km_s"}, {}},
        {OutcomeCode::LeftWorld, "left_world", Outcome::Lost, "escaped", {"world_km", "apoapsis_km"}, {}},
        {OutcomeCode::HitDebris, "hit_debris", Outcome::Lost, "debris", {"impact_km_s"}, {}},
        {OutcomeCode::Timeout, "timeout", Outcome::Timeout, "timeout", {"limit_min"}, {"not_launched", "try_again"}},
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
    return {OutcomeCode::FellIntoAir, {{"atmosphere_km", air}, {"short_km", shortKm}}, {}};
}

OutcomeReport escapeReport(const Sim& sim) {
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

OutcomeReport debrisReport(double impactKms) { return {OutcomeCode::HitDebris, {{"impact_km_s", impactKms}}, {}}; }

OutcomeReport wonReport() { return {OutcomeCode::Won, {}, {}}; }

} // namespace sp
