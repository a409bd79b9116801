// Draws a running Sim: planets, zones, gates, debris, ground stations and their radio
// link, the ship with its exhaust, and (on request) velocity and gravity arrows. It reads
// the sim and never changes it; the little state it keeps (rock shapes, exhaust particles)
// is decoration.
#pragma once
#include "engine/render/camera.h"
#include "engine/render/particles.h"
#include "engine/render/renderer.h"
#include "game/sim/sim.h"
#include "game/view/sky_view.h"

#include <vector>

namespace sp {
class Strings;
}

namespace sp::view {

class WorldView {
public:
    WorldView();
    void reset(const Level& level);

    // Particles move in real time. `playSpeed` is world seconds per real second (0 when paused).
    void update(const Sim& sim, const gfx::Camera2D& cam, double dt, double playSpeed, double time);
    // A short puff for an instant burn, along the Δv.
    void burnPuff(const Sim& sim, const gfx::Camera2D& cam, Vec2 dvKms);

    // Everything but the ship, in camera space.
    void drawWorld(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, double time) const;
    // Station-to-ship radio links (under the ship, over the world).
    void drawRadio(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, double time) const;
    // The ship: exhaust, then the silhouette. `showNose` adds a pointer for pilot levels.
    void drawShip(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, double time, bool showNose) const;
    // Velocity and gravity arrows with their values.
    void drawVectors(gfx::Renderer& r, const gfx::Camera2D& cam, const Sim& sim, const Strings& tr) const;
    // Names of zones, gates and stations, through the UI font.
    void drawLabels(const gfx::Camera2D& cam, const Sim& sim, const Strings& tr) const;
    // Rock `i` of the level reset() was given, at `posKm` with its true radius.
    void drawRock(gfx::Renderer& r, const gfx::Camera2D& cam, size_t i, Vec2 posKm, double radiusKm, double time) const;

    // The satellites to draw instead of the sim's own (null: the sim's): before a sky level's
    // start, the sky as the student's knobs stand (Flight::skyAsSet).
    void showSky(const Constellation* sky) { skyShown_ = sky; }
    // A navigation level's circles and mark, as the play screen has them now (sky_view.h).
    void showSignals(const SignalsShown& s) { signals_ = s; }

    static float shipLengthPx();
    static float lengthPx(const gfx::Camera2D& cam, const Sim& sim, int craft);   // craft i as drawn

private:
    struct Rock {
        std::vector<Vec2> shape;   // unit outline, star-shaped around the center
        double spin = 0;           // radians per second, decoration only
    };
    std::vector<Rock> rocks_;
    const Constellation* skyShown_ = nullptr;
    SignalsShown signals_;
    gfx::ParticleSystem exhaust_;
};

// One object each, as a flight shows it: drawWorld uses these, and the editor draws a level
// that has no Sim (a draft may not even be valid) with the same ones. They leave the
// renderer in camera space.
void drawZone(gfx::Renderer& r, const gfx::Camera2D& cam, const Zone& z, bool reached, double time);
void drawGate(gfx::Renderer& r, const gfx::Camera2D& cam, const Gate& g, bool passed, double time);
void drawStation(gfx::Renderer& r, const gfx::Camera2D& cam, Vec2 groundKm, Vec2 planetKm, bool hears);

} // namespace sp::view
