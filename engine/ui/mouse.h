// The mouse as ImGui sees it, taken from the SDL events the game itself receives. ui.cpp calls
// these; the game calls nothing.
//
// Why not leave it to ImGui 1.86's SDL backend: it polls instead of reading events. On X11 it
// takes the position from SDL_GetGlobalMouseState(), which SDL 2.26 caches and refreshes only
// on XInput2 raw events (a raw motion or a button). A pointer moved by XWarpPointer (xdotool,
// so every xplay session, and any other program that warps the pointer) sends the window
// SDL_MOUSEMOTION events but no raw motion, so the cache stayed where the button last went
// down: ImGui saw no movement, a click on a slider's track worked, a drag did nothing, hover
// did not follow, while the game's own pointer events (the editor's map, the camera) did.
// The buttons came from SDL's state, which events pushed with SDL_PushEvent never change.
// Here position and buttons follow the events, as in ImGui 1.87's event API, natively and in
// the browser alike.
//
// Touch: SDL turns the first finger into mouse events (SDL_TOUCH_MOUSEID), and a lifted finger
// would keep "hovering" where it lifted, so tooltips stayed up after a tap. The frame after
// ImGui has seen a finger's release (so the tap still clicks what it was on), the pointer
// moves off the window, until the next touch or mouse move.
#pragma once

union SDL_Event;

namespace sp::ui {

void trackMouse(const SDL_Event& e);   // every event, in order
void applyMouse();                     // every frame, after the backend's NewFrame, before ImGui's
void resetMouse();                     // at init: nowhere, no button down

} // namespace sp::ui
