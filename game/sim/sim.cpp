#include "game/sim/sim.h"

#include "engine/core/hash.h"
#include "game/sim/knobs.h"
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
} // namespace

// [SECTION] building the world from a level

static phys::WorldDef worldDefFor(const Level& level) {
    phys::WorldDef def;
    def.boundsRadius = scaleOf(level.frame).kmToUnits(level.world_radius_km);
    return def;
}

// Gravity is the sim's own force model (forces.h), not the World's attractors: bodies move,
// and the prediction must feel exactly the same pull. A moving attractor is a kinematic
// body that the sim places on its orbit every step, for contacts and lines of sight.
Sim::Sim(const Level& level)
    : level_(level), scale_(scaleOf(level_.frame)), bodies_(level_.attractors), sky_(level_), forces_(level_, bodies_),
      world_(worldDefFor(level_)) {
    const units::Scale& u = scale_;
    for (size_t i = 0; i < level_.attractors.size(); ++i) {
        const Attractor& a = level_.attractors[i];
        phys::BodyDef def;
        def.kind = bodies_.moves(int(i)) ? phys::BodyKind::Kinematic : phys::BodyKind::Static;
        def.position = u.kmToUnits(bodies_.positionAt(int(i), 0));
        def.tag = tagOf(Kind::Attractor, int(i));
        phys::BodyId id = world_.createBody(def);
        world_.addCircle(id, u.kmToUnits(a.radius_km));
        attractors_.push_back(id);
    }
    phys::ShapeDef sensor;
    sensor.sensor = true;
    for (size_t i = 0; i < level_.zones.size(); ++i) {
        const Zone& z = level_.zones[i];
        phys::BodyDef def;
        def.kind = phys::BodyKind::Static;
        def.position = u.kmToUnits(Vec2{z.x_km, z.y_km});
        def.tag = tagOf(Kind::Zone, int(i));
        phys::BodyId id = world_.createBody(def);
        world_.addCircle(id, u.kmToUnits(z.radius_km), {}, sensor);
        zones_.push_back(id);
    }
    for (size_t i = 0; i < level_.gates.size(); ++i) {
        const Gate& g = level_.gates[i];
        phys::BodyDef def;
        def.kind = phys::BodyKind::Static;
        def.tag = tagOf(Kind::Gate, int(i));
        phys::BodyId id = world_.createBody(def);
        world_.addSegment(id, u.kmToUnits(Vec2{g.x1_km, g.y1_km}), u.kmToUnits(Vec2{g.x2_km, g.y2_km}), sensor);
        gates_.push_back(id);
    }
    for (size_t i = 0; i < level_.debris.size(); ++i) {
        const Debris& d = level_.debris[i];
        phys::BodyDef def;
        def.kind = d.moving ? phys::BodyKind::Dynamic : phys::BodyKind::Static;
        def.position = u.kmToUnits(Vec2{d.x_km, d.y_km});
        def.velocity = u.kmsToUnits(Vec2{d.vx_km_s, d.vy_km_s});
        def.feelsGravity = false;
        def.tag = tagOf(Kind::Debris, int(i));
        phys::BodyId id = world_.createBody(def);
        phys::ShapeDef solid;
        solid.restitution = 0.3;
        world_.addCircle(id, u.kmToUnits(d.radius_km), {}, solid);
        if (d.moving) {   // half a step behind, as the ship (sim_predict.cpp, launchCoast)
            const Vec2 p{d.x_km, d.y_km}, v{d.vx_km_s, d.vy_km_s};
            const Vec2 raw = v - forces_.at(Ship{}, p, v, 0).total() * (0.5 * u.stepRealSeconds());
            world_.setState(id, {world_.state(id).position, u.kmsToUnits(raw), 0, 0});
        }
        debris_.push_back(id);
    }
    if (!level_.ground.empty()) {
        phys::BodyDef def;
        def.kind = phys::BodyKind::Static;
        def.tag = tagOf(Kind::Ground, 0);
        ground_ = world_.createBody(def);
        std::vector<Vec2> line;
        for (const GroundPoint& g : level_.ground) line.push_back(u.kmToUnits(Vec2{g.x_km, g.y_km}));
        phys::ShapeDef regolith;
        regolith.friction = 0.8;
        world_.addGround(ground_, line, regolith);
    }
    // Other craft fly from the start, with their level velocities (half a step behind, as the
    // ship's: sim_predict.cpp).
    for (size_t i = 0; i < level_.craft.size(); ++i) {
        const Ship& c = level_.craft[i];
        phys::BodyDef def;
        def.kind = phys::BodyKind::Dynamic;
        def.position = u.kmToUnits(Vec2{c.x_km, c.y_km});
        def.fixedRotation = true;
        def.feelsGravity = false;
        def.tag = tagOf(Kind::Craft, int(i + 1));
        Other o;
        o.body = world_.createBody(def);
        world_.addCircle(o.body, u.kmToUnits(c.radius_km));
        const Vec2 p{c.x_km, c.y_km}, v{c.vx_km_s, c.vy_km_s};
        const Vec2 raw = v - forces_.at(c, p, v, 0).total() * (0.5 * u.stepRealSeconds());
        world_.setState(o.body, {world_.state(o.body).position, u.kmsToUnits(raw), 0, 0});
        o.heading = degToRad(c.angle_deg);
        o.fuel = c.fuel_dv_km_s;
        others_.push_back(o);
    }
    gatesPassed_.assign(level_.gates.size(), false);
    zonesReached_.assign(level_.zones.size(), false);
    goalStates_.assign(level_.goals.list.size(), GoalState{});
    timeLimitTicks_ = static_cast<int64_t>(std::ceil(u.realSecondsToTicks(level_.time_limit_min * 60)));
    fuel_ = level_.ship.fuel_dv_km_s;
    heading_ = degToRad(level_.ship.angle_deg);
    launchPosKm_ = {level_.ship.x_km, level_.ship.y_km};
    // Without a launch action the flight begins at once, with the level's own velocity; a sky
    // level flies no craft at all.
    if (!level_.actions.launch && !level_.actions.sky) launch(-1, 0);
}

