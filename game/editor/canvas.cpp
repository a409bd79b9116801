// The map's input: pan, zoom and pinch, selecting with a click or a tap, moving by dragging,
// and the handles of the selection. The geometry is edit/gestures.h (tested headless); this
// file decides which gesture a press starts and makes each drag one undo step.
//
// A press on a big thing that is not selected (a planet, a zone) pans the map when dragged
// and selects it when tapped: on a map that is mostly planet, dragging to look around must
// not move the Earth. Small things (the ship, a rock, a gate, a station) and anything already
// selected move at once.
#include "game/editor/editor.h"

#include "engine/ui/ui.h"
#include "game/shell/shell.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

// Index
// [SECTION] view: framing, zoom, grid
// [SECTION] pointer and touch

namespace sp {

using platform::PointerButton;
using platform::PointerType;

namespace {
constexpr double kFrameMarginPx = 36;
constexpr double kMinGridPx = 28;          // grid lines never closer than this
// Sizes in km are Chapter 1's (100 km per physics unit) and scale with the level's frame
// (edit::sizeScale): on a landing site a metre per unit, zoomed all the way in 40 cm fill ~300 px.
constexpr double kClosestKmAcross = 40;    // zoomed all the way in: 40 km fill ~300 px
constexpr double kSmallestFrameKm = 1000;  // "frame all" never zooms closer than this across
constexpr double kShowKm = 2500;           // "Show" zooms to at least this across
constexpr double kEmptyLevelKm = 10000;    // what "frame all" shows of a level with nothing placed

edit::PickSizes pickSizes(bool touch) {
    edit::PickSizes s;
    const double k = ui::scale();
    s.slopPx = (touch ? 16 : 6) * k;
    s.shipPx *= k;
    s.groundPointPx *= k;
    s.stationPx *= k;
    s.minRockPx *= k;
    s.minZonePx *= k;
    s.handlePx = (touch ? 22 : 14) * k;
    return s;
}

bool bigThing(edit::Kind k) { return k == edit::Kind::Attractor || k == edit::Kind::Zone; }

const char* handleVerb(edit::HandleKind h) {
    switch (h) {
    case edit::HandleKind::Radius: return "resize";
    case edit::HandleKind::Nose: return "turn";
    case edit::HandleKind::Velocity: return "aim";
    case edit::HandleKind::End1:
    case edit::HandleKind::End2: return "reshape";
    }
    return "edit";
}
} // namespace

// [SECTION] view: framing, zoom, grid

void EditorScreen::updateCameraLimits() {
    const Level& level = doc_->level();
    const edit::Box all = edit::boundsOf(level);
    const double k = edit::sizeScale(level);
    double extent = level.world_radius_km;
    if (!all.empty) extent = std::max({extent, std::abs(all.lo.x), std::abs(all.lo.y), std::abs(all.hi.x), std::abs(all.hi.y)});
    cam_.minZoom = 250.0 / std::max(k, extent);
    cam_.maxZoom = std::max(300.0 / (kClosestKmAcross * k), cam_.minZoom * 4);
}

Vec2 EditorScreen::viewCenterKm() const {
    const Vec2 px{(leftPx_ + (cam_.viewportWidth - rightPx_)) * 0.5, (topPx_ + cam_.viewportHeight) * 0.5};
    return cam_.screenToWorld(px);
}

void EditorScreen::frameAll(bool snap) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    cam_.setViewport(vp->Size.x, vp->Size.y);
    updateCameraLimits();
    const double k = edit::sizeScale(doc_->level());
    edit::Box box = edit::boundsOf(doc_->level());
    if (box.empty) box.grow(Vec2{}, kEmptyLevelKm * k);
    // The ship's first orbit too, when it is no bigger than the world: where it will go.
    if (const auto o = edit::startOrbit(doc_->level()); o && o->elements.a < doc_->level().world_radius_km)
        box.grow(o->centerKm, o->elements.a);
    const double w = std::max(box.hi.x - box.lo.x, kSmallestFrameKm * k), h = std::max(box.hi.y - box.lo.y, kSmallestFrameKm * k);
    const double availW = std::max(cam_.viewportWidth - leftPx_ - rightPx_ - 2 * kFrameMarginPx, 80.0);
    // The view bar along the bottom covers a strip of the map too.
    const double bottomPx = 64 * ui::scale();
    const double availH = std::max(cam_.viewportHeight - topPx_ - bottomPx - 2 * kFrameMarginPx, 80.0);
    const double zoom = cam_.clampZoom(std::min(availW / w, availH / h));
    // The canvas's middle is off the window's by half the difference of the panels.
    const Vec2 shiftPx{(leftPx_ - rightPx_) * 0.5, (topPx_ - bottomPx) * 0.5};
    cam_.targetZoom = zoom;
    cam_.targetCenter = (box.lo + box.hi) * 0.5 - Vec2{shiftPx.x, -shiftPx.y} / zoom;
    if (snap) cam_.snap();
    cameraSet_ = true;
}

