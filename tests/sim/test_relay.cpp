// A relay beyond the Moon (issue 11, level 3-4): a frame that turns with the Moon, where
// Earth-Moon L2 is a balance point, and the two radio links of Chang'e 4 and Queqiao, judged
// by plain geometry (game/sim/relay.h) and held against Box2D's own ray casts.
#include "game/sim/forces.h"
#include "game/sim/relay.h"
#include "game/sim/sim.h"
#include "tests/sim/scene_fixture.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace sp;

namespace {

// Where, on the line beyond the Moon, the pulls of the Earth and the Moon and the frame's
// centrifugal push balance: L2, found by bisection on the force model itself.
double l2Km(const Level& l) {
    const Bodies bodies(l.attractors);
    const ForceModel model(l, bodies);
    double lo = l.attractors[1].x_km + 30000, hi = l.attractors[1].x_km + 120000;
    for (int i = 0; i < 80; ++i) {
        const double mid = (lo + hi) / 2;
        (model.at(l.ship, {mid, 0}, {}, 0).total().x < 0 ? lo : hi) = mid;   // pulled back: L2 is further out
    }
    return (lo + hi) / 2;
}

Level relayAt(Vec2 posKm, Vec2 velKms = {}) {
    Level l = test::scene("far-side-relay");
    l.ship.x_km = posKm.x, l.ship.y_km = posKm.y;
    l.ship.vx_km_s = velKms.x, l.ship.vy_km_s = velKms.y;
    return l;
}

} // namespace

TEST_CASE("in a frame turning with the Moon, L2 lies 64,500 km beyond it, and a craft at rest near it drifts off only slowly") {
    const Level l = test::scene("far-side-relay");
    const double l2 = l2Km(l);
    const double moonX = l.attractors[1].x_km, earthX = l.attractors[0].x_km;
    CHECK(l2 - moonX == Approx(64515).margin(30));          // CR3BP with these mu and 384,400 km: 64,515 km
    CHECK(l2 - earthX == Approx(448915).margin(30));        // "about 450,000 km from Earth"
    // At rest at L2 the forces balance; 1,000 km short of it the Earth and Moon pull it back.
    const Bodies bodies(l.attractors);
    const ForceModel model(l, bodies);
    CHECK(std::fabs(model.at(l.ship, {l2, 0}, {}, 0).total().x) < 1e-12);
    CHECK(model.at(l.ship, {l2 - 1000, 0}, {}, 0).total().x < 0);
    // Coriolis: moving outward (+x) in a frame turning counter-clockwise pushes a craft to -y.
    CHECK(model.at(l.ship, {l2, 0}, {0.1, 0}, 0).frame.y < 0);
    // Released at rest 10 km from L2, it is still within 1,000 km of it 2 days later (unstable,
    // but slowly: the e-folding time is about 2 days); without the frame's pushes it falls away.
    Sim sim(relayAt({l2 - 10, 0}));
    while (sim.elapsedRealSeconds() < 2 * 86400) sim.step({});
    CHECK(length(sim.shipPosKm() - Vec2{l2, 0}) < 1000);
    Level still = relayAt({l2 - 10, 0});
    still.frame.turn_period_min = 0;
    Sim fixed(still);
    while (fixed.elapsedRealSeconds() < 2 * 86400 && !fixed.over()) fixed.step({});
    CHECK(length(fixed.shipPosKm() - Vec2{l2, 0}) > 20000);
}

TEST_CASE("a relay looping wide around L2 sees the lander and the Earth; one on the axis, or on the near side, is cut off by the Moon") {
    const Level l = test::scene("far-side-relay");
    const Bodies bodies(l.attractors);
    const double l2 = l2Km(l);
    // Out to the side of L2: both lines clear the Moon.
    RelayLinks wide = relayLinks(l, bodies, 0, 0, {l2, 16000}, 0);
    CHECK(wide.lander);
    CHECK(wide.home);
    // Right behind the Moon, as seen from the Earth: the Moon hides the Earth from the relay.
    RelayLinks behind = relayLinks(l, bodies, 0, 0, {l2, 1000}, 0);
    CHECK(behind.lander);
    CHECK_FALSE(behind.home);
    CHECK(behind.homeBlockedBy == 1);
    // Just far enough out of line: the Moon's 1,737 km radius at 384,400 km of the Earth's
    // 448,900 km to the relay makes the edge about 2,030 km off the axis at L2.
    CHECK_FALSE(relayLinks(l, bodies, 0, 0, {l2, 1950}, 0).home);
    CHECK(relayLinks(l, bodies, 0, 0, {l2, 2100}, 0).home);
    // On the near side of the Moon: under the far-side lander's horizon.
    RelayLinks near = relayLinks(l, bodies, 0, 0, {l.attractors[1].x_km - 20000, 0}, 0);
    CHECK_FALSE(near.lander);
    CHECK(near.landerBlockedBy == 1);
    CHECK(near.home);
    // The lander's antenna stands on the far side, the line to the Earth ends at its centre.
    CHECK(near.landerKm.x == Approx(l.attractors[1].x_km + 1737.4 * 1.001));
    CHECK(near.homeKm.x == Approx(l.attractors[0].x_km));
}

TEST_CASE("a relay's contact time over its loop is the ticks both links were up, as Box2D's ray casts see them too") {
    const Level l = test::scene("far-side-relay");
    Sim sim(l);
    const Bodies& bodies = sim.bodies();
    int64_t both = 0, landerByRay = 0, landerByGeometry = 0, ticks = 0;
    const int64_t limit = int64_t(14.0 * 86400 / sim.tickRealSeconds());   // about one loop
    while (sim.tick() < limit && !sim.over()) {
        sim.step({});
        ++ticks;
        const RelayLinks links = relayLinks(l, bodies, 0, 0, sim.shipPosKm(), sim.elapsedRealSeconds());
        both += links.both();
        landerByGeometry += links.lander;
        landerByRay += sim.stationSees(0);
    }
    REQUIRE(ticks == limit);
    // The lander at the middle of the far side sees the whole loop; the Earth is hidden only
    // where the loop crosses the Moon's shadow line (twice a loop, about half a day each).
    CHECK(landerByRay == ticks);
    CHECK(landerByGeometry == ticks);
    const double share = double(both) / double(ticks);
    CHECK(share > 0.85);
    CHECK(share < 0.97);
    // The goal counted the same ticks.
    const double counted = sim.goals()[0].ticks;
    CHECK(counted == Approx(double(both)).margin(1));
}
