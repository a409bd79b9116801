// A relay's two radio links, as Chang'e 4 on the far side of the Moon talks to Earth through
// Queqiao: the lander (a station on a body's surface) must see the relay above its horizon,
// and the relay must see the body it passes the signal on to (the Earth), with no body in
// between on either line. Pure geometry of circles and segments at one moment, so the goal,
// the HUD, the lines drawn and the planned path's forecast all judge it the same way.
#pragma once
#include "engine/core/vec2.h"
#include "game/sim/bodies.h"
#include "game/sim/level.h"

namespace sp {

struct RelayLinks {
    bool lander = false;          // the lander sees the relay
    bool home = false;            // the relay sees the body it talks to
    int landerBlockedBy = -1;     // the attractor in the way of each line (-1: none)
    int homeBlockedBy = -1;
    Vec2 landerKm, homeKm;        // the line's far ends: the lander's antenna, the home body's centre
    bool both() const { return lander && home; }
};

// The links of a relay at relayKm, `seconds` into the flight, between station `station` and
// attractor `home`. Indices are the level's (a validated level's are in range).
RelayLinks relayLinks(const Level& level, const Bodies& bodies, int station, int home, Vec2 relayKm, double seconds);

// The body whose disc the segment from a to b passes through, other than `skip` (-1: none).
int bodyBetween(const Bodies& bodies, Vec2 a, Vec2 b, double seconds, int skip = -1);
// Where the segment from a to b first meets the disc at c of radius r (b when it never does):
// where a cut line of sight ends, at the body's edge.
Vec2 firstTouch(Vec2 a, Vec2 b, Vec2 c, double r);

} // namespace sp
