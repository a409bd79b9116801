#include "game/sim/corridor.h"

#include <algorithm>
#include <limits>

namespace sp {

Entry judgeEntry(const Ship& craft, const Prediction& p) {
    if ((craft.max_g > 0 && p.peakG > craft.max_g) || (craft.max_heating_kw_m2 > 0 && p.peakHeatingKwM2 > craft.max_heating_kw_m2))
        return Entry::TooSteep;
    if (p.skipsOut) return Entry::Skips;
    if (!p.entersAir) return Entry::Misses;
    // Still up at the end of the horizon (a long skip, within the craft's max_skips): not home.
    if (!p.hitsSurface) return p.skips > 0 ? Entry::Skips : Entry::Misses;
    return Entry::Good;
}

void CorridorSearch::start(const Coast& at, double radialKms, double maxKms, int maxTicks) {
    at_ = at;
    radial_ = radialKms;
    maxTicks_ = std::max(1, maxTicks);
    started_ = true;
    samples_.clear();
    samplePaths_.clear();
    shallowLeft_ = steepLeft_ = 0;
    out_ = {};
    out_.maxKms = std::max(0.0, maxKms);
}

Entry CorridorSearch::judge(const Sim& sim, double backKms, Prediction& path) const {
    path = sim.predict(sim.burned(at_, -backKms, radial_), maxTicks_, 4);
    return judgeEntry(sim.craftDef(at_.craft), path);
}

bool CorridorSearch::run(const Sim& sim, int budget) {
    if (!started_ || out_.known) return out_.known;
    // First the samples, evenly from no burn to all the fuel.
    while (int(samples_.size()) <= kSamples) {
        if (budget-- <= 0) return false;
        Prediction p;
        samples_.push_back(judge(sim, sampleKms(int(samples_.size())), p));
        samplePaths_.push_back(std::move(p));
        if (int(samples_.size()) <= kSamples) continue;
        // All sampled: where the good ones begin and end.
        const auto first = std::find(samples_.begin(), samples_.end(), Entry::Good);
        if (first == samples_.end()) {
            // Nothing comes down within the limits: say what the burns do instead.
            out_.known = true;
            out_.belowFrom = samples_.back() == Entry::TooSteep ? samples_.front() : samples_.back();
            out_.steepInFuel = samples_.back() == Entry::TooSteep;
            samplePaths_.clear();
            return true;
        }
        const int g0 = int(first - samples_.begin());
        const int g1 = int(samples_.rend() - std::find(samples_.rbegin(), samples_.rend(), Entry::Good)) - 1;
        out_.found = true;
        out_.shallowPath = samplePaths_[size_t(g0)];
        out_.steepPath = samplePaths_[size_t(g1)];
        out_.fromKms = shallowHi_ = sampleKms(g0);
        out_.toKms = steepLo_ = sampleKms(g1);
        if (g0 > 0) {
            shallowLo_ = sampleKms(g0 - 1);
            out_.belowFrom = samples_[size_t(g0 - 1)];
            shallowLeft_ = kHalvings;
        }
        if (g1 < kSamples) {
            steepHi_ = sampleKms(g1 + 1);
            out_.steepInFuel = true;
            steepLeft_ = kHalvings;
        }
        samplePaths_.clear();
    }
    // Then each edge, halved.
    while (shallowLeft_ > 0 || steepLeft_ > 0) {
        if (budget-- <= 0) return false;
        Prediction p;
        if (shallowLeft_ > 0) {
            const double mid = (shallowLo_ + shallowHi_) / 2;
            const Entry e = judge(sim, mid, p);
            if (e == Entry::Good) {
                shallowHi_ = mid;
                out_.shallowPath = std::move(p);
            } else {
                shallowLo_ = mid;
                out_.belowFrom = e;
            }
            --shallowLeft_;
            out_.fromKms = shallowHi_;
        } else {
            const double mid = (steepLo_ + steepHi_) / 2;
            if (judge(sim, mid, p) == Entry::Good) {
                steepLo_ = mid;
                out_.steepPath = std::move(p);
            } else {
                steepHi_ = mid;
            }
            --steepLeft_;
            out_.toKms = steepLo_;
        }
    }
    out_.known = true;
    return true;
}

EntryCorridor entryCorridor(const Sim& sim, const Coast& at, double radialKms, double maxKms, int maxTicks) {
    CorridorSearch s;
    s.start(at, radialKms, maxKms, maxTicks);
    s.run(sim, std::numeric_limits<int>::max());
    return s.corridor();
}

} // namespace sp
