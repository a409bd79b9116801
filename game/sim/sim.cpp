#include "game/sim/sim.h"

#include "engine/core/hash.h"
#include "game/sim/units.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

// Index
// [SECTION] building the world from a level
// [SECTION] one tick
// [SECTION] player actions
// [SECTION] goals and stars
// [SECTION] queries
// [SECTION] messages that teach

namespace sp {

using namespace units;

namespace {
constexpr int kOrbitHoldTicks = 30;   // an orbit goal must hold this long (no flicker wins)

Vec2 toUnits(double xKm, double yKm) { return {kmToUnits(xKm), kmToUnits(yKm)}; }
Vec2 kmToU(Vec2 km) { return km / kKmPerUnit; }
Vec2 uToKm(Vec2 u) { return u * kKmPerUnit; }
Vec2 kmsToU(Vec2 v) { return v * (kTimeScale / kKmPerUnit); }
Vec2 uToKms(Vec2 v) { return v * (kKmPerUnit / kTimeScale); }

std::string fmt(const char* format, double a, double b = 0, double c = 0) {
    char buf[256];
    std::snprintf(buf, sizeof buf, format, a, b, c);
    return buf;
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
    holdTicks_.assign(level_.goals.list.size(), 0);
    sweptRad_.assign(level_.goals.list.size(), 0.0);
    lastAngle_.assign(level_.goals.list.size(), 0.0);
    contactTicks_.assign(level_.goals.list.size(), 0);
    minDistKm_.assign(level_.attractors.size(), 1e300);
    maxDistKm_.assign(level_.attractors.size(), 0.0);
    zoneClosestKm_.assign(level_.zones.size(), 1e300);
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
    for (size_t i = 0; i < lastAngle_.size(); ++i) {
        const Goal& g = level_.goals.list[i];
        if (g.type != "revolutions") continue;
        const Attractor& a = level_.attractors[g.attractor];
        lastAngle_[i] = std::atan2(s.y_km - a.y_km, s.x_km - a.x_km);
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
    trackExtremes();
    readEvents();
    if (over()) return;
    if (hopelesslyEscaping()) finish(Outcome::Lost, "escaped", escapeReason());
    if (over()) return;
    updateGoals();
    if (over()) return;
    if (tick_ >= timeLimitTicks_) finish(Outcome::Timeout, "timeout", timeoutReason());
}

void Sim::trackExtremes() {
    if (!launched()) return;
    const Vec2 p = shipPosKm();
    for (size_t i = 0; i < level_.attractors.size(); ++i) {
        const double d = length(p - Vec2{level_.attractors[i].x_km, level_.attractors[i].y_km});
        minDistKm_[i] = std::min(minDistKm_[i], d);
        maxDistKm_[i] = std::max(maxDistKm_[i], d);
    }
    for (size_t i = 0; i < level_.zones.size(); ++i) {
        const Zone& z = level_.zones[i];
        const double d = length(p - Vec2{z.x_km, z.y_km}) - z.radius_km - level_.ship.radius_km;
        zoneClosestKm_[i] = std::min(zoneClosestKm_[i], std::max(0.0, d));
    }
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
                finish(Outcome::Lost, "crashed", crashReason());
            } else if (myKind == Kind::Ship && otherKind == Kind::Debris && !over()) {
                finish(Outcome::Lost, "debris",
                       {"You hit space debris! At orbital speeds even a small piece wrecks a spacecraft. "
                        "Change your orbit or your timing to pass it.",
                        "你撞上了太空碎片！在轨道速度下，再小的碎片也会毁掉飞船。改变轨道或时机，避开它。"});
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
        if (id == ship_ && !over()) finish(Outcome::Lost, "escaped", escapeReason());
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

void Sim::finish(Outcome o, const std::string& code, Text why) {
    outcome_ = o;
    reasonCode_ = code;
    reason_ = std::move(why);
    stars_ = o == Outcome::Won ? countStars() : 0;
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

// [SECTION] goals and stars

void Sim::updateGoals() {
    if (!launched()) return;
    const Vec2 pos = shipPosKm();
    bool all = true, any = false;
    for (size_t i = 0; i < level_.goals.list.size(); ++i) {
        const Goal& g = level_.goals.list[i];
        GoalState& st = goalStates_[i];
        if (g.type == "orbit") {
            const Attractor& a = level_.attractors[g.attractor];
            orbit::Elements el = elements(g.attractor);
            const double floor = std::max(g.periapsis_min_km, a.atmosphere_km);
            bool ok = el.bound && el.a >= g.a_min_km && el.a <= g.a_max_km && el.e >= g.e_min &&
                      el.e <= g.e_max && el.periapsis - a.radius_km >= floor &&
                      el.apoapsis - a.radius_km <= g.apoapsis_max_km && !thrusting_;
            holdTicks_[i] = ok ? holdTicks_[i] + 1 : 0;
            st.done = holdTicks_[i] >= kOrbitHoldTicks;
            st.progress = double(std::min(holdTicks_[i], kOrbitHoldTicks)) / kOrbitHoldTicks;
        } else if (g.type == "gate") {
            st.done = gatesPassed_[g.index];
            st.progress = st.done ? 1 : 0;
        } else if (g.type == "zone") {
            st.done = zonesReached_[g.index];
            st.progress = st.done ? 1 : 0;
        } else if (g.type == "revolutions") {
            const Attractor& a = level_.attractors[g.attractor];
            double angle = std::atan2(pos.y - a.y_km, pos.x - a.x_km);
            sweptRad_[i] += std::remainder(angle - lastAngle_[i], 2 * kPi);
            lastAngle_[i] = angle;
            double turns = std::fabs(sweptRad_[i]) / (2 * kPi);
            st.progress = std::min(1.0, turns / g.count);
            st.done = st.done || turns >= g.count;
        } else if (g.type == "contact") {
            if (stationSees(g.index)) ++contactTicks_[i];
            double minutes = ticksToRealSeconds(contactTicks_[i]) / 60;
            st.progress = std::min(1.0, minutes / g.minutes);
            st.done = st.done || minutes >= g.minutes;
        } else if (g.type == "survive") {
            double minutes = elapsedRealSeconds() / 60;
            st.progress = std::min(1.0, minutes / g.minutes);
            st.done = st.done || minutes >= g.minutes;
        }
        all = all && st.done;
        any = any || st.done;
    }
    const bool won = level_.goals.combine == "any" ? any : all;
    if (won && !level_.goals.list.empty()) {
        finish(Outcome::Won, "goals", level_.lesson.empty() ? Text{"Mission complete!", "任务完成！"} : level_.lesson);
    }
}

std::vector<bool> Sim::starsEarned() const {
    std::vector<bool> earned;
    for (const StarRule& r : level_.stars) {
        bool ok = false;
        if (r.type == "fuel_left") ok = fuelFraction() + 1e-9 >= r.value;
        else if (r.type == "time") ok = elapsedRealSeconds() / 60 <= r.value;
        else if (r.type == "accuracy") ok = launched() && elements(dominantAttractor()).e <= r.value;
        earned.push_back(ok);
    }
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

// [SECTION] messages that teach

// The messages compare speeds at the point where the flight began, around the body that
// pulls hardest now. A launch-only level names the player's own launch speed.
Sim::StartPoint Sim::startPoint() const {
    const Attractor& a = level_.attractors[dominantAttractor()];
    StartPoint p;
    p.attractor = &a;
    p.radius = length(launchPosKm_ - Vec2{a.x_km, a.y_km});
    p.altitude = p.radius - a.radius_km;
    p.launchOnly = level_.actions.launch && !level_.actions.pilot && !level_.actions.burn;
    return p;
}

Text Sim::crashReason() const {
    const StartPoint p = startPoint();
    const double need = orbit::circularSpeed(p.attractor->mu_km3_s2, p.radius);
    if (p.launchOnly) {
        return {fmt("You fell back. At %.0f km up you need about %.1f km/s sideways to stay in orbit; you launched at %.1f km/s.",
                    p.altitude, need, launchSpeedKms_),
                fmt("你掉回去了。在 %.0f 公里高度，要保持在轨道上需要约 %.1f 公里/秒的水平速度；你的发射速度是 %.1f 公里/秒。",
                    p.altitude, need, launchSpeedKms_)};
    }
    const double air = p.attractor->atmosphere_km;
    if (air <= 0) {   // the Moon: no air to fall into, only ground to hit
        return {"You hit the ground. Your path dipped below the surface: slow down less, or speed up (prograde) "
                "on one side to lift the opposite side.",
                "你撞上了地面。你的轨迹低于地表：少减一点速，或者在一侧加速（顺着飞行方向）来抬高另一侧。"};
    }
    return {fmt("You fell back into the atmosphere. An orbit must stay above %.0f km everywhere: "
                "speed up (prograde) on one side to lift the opposite side.", air),
            fmt("你坠入了大气层。轨道的每一处都要高于 %.0f 公里：在一侧加速（顺着飞行方向），就能抬高另一侧。", air)};
}

Text Sim::escapeReason() const {
    const StartPoint p = startPoint();
    const double esc = orbit::escapeSpeed(p.attractor->mu_km3_s2, p.radius);
    if (p.launchOnly) {
        return {fmt("You escaped! At %.0f km up, anything faster than about %.1f km/s leaves for good; you launched at %.1f km/s.",
                    p.altitude, esc, launchSpeedKms_),
                fmt("你飞走了！在 %.0f 公里高度，速度超过约 %.1f 公里/秒就会一去不返；你的发射速度是 %.1f 公里/秒。",
                    p.altitude, esc, launchSpeedKms_)};
    }
    return {fmt("You flew out of range: too much speed. Near %.0f km up, escape speed is about %.1f km/s; stay below it.",
                p.altitude, esc),
            fmt("你飞出了范围：速度太快了。在约 %.0f 公里高度，逃逸速度约为 %.1f 公里/秒，要保持在它以下。", p.altitude, esc)};
}

} // namespace sp