void EditorScreen::frameRef(edit::Ref r) {
    const edit::Box box = edit::boundsOf(doc_->level(), r);
    if (box.empty) return;
    const Vec2 c = (box.lo + box.hi) * 0.5;
    // Close enough to see it, far enough to see what is around it (a station is a point).
    const double size = std::max({box.hi.x - box.lo.x, box.hi.y - box.lo.y, kShowKm * edit::sizeScale(doc_->level())}) * 2.2;
    const double availW = std::max(cam_.viewportWidth - leftPx_ - rightPx_, 80.0);
    const double availH = std::max(cam_.viewportHeight - topPx_, 80.0);
    const double zoom = cam_.clampZoom(std::min({availW / size, availH / size, cam_.targetZoom * 4}));
    const Vec2 shiftPx{(leftPx_ - rightPx_) * 0.5, topPx_ * 0.5};
    cam_.targetZoom = zoom;
    cam_.targetCenter = c - Vec2{shiftPx.x, -shiftPx.y} / zoom;
}

void EditorScreen::revealRef(edit::Ref r) {
    const edit::Box box = edit::boundsOf(doc_->level(), r);
    if (box.empty) return;
    // The canvas in world km (targets: where the camera is going), less a margin.
    const double margin = 40 * ui::scale();
    const double z = cam_.targetZoom;
    const Vec2 lo{cam_.targetCenter.x + (leftPx_ + margin - cam_.viewportWidth * 0.5) / z,
                  cam_.targetCenter.y - (cam_.viewportHeight - 64 * ui::scale() - margin - cam_.viewportHeight * 0.5) / z};
    const Vec2 hi{cam_.targetCenter.x + (cam_.viewportWidth - rightPx_ - margin - cam_.viewportWidth * 0.5) / z,
                  cam_.targetCenter.y - (topPx_ + margin - cam_.viewportHeight * 0.5) / z};
    if (box.lo.x >= lo.x && box.hi.x <= hi.x && box.lo.y >= lo.y && box.hi.y <= hi.y) return;   // in view already
    if (box.hi.x - box.lo.x > hi.x - lo.x || box.hi.y - box.lo.y > hi.y - lo.y) {
        frameRef(r);
        return;
    }
    // Slide the map just enough, at the same zoom.
    Vec2 shift;
    if (box.lo.x < lo.x) shift.x = box.lo.x - lo.x;
    if (box.hi.x > hi.x) shift.x = box.hi.x - hi.x;
    if (box.lo.y < lo.y) shift.y = box.lo.y - lo.y;
    if (box.hi.y > hi.y) shift.y = box.hi.y - hi.y;
    cam_.targetCenter += shift;
}

