// The ground line of a local frame (Level::ground) as the editor shapes it: the points run
// left to right, each at least validation's gap past the one before (checkGround in
// game/sim/level_io.cpp), and every edit made here keeps them so. A dragged point stops
// short of its neighbours instead of passing them (its index, and so the selection and the
// undo history, stay what they were); a new point goes in x order, on the line.
#pragma once
#include "engine/core/vec2.h"
#include "game/sim/level.h"
#include "game/sim/terrain.h"

#include <cstdint>

#include <optional>
#include <vector>

namespace sp::edit {

// How close two neighbouring points may come: validation's gap (a hundredth of a physics
// unit) with a margin, so that a point put at a neighbour's x plus the gap still passes after
// the rounding of a subtraction and of the saved file's digits.
double groundGapKm(const Level& level);

// `x` held between point `index`'s neighbours, a gap from each. A point with no room between
// them keeps its own x.
double clampGroundX(const Level& level, int index, double x);

// The line's height at `x`: joined straight between points, level past either end (0 when
// there are no points).
double groundHeightAt(const Level& level, double x);

// Where a new point goes for a press near `km`: its index in the list and the point. At km's
// x on the line, unless that is within `clearanceKm` of a point already there: then halfway
// along the longer side next to it, or `clearanceKm` past an end. An empty line gets two
// points, `clearanceKm` either side of km at km's height, so that it is a line at once.
// Empty when there is no room (points packed closer than two gaps).
struct GroundInsert {
    int index = 0;
    GroundPoint point;
};
std::vector<GroundInsert> groundInsertion(const Level& level, Vec2 km, double clearanceKm);

// New lunar ground from a seed (game/sim/terrain.h), as the editor makes it: over the span
// the line has now (-0.3 to 0.3 km when it has none), with the stretch under each small zone
// (less than half the site across) kept clear, flat and free of rocks, so a marked landing
// spot stays a place to land. A zone over most of the site keeps nothing clear.
TerrainRecipe groundRecipe(const Level& level, uint64_t seed);
// The ground of that recipe, thinned more coarsely if need be to fit a level (kMaxGround).
std::vector<GroundPoint> groundFromSeed(const Level& level, uint64_t seed);

class Document;
// The whole ground line replaced by `points`, as one command ("new ground"): one undo puts
// the old line back. False when the points are what the line is already, or too many.
bool replaceGround(Document& doc, const std::vector<GroundPoint>& points);

} // namespace sp::edit
