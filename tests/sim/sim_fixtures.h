// Small levels built in code for the simulation tests: real Box2D, real rules.
#pragma once
#include "game/sim/level.h"

namespace sp::test {

inline Attractor earth() {
    Attractor e;
    e.name = {"Earth", "地球"};
    return e;   // defaults are Earth: 6371 km, mu 398600.4418
}

// Newton's cannon: a mountain 300 km high at the top of the Earth, fire sideways.
inline Level cannonLevel() {
    Level l;
    l.id = "test-cannon";
    l.title = {"Cannon", "大炮"};
    l.world_radius_km = 100000;
    l.attractors.push_back(earth());
    l.ship.x_km = 0;
    l.ship.y_km = 6371 + 300;
    l.ship.radius_km = 30;
    l.actions.launch = true;
    l.actions.launch_min_km_s = 1;
    l.actions.launch_max_km_s = 14;
    l.actions.launch_min_deg = 0;
    l.actions.launch_max_deg = 0;
    Goal g;
    g.type = GoalType::Revolutions;
    g.count = 1;
    l.goals.list.push_back(g);
    StarRule round;
    round.type = StarType::Accuracy;
    round.value = 0.05;
    l.stars.push_back(round);
    l.time_limit_min = 300;
    return l;
}

// A ship already in a circular orbit 400 km up, counter-clockwise, nose prograde.
inline Level orbitLevel() {
    Level l;
    l.id = "test-orbit";
    l.world_radius_km = 100000;
    l.attractors.push_back(earth());
    const double r = 6371 + 400;
    l.ship.x_km = r;
    l.ship.y_km = 0;
    l.ship.vx_km_s = 0;
    l.ship.vy_km_s = 7.6686;   // sqrt(mu / r)
    l.ship.angle_deg = 90;
    l.ship.radius_km = 30;
    l.ship.thrust_m_s2 = 10;
    l.ship.fuel_dv_km_s = 2;
    l.actions.pilot = true;
    l.actions.burn = true;
    Goal g;
    g.type = GoalType::Survive;
    g.minutes = 200;
    l.goals.list.push_back(g);
    l.time_limit_min = 300;
    return l;
}

} // namespace sp::test