void EditorScreen::zoomBy(double factor) {
    const Vec2 px{(leftPx_ + (cam_.viewportWidth - rightPx_)) * 0.5, (topPx_ + cam_.viewportHeight) * 0.5};
    cam_.zoomAt(px, factor);
}

double EditorScreen::pxPerKms() const {
    // As the play screen draws velocity arrows in Chapter 1, and as long for a landing's m/s.
    return 14 * ui::scale() / edit::speedScale(doc_->level());
}

double EditorScreen::gridKm() const { return edit::gridStep(kMinGridPx * ui::scale() / cam_.zoom); }

double EditorScreen::snapKm(const platform::FrameInput& in) const {
    using platform::Key;
    const bool free = in.keyHeld(Key::LeftShift) || in.keyHeld(Key::RightShift) || in.keyHeld(Key::LeftAlt) ||
                      in.keyHeld(Key::RightAlt);
    return snap_ && !free ? gridKm() : 0.0;
}

edit::HandleScale EditorScreen::handleScale() const {
    edit::HandleScale h;
    h.kmPerPx = kmPerPx();
    h.noseOffsetPx = 46 * ui::scale();
    h.pxPerKms = pxPerKms();
    h.minArrowPx = 20 * ui::scale();
    return h;
}

// [SECTION] pointer and touch

void EditorScreen::canvasInput(const platform::FrameInput& in) {
    cam_.setViewport(in.windowWidth, in.windowHeight);
    updateCameraLimits();
    if (in.wheel != 0) cam_.zoomAt(in.mousePos, std::pow(1.15, in.wheel));
    if (in.pinch != 1.0) cam_.zoomAt(in.pinchCenter, in.pinch);
    for (const platform::PointerEvent& p : in.pointers) {
        switch (p.type) {
        case PointerType::Down: pointerDown(p, in); break;
        case PointerType::Move: pointerMove(p, in); break;
        case PointerType::Up:
        case PointerType::Cancel: pointerUp(p); break;
        }
    }
    // What the pointer is over: highlighted, and its coordinates shown.
    hoverValid_ = !in.mouseOverUi || drag_.type != Drag::Type::None;
    hoverKm_ = cam_.screenToWorld(in.mousePos);
    hover_.reset();
    if (hoverValid_ && drag_.type == Drag::Type::None) hover_ = edit::pick(doc_->level(), hoverKm_, kmPerPx(), pickSizes(false));
}

void EditorScreen::pointerDown(const platform::PointerEvent& p, const platform::FrameInput& in) {
    if (p.touch) {
        fingers_.push_back({p.id, p.pos});
        if (fingers_.size() >= 2) {
            // A second finger: the first one's drag ends where it is, and two fingers pan and pinch.
            endDrag();
            drag_.type = Drag::Type::Pinch;
            return;
        }
    }
    if (drag_.type != Drag::Type::None) return;
    drag_ = {};
    drag_.pointer = p.id;
    drag_.downPx = drag_.lastPx = p.pos;
    drag_.downKm = cam_.screenToWorld(p.pos);
    if (p.button == PointerButton::Middle || p.button == PointerButton::Right) {
        drag_.type = Drag::Type::Pan;
        return;
    }
    const Level& level = doc_->level();
    const edit::PickSizes sizes = pickSizes(p.touch);
    const std::optional<edit::Ref> sel = doc_->selection();
    if (sel && edit::isPlaced(sel->kind)) {
        if (auto h = edit::pickHandle(level, *sel, drag_.downKm, handleScale(), sizes)) {
            drag_.type = Drag::Type::Handle;
            drag_.ref = *sel;
            drag_.handle = *h;
            // A tiny object's rim handle sits outside its rim: the radius follows the pointer
            // from where it was grabbed, without a jump.
            const auto at = edit::positionOf(level, *sel);
            const auto radius = edit::get(level, *sel, "radius_km");
            if (*h == edit::HandleKind::Radius && at && radius && std::holds_alternative<double>(*radius))
                drag_.grabOffsetKm = length(drag_.downKm - *at) - std::get<double>(*radius);
            return;
        }
    }
    const std::optional<edit::Ref> hit = edit::pick(level, drag_.downKm, kmPerPx(), sizes);
    if (hit && !(bigThing(hit->kind) && hit != sel)) {
        doc_->select(hit);
        drag_.type = Drag::Type::Move;
        drag_.ref = *hit;
        drag_.startKm = edit::positionOf(level, *hit).value_or(drag_.downKm);
        return;
    }
    // Empty space, or a big thing not yet selected: a drag pans, a tap selects (or clears).
    drag_.type = Drag::Type::Pan;
    drag_.selectOnTap = true;
    drag_.tapRef = hit;
}

