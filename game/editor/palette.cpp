// The tool strip on the left (add an object, duplicate, delete) and the view bar at the
// bottom of the map (zoom, frame all, grid, snapping, where the pointer is).
#include "game/editor/editor.h"

#include "game/edit/ground.h"

#include "engine/ui/ui.h"
#include "game/editor/names.h"
#include "game/editor/tool_icons.h"
#include "game/shell/shell.h"
#include "game/text/format.h"
#include "game/view/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {
constexpr ImGuiWindowFlags kBarFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;

struct AddTool {
    edit::Kind kind;
    editor::Tool tool;
    const char* caption;   // string key
    const char* tip;
    bool localOnly = false;   // offered only in a local frame (the ground line)
};
const AddTool kAddTools[] = {
    {edit::Kind::Attractor, editor::Tool::Planet, "editor.add_planet", "editor.add_planet_tip"},
    {edit::Kind::Zone, editor::Tool::Zone, "editor.add_zone", "editor.add_zone_tip"},
    {edit::Kind::Gate, editor::Tool::Gate, "editor.add_gate", "editor.add_gate_tip"},
    {edit::Kind::Debris, editor::Tool::Debris, "editor.add_debris", "editor.add_debris_tip"},
    {edit::Kind::Station, editor::Tool::Station, "editor.add_station", "editor.add_station_tip"},
    {edit::Kind::Craft, editor::Tool::Craft, "editor.add_craft", "editor.add_craft_tip"},
    {edit::Kind::GroundPoint, editor::Tool::Ground, "editor.add_ground", "editor.add_ground_tip", true},
};
// A number of km to the grid's precision: "12,000" in orbit, "0.05" on a landing site.
std::string kmDigits(double km, double step) {
    if (!(step < 1)) return grouped(km);
    const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 1, 9);
    return fixed(km, decimals);
}

constexpr int kStripButtons = int(sizeof(kAddTools) / sizeof(kAddTools[0])) + 2;   // and duplicate, delete
} // namespace

