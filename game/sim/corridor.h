// The entry corridor: of the burns backwards at one point on the path, which bring a capsule
// down through the air within its limits. Too small a burn and the path misses the air or
// skips off it; too big and it comes in so steep that the crew's g-load (Ship::max_g) or the
// shield's heating (Ship::max_heating_kw_m2) goes over the limit. Every burn looked at is a
// prediction (Sim::predict), which judges the path as the flight does (sim_entry.cpp), so the
// corridor drawn before the burn is the one then flown (tests/sim/test_corridor.cpp).
#pragma once
#include "game/sim/sim.h"

#include <cstdint>
#include <vector>

namespace sp {

// How a predicted path meets the air, from the shallowest to the steepest.
enum class Entry { Misses, Skips, Good, TooSteep };

// The same words the flight would end with: TooSteep when the g-load or heating on the way
// goes over the craft's limits, Skips when it dips into the air and out again.
Entry judgeEntry(const Ship& craft, const Prediction& p);

struct EntryCorridor {
    bool known = false;       // the search is finished
    bool found = false;       // some burn in 0..maxKms comes down within the limits
    double maxKms = 0;        // the burns looked at: backwards 0..maxKms (the fuel there is)
    double fromKms = 0;       // the smallest backward burn that comes down (km/s, positive)
    double toKms = 0;         // the largest one still within the limits
    Entry belowFrom = Entry::Misses;   // what a smaller burn does
    bool steepInFuel = false;          // a burn within the fuel can be too steep (toKms < maxKms)
    Prediction shallowPath, steepPath;   // the paths at its two edges, as predicted
};

// Finds the corridor a few predictions at a time, so a screen can spread the work over frames
// (each prediction is a whole descent). Sample the burns 0..maxKms at kSamples + 1 points,
// then halve the two edges kHalvings times each: the edges are then known to maxKms / (12 x 64).
class CorridorSearch {
public:
    static constexpr int kSamples = 12;
    static constexpr int kHalvings = 6;

    // Starts over at a burn point (its outward part `radialKms` kept as planned), looking at
    // backward burns up to `maxKms`, each path predicted `maxTicks` ahead.
    void start(const Coast& at, double radialKms, double maxKms, int maxTicks);
    // Runs at most `budget` predictions; true once the corridor is known.
    bool run(const Sim& sim, int budget);
    const EntryCorridor& corridor() const { return out_; }
    bool started() const { return started_; }

private:
    Entry judge(const Sim& sim, double backKms, Prediction& path) const;
    double sampleKms(int i) const { return out_.maxKms * i / kSamples; }

    Coast at_{};
    double radial_ = 0;
    int maxTicks_ = 0;
    bool started_ = false;
    std::vector<Entry> samples_;
    std::vector<Prediction> samplePaths_;
    // The edges being halved: [lo, hi] with lo outside the corridor and hi inside (shallow),
    // and lo inside, hi outside (steep).
    double shallowLo_ = 0, shallowHi_ = 0, steepLo_ = 0, steepHi_ = 0;
    int shallowLeft_ = 0, steepLeft_ = 0;
    EntryCorridor out_;
};

// The whole search at once (tests, tools).
EntryCorridor entryCorridor(const Sim& sim, const Coast& at, double radialKms, double maxKms, int maxTicks);

} // namespace sp