void EditorScreen::pointerMove(const platform::PointerEvent& p, const platform::FrameInput& in) {
    if (drag_.type == Drag::Type::Pinch) {
        auto it = std::find_if(fingers_.begin(), fingers_.end(), [&](const Finger& f) { return f.id == p.id; });
        if (it == fingers_.end()) return;
        // The fingers' middle moves the map (the pinch factor zooms it, in canvasInput).
        cam_.panPixels((p.pos - it->px) * (1.0 / double(fingers_.size())));
        it->px = p.pos;
        return;
    }
    for (Finger& f : fingers_)
        if (f.id == p.id) f.px = p.pos;
    if (p.id != drag_.pointer || drag_.type == Drag::Type::None) return;
    const double slop = (p.touch ? 10 : 4) * ui::scale();
    if (!drag_.moved && length(p.pos - drag_.downPx) > slop) {
        drag_.moved = true;
        if (drag_.type == Drag::Type::Move || drag_.type == Drag::Type::Handle) {
            inspector_.close(*doc_);
            doc_->beginGroup(drag_.type == Drag::Type::Move ? "move" : handleVerb(drag_.handle));
            drag_.groupOpen = true;
        }
    }
    if (drag_.moved) {
        const Vec2 km = cam_.screenToWorld(p.pos);
        switch (drag_.type) {
        case Drag::Type::Pan: cam_.panPixels(p.pos - drag_.lastPx); break;
        case Drag::Type::Move: {
            const Vec2 d = edit::moveDelta(doc_->level(), drag_.ref, drag_.startKm, km - drag_.downKm, snapKm(in));
            if (d.x != 0 || d.y != 0) doc_->moveBy(drag_.ref, d);
            break;
        }
        case Drag::Type::Handle: {
            Vec2 target = km;
            if (drag_.handle == edit::HandleKind::Radius && drag_.grabOffsetKm != 0) {
                if (auto at = edit::positionOf(doc_->level(), drag_.ref))
                    target = *at + normalized(km - *at) * std::max(0.0, length(km - *at) - drag_.grabOffsetKm);
            }
            const auto changes = edit::dragHandle(doc_->level(), drag_.ref, drag_.handle, target, handleScale(), snapKm(in));
            if (!changes.empty()) doc_->setMany(drag_.ref, changes, handleVerb(drag_.handle));
            break;
        }
        default: break;
        }
    }
    drag_.lastPx = p.pos;
}

void EditorScreen::pointerUp(const platform::PointerEvent& p) {
    if (p.touch) {
        fingers_.erase(std::remove_if(fingers_.begin(), fingers_.end(), [&](const Finger& f) { return f.id == p.id; }),
                       fingers_.end());
        if (drag_.type == Drag::Type::Pinch) {
            if (fingers_.empty()) drag_ = {};
            return;
        }
    }
    if (p.id != drag_.pointer) return;
    if (!drag_.moved && p.type == PointerType::Up && drag_.selectOnTap) doc_->select(drag_.tapRef);
    endDrag();
}

void EditorScreen::endDrag() {
    if (drag_.groupOpen && doc_) doc_->endGroup();
    drag_ = {};
}

} // namespace sp