void Sim::launch(double speedKms, double angleDeg) {
    const Ship& s = level_.ship;
    phys::BodyDef def;
    def.kind = phys::BodyKind::Dynamic;
    def.position = scale_.kmToUnits(Vec2{s.x_km, s.y_km});
    Vec2 v{s.vx_km_s, s.vy_km_s};
    if (speedKms >= 0) {
        const Actions& a = level_.actions;
        speedKms = std::clamp(speedKms, a.launch_min_km_s, a.launch_max_km_s);
        angleDeg = std::clamp(angleDeg, a.launch_min_deg, a.launch_max_deg);
        v = launchVelocityKms(speedKms, angleDeg);
        heading_ = dm::atan2(v.y, v.x);
        launchAngleDeg_ = angleDeg;
    }
    launchSpeedKms_ = length(v);
    def.fixedRotation = true;   // the heading is the sim's own, not a Box2D rotation
    def.bullet = true;          // never tunnel through debris
    def.feelsGravity = false;   // the sim's force model pulls it (forces.h)
    def.tag = tagOf(Kind::Ship, 0);
    ship_ = world_.createBody(def);
    const double r = scale_.kmToUnits(s.radius_km);
    if (s.touchdown_max_vertical_m_s > 0) {
        // Landing legs: a footprint 2r wide, r below the centre as a disc's lowest point is.
        // A square, so its centre of mass (what Box2D moves, and the sim reports) is the centre.
        world_.addBox(ship_, r, r);
    } else {
        world_.addCircle(ship_, r);
    }
    // The level's velocity is the true one at the start; Box2D's is half a step behind it.
    const Coast c = launchCoast(speedKms < 0 ? -1 : speedKms, angleDeg);
    world_.setState(ship_, {c.body.position(), c.body.velocity(), 0, 0});
    startGoals();
}

void Sim::startGoals() {
    for (size_t i = 0; i < goalStates_.size(); ++i) {
        const Goal& g = level_.goals.list[i];
        if (const auto start = goalRow(g.type).start) start(*this, g, goalStates_[i]);
    }
}

// [SECTION] one tick

