// The ground and what touches it: a local frame's ground line, touchdowns judged by landing
// legs, contacts between craft with their alignment (a docking), "up" and longitudes.
#include "game/sim/sim.h"

#include "game/sim/ground.h"
#include "game/sim/rules/outcomes.h"

#include <algorithm>
#include <cmath>

namespace sp {

using namespace units;


std::optional<double> Sim::groundYKm(double x) const { return groundHeightKm(level_.ground, x); }

Vec2 Sim::upAt(Vec2 p) const {
    // A local frame is a patch of ground: up is +y, as its gravity pulls down.
    if (level_.frame.kind == "local" || bodies_.count() == 0) return {0, 1};
    const Vec2 up = normalized(p - attractorPosKm(dominantAttractorAt(p)));
    return lengthSq(up) > 0 ? up : Vec2{0, 1};
}

double Sim::longitudeDeg(int attractor, Vec2 p) const {
    const double t = elapsedRealSeconds();
    const Vec2 r = p - bodies_.positionAt(attractor, t);
    return latLonOf({r.x, r.y, 0}, bodies_.spinAt(attractor, t), bodies_[attractor].prime_meridian_deg).lonDeg;
}

void Sim::touchedGround(const phys::ContactEvent& c, bool shipIsA, Vec2 groundVelKms) {
    if (over()) return;
    const Vec2 rel = scale_.unitsToKms(shipIsA ? c.relativeVelocity : c.relativeVelocity * -1.0) - groundVelKms;
    const Vec2 pointKm = scale_.unitsToKm(c.point);
    const Vec2 up = upAt(pointKm);
    const double down = -dot(rel, up);
    Touchdown t;
    t.tick = tick_;
    t.verticalMs = std::max(0.0, down) * 1000;
    t.horizontalMs = length(rel + up * down) * 1000;
    t.tiltDeg = angleBetweenDeg(fromAngle(heading_), up);
    if (level_.frame.kind == "local") t.slopeDeg = std::fabs(groundLeanDeg(level_.ground, shipPosKm().x, level_.ship.radius_km));
    // Where the feet came down (a contact point is the middle of one segment's touch, and a
    // footprint across a corner of the ground touches two).
    t.pointKm = shipPosKm() - up * level_.ship.radius_km;
    const OutcomeReport r = touchdownReport(level_.ship, t);
    t.safe = r.code == OutcomeCode::None || r.code == OutcomeCode::LandedHard;
    t.hard = r.code == OutcomeCode::LandedHard;
    // A landing that goes on touching (a second leg, a second segment of the ground) keeps the
    // first touch: the hardest one is where it came down.
    if (!touchdown_ || !touchdown_->safe || tick_ > touchdown_->tick) touchdown_ = t;
    if (!t.safe) finish(r);
}

bool Sim::landed() const {
    if (!touchdown_ || !touchdown_->safe || !launched()) return false;
    const Vec2 v = shipVelKms() - bodies_.stateAt(dominantAttractor(), elapsedRealSeconds()).v;
    return length(v) * 1000 < 0.1 && altitudeKm() < std::max(1e-4, 0.05 * level_.ship.radius_km);
}

CraftContact Sim::craftContact(int a, int b, const phys::ContactEvent& c, bool aIsA) const {
    CraftContact out;
    out.a = a;
    out.b = b;
    out.closingKms = scale_.unitsToKms(c.approachSpeed);
    out.pointKm = scale_.unitsToKm(c.point);
    out.relVelKms = scale_.unitsToKms(aIsA ? c.relativeVelocity : c.relativeVelocity * -1.0);
    const Vec2 noseB = fromAngle(craftHeadingRad(b));
    out.alignDeg = angleBetweenDeg(fromAngle(craftHeadingRad(a)), noseB * -1.0);
    out.offsetKm = std::fabs(cross(noseB, craftPosKm(a) - craftPosKm(b)));
    return out;
}

double Sim::shipHeatingKwM2() const {
    if (!launched()) return 0;
    return forces_.heatingKwM2(level_.ship, shipPosKm(), shipVelKms(), elapsedRealSeconds());
}

} // namespace sp

namespace sp {

// The ship's nose met a craft with a docking port: within the port's three limits it docks
// (hard, if only its hard limit on closing speed holds); past one it bounces off, and the
// flight ends naming the limit. A docking before the other goals are done (the hold points
// of an approach) ends it too: the port is not yours to take yet.
void Sim::touchedPort(const CraftContact& c) {
    if (over() || docking_) return;
    const Ship& port = craftDef(c.b);
    Docking d;
    d.tick = tick_;
    d.craft = c.b;
    d.closingMs = c.closingKms * 1000;
    d.offsetM = c.offsetKm * 1000;
    d.angleDeg = c.alignDeg;
    const OutcomeReport r = dockingReport(port, d);
    if (r.code != OutcomeCode::Docked && r.code != OutcomeCode::DockedHard) {
        finish(r);
        return;
    }
    d.hard = r.code == OutcomeCode::DockedHard;
    for (size_t i = 0; i < level_.goals.list.size(); ++i) {
        if (level_.goals.list[i].type == GoalType::Dock || goalStates_[i].done) continue;
        OutcomeReport early{OutcomeCode::DockedEarly, r.numbers, {}};
        Reason why = goalRow(level_.goals.list[i].type).missed(*this, level_.goals.list[i], goalStates_[i]);
        why.goal = int(i);
        early.goals.push_back(why);
        finish(early);
        return;
    }
    docking_ = d;
}

Vec2 Sim::relativeVelKms(Vec2 fromPos, Vec2 fromVel, Vec2 targetPos, Vec2 targetVel, int64_t tick) const {
    const Vec2 v = fromVel - targetVel;
    if (bodies_.count() == 0) return v;
    const double t = seconds(tick);
    const int d = bodies_.dominantAt(targetPos, t);
    if (d < 0) return v;
    const orbit::State body = bodies_.stateAt(d, t);
    const Vec2 p = targetPos - body.r, w = targetVel - body.v;
    const double omega = cross(p, w) / dot(p, p);   // the target's turn rate about the body, rad/s
    return v - perpLeft(fromPos - targetPos) * omega;
}

Approach Sim::approach(int from, int target) const {
    Approach a;
    if (!craftAlive(from) || !craftAlive(target) || from == target) return a;
    const Vec2 r = craftPosKm(from) - craftPosKm(target);
    const Vec2 v = relativeVelKms(craftPosKm(from), craftVelKms(from), craftPosKm(target), craftVelKms(target), tick_);
    a.rangeKm = length(r);
    a.relSpeedKms = length(v);
    a.closingKms = a.rangeKm > 0 ? -dot(r, v) / a.rangeKm : 0;
    const Vec2 nose = fromAngle(craftHeadingRad(target));
    a.offsetKm = std::fabs(cross(nose, r));
    a.angleDeg = angleBetweenDeg(fromAngle(craftHeadingRad(from)), nose * -1.0);
    return a;
}

} // namespace sp
