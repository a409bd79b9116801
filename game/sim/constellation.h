// Navigation satellites on their orbits (Chapter 4, BeiDou), in three dimensions: the plane of
// the game is a planet's equator seen from above its north pole, and a satellite's orbit may
// tilt out of it (BeiDou's MEO and IGSO orbits are inclined 55 degrees). Each is a circle
// computed from its elements at every moment, like a moving attractor (bodies.h), so the
// goals, the HUD, the map view and the tests all see it in the same place: pure functions
// of time, through det_math.
//
// What it ignores, on purpose: the Earth's bulge (J2), which turns real orbits' nodes a few
// degrees a year and is why BeiDou's real MEO radius (27,878-27,899 km) is a little under the
// 27,907 km of an ideal repeat; the Moon's and the Sun's pulls; the satellites' station keeping.
#pragma once
#include "engine/core/vec2.h"
#include "engine/core/vec3.h"
#include "game/sim/bodies.h"
#include "game/sim/level.h"

#include <vector>

namespace sp {

// A point of a round body's surface, or the point under a satellite, in degrees.
struct LatLon {
    double latDeg = 0;   // -90..90, north positive
    double lonDeg = 0;   // -180..180, east positive
};

// The numbers of one satellite's circular orbit, read from a Satellite once.
struct SkyCircle {
    int attractor = 0;
    double radiusKm = 0;
    double inclinationRad = 0;
    double nodeRad = 0;      // where it crosses the equator northbound, from +x, fixed among the stars
    double phaseRad = 0;     // how far past the node it starts (the argument of latitude)
    double periodS = 0;      // Kepler's third law from the attractor's mu
    bool used = true;        // receivers listen to it (Satellite::used)
    bool messages = false;   // it carries short messages (Satellite::messages)
};

class Constellation {
public:
    // Keeps its own copy of what it reads (the attractors, the stations): a Sim may be copied.
    explicit Constellation(const Level& level);

    int count() const { return int(circles_.size()); }
    const SkyCircle& circle(int i) const { return circles_[size_t(i)]; }

    // Satellite i `seconds` into the flight, from the centre of the body it circles (km).
    Vec3 relativeKm(int i, double seconds) const;
    // Where it is in the plane of the game (the level's frame, seen from above the north pole).
    Vec2 planeKm(int i, double seconds) const;
    // The point of the body's surface straight under it, as the body has turned by then.
    LatLon groundPoint(int i, double seconds) const;

    // Ground site s (a Station on a round body), from the body's centre, as it has turned.
    Vec3 siteRelativeKm(int station, double seconds) const;
    // Where it is in the plane of the game: the site seen from above the north pole, inside the
    // body's disc at its latitude (on the rim at the equator).
    Vec2 sitePlaneKm(int station, double seconds) const;
    // A point of a station's body at that station's latitude and `longitudeDeg` (a mark the
    // student sets where they think the station is), from the body's centre and in the plane.
    Vec3 pointRelativeKm(int station, double longitudeDeg, double seconds) const;
    Vec2 pointPlaneKm(int station, double longitudeDeg, double seconds) const;
    int stationCount() const { return int(stations_.size()); }
    const Station& station(int s) const { return stations_[size_t(s)]; }
    // How high satellite i stands above site s's horizon (degrees, -90..90; below 0 the body
    // is in the way). -90 when they are on different bodies.
    double elevationDeg(int station, int i, double seconds) const;
    // The satellites site s sees at least its elevation mask high (Station::mask_deg), and
    // how many.
    std::vector<int> inView(int station, double seconds) const;
    int countInView(int station, double seconds) const;

private:
    Bodies bodies_;
    std::vector<Station> stations_;
    std::vector<SkyCircle> circles_;
};

// The fewest satellites any site sees over the first `seconds` of the flight, looked at every
// `stepS` after the start (a flight's ticks, so it finds what a coverage goal will meet), and the first site
// and moment it happens: a sky level works out the day ahead before its clock starts.
struct LeastInView {
    int count = -1;   // -1: no satellites or no sites
    int site = -1;
    double atS = 0;
};
LeastInView leastInView(const Constellation& sky, double seconds, double stepS);

// The point under a position relative to a body's centre, the body turned by `spinRad` from
// its start, its longitude 0 at `primeMeridianDeg` from +x at the start.
LatLon latLonOf(Vec3 relKm, double spinRad, double primeMeridianDeg);
// The inverse, on a sphere of `radiusKm`: a site at that latitude and longitude.
Vec3 pointAt(LatLon p, double radiusKm, double spinRad, double primeMeridianDeg);
// Elevation (degrees) of `targetKm` above the horizon of `siteKm`, both from a round body's
// centre (the horizon is square to the line from the centre through the site).
double elevationDeg(Vec3 siteKm, Vec3 targetKm);
// Longitude difference b - a in -180..180 (a ground track's drift).
double longitudeGapDeg(double aDeg, double bDeg);

} // namespace sp