void Sim::step(const TickInput& in) {
    if (over()) return;
    if (in.launch && awaitingLaunch()) launch(in.launch_km_s, in.launch_deg);
    if (in.start && awaitingStart()) startSky(in);
    if (awaitingStart()) {   // the clock has not started: only the time limit runs (a replay without a start)
        ++tick_;
        if (tick_ >= timeLimitTicks_) finish(timeoutReport(*this));
        return;
    }
    thrusting_ = false;
    rcs_ = {};
    for (Other& o : others_) o.thrusting = false;
    craftContacts_.clear();
    std::vector<Vec2> thrust(static_cast<size_t>(craftCount()));
    // The controls act on the craft the input names (the ship unless it names another).
    const int c = in.craft >= 0 && in.craft < craftCount() && craftAlive(in.craft) ? in.craft : 0;
    if (launched()) {
        const Controls ctl = controls(c);
        if (level_.actions.pilot) thrust[size_t(c)] = applyPilot(in, ctl);
        if (level_.actions.burn && in.burn) applyBurn(in, ctl);
        if (in.parachute) tryParachute(true);
    }
    const Vec2 before = launched() ? scale_.unitsToKms(world_.freeBody(ship_).velocity()) : Vec2{};
    stepWorld(thrust);
    ++tick_;
    if (launched()) {
        // Box2D's velocity changed by every acceleration and every push of the ground this tick.
        const Vec2 after = scale_.unitsToKms(world_.freeBody(ship_).velocity());
        const double now = elapsedRealSeconds();
        const Forces f = forces_.at(level_.ship, shipPosKm(), shipVelKms(), now, {}, chuteAreaM2(0, chuteSince_, now));
        const Vec2 felt = (after - before) / tickRealSeconds() - f.gravity - f.frame;
        const double k = std::min(1.0, tickRealSeconds() / 0.5);
        gLoad_ += (length(felt) * 1000 / kStandardGravity - gLoad_) * k;
    }
    watch_.update(*this);
    watchSky();
    readEvents();
    if (over()) return;
    checkEntry();
    if (over()) return;
    if (hopelesslyEscaping()) finish(escapeReport(*this));
    if (over()) return;
    updateGoals();
    if (over()) return;
    // Down safely with nothing to fly again with (a capsule): nothing more can happen, so say why now.
    if (touchdown_ && touchdown_->safe && !canFlyAgain()) finish(groundedReport(*this));
    if (over()) return;
    if (tick_ >= timeLimitTicks_) finish(timeoutReport(*this));
}

// The knobs' values, each kept to its satellite's range and steps, set the sky the student
// chose; the clock runs from here.
void Sim::startSky(const TickInput& in) {
    const std::vector<KnobRef> knobs = knobsOf(level_);
    for (size_t k = 0; k < knobs.size() && int(k) < in.sky_count && k < size_t(kMaxSkyKnobs); ++k)
        setKnobValue(level_, knobs[k], in.sky_values[k]);
    sky_ = Constellation(level_);
    skyStarted_ = true;
    startGoals();
}

// Each tick of the flight: the fewest satellites a site sees now, if fewer than ever before.
void Sim::watchSky() {
    if (sky_.count() == 0 || sky_.stationCount() == 0) return;
    const double t = elapsedRealSeconds();
    for (int s = 0; s < sky_.stationCount(); ++s) {
        const int seen = sky_.countInView(s, t);
        if (fewestInView_ < 0 || seen < fewestInView_) fewestInView_ = seen;
    }
}

double Sim::seconds(int64_t tick, int substep) const {
    return (double(tick) + double(substep) / scale_.substeps) * scale_.tickRealSeconds();
}

// Moving attractors: placed exactly where their orbit has them at `t`, moving toward where it
// has them at `next`, so Box2D's contacts see their real speed.
void Sim::placeAttractors(double t, double next) {
    for (size_t i = 0; i < attractors_.size(); ++i) {
        if (!bodies_.moves(int(i))) continue;
        const Vec2 now = scale_.kmToUnits(bodies_.positionAt(int(i), t));
        const Vec2 then = scale_.kmToUnits(bodies_.positionAt(int(i), next));
        world_.setState(attractors_[i], {now, (then - now) / scale_.stepWorldSeconds(), 0, 0});
    }
}

// The force on a body, in world units, from its state as Box2D holds it: the one place the
// flight turns the force model into a Box2D force (the prediction repeats it: sim_predict.cpp).
Vec2 Sim::forceOn(const phys::FreeBody& b, const Ship& craft, double t, Vec2 thrustKms2, double extraAreaM2) const {
    const Vec2 p = scale_.unitsToKm(b.position());
    const Vec2 v = scale_.unitsToKms(b.velocity());
    return scale_.kms2ToUnits(forces_.at(craft, p, v, t, thrustKms2, extraAreaM2).total()) * double(b.mass);
}

