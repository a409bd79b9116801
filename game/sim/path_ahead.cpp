#include "game/sim/path_ahead.h"

namespace sp {

namespace {
bool sameState(const Coast& a, const Coast& b) {
    return a.tick == b.tick && a.body.x == b.body.x && a.body.y == b.body.y && a.body.vx == b.body.vx &&
           a.body.vy == b.body.vy && a.body.mass == b.body.mass;
}
} // namespace

void PathAhead::clear() {
    points_.clear();
    states_.clear();
    stops_ = false;
}

const Coast* PathAhead::stateAt(int64_t tick) const {
    const int64_t k = tick - start_;
    if (k < 0 || k >= int64_t(states_.size())) return nullptr;
    return &states_[size_t(k)];
}

int PathAhead::update(const Sim& sim, int ticks, int craft) {
    const Coast now = sim.craftCoast(craft);
    const Coast* cached = stateAt(now.tick);
    if (!cached || !sameState(*cached, now) || cached->craft != craft) {
        Prediction p = sim.predict(now, ticks, 1);
        points_ = std::move(p.points);
        states_ = std::move(p.states);
        start_ = now.tick;
        stops_ = p.hitsSurface || p.leavesWorld;
        ++generation_;
        return int(points_.size()) - 1;
    }
    // Still on the path: forget what has passed, then predict only the missing end.
    const size_t passed = size_t(now.tick - start_);
    points_.erase(points_.begin(), points_.begin() + long(passed));
    states_.erase(states_.begin(), states_.begin() + long(passed));
    start_ = now.tick;
    const int have = int(points_.size()) - 1;
    if (stops_ || have >= ticks) return 0;
    Prediction more = sim.predict(states_.back(), ticks - have, 1);
    points_.insert(points_.end(), more.points.begin() + 1, more.points.end());
    states_.insert(states_.end(), more.states.begin() + 1, more.states.end());
    stops_ = more.hitsSurface || more.leavesWorld;
    return ticks - have;
}

} // namespace sp
