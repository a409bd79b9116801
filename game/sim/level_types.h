// The property table of every entity type in a level (level_types.cpp), and the shape of a
// level file: which tables nest where, in file order. Loading, saving and validating all
// walk that one shape (level_io.cpp); the editor's inspector can list the same tables.
#pragma once
#include "game/sim/level.h"
#include "game/sim/props.h"

#include <cstddef>

namespace sp {

// How many of each thing a level may hold.
constexpr size_t kMaxAttractors = 16;
constexpr size_t kMaxDebris = 200;
constexpr size_t kMaxGround = 400;   // points of a local frame's ground line
constexpr size_t kMaxEntities = 32;   // zones, gates, stations, goals, fact numbers
constexpr size_t kMaxHints = 10;
constexpr size_t kMaxStars = 3;
constexpr size_t kMaxIdChars = 40;
constexpr size_t kMaxSolutionEvents = 5000;   // a made level's recorded win (Level::solution)

const Props<Level>& levelProps();   // the top-level fields, except "version"
const Props<Frame>& frameProps();
const Props<Attractor>& attractorProps();
const Props<Ship>& shipProps();
const Props<GroundPoint>& groundPointProps();
const Props<Zone>& zoneProps();
const Props<Gate>& gateProps();
const Props<Debris>& debrisProps();
const Props<Station>& stationProps();
const Props<Satellite>& satelliteProps();
const Props<Actions>& actionsProps();
const Props<Goals>& goalsProps();   // "combine"; the goals themselves are the list inside
const Props<Goal>& goalProps();
const Props<StarRule>& starRuleProps();
const Props<FactCard>& factCardProps();
const Props<FactNumber>& factNumberProps();
const Props<TeacherNote>& teacherNoteProps();
const PropInfo& hintInfo();         // each entry of "hints" is one bilingual text

// The shape of a level file. A walker provides:
//   fields(obj, props)                      the object's own properties
//   object(key, obj, props, inner)          a nested object; inner() walks what nests in it
//   list(key, vector, props, maxCount)      a list of objects
//   texts(key, vector, maxCount)            a list of bilingual texts
//   solution(key, optional<vector<InputEvent>>)  the author's recorded win, if any
// `L` is Level or const Level, so readers and writers share the walk.
template <class L, class Walker>
void walkLevel(L& level, Walker& w) {
    auto nothing = [] {};
    w.fields(level, levelProps());
    w.object("frame", level.frame, frameProps(), nothing);
    w.list("attractors", level.attractors, attractorProps(), kMaxAttractors);
    w.object("ship", level.ship, shipProps(), nothing);
    w.list("craft", level.craft, shipProps(), kMaxEntities - 1);
    w.list("ground", level.ground, groundPointProps(), kMaxGround);
    w.list("zones", level.zones, zoneProps(), kMaxEntities);
    w.list("gates", level.gates, gateProps(), kMaxEntities);
    w.list("debris", level.debris, debrisProps(), kMaxDebris);
    w.list("stations", level.stations, stationProps(), kMaxEntities);
    w.list("satellites", level.satellites, satelliteProps(), kMaxEntities);
    w.object("actions", level.actions, actionsProps(), nothing);
    w.object("goals", level.goals, goalsProps(),
             [&] { w.list("list", level.goals.list, goalProps(), kMaxEntities); });
    w.list("stars", level.stars, starRuleProps(), kMaxStars);
    w.texts("hints", level.hints, kMaxHints);
    w.object("fact", level.fact, factCardProps(),
             [&] { w.list("numbers", level.fact.numbers, factNumberProps(), kMaxEntities); });
    w.object("teacher", level.teacher, teacherNoteProps(), nothing);
    w.solution("solution", level.solution);
}

} // namespace sp
