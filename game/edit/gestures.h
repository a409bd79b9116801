// The geometry behind the editor's pointer gestures: the grid and snapping, what lies under
// the pointer, the handles of a selected object (resize, turn, gate ends, start velocity) and
// the box that frames a level. Headless on purpose: the canvas (game/editor/canvas.cpp) turns
// pointer events into these calls and their Changes into Document commands, and the tests
// call exactly the same functions.
//
// Sizes on screen (a ship drawn 30 px long whatever the zoom, a finger's slop) enter as
// `kmPerPx`, the map's scale, so nothing here knows about a camera.
#pragma once
#include "engine/core/vec2.h"
#include "game/edit/document.h"
#include "game/sim/orbit.h"

#include <optional>
#include <vector>

namespace sp::edit {

// [SECTION] grid and snapping

// The grid spacing for a zoom: the smallest of 1, 2 or 5 times a power of ten that is at
// least `minKm` (so grid lines never crowd closer than the caller's minimum).
double gridStep(double minKm);
// The nearest multiple of `step`; `step` <= 0 (snapping off) leaves the value as it is.
double snapTo(double v, double step);
Vec2 snapTo(Vec2 p, double step);

// [SECTION] picking

// How far a press may miss and still count, and the smallest things are drawn (pixels).
struct PickSizes {
    double slopPx = 10;        // a finger is wider than a mouse pointer
    double shipPx = 18;        // half the drawn ship (and another craft)
    double groundPointPx = 8;  // a ground point's handle
    double stationPx = 16;
    double minRockPx = 8;      // debris and zones are drawn at least this big (world_view.cpp)
    double minZonePx = 12;
    double handlePx = 16;      // a handle's touch radius
};

// The placed object under `km`, front-most first as the canvas draws it: the ship, other
// craft, ground points, stations, debris, gates, zones, then attractors (a press inside a big
// zone or planet means that one only when nothing smaller is there).
std::optional<Ref> pick(const Level& level, Vec2 km, double kmPerPx, const PickSizes& sizes = {});

// [SECTION] handles

enum class HandleKind {
    Radius,     // a point on the rim: drag to resize (attractor, zone, debris)
    Nose,       // ahead of the ship or a craft: drag around it to turn its nose
    Velocity,   // the tip of the start-velocity arrow (ship without a launch, craft, moving debris)
    End1, End2  // a gate's ends
};

struct Handle {
    HandleKind kind;
    Vec2 km;
};

struct HandleScale {
    double kmPerPx = 1;
    double noseOffsetPx = 46;       // the nose handle sits this far ahead of the ship
    double minRimPx = 24;           // a rim handle stays this far out, clear of a tiny object's body
    double pxPerKms = 14;           // velocity arrows: as long as the play screen draws them
    // A velocity arrow shorter than this has no handle: its tip would lie on the object, and a
    // press there means moving it (its velocity is then set in the inspector).
    double minArrowPx = 20;
};

// The handles of `r` (none for kinds without one, or a Ref that does not exist).
std::vector<Handle> handlesOf(const Level& level, Ref r, const HandleScale& scale);
std::optional<HandleKind> pickHandle(const Level& level, Ref r, Vec2 km, const HandleScale& scale,
                                     const PickSizes& sizes = {});

// The changes that bring handle `h` of `r` to the pointer at `km`. `gridKm` > 0 snaps: sizes
// and ends to the grid, the nose to 15 degrees, velocities to 0.1 km/s in Chapter 1's speeds
// (speedScale: 0.2 m/s on a landing site). A radius stays above the table's smallest and
// above 1 km in Chapter 1's sizes (sizeScale). Empty if nothing moves.
std::vector<Change> dragHandle(const Level& level, Ref r, HandleKind h, Vec2 km, const HandleScale& scale,
                               double gridKm);

// [SECTION] moving

// How far to move `r` now so that its position becomes `startKm + dragKm` (snapped to
// `gridKm` when > 0): the delta for Document::moveBy during a drag, given where the object
// was when the drag began. Zero if it is there already.
Vec2 moveDelta(const Level& level, Ref r, Vec2 startKm, Vec2 dragKm, double gridKm);

// [SECTION] framing

struct Box {
    Vec2 lo, hi;
    bool empty = true;
    void grow(Vec2 p);
    void grow(Vec2 c, double radius);
};
// Everything placed in the level, the ground line included (a level with nothing placed gives
// an empty box).
Box boundsOf(const Level& level);
// One object, with its size (a station, the ship or a craft, which have none, is a point).
Box boundsOf(const Level& level, Ref r);

// The orbit the ship starts on in a level that begins without a launch, around the body
// that pulls it hardest there: the map shows it, and framing the level includes it. Empty
// for a launch level, a ship at rest, or a path that is not a closed orbit.
struct StartOrbit {
    int attractor = 0;
    orbit::Elements elements;
    Vec2 centerKm;         // the ellipse's center (the attractor is at a focus)
    double semiMinorKm = 0;
};
std::optional<StartOrbit> startOrbit(const Level& level);
// The same for any craft starting at `km` with velocity `v` (its orbit about the body that
// pulls hardest there, at the start of the flight).
std::optional<StartOrbit> orbitFrom(const Level& level, Vec2 km, Vec2 v);

// [SECTION] new objects

// Where to put a new object near `km`: there if nothing placed is within `clearanceKm` of it
// (planets count with their atmosphere), else the nearest free point on rings around it,
// inside `within` (the part of the map on screen) when such a point exists.
Vec2 freeSpot(const Level& level, Vec2 km, double clearanceKm, const Box* within = nullptr);

// The velocity of a circular, counter-clockwise orbit at `km` about the body that pulls
// hardest there (moving with that body, if it moves): what a new craft starts with. Zero in a
// level without attractors (a landing site) or at a body's centre.
Vec2 circularVelocity(const Level& level, Vec2 km);

} // namespace sp::edit