void Sim::stepWorld(const std::vector<Vec2>& thrustKms2) {
    const Ship inert{};   // debris feels gravity only: no engine, no drag area
    std::vector<phys::ContactEvent> contacts, sensors;
    std::vector<phys::BodyId> left;
    for (int sub = 0; sub < scale_.substeps; ++sub) {
        const double t = seconds(tick_, sub), next = seconds(tick_, sub + 1);
        placeAttractors(t, next);
        if (launched()) world_.applyForce(ship_, forceOn(world_.freeBody(ship_), level_.ship, t, thrustKms2[0], chuteAreaM2(0, chuteSince_, t)));
        for (size_t i = 0; i < others_.size(); ++i) {
            if (world_.alive(others_[i].body))
                world_.applyForce(others_[i].body, forceOn(world_.freeBody(others_[i].body), level_.craft[i], t, thrustKms2[i + 1]));
        }
        for (size_t i = 0; i < debris_.size(); ++i) {
            if (level_.debris[i].moving && world_.alive(debris_[i]))
                world_.applyForce(debris_[i], forceOn(world_.freeBody(debris_[i]), inert, t, {}));
        }
        world_.step(scale_.stepWorldSeconds());
        contacts.insert(contacts.end(), world_.contacts().begin(), world_.contacts().end());
        sensors.insert(sensors.end(), world_.sensorEvents().begin(), world_.sensorEvents().end());
        left.insert(left.end(), world_.leftWorld().begin(), world_.leftWorld().end());
    }
    placeAttractors(seconds(tick_ + 1), seconds(tick_ + 1));
    stepContacts_ = std::move(contacts);
    stepSensors_ = std::move(sensors);
    stepLeft_ = std::move(left);
}

