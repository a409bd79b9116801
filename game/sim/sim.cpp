#include "game/sim/sim.h"

#include "engine/core/hash.h"
#include "game/sim/rules/stars.h"
#include "game/sim/units.h"

#include <algorithm>
#include <cmath>

// Index
// [SECTION] building the world from a level
// [SECTION] one tick
// [SECTION] player actions
// [SECTION] goals and stars (the rules themselves are rows: game/sim/rules)
// [SECTION] queries

namespace sp {

using namespace units;

namespace {
Vec2 toUnits(double xKm, double yKm) { return {kmToUnits(xKm), kmToUnits(yKm)}; }
Vec2 kmToU(Vec2 km) { return km / kKmPerUnit; }
Vec2 uToKm(Vec2 u) { return u * kKmPerUnit; }
Vec2 kmsToU(Vec2 v) { return v * (kTimeScale / kKmPerUnit); }
Vec2 uToKms(Vec2 v) { return v * (kKmPerUnit / kTimeScale); }
} // namespace

// [SECTION] building the world from a level

static phys::WorldDef worldDefFor(const Level& level) {
    phys::WorldDef def;
    def.boundsRadius = kmToUnits(level.world_radius_km);
    return def;
}

Sim::Sim(const Level& level) : level_(level), world_(worldDefFor(level)) {
    for (size_t i = 0; i < level_.attractors.size(); ++i) {
        const Attractor& a = level_.attractors[i];
        phys::BodyDef def;
        def.kind = phys::BodyKind::Static;
        def.position = toUnits(a.x_km, a.y_km);
        def.tag = tagOf(Kind::Attractor, int(i));
        phys::BodyId id = world_.createBody(def);
        world_.addCircle(id, kmToUnits(a.radius_km));
        world_.makeAttractor(id, muToUnits(a.mu_km3_s2), kmToUnits(a.radius_km));
        attractors_.push_back(id);
    }
    phys::ShapeDef sensor;
    sensor.sensor = true;
    for (size_t i = 0; i < level_.zones.size(); ++i) {
        const Zone& z = level_.zones[i];
        phys::BodyDef def;
        def.kind = phys::BodyKind::Static;
        def.position = toUnits(z.x_km, z.y_km);
        def.tag = tagOf(Kind::Zone, int(i));
        phys::BodyId id = world_.createBody(def);
        world_.addCircle(id, kmToUnits(z.radius_km), {}, sensor);
        zones_.push_back(id);
    }
    for (size_t i = 0; i < level_.gates.size(); ++i) {
        const Gate& g = level_.gates[i];
        phys::BodyDef def;
        def.kind = phys::BodyKind::Static;
        def.tag = tagOf(Kind::Gate, int(i));
        phys::BodyId id = world_.createBody(def);
        world_.addSegment(id, toUnits(g.x1_km, g.y1_km), toUnits(g.x2_km, g.y2_km), sensor);
        gates_.push_back(id);
    }
    for (size_t i = 0; i < level_.debris.size(); ++i) {
        const Debris& d = level_.debris[i];
        phys::BodyDef def;
        def.kind = d.moving ? phys::BodyKind::Dynamic : phys::BodyKind::Static;
        def.position = toUnits(d.x_km, d.y_km);
        def.velocity = kmsToU({d.vx_km_s, d.vy_km_s});
        def.tag = tagOf(Kind::Debris, int(i));
        phys::BodyId id = world_.createBody(def);
        phys::ShapeDef solid;
        solid.restitution = 0.3;
        world_.addCircle(id, kmToUnits(d.radius_km), {}, solid);
        debris_.push_back(id);
    }
    gatesPassed_.assign(level_.gates.size(), false);
    zonesReached_.assign(level_.zones.size(), false);
    goalStates_.assign(level_.goals.list.size(), GoalState{});
    timeLimitTicks_ = static_cast<int64_t>(std::ceil(realSecondsToTicks(level_.time_limit_min * 60)));
    fuel_ = level_.ship.fuel_dv_km_s;
    heading_ = degToRad(level_.ship.angle_deg);
    launchPosKm_ = {level_.ship.x_km, level_.ship.y_km};
    // Without a launch action the flight begins at once, with the level's own velocity.
    if (!level_.actions.launch) launch(-1, 0);
}

void Sim::launch(double speedKms, double angleDeg) {
    const Ship& s = level_.ship;
    phys::BodyDef def;
    def.kind = phys::BodyKind::Dynamic;
    def.position = toUnits(s.x_km, s.y_km);
    Vec2 v{s.vx_km_s, s.vy_km_s};
    if (speedKms >= 0) {
        const Actions& a = level_.actions;
        speedKms = std::clamp(speedKms, a.launch_min_km_s, a.launch_max_km_s);
        angleDeg = std::clamp(angleDeg, a.launch_min_deg, a.launch_max_deg);
        v = launchVelocityKms(speedKms, angleDeg);
        heading_ = std::atan2(v.y, v.x);
    }
    launchSpeedKms_ = length(v);
    def.velocity = kmsToU(v);
    def.fixedRotation = true;   // the heading is the sim's own, not a Box2D rotation
    def.bullet = true;          // never tunnel through debris
    def.tag = tagOf(Kind::Ship, 0);
    ship_ = world_.createBody(def);
    world_.addCircle(ship_, kmToUnits(s.radius_km));
    for (size_t i = 0; i < goalStates_.size(); ++i) {
        const Goal& g = level_.goals.list[i];
        if (const auto start = goalRow(g.type).start) start(*this, g, goalStates_[i]);
    }
}

// [SECTION] one tick

void Sim::step(const TickInput& in) {
    if (over()) return;
    if (in.launch && awaitingLaunch()) launch(in.launch_km_s, in.launch_deg);
    thrusting_ = false;
    if (launched()) {
        if (level_.actions.pilot) applyPilot(in);
        if (level_.actions.burn && in.burn) applyBurn(in);
    }
    world_.step(kTickSeconds);
    ++tick_;
    watch_.update(*this);
    readEvents();
    if (over()) return;
    if (hopelesslyEscaping()) finish(escapeReport(*this));
    if (over()) return;
    updateGoals();
    if (over()) return;
    if (tick_ >= timeLimitTicks_) finish(timeoutReport(*this));
}

void Sim::readEvents() {
    for (const phys::ContactEvent& c : world_.contacts()) {
        for (int side = 0; side < 2; ++side) {
            phys::BodyId me = side == 0 ? c.a : c.b;
            phys::BodyId other = side == 0 ? c.b : c.a;
            if (!world_.alive(me) || !world_.alive(other)) continue;
            Kind myKind = kindOf(world_.tag(me));
            Kind otherKind = kindOf(world_.tag(other));
            if (myKind == Kind::Ship && otherKind == Kind::Attractor && !over()) {
                finish(crashReport(*this, watch_));
            } else if (myKind == Kind::Ship && otherKind == Kind::Debris && !over()) {
                finish(debrisReport(unitsToKms(c.approachSpeed)));
            } else if (myKind == Kind::Debris && otherKind == Kind::Attractor) {
                world_.destroyBody(me);   // debris that falls in burns up
            }
        }
    }
    for (const phys::ContactEvent& e : world_.sensorEvents()) {
        if (e.b != ship_) continue;
        uint32_t tag = world_.tag(e.a);
        if (kindOf(tag) == Kind::Gate) gatesPassed_[indexOf(tag)] = true;
        if (kindOf(tag) == Kind::Zone) zonesReached_[indexOf(tag)] = true;
    }
    for (phys::BodyId id : world_.leftWorld()) {
        if (id == ship_ && !over()) finish(escapeReport(*this));
        else if (id != ship_ && world_.alive(id)) world_.destroyBody(id);
    }
}

// Flying away on an unbound path with no way to turn back: say so now instead of making
// the player watch the ship shrink until it crosses the edge of the world.
bool Sim::hopelesslyEscaping() const {
    if (!launched()) return false;
    const bool canSteer = (level_.actions.pilot || level_.actions.burn) && fuel_ > 0;
    if (canSteer) return false;
    const int d = dominantAttractor();
    const Attractor& a = level_.attractors[d];
    const Vec2 r = shipPosKm() - Vec2{a.x_km, a.y_km};
    const orbit::Elements el = elements(d);
    return !el.bound && dot(r, shipVelKms()) > 0 && length(r) > 3 * a.radius_km;
}

void Sim::finish(OutcomeReport report) {
    outcome_ = outcomeRow(report.code).result;
    report_ = std::move(report);
    stars_ = outcome_ == Outcome::Won ? countStars() : 0;
}

// [SECTION] player actions

void Sim::applyPilot(const TickInput& in) {
    const Ship& s = level_.ship;
    heading_ += std::clamp(in.turn, -1, 1) * degToRad(s.turn_deg_s) * kTickSeconds;
    heading_ = std::remainder(heading_, 2 * kPi);
    if (!in.thrust || fuel_ <= 0) return;
    const double spend = s.thrust_m_s2 * kRealSecondsPerTick / 1000.0;   // km/s of delta-v this tick
    const double fraction = std::min(1.0, fuel_ / spend);
    fuel_ = std::max(0.0, fuel_ - spend * fraction);
    const Vec2 force = fromAngle(heading_) * (world_.mass(ship_) * ms2ToUnits(s.thrust_m_s2) * fraction);
    world_.applyForce(ship_, force);
    thrusting_ = true;
}

void Sim::applyBurn(const TickInput& in) {
    Vec2 dv = burnVectorKms(shipPosKm(), shipVelKms(), in.burn_prograde_km_s, in.burn_radial_km_s);
    double cost = length(dv);
    if (!(cost > 0) || fuel_ <= 0) return;
    if (cost > fuel_) {
        dv = dv * (fuel_ / cost);
        cost = fuel_;
    }
    fuel_ -= cost;
    world_.applyImpulse(ship_, kmsToU(dv) * world_.mass(ship_));
    if (lengthSq(dv) > 0) heading_ = std::atan2(dv.y, dv.x);
}

Vec2 Sim::burnVectorKms(Vec2 posKm, Vec2 velKms, double prograde, double radial) const {
    const Attractor& a = level_.attractors[dominantAttractorAt(posKm)];
    const Vec2 r = posKm - Vec2{a.x_km, a.y_km};
    const Vec2 pro = normalized(velKms);
    Vec2 rad = normalized(r - pro * dot(r, pro));
    if (!(lengthSq(rad) > 0)) rad = perpLeft(pro);
    return pro * prograde + rad * radial;
}

// [SECTION] goals and stars (the rules themselves are rows: game/sim/rules)

void Sim::updateGoals() {
    if (!launched()) return;
    for (size_t i = 0; i < level_.goals.list.size(); ++i) {
        const Goal& g = level_.goals.list[i];
        goalRow(g.type).update(*this, g, goalStates_[i]);
    }
    if (goalsMet(level_.goals, goalStates_)) finish(wonReport());
}

std::vector<bool> Sim::starsEarned() const {
    std::vector<bool> earned;
    for (const StarRule& r : level_.stars) earned.push_back(starRow(r.type).holds(*this, r));
    return earned;
}

int Sim::countStars() const {
    int stars = 1;
    for (bool b : starsEarned()) stars += b ? 1 : 0;
    return stars;
}

// [SECTION] queries

double Sim::elapsedRealSeconds() const { return ticksToRealSeconds(tick_); }

Vec2 Sim::shipPosKm() const {
    if (!launched()) return launchPosKm_;
    return uToKm(world_.state(ship_).position);
}

Vec2 Sim::shipVelKms() const {
    if (!launched()) return {};
    return uToKms(world_.state(ship_).velocity);
}

double Sim::fuelFraction() const {
    return level_.ship.fuel_dv_km_s > 0 ? fuel_ / level_.ship.fuel_dv_km_s : 0;
}

int Sim::dominantAttractor() const { return dominantAttractorAt(shipPosKm()); }

int Sim::dominantAttractorAt(Vec2 p) const {
    int best = 0;
    double bestPull = -1;
    for (size_t i = 0; i < level_.attractors.size(); ++i) {
        const Attractor& a = level_.attractors[i];
        double r2 = std::max(lengthSq(p - Vec2{a.x_km, a.y_km}), a.radius_km * a.radius_km);
        double pull = a.mu_km3_s2 / r2;
        if (pull > bestPull) {
            bestPull = pull;
            best = int(i);
        }
    }
    return best;
}

double Sim::altitudeKm() const {
    const Attractor& a = level_.attractors[dominantAttractor()];
    return length(shipPosKm() - Vec2{a.x_km, a.y_km}) - a.radius_km;
}

orbit::Elements Sim::elements(int attractor) const {
    const Attractor& a = level_.attractors[attractor];
    return orbit::fromState(shipPosKm() - Vec2{a.x_km, a.y_km}, shipVelKms(), a.mu_km3_s2);
}

Vec2 Sim::gravityKms2(Vec2 posKm) const {
    return world_.gravityAt(kmToU(posKm)) * (unitsToMs2(1.0) / 1000.0);
}

Vec2 Sim::launchVelocityKms(double speedKms, double angleDeg) const {
    const Attractor& a = level_.attractors[dominantAttractor()];
    const Vec2 up = normalized(launchPosKm_ - Vec2{a.x_km, a.y_km});
    const Vec2 horizon = perpLeft(up) * -1.0;   // clockwise along the surface: launch to the right from the top
    const double t = degToRad(angleDeg);
    return (horizon * std::cos(t) + up * std::sin(t)) * speedKms;
}

std::vector<Vec2> Sim::predict(Vec2 posKm, Vec2 velKms, int maxTicks, int every) const {
    // The same integrator as Box2D (semi-implicit Euler, one tick at a time) in double.
    std::vector<Vec2> points;
    Vec2 p = kmToU(posKm), v = kmsToU(velKms);
    const double worldR = kmToUnits(level_.world_radius_km);
    points.push_back(posKm);
    for (int t = 1; t <= maxTicks; ++t) {
        v += world_.gravityAt(p) * kTickSeconds;
        p += v * kTickSeconds;
        bool stop = length(p) > worldR;
        for (const Attractor& a : level_.attractors) {
            if (length(p - toUnits(a.x_km, a.y_km)) < kmToUnits(a.radius_km)) stop = true;
        }
        if (stop || t % every == 0) points.push_back(uToKm(p));
        if (stop) break;
    }
    return points;
}

std::vector<Vec2> Sim::predictShip(int maxTicks, int every) const {
    return predict(shipPosKm(), shipVelKms(), maxTicks, every);
}

std::vector<BodyView> Sim::debris() const {
    std::vector<BodyView> out;
    for (size_t i = 0; i < debris_.size(); ++i) {
        BodyView b;
        b.radius_km = level_.debris[i].radius_km;
        b.alive = world_.alive(debris_[i]);
        if (b.alive) {
            phys::BodyState s = world_.state(debris_[i]);
            b.pos_km = uToKm(s.position);
            b.vel_km_s = uToKms(s.velocity);
        }
        out.push_back(b);
    }
    return out;
}

Vec2 Sim::stationPosKm(int index) const {
    const Station& s = level_.stations[index];
    const Attractor& a = level_.attractors[s.attractor];
    double deg = s.angle_deg;
    // Positive periods turn counter-clockwise, negative ones clockwise (level.h).
    if (a.rotation_period_min != 0) deg += 360.0 * (elapsedRealSeconds() / 60) / a.rotation_period_min;
    return Vec2{a.x_km, a.y_km} + fromAngle(degToRad(deg)) * a.radius_km;
}

bool Sim::stationSees(int index) const {
    if (!launched()) return false;
    const Station& s = level_.stations[index];
    const Attractor& a = level_.attractors[s.attractor];
    const Vec2 ground = stationPosKm(index);
    const Vec2 up = normalized(ground - Vec2{a.x_km, a.y_km});
    const Vec2 ship = shipPosKm();
    if (s.range_km > 0 && length(ship - ground) > s.range_km) return false;
    // The antenna stands just above the ground, so a ray along the horizon clears the planet.
    const Vec2 antenna = ground + up * std::max(1.0, a.radius_km * 1e-3);
    std::vector<phys::BodyId> ignore = debris_;
    ignore.push_back(ship_);
    return world_.lineOfSight(kmToU(antenna), kmToU(ship), ignore);
}

uint64_t Sim::stateHash() const {
    Hasher h;
    h.add(world_.stateHash());
    h.add(static_cast<int64_t>(tick_));
    h.add(heading_);
    h.add(fuel_);
    h.add(static_cast<int>(outcome_));
    for (const GoalState& g : goalStates_) h.add(g.progress);
    return h.value;
}

} // namespace sp