void EditorScreen::toolStrip() {
    const Strings& tr = game_.tr();
    const float s = ui::scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float pad = 8 * s;
    // The buttons, a heading and a rule: on a short window (a large UI scale) they shrink to
    // fit, down to a fingertip.
    const float room = (vp->Size.y - topPx_ - 2 * pad - ImGui::GetTextLineHeightWithSpacing() - 20 * s) / kStripButtons - 6 * s;
    const ImVec2 button(72 * s, std::max(std::min(66 * s, room), 44.0f));
    leftPx_ = button.x + 2 * pad;
    ImGui::SetNextWindowPos(ImVec2(0, topPx_));
    ImGui::SetNextWindowSize(ImVec2(leftPx_, vp->Size.y - topPx_));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(pad, 6 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##editorTools", nullptr, kBarFlags);
    ImGui::TextDisabled("%s", tr("editor.add"));
    const bool local = doc_->level().frame.kind == "local";
    for (const AddTool& t : kAddTools) {
        const bool room = edit::countOf(doc_->level(), t.kind) < edit::maxCountOf(t.kind);
        const bool offered = !t.localOnly || local;
        const std::string tip = !offered ? tr("editor.add_ground_not_local")
                                : room   ? tr(t.tip)
                                         : tr.format("editor.full", {std::to_string(edit::maxCountOf(t.kind))});
        if (editor::toolButton(t.caption, t.tool, button, tr(t.caption), tip.c_str(), room && offered)) addEntity(t.kind);
    }
    ImGui::Dummy(ImVec2(0, 4 * s));
    ImGui::Separator();
    const std::optional<edit::Ref> sel = doc_->selection();
    const bool listed = sel && edit::isList(sel->kind);
    const char* whyNot = sel ? tr("editor.not_removable") : tr("editor.nothing_selected");
    if (editor::toolButton("##dup", editor::Tool::Duplicate, button, tr("editor.duplicate"),
                           listed ? tr("editor.duplicate_tip") : whyNot, listed))
        duplicateSelection();
    if (editor::toolButton("##del", editor::Tool::Delete, button, tr("editor.delete"), listed ? tr("editor.delete_tip") : whyNot, listed))
        deleteSelection();
    ImGui::End();
    ImGui::PopStyleVar(3);
}

void EditorScreen::addEntity(edit::Kind k) {
    closeEdits();
    if (k == edit::Kind::GroundPoint) {
        addGroundPoint();
        return;
    }
    const Level& level = doc_->level();
    const double grid = gridKm();
    const double scale = edit::sizeScale(level);   // Chapter 1's default sizes, in this level's
    // In the middle of the map, or the nearest free place (not inside the Earth, not on top
    // of the last one added).
    const double reach = edit::snapTo(60 * ui::scale() * kmPerPx(), grid);   // a new zone's or gate's size
    double size = reach;
    if (k == edit::Kind::Attractor) {
        const Attractor a = std::get<Attractor>(edit::defaultEntity(k));
        size = a.radius_km + a.atmosphere_km;
    }
    edit::Box view;   // the part of the map on screen, less a margin
    const double m = 40 * ui::scale();
    view.grow(cam_.screenToWorld({leftPx_ + m, cam_.viewportHeight - 70 * ui::scale() - m}));
    view.grow(cam_.screenToWorld({cam_.viewportWidth - rightPx_ - m, topPx_ + m}));
    Vec2 target = edit::snapTo(edit::freeSpot(level, viewCenterKm(), size + 40 * ui::scale() * kmPerPx(), &view), grid);
    // A craft is not put inside the ground of a landing site: above it, clear of it.
    if (k == edit::Kind::Craft && !level.ground.empty()) {
        const double lowest = edit::groundHeightAt(level, target.x) + 30 * ui::scale() * kmPerPx();
        if (target.y < lowest) target.y = std::ceil(lowest / grid) * grid;
    }
    doc_->beginGroup((std::string("add ") + edit::kindLabel(k)).c_str());
    const std::optional<edit::Ref> r = doc_->add(k);
    if (r) {
        // Big enough to see and grab at this zoom (a rock keeps its true size: it is drawn at
        // least finger-sized anyway).
        if (k == edit::Kind::Station) {
            // On the planet nearest the middle of the map, at the point facing it.
            int nearest = 0;
            for (size_t i = 1; i < level.attractors.size(); ++i)
                if (length(edit::attractorAt(level, int(i)) - target) < length(edit::attractorAt(level, nearest) - target))
                    nearest = int(i);
            doc_->set(*r, "attractor", nearest);
        } else if (k == edit::Kind::Zone) {
            doc_->set(*r, "radius_km", std::max(reach, std::get<Zone>(edit::defaultEntity(k)).radius_km * scale));
        } else if (k == edit::Kind::Debris && scale != 1) {
            doc_->set(*r, "radius_km", std::get<Debris>(edit::defaultEntity(k)).radius_km * scale);
        } else if (k == edit::Kind::Craft) {
            // As big as the player's ship, on a circular orbit about what pulls hardest there
            // (at rest where nothing does: a landing site), its nose along its way.
            // (To a tenth of a m/s in Chapter 1's speeds: the orbit stays round to 1 part in 10^4,
            // and the inspector shows 5.8746 rather than 5.874610311661561.)
            const Vec2 v = edit::snapTo(edit::circularVelocity(level, target), edit::gridStep(1e-4 * edit::speedScale(level)));
            const double angle = length(v) > 0 ? radToDeg(std::atan2(v.y, v.x)) : level.ship.angle_deg;
            doc_->setMany(*r, {{"x_km", target.x}, {"y_km", target.y}, {"radius_km", level.ship.radius_km}, {"vx_km_s", v.x},
                               {"vy_km_s", v.y}, {"angle_deg", angle}});
        } else if (k == edit::Kind::Gate) {
            doc_->setMany(*r, {{"x1_km", 0.0}, {"y1_km", -reach}, {"x2_km", 0.0}, {"y2_km", reach}});
        }
        if (auto at = edit::positionOf(doc_->level(), *r)) doc_->moveBy(*r, target - *at);
        doc_->select(r);
        revealRef(*r);   // a big new planet may only fit beside what is on screen
        tab_ = Tab::Selected;
        tabRequested_ = true;
    }
    doc_->endGroup();
    if (!r) showStatus(game_.tr().format("editor.full", {std::to_string(edit::maxCountOf(k))}), true);
}

void EditorScreen::addGroundPoint() {
    // On the line below the middle of the map, in x order; a first press makes a line of two.
    // Beside a point only when the middle is on one (a handle's size); a first line is as wide
    // as a new gate is long.
    const double grid = gridKm();
    const bool none = doc_->level().ground.empty();
    const double clearance = none ? std::max(edit::snapTo(60 * ui::scale() * kmPerPx(), grid), grid) : 16 * ui::scale() * kmPerPx();
    const Vec2 at = edit::snapTo(viewCenterKm(), grid);
    const std::vector<edit::GroundInsert> inserts = edit::groundInsertion(doc_->level(), at, clearance);
    if (inserts.empty()) {
        showStatus(game_.tr()("editor.ground_no_room"), true);
        return;
    }
    doc_->beginGroup("add ground point");
    std::optional<edit::Ref> first;
    for (const edit::GroundInsert& g : inserts) {
        const std::optional<edit::Ref> r = doc_->insert({edit::Kind::GroundPoint, g.index}, g.point);
        if (r && !first) first = r;
    }
    doc_->endGroup();
    if (!first) {
        showStatus(game_.tr().format("editor.full", {std::to_string(edit::maxCountOf(edit::Kind::GroundPoint))}), true);
        return;
    }
    doc_->select(first);
    revealRef(*first);
    tab_ = Tab::Selected;
    tabRequested_ = true;
}

void EditorScreen::viewControls() {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float b = 40 * s;
    ImGui::SetNextWindowPos(ImVec2(leftPx_ + 10 * s, vp->Size.y - 10 * s), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * s, 6 * s));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6 * s, 6 * s));
    ImGui::Begin("##editorView", nullptr, kBarFlags | ImGuiWindowFlags_AlwaysAutoResize);
    if (editor::toolButton("##zoomOut", editor::Tool::ZoomOut, ImVec2(b, b), nullptr, tr("editor.zoom_out"))) zoomBy(1 / 1.5);
    ImGui::SameLine();
    if (editor::toolButton("##zoomIn", editor::Tool::ZoomIn, ImVec2(b, b), nullptr, tr("editor.zoom_in"))) zoomBy(1.5);
    ImGui::SameLine();
    if (editor::toolButton("##frame", editor::Tool::FrameAll, ImVec2(b, b), nullptr, tr("editor.frame_all"))) frameAll(false);
    ImGui::SameLine(0, 14 * s);
    if (editor::toolButton("##grid", editor::Tool::Grid, ImVec2(b, b), nullptr, tr("editor.grid_tip"), true, showGrid_))
        showGrid_ = !showGrid_;
    ImGui::SameLine();
    if (editor::toolButton("##snap", editor::Tool::Snap, ImVec2(b, b), nullptr, tr("editor.snap_tip"), true, snap_)) snap_ = !snap_;
    ImGui::SameLine(0, 14 * s);
    // The grid's step and where the pointer is, in km: the numbers the inspector will show.
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_Text, view::imColor(pal.textDim));
    ImGui::SetWindowFontScale(0.8f);
    const double step = gridKm();
    ImGui::TextUnformatted(tr.format("editor.grid_step", {tr.format("unit.km", {kmDigits(step, step)})}).c_str());
    if (hoverValid_)
        ImGui::TextUnformatted(tr.format("editor.pointer_at", {kmDigits(hoverKm_.x, step), kmDigits(hoverKm_.y, step)}).c_str());
    else ImGui::TextUnformatted(tr("editor.pan_tip"));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::End();
    ImGui::PopStyleVar(2);
}

} // namespace sp