void Sim::readEvents() {
    for (const phys::ContactEvent& c : stepContacts_) {
        for (int side = 0; side < 2; ++side) {
            phys::BodyId me = side == 0 ? c.a : c.b;
            phys::BodyId other = side == 0 ? c.b : c.a;
            if (!world_.alive(me) || !world_.alive(other)) continue;
            Kind myKind = kindOf(world_.tag(me));
            Kind otherKind = kindOf(world_.tag(other));
            if (myKind == Kind::Ship && otherKind == Kind::Ground) {
                touchedGround(c, side == 0, {});
            } else if (myKind == Kind::Ship && otherKind == Kind::Attractor &&
                       (level_.ship.touchdown_max_vertical_m_s > 0 ||
                        (level_.ship.drag_area_m2 > 0 && bodies_[indexOf(world_.tag(other))].air_density_kg_m3 > 0))) {
                // Legs on a planet's surface (or a capsule come down through its air): judged
                // against the ground there, which turns with it, at the speed it touched.
                const int i = indexOf(world_.tag(other));
                const double t = elapsedRealSeconds();
                const orbit::State body = bodies_.stateAt(i, t);
                touchedGround(c, side == 0, perpLeft(scale_.unitsToKm(c.point) - body.r) * bodies_.spinRate(i));
            } else if (myKind == Kind::Ship && otherKind == Kind::Attractor && !over()) {
                finish(crashReport(*this, watch_));
            } else if (myKind == Kind::Ship && otherKind == Kind::Debris && !over()) {
                finish(debrisReport(scale_.unitsToKms(c.approachSpeed)));
            } else if (myKind == Kind::Debris && otherKind == Kind::Attractor) {
                world_.destroyBody(me);   // debris that falls in burns up
            } else if (myKind == Kind::Craft && (otherKind == Kind::Attractor || otherKind == Kind::Debris)) {
                world_.destroyBody(me);   // another craft that crashes is gone (its rules may say more)
            } else if (side == 0 && (myKind == Kind::Ship || myKind == Kind::Craft) &&
                       (otherKind == Kind::Ship || otherKind == Kind::Craft)) {
                const int a = myKind == Kind::Ship ? 0 : indexOf(world_.tag(me));
                const int b = otherKind == Kind::Ship ? 0 : indexOf(world_.tag(other));
                craftContacts_.push_back(a < b ? craftContact(a, b, c, true) : craftContact(b, a, c, false));
                const CraftContact& cc = craftContacts_.back();
                if (cc.a == 0 && craftDef(cc.b).dock_max_closing_m_s > 0) touchedPort(cc);
                else if (cc.a == 0 && !over()) finish({OutcomeCode::HitCraft, {{"closing_m_s", cc.closingKms * 1000}}, {}, });
            }
        }
    }
    for (const phys::ContactEvent& e : stepSensors_) {
        if (e.b != ship_) continue;
        uint32_t tag = world_.tag(e.a);
        if (kindOf(tag) == Kind::Gate) gatesPassed_[indexOf(tag)] = true;
        if (kindOf(tag) == Kind::Zone) zonesReached_[indexOf(tag)] = true;
    }
    for (phys::BodyId id : stepLeft_) {   // other craft that leave are gone, like debris
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
    if (d < 0) return false;   // nothing to escape from: the edge of the area says it
    const Vec2 r = shipPosKm() - attractorPosKm(d);
    const orbit::Elements el = elements(d);
    return !el.bound && dot(r, shipVelKms() - bodies_.stateAt(d, elapsedRealSeconds()).v) > 0 &&
           length(r) > 3 * bodies_[d].radius_km;
}

void Sim::finish(OutcomeReport report) {
    outcome_ = outcomeRow(report.code).result;
    report_ = std::move(report);
    stars_ = outcome_ == Outcome::Won ? countStars() : 0;
}

// [SECTION] player actions

Sim::Controls Sim::controls(int craft) {
    if (craft == 0) return {ship_, &level_.ship, &heading_, &fuel_, &thrusting_};
    Other& o = others_[size_t(craft - 1)];
    return {o.body, &level_.craft[size_t(craft - 1)], &o.heading, &o.fuel, &o.thrusting};
}

Vec2 Sim::applyPilot(const TickInput& in, const Controls& c) {
    const Ship& s = *c.def;
    double& heading = *c.heading;
    double& fuel = *c.fuel;
    heading += std::clamp(in.turn, -1, 1) * degToRad(s.turn_deg_s) * units::kTickWorldSeconds;
    heading = std::remainder(heading, 2 * kPi);
    // The engine along the nose, and the translation thrusters along or across it.
    Vec2 push;
    if (in.thrust) push = fromAngle(heading) * s.thrust_m_s2;
    Vec2 shift = fromAngle(heading) * double(std::clamp(in.rcs_forward, -1, 1)) +
                 perpLeft(fromAngle(heading)) * double(std::clamp(in.rcs_left, -1, 1));
    if (s.rcs_m_s2 > 0 && lengthSq(shift) > 0) shift = normalized(shift) * s.rcs_m_s2;
    else shift = {};
    const double want = length(push) + length(shift);   // m/s^2
    if (!(want > 0) || fuel <= 0) return {};
    const double spend = want * scale_.tickRealSeconds() / 1000.0;   // km/s of delta-v this tick
    const double fraction = std::min(1.0, fuel / spend);
    fuel = std::max(0.0, fuel - spend * fraction);
    *c.thrusting = in.thrust;
    if (c.def == &level_.ship) rcs_ = shift * (fraction / 1000.0);
    return (push + shift) * (fraction / 1000.0);
}

void Sim::applyBurn(const TickInput& in, const Controls& c) {
    double& fuel = *c.fuel;
    const Coast at{tick_, world_.freeBody(c.body), 0};
    const double radial = level_.actions.burn_radial ? in.burn_radial_km_s : 0;   // along the path only, where the level says so
    Vec2 dv = burnVectorKms(coastPosKm(at), coastVelKms(at), in.burn_prograde_km_s, radial);
    double cost = length(dv);
    if (!(cost > 0) || fuel <= 0) return;
    if (cost > fuel) {
        dv = dv * (fuel / cost);
        cost = fuel;
    }
    fuel -= cost;
    world_.applyImpulse(c.body, scale_.kmsToUnits(dv) * world_.mass(c.body));
    if (lengthSq(dv) > 0) *c.heading = dm::atan2(dv.y, dv.x);
}

Vec2 Sim::burnVectorKms(Vec2 posKm, Vec2 velKms, double prograde, double radial) const {
    return burnVectorAt(posKm, velKms, prograde, radial, elapsedRealSeconds());
}

Vec2 Sim::burnVectorAt(Vec2 posKm, Vec2 velKms, double prograde, double radial, double t) const {
    // Prograde and radial relative to the body the orbit is read around (moving with it).
    const int d = bodies_.dominantAt(posKm, t);
    const orbit::State body = bodies_.stateAt(d, t);
    const Vec2 r = posKm - body.r;
    const Vec2 pro = normalized(velKms - body.v);
    Vec2 rad = normalized(r - pro * dot(r, pro));
    if (!(lengthSq(rad) > 0)) rad = perpLeft(pro);
    return pro * prograde + rad * radial;
}

// [SECTION] goals and stars (the rules themselves are rows: game/sim/rules)

void Sim::updateGoals() {
    if (!launched() && !skyStarted_) return;
    for (size_t i = 0; i < level_.goals.list.size(); ++i) {
        const Goal& g = level_.goals.list[i];
        goalRow(g.type).update(*this, g, goalStates_[i]);
    }
    if (goalsMet(level_.goals, goalStates_)) {
        finish(wonReport(*this));
        return;
    }
    // A goal that can no longer be met ends the flight at once (no waiting out the clock to be
    // told): with "all", any such goal; with "any", only once every goal still open is such.
    const bool any = level_.goals.combine == "any";
    bool everyOpenLost = true, oneLost = false;
    for (size_t i = 0; i < level_.goals.list.size(); ++i) {
        const GoalRow& row = goalRow(level_.goals.list[i].type);
        if (goalStates_[i].done) continue;
        const bool lost = row.decidedAtStart || (row.hopeless && row.hopeless(*this, level_.goals.list[i], goalStates_[i]));
        oneLost = oneLost || lost;
        everyOpenLost = everyOpenLost && lost;
    }
    if (any ? (oneLost && everyOpenLost) : oneLost) finish(missedReport(*this));
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

double Sim::elapsedRealSeconds() const { return seconds(tick_); }

Vec2 Sim::shipPosKm() const {
    if (!launched()) return launchPosKm_;
    return coastPosKm(shipCoast());
}

Vec2 Sim::shipVelKms() const {
    if (!launched()) return {};
    return coastVelKms(shipCoast());
}

double Sim::speedKms() const {
    return length(shipVelKms() - bodies_.stateAt(dominantAttractor(), elapsedRealSeconds()).v);
}

Vec2 Sim::attractorPosKm(int i) const { return bodies_.positionAt(i, elapsedRealSeconds()); }

bool Sim::craftAlive(int i) const {
    if (i == 0) return launched() || awaitingLaunch();
    return i > 0 && i < craftCount() && world_.alive(others_[size_t(i - 1)].body);
}

Coast Sim::craftCoast(int i) const {
    if (i == 0) return shipCoast();
    return {tick_, world_.freeBody(others_[size_t(i - 1)].body), i};
}

Vec2 Sim::craftPosKm(int i) const { return i == 0 ? shipPosKm() : coastPosKm(craftCoast(i)); }
Vec2 Sim::craftVelKms(int i) const { return i == 0 ? shipVelKms() : coastVelKms(craftCoast(i)); }
double Sim::craftFuelKms(int i) const { return i == 0 ? fuel_ : others_[size_t(i - 1)].fuel; }
double Sim::craftHeadingRad(int i) const { return i == 0 ? heading_ : others_[size_t(i - 1)].heading; }

orbit::Elements Sim::craftElements(int i, int attractor) const {
    const orbit::State body = bodies_.stateAt(attractor, elapsedRealSeconds());
    return orbit::fromState(craftPosKm(i) - body.r, craftVelKms(i) - body.v, bodies_[attractor].mu_km3_s2);
}

Forces Sim::shipForces() const {
    if (!launched()) return {};
    const Vec2 engine = thrusting_ ? fromAngle(heading_) * (level_.ship.thrust_m_s2 / 1000.0) : Vec2{};
    const double now = elapsedRealSeconds();
    return forces_.at(level_.ship, shipPosKm(), shipVelKms(), now, engine + rcs_, chuteAreaM2(0, chuteSince_, now));
}

double Sim::fuelFraction() const {
    return level_.ship.fuel_dv_km_s > 0 ? fuel_ / level_.ship.fuel_dv_km_s : 0;
}

int Sim::dominantAttractor() const { return dominantAttractorAt(shipPosKm()); }

int Sim::dominantAttractorAt(Vec2 p) const { return bodies_.dominantAt(p, elapsedRealSeconds()); }

double Sim::altitudeKm() const {
    if (level_.frame.kind == "local") {
        // The feet above the ground straight below (or above y = 0 where there is none).
        const Vec2 p = shipPosKm();
        return p.y - level_.ship.radius_km - groundYKm(p.x).value_or(0.0);
    }
    const int d = level_.frame.turn_period_min > 0 ? nearestAttractor() : dominantAttractor();
    return length(shipPosKm() - attractorPosKm(d)) - bodies_[d].radius_km;
}

int Sim::nearestAttractor() const {
    int best = -1;
    double bestKm = 0;
    for (int i = 0; i < bodies_.count(); ++i) {
        const double km = length(shipPosKm() - attractorPosKm(i)) - bodies_[i].radius_km;
        if (best < 0 || km < bestKm) best = i, bestKm = km;
    }
    return best;
}

orbit::Elements Sim::elements(int attractor) const {
    if (attractor < 0 || attractor >= bodies_.count()) return {};
    const orbit::State body = bodies_.stateAt(attractor, elapsedRealSeconds());
    return orbit::fromState(shipPosKm() - body.r, shipVelKms() - body.v, bodies_[attractor].mu_km3_s2);
}

Vec2 Sim::gravityKms2(Vec2 posKm) const {
    const Frame& f = level_.frame;
    return bodies_.gravityAt(posKm, elapsedRealSeconds()) + Vec2{f.gravity_x_m_s2, f.gravity_y_m_s2} / 1000.0;
}

Vec2 Sim::launchVelocityKms(double speedKms, double angleDeg) const {
    const Vec2 up = upAt(launchPosKm_);
    const Vec2 horizon = perpLeft(up) * -1.0;   // clockwise along the surface: launch to the right from the top
    const double t = degToRad(angleDeg);
    return (horizon * dm::cos(t) + up * dm::sin(t)) * speedKms;
}

std::vector<BodyView> Sim::debris() const {
    std::vector<BodyView> out;
    for (size_t i = 0; i < debris_.size(); ++i) {
        BodyView b;
        b.radius_km = level_.debris[i].radius_km;
        b.alive = world_.alive(debris_[i]);
        if (b.alive) {
            phys::BodyState s = world_.state(debris_[i]);
            b.pos_km = scale_.unitsToKm(s.position);
            b.vel_km_s = scale_.unitsToKms(s.velocity);
        }
        out.push_back(b);
    }
    return out;
}

Vec2 Sim::stationPosKm(int index) const {
    const Station& s = level_.stations[index];
    const double t = elapsedRealSeconds();
    const double angle = degToRad(siteAngleDeg(s, bodies_[s.attractor])) + bodies_.spinAt(s.attractor, t);
    return bodies_.positionAt(s.attractor, t) + fromAngle(angle) * bodies_[s.attractor].radius_km;
}

bool Sim::stationSees(int index) const {
    if (!launched()) return false;
    const Station& s = level_.stations[index];
    const Attractor& a = bodies_[s.attractor];
    const Vec2 ground = stationPosKm(index);
    const Vec2 up = normalized(ground - attractorPosKm(s.attractor));
    const Vec2 ship = shipPosKm();
    if (s.range_km > 0 && length(ship - ground) > s.range_km) return false;
    // The antenna stands just above the ground, so a ray along the horizon clears the planet.
    const Vec2 antenna = ground + up * std::max(1.0, a.radius_km * 1e-3);
    std::vector<phys::BodyId> ignore = debris_;
    ignore.push_back(ship_);
    return world_.lineOfSight(scale_.kmToUnits(antenna), scale_.kmToUnits(ship), ignore);
}

uint64_t Sim::stateHash() const {
    Hasher h;
    h.add(world_.stateHash());
    h.add(static_cast<int64_t>(tick_));
    h.add(heading_);
    h.add(fuel_);
    h.add(static_cast<int>(outcome_));
    for (const Other& o : others_) {
        h.add(o.heading);
        h.add(o.fuel);
    }
    if (level_.ship.parachute_area_m2 > 0) h.add(chuteSince_);   // so a level without one hashes as before
    for (const GoalState& g : goalStates_) h.add(g.progress);
    if (level_.actions.sky) {   // the sky the student chose (other levels hash as before)
        h.add(skyStarted_ ? 1 : 0);
        for (const KnobRef& k : knobsOf(level_)) h.add(knobValue(level_, k));
    }
    return h.value;
}

} // namespace sp
