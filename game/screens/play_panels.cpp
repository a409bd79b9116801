// The play screen's controls: the time bar, and one panel per action the level allows
// (launch: aim and fire; burn: plan a Δv at a point of the path; pilot: the touch pad).
#include "engine/ui/ui.h"
#include "game/screens/play.h"
#include "game/shell/shell.h"
#include "game/sim/orbit.h"
#include "game/sim/units.h"
#include "game/text/format.h"
#include "game/view/hud.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <cmath>

namespace sp {

namespace {
const char* const kSpeedKeys[] = {"time.slow", "time.normal", "time.fast"};
const char* const kSpeedTips[] = {"time.slow_tip", "time.normal_tip", "time.fast_tip"};

float pad() { return 14 * ui::scale(); }
float buttonSize() { return 48 * ui::scale(); }

using view::valueSlider;   // engine/ui/widgets.h

void heading(const char* text) {
    ImGui::TextColored(view::toImVec4(view::palette().accentHot), "%s", text);
}
} // namespace

// A craft with an engine gets the engine's buttons; one that only slides (a docking), its
// translation thrusters'; a capsule that can only turn, the two turn buttons.
view::TouchPad::Kind PlayScreen::padKind() const {
    const Ship& ship = sim_->level().ship;
    if (ship.thrust_m_s2 > 0) return view::TouchPad::Kind::Engine;
    return ship.rcs_m_s2 > 0 ? view::TouchPad::Kind::Thrusters : view::TouchPad::Kind::Turn;
}

bool PlayScreen::padActive() const {
    return sim_->level().actions.pilot && sim_->launched() && !sim_->over() && !replaying() && !frozen_;
}

// The pad sits in the bottom-right corner, or above the time bar when a narrow window or a
// large UI scale would make them overlap.
float PlayScreen::padBottomMargin() const {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    if (padKind() == view::TouchPad::Kind::Thrusters) {   // the cross, in the bottom-left corner
        if ((24 + 2 * (1.3f * 38 + 3.5f + 0.8f * 38)) * ui::scale() < timeBarLeft_) return 30 * ui::scale();
        return vp->Size.y - timeBarTop_ + 34 * ui::scale();
    }
    const float padWidth = (6 * 38 + 2 * 14 + 24) * ui::scale();
    if (timeBarRight_ + padWidth < vp->Size.x) return 30 * ui::scale();   // room for the labels
    return vp->Size.y - timeBarTop_ + 34 * ui::scale();
}

void PlayScreen::drawPanels(const platform::FrameInput& in) {
    const Strings& tr = game_.tr();
    const float w = float(in.windowWidth);
    panels_.clear();
    // Short windows (960x600, a projector at 1.5x) have no room for every row and the panel
    // under them: the HUD drops what it can spare and packs its rows tighter.
    compact_ = float(in.windowHeight) < 700 * ui::scale();
    // Flight panels are denser than menus: the world needs the room. Buttons stay finger-sized.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10 * ui::scale(), (compact_ ? 4 : 6) * ui::scale()));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * ui::scale(), (compact_ ? 10 : 12) * ui::scale()));
    timeBar();   // first: the action panels and the pilot pad keep clear of it
    const view::PanelBox telemetry = view::telemetryPanel(*sim_, tr, ImVec2(pad(), pad()), compact_);
    panels_.push_back({"telemetry", telemetry});
    // The goals take the right column, narrower in a narrow window so the title stays clear.
    const float goalsWidth = std::min(330 * ui::scale(), std::max(220 * ui::scale(), w * 0.3f));
    const view::PanelBox goals = view::goalsPanel(*sim_, tr, ImVec2(w - pad(), pad()), goalsWidth);
    panels_.push_back({"goals", goals});
    titleChip(telemetry.x1 + pad(), goals.x0 - pad());
    // Hints sit under the goals, in the same column: never over the ship.
    hintBanner(goals.y1 + pad(), goalsWidth);
    if (sim_->level().ship.max_skips > 0 && !heatShown_.empty() && !sim_->over()) {
        // The entry's heating, under the goals and any hint, above the time bar if it reaches.
        float top = goals.y1 + pad();
        for (const PanelRect& p : panels_)
            if (std::strcmp(p.name, "hint") == 0) top = p.box.y1 + pad();
        const float bottom = timeBarRight_ + pad() + goalsWidth < w ? float(in.windowHeight) - pad() : timeBarTop_ - pad();
        heatInset(w - pad(), top, bottom, goalsWidth);
    }
    // Action panels go in the bottom-left corner, or above the time bar if they would overlap;
    // never over the telemetry above them.
    const float panelBottom = timeBarLeft_ > 400 * ui::scale() ? float(in.windowHeight) : timeBarTop_;
    if (!replaying() && !sim_->over()) {
        if (sim_->awaitingLaunch()) launchPanel(panelBottom, telemetry.y1 + pad());
        else if (sim_->awaitingStart()) skyPanel(panelBottom, telemetry.y1 + pad());
        else if (flight_->canPlan()) burnPanel(panelBottom, telemetry.y1 + pad());
    }
    if (padActive()) pilotPad(in);
    if (sim_->over()) outcomeBanner();
    ImGui::PopStyleVar(2);
    if (menuOpen_) pauseMenu();
    else menuShown_ = false;
    checkLayout();
}

void PlayScreen::notePanel(const char* name) { panels_.push_back({name, view::currentPanelBox()}); }

bool PlayScreen::overPanel(Vec2 p) const {
    for (const PanelRect& r : panels_)
        if (p.x >= r.box.x0 && p.x < r.box.x1 && p.y >= r.box.y0 && p.y < r.box.y1) return true;
    return false;
}

// `--layout-check`: one line per frame that names any two panels that overlap, so a smoke
// test can hold every window size and language to it.
void PlayScreen::checkLayout() {
    // ImGui sizes a new auto-sized window on its second frame: judge from the third on.
    if (!game_.run().layoutCheck || ++framesShown_ < 3) return;
    std::string overlaps;
    for (size_t i = 0; i < panels_.size(); ++i)
        for (size_t j = i + 1; j < panels_.size(); ++j) {
            const view::PanelBox& a = panels_[i].box;
            const view::PanelBox& b = panels_[j].box;
            const float ox = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
            const float oy = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
            if (ox > 0.5f && oy > 0.5f) {
                char buf[160];
                std::snprintf(buf, sizeof buf, " %s/%s by %.0fx%.0f px;", panels_[i].name, panels_[j].name, ox, oy);
                overlaps += buf;
            }
        }
    std::printf("layout: %dx%d, %zu panels, %s\n", int(ImGui::GetMainViewport()->Size.x), int(ImGui::GetMainViewport()->Size.y),
                panels_.size(), overlaps.empty() ? "none overlap" : ("overlap:" + overlaps).c_str());
    std::fflush(stdout);
}

// [SECTION] time bar

void PlayScreen::timeBar() {
    const Strings& tr = game_.tr();
    const float b = buttonSize();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y - pad()), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::Begin("##timebar", nullptr, view::kPanelFlags);
    notePanel("time bar");
    timeBarTop_ = ImGui::GetWindowPos().y;
    timeBarLeft_ = ImGui::GetWindowPos().x;
    timeBarRight_ = ImGui::GetWindowPos().x + ImGui::GetWindowSize().x;
    const bool frozen = frozen_ || sim_->over();

    ImGui::BeginDisabled(frozen);
    Flight& f = *flight_;
    if (icons::button("##pause", f.paused() ? icons::Icon::Play : icons::Icon::Pause, b, f.paused(),
                      tr(f.paused() ? "time.resume_tip" : "time.pause_tip"))) {
        game_.click();
        f.setPaused(!f.paused());
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!f.paused());
    if (icons::button("##step", icons::Icon::Step, b, false, tr("time.step_tip"))) {
        game_.click();
        f.requestStep();
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, b * 0.4f);
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::PushID(i);
        if (icons::textButton("##speed", tr(kSpeedKeys[i]), b * 1.35f, b, !f.paused() && f.speed() == Flight::kSpeeds[i],
                              tr(kSpeedTips[i]))) {
            game_.click();
            f.setSpeed(Flight::kSpeeds[i]);
        }
        ImGui::PopID();
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, b * 0.4f);
    if (icons::button("##restart", icons::Icon::Restart, b, false, tr("time.restart_tip"))) {
        game_.click();
        restart();
    }
    ImGui::SameLine();
    const int hintCount = int(sim_->level().hints.size());
    ImGui::BeginDisabled(hintCount == 0);
    if (icons::button("##hint", icons::Icon::Hint, b, hintOpen_, tr("time.hint_tip"))) {
        game_.click();
        if (hintOpen_ && hintsShown_ >= hintCount) hintOpen_ = false;
        else {
            hintsShown_ = std::min(hintsShown_ + 1, hintCount);
            hintOpen_ = true;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (icons::button("##vectors", icons::Icon::Vectors, b, vectors_, tr("time.vectors_tip"))) {
        game_.click();
        vectors_ = !vectors_;
        Settings s = game_.settings();
        s.show_vectors = vectors_;
        game_.changeSettings(s);
    }
    if (mapOffered()) {
        ImGui::SameLine();
        if (icons::button("##map", icons::Icon::Map, b, mapView_, tr("time.map_tip"))) {
            game_.click();
            mapView_ = !mapView_;
        }
    }
    ImGui::SameLine();
    if (icons::button("##center", icons::Icon::Center, b, false, tr("time.center_tip"))) {
        game_.click();
        rig_.recenter();
    }
    ImGui::SameLine();
    if (icons::button("##menu", icons::Icon::Menu, b, menuOpen_, tr("time.menu_tip"))) {
        game_.click();
        menuOpen_ = !menuOpen_;
    }
    ImGui::End();
}

// [SECTION] launch

// The orbit a launch or a burn would make, in the words of the telemetry panel.
std::string PlayScreen::previewOrbitText() const {
    if (!previewValid_ || previewAttractor_ < 0) return "-";
    const Strings& tr = game_.tr();
    const Attractor& at = sim_->level().attractors[previewAttractor_];
    if (!previewOrbit_.bound) return tr("hud.orbit_escape");
    if (previewOrbit_.periapsis < at.radius_km) return tr("hud.orbit_falls");
    return tr.format("hud.orbit_value", {grouped(previewOrbit_.periapsis - at.radius_km), grouped(previewOrbit_.apoapsis - at.radius_km)});
}

// Coming home through the air: where the planned path comes down, against the site a land goal
// names, or that the crew would take more g than its limit. Empty for other paths.
std::string PlayScreen::previewPathText(bool* onSite) const {
    if (onSite) *onSite = false;
    if (!previewValid_) return {};
    const Strings& tr = game_.tr();
    const Level& level = sim_->level();
    if (previewRelayShare_ >= 0)
        return tr.format("burn.relay_path", {std::to_string(int(std::lround(previewRelayShare_ * 100))), durationText(tr, previewRelayMin_)});
    if (previewSkips_) {
        // A craft that may skip, thrown so high it would be back only after the time limit.
        if (level.ship.max_skips > 0 && int(previewDips_.size()) <= level.ship.max_skips)
            return tr.format("burn.skips_long", {numberText(tr, "top_km", previewSkipTopKm_)});
        return tr("burn.skips");
    }
    if (!previewLanding_) return {};
    std::string where;
    bool inSite = false;
    for (const Goal& g : level.goals.list) {
        if (g.type != GoalType::Land || g.index < 0 || size_t(g.index) >= level.zones.size()) continue;
        const Zone& z = level.zones[size_t(g.index)];
        const std::string name = z.name.get(tr.language());
        const double off = length(*previewLanding_ - Vec2{z.x_km, z.y_km});
        // Off the site, whether it comes down before it or goes on past it, the way the craft
        // goes round: the distance alone would read the same on both sides.
        const Vec2 c = sim_->attractorPosKm(std::max(0, previewAttractor_));
        const Vec2 site = Vec2{z.x_km, z.y_km} - c, down = *previewLanding_ - c;
        const Vec2 p = sim_->shipPosKm() - c, v = sim_->shipVelKms();
        const double turn = p.x * v.y - p.y * v.x >= 0 ? 1 : -1;
        const bool beyond = (site.x * down.y - site.y * down.x) * turn > 0;
        inSite = off <= z.radius_km;
        where = inSite ? tr.format("burn.lands_in", {name})
                                   : tr.format(beyond ? "burn.lands_beyond" : "burn.lands_short", {kmText(tr, off), name});
        // A level that asks for a landing close to the middle says how close.
        const bool aimed = std::any_of(level.stars.begin(), level.stars.end(), [](const StarRule& s) { return s.type == StarType::OnTarget; });
        if (aimed && off <= z.radius_km) where = tr.format("burn.lands_in_near", {name, kmText(tr, off)});
        break;
    }
    if (where.empty()) where = tr("burn.lands");
    // Past the crew's limit the landing place does not matter: say that instead (one line, so
    // the panel keeps its height).
    if (level.ship.max_g > 0 && previewPeakG_ > level.ship.max_g) {
        where = tr.format("burn.too_steep", {numberText(tr, "load_g", previewPeakG_), numberText(tr, "limit_g", level.ship.max_g)});
    } else if (level.ship.max_heating_kw_m2 > 0 && previewPeakHeat_ > level.ship.max_heating_kw_m2) {
        where = tr.format("burn.too_steep", {numberText(tr, "heating_kw_m2", previewPeakHeat_), numberText(tr, "limit_kw_m2", level.ship.max_heating_kw_m2)});
    } else if (previewDips_.size() > 1) {
        // A sentence of its own, without "After the burn:", so it keeps to two lines.
        if (onSite) *onSite = inSite;
        return tr.format(previewDips_.size() == 2 ? "burn.skips_then" : "burn.skips_then_more", {where, std::to_string(previewDips_.size() - 1)});
    } else if (onSite) {
        *onSite = inSite;
    }
    return tr.format("burn.new_path", {where});
}

// A craft that may skip: the worst heating of each dip on the planned path, against the shield's
// limit (one dip against two is the level's lesson).
std::string PlayScreen::previewHeatText() const {
    const Ship& ship = sim_->level().ship;
    if (!previewValid_ || ship.max_skips <= 0 || previewDips_.empty() || previewSkips_) return {};
    const Strings& tr = game_.tr();
    const std::string limit = grouped(ship.max_heating_kw_m2);   // its unit is the first figure's: two lines, in both languages
    const std::string first = numberText(tr, "heating_kw_m2", previewDips_[0].peakHeatingKwM2);
    if (previewDips_.size() == 1) return tr.format("burn.heat_dip", {first, limit});
    return tr.format("burn.heat_dips", {first, grouped(previewDips_[1].peakHeatingKwM2), limit});
}

// Reaching a moon: how the path the player will fly passes it, where it will be by then.
std::string PlayScreen::bodyPassText() const {
    if (!bodyPass_.found) return {};
    const Strings& tr = game_.tr();
    const double minutes = sim_->scale().ticksToRealSeconds(double(bodyPass_.tick - sim_->tick())) / 60;
    const std::string name = sim_->level().attractors[size_t(meetBody_)].name.get(game_.lang());
    return tr.format(bodyPass_.heightKm <= meetBodyKm_ ? "burn.reaches" : "burn.passes_body",
                     {name, numberText(tr, "km", std::max(0.0, bodyPass_.heightKm)), durationText(tr, minutes)});
}

// Catching a station: where the path the player will fly comes closest to it.
std::string PlayScreen::closestText() const {
    if (!closest_.found) return {};
    const Strings& tr = game_.tr();
    const double minutes = sim_->scale().ticksToRealSeconds(double(closest_.tick - sim_->tick())) / 60;
    const std::string name = sim_->craftDef(meetCraft_).name.get(game_.lang());
    if (closest_.meets)
        return tr.format("burn.meets", {name, numberText(tr, "km", closest_.rangeKm), numberText(tr, "m_s", closest_.relSpeedKms * 1000),
                                        durationText(tr, minutes)});
    if (closest_.passes)
        return tr.format("burn.passes", {name, numberText(tr, "km", closest_.rangeKm), numberText(tr, "m_s", closest_.relSpeedKms * 1000),
                                         durationText(tr, minutes)});
    if (closest_.rangeKm >= kMeetNearKm) return tr.format("burn.closest_far", {name, numberText(tr, "km", closest_.rangeKm), durationText(tr, minutes)});
    return tr.format("burn.closest", {name, numberText(tr, "km", closest_.rangeKm), numberText(tr, "m_s", closest_.relSpeedKms * 1000),
                                      durationText(tr, minutes)});
}

// Action panels stand on `bottom`; when the window is too short for them below the
// telemetry (`top`), they move to the free column beside it instead.
void PlayScreen::placeActionPanel(float bottom, float top, float height, float width) {
    width *= ui::scale();
    if (bottom - pad() - height >= top) {
        ImGui::SetNextWindowPos(ImVec2(pad(), bottom - pad()), ImGuiCond_Always, ImVec2(0, 1));
    } else {
        ImGui::SetNextWindowPos(ImVec2(pad(), top), ImGuiCond_Always, ImVec2(0, 0));
    }
    ImGui::SetNextWindowSize(ImVec2(width, 0));
}

void PlayScreen::launchPanel(float bottom, float top) {
    const Strings& tr = game_.tr();
    const Actions& a = sim_->level().actions;
    placeActionPanel(bottom, top, launchPanelHeight_);
    ImGui::Begin("##launch", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    notePanel("launch");
    if (!compact_) heading(tr("launch.title"));
    const view::Palette& pal = view::palette();
    double speed = flight_->aimSpeedKms(), angle = flight_->aimAngleDeg();
    // As many decimals as the step needs: 10 m/s shows 1.72 km/s, 1 m/s shows 1.725 km/s.
    const double step = a.launch_step_m_s / 1000;
    valueSlider("speed", tr("launch.speed"), nullptr, speed, a.launch_min_km_s, a.launch_max_km_s, step,
                kmsText(tr, speed, a.launch_step_m_s < 10 ? 3 : 2), pal.accentHot);
    if (a.launch_max_deg > a.launch_min_deg) {
        valueSlider("angle", tr("launch.angle"), nullptr, angle, a.launch_min_deg, a.launch_max_deg, 1.0,
                    tr.format("unit.deg", {fixed(angle, 0)}), pal.accentHot);
    }
    flight_->aim(speed, angle);
    ImGui::TextColored(view::toImVec4(previewValid_ ? pal.accentHot : pal.textDim), "%s",
                       tr.format("launch.orbit", {previewOrbitText()}).c_str());
    if (meetCraft_ >= 0) {
        // The launch window: how the aimed path comes by the station, as it moves. The row is
        // kept while there is nothing to say, so the Launch button never moves.
        const std::string meet = closestText();
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(view::toImVec4(closest_.meets ? pal.success : pal.accentHot), "%s", meet.empty() ? " " : meet.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    if (view::primaryButton(tr("launch.go"), 0)) {
        game_.click();
        flight_->launch();
    }
    // Keys are no help on a touch board: the hint gives way once a finger is used.
    if (!touchLast_) ImGui::TextDisabled("%s", tr("launch.keys"));
    launchPanelHeight_ = ImGui::GetWindowSize().y;
    ImGui::End();
}

// [SECTION] heat inset

// One dip against two: the heating along the planned way down, each dip a hump against the
// shield's limit (a dashed red line), and where the flight is on it now. Drawn only where the
// right column has room for it.
void PlayScreen::heatInset(float right, float top, float bottom, float width) {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    const float chartH = 64 * s;
    const float need = ImGui::GetTextLineHeightWithSpacing() * 2 + chartH + 2 * ImGui::GetStyle().WindowPadding.y + 8 * s;
    if (bottom - top < need) return;
    // The dips themselves: the parachute's long, cool ride down after them is left off.
    const double limit = sim_->level().ship.max_heating_kw_m2;
    std::vector<HeatSample> heat;
    for (const HeatSample& h : heatShown_)
        if (h.kwM2 >= 0.01 * limit) heat.push_back(h);
    if (heat.empty()) return;
    const int64_t t0 = heat.front().tick, t1 = std::max(heat.back().tick, t0 + 1);
    float peak = 0;
    for (const HeatSample& h : heat) peak = std::max(peak, h.kwM2);
    const double scaleTop = std::max(limit, double(peak)) * 1.2;
    if (!(scaleTop > 0)) return;

    ImGui::SetNextWindowPos(ImVec2(right, bottom), ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##heat", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    if (!ImGui::IsWindowAppearing()) notePanel("heat");   // its first frame has no size yet
    ImGui::TextColored(view::toImVec4(pal.textDim), "%s", tr("burn.heat_chart"));
    ImGui::Dummy(ImVec2(0, 6 * s));   // room for the limit's words over the dashed line
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float cw = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(cw, chartH));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto xAt = [&](int64_t t) { return a.x + float(double(t - t0) / double(t1 - t0)) * cw; };
    auto yAt = [&](double q) { return a.y + chartH - float(q / scaleTop) * chartH; };
    dl->AddLine(ImVec2(a.x, yAt(0)), ImVec2(a.x + cw, yAt(0)), icons::u32(gfx::withAlpha(pal.textDim, 0.5f)), 1);
    // The curve, a column of pixels at a time (the worst in each), broken where the craft is
    // out of the air between dips; each dip's worst written over its hump.
    const int columns = std::max(1, int(cw));
    std::vector<float> worst(size_t(columns), -1);
    for (const HeatSample& h : heat) {
        const int c = std::clamp(int(double(h.tick - t0) / double(t1 - t0) * (columns - 1)), 0, columns - 1);
        worst[size_t(c)] = std::max(worst[size_t(c)], h.kwM2);
    }
    const gfx::Color curve = peak > limit ? pal.danger : pal.accentHot;
    for (int c = 1; c < columns; ++c) {
        if (worst[size_t(c)] < 0 || worst[size_t(c - 1)] < 0) continue;
        const ImVec2 p0(a.x + float(c - 1), yAt(worst[size_t(c - 1)])), p1(a.x + float(c), yAt(worst[size_t(c)]));
        dl->AddQuadFilled(p0, p1, ImVec2(p1.x, yAt(0)), ImVec2(p0.x, yAt(0)), icons::u32(gfx::withAlpha(curve, 0.25f)));
        dl->AddLine(p0, p1, icons::u32(curve), 2 * s);
    }
    for (float x = a.x; x < a.x + cw; x += 10 * s)   // the limit, dashed
        dl->AddLine(ImVec2(x, yAt(limit)), ImVec2(std::min(x + 6 * s, a.x + cw), yAt(limit)), icons::u32(pal.danger), 1.5f * s);
    const std::string limitText = tr.format("burn.heat_limit", {grouped(limit)});
    const ImVec2 ls = ImGui::CalcTextSize(limitText.c_str());
    dl->AddText(ImVec2(a.x + cw - ls.x, yAt(limit) - ls.y - 1), icons::u32(pal.danger), limitText.c_str());
    size_t from = 0;
    for (size_t i = 1; i <= heat.size(); ++i) {
        if (i < heat.size() && heat[i].tick == heat[i - 1].tick + 1) continue;
        size_t top = from;   // the worst of the dip heat[from, i)
        for (size_t k = from; k < i; ++k)
            if (heat[k].kwM2 > heat[top].kwM2) top = k;
        const std::string v = grouped(heat[top].kwM2);
        const ImVec2 vs = ImGui::CalcTextSize(v.c_str());
        const float x = std::clamp(xAt(heat[top].tick) - vs.x / 2, a.x, a.x + cw - vs.x);
        const float y = std::max(a.y - 2, yAt(heat[top].kwM2) - vs.y - 2);
        if (std::abs(y - (yAt(limit) - ls.y - 1)) > vs.y || x + vs.x < a.x + cw - ls.x)   // not over the limit's words
            dl->AddText(ImVec2(x, y), icons::u32(heat[top].kwM2 > limit ? pal.danger : pal.text), v.c_str());
        from = i;
    }
    // Now, once the flight is on the way down it shows.
    const int64_t now = sim_->tick();
    if (now >= t0 && now <= t1) dl->AddLine(ImVec2(xAt(now), a.y), ImVec2(xAt(now), a.y + chartH), icons::u32(pal.text), 1.5f * s);
    ImGui::TextColored(view::toImVec4(pal.textDim), "%s",
                       tr.format("burn.heat_span", {durationText(tr, sim_->scale().ticksToRealSeconds(double(t1 - t0)) / 60)}).c_str());
    ImGui::End();
}

// [SECTION] burn

namespace {
// As many decimals of km/s as the level's burn step needs: 0.01 km/s shows 2, 1 m/s shows 3.
int burnDecimals(const Level& level) {
    return std::max(2, int(std::ceil(-std::log10(level.actions.burn_step_m_s / 1000) - 1e-9)));
}

// A burn's size as the level's steps count it: km/s for a launch-sized step (0.01 km/s and
// more), m/s where the steps are metres per second (a rendezvous, a relay's trim), so that a
// "1 m/s" hint reads as 1 m/s, not 0.001 km/s.
bool burnInMs(const Level& level) { return level.actions.burn_step_m_s < 10; }

// The number alone, in the unit burnText gives it (the first end of a range, "-79 to -54 m/s").
std::string burnNumber(const Level& level, double kms) {
    if (burnInMs(level)) return fixed(kms * 1000, level.actions.burn_step_m_s < 1 ? 1 : 0);
    return fixed(kms, burnDecimals(level));
}

std::string burnText(const Strings& tr, const Level& level, double kms) {
    if (burnInMs(level)) return tr.format("unit.m_s", {burnNumber(level, kms)});
    return kmsText(tr, kms, burnDecimals(level));
}
} // namespace

// What last happened to the plan, said once in the panel's status area (for a while).
std::string PlayScreen::planNewsText() const {
    const Strings& tr = game_.tr();
    const Flight& f = *flight_;
    const double atMin = f.sim().scale().ticksToRealSeconds(double(f.newsTick())) / 60;
    switch (f.news()) {
    case PlanNews::None: return {};
    case PlanNews::Fired: return tr.format("burn.fired", {burnText(tr, f.sim().level(), f.newsDvKms()), durationText(tr, atMin)});
    case PlanNews::FiredShort:
        return tr.format("burn.fired_short", {burnText(tr, f.sim().level(), f.newsDvKms()), burnText(tr, f.sim().level(), f.newsPlannedKms())});
    case PlanNews::NextLap: return tr.format("burn.next_lap", {durationText(tr, f.minutesToPlan())});
    case PlanNews::Dropped: return tr("burn.dropped");
    }
    return {};
}

void PlayScreen::burnPanel(float bottom, float top) {
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    Flight& f = *flight_;
    placeActionPanel(bottom, top, burnPanelHeight_);
    ImGui::Begin("##burn", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    notePanel("burn");
    // Under a capsule's tall telemetry (g-load, heating, shield and parachute rows) the panel
    // drops its heading and its cost line (the sliders show the Δv) rather than reach over the
    // time bar: decided by the level when the flight starts, so no button ever moves.
    if (!compact_ && !burnTight_) heading(tr("burn.title"));
    // Every row keeps its place whatever the text above says: a button must not slide away
    // from under a finger that is tapping it. The status gets two lines, always.
    const BurnPlan& plan = f.plan();
    // A capsule in a short window (960x600) keeps one line of status, in short words: its
    // telemetry is tall, and the panel must stay clear of the time bar.
    const bool tight = burnTight_ && compact_;
    const float statusTop = ImGui::GetCursorPosY();
    const double minutesAway = f.minutesToPlan();
    // The news ("Burn done: ...") stays 8 s of running flight: a student who pauses to read
    // it keeps it as long as the pause lasts.
    if (newsShownAt_ >= 0 && paused()) newsShownAt_ += double(ImGui::GetIO().DeltaTime);
    if (f.news() != PlanNews::None && newsShownAt_ >= 0 && game_.time() - newsShownAt_ > 8.0) {
        f.clearNews();
        newsShownAt_ = -1;
    }
    const std::string news = planNewsText();
    if (!news.empty()) view::wrappedText(news, f.news() == PlanNews::Fired ? pal.success : pal.accent);
    else if (!plan.placed) view::wrappedText(tr(tight ? "burn.tap_path_short" : "burn.tap_path"), pal.textDim);
    else if (plan.armed) view::wrappedText(tr.format("burn.armed", {durationText(tr, minutesAway)}), pal.accentHot);
    else view::wrappedText(tr.format("burn.at", {durationText(tr, minutesAway)}), pal.text);
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), statusTop + ImGui::GetTextLineHeight() * (tight ? 1.0f : 2.2f) + ImGui::GetStyle().ItemSpacing.y));

    // Forward/backward along the path, and away from/toward the planet: the burn's two parts.
    // A level of small burns (catching a station: a few m/s) sets a finer step, and then the
    // numbers show as many decimals as the step needs.
    const double fuel = sim_->fuelKms();
    const double step = sim_->level().actions.burn_step_m_s / 1000;
    ImGui::BeginDisabled(plan.armed);
    double pro = plan.prograde, rad = plan.radial;
    // Coming home: the entry corridor on Forward's track, green where the capsule comes down
    // within its limits, red past it, amber short of it (game/sim/corridor.h).
    std::vector<view::SliderBand> bands;
    const EntryCorridor& ec = corridorShown_;
    if (ec.known && ec.found) {
        bands.push_back({-ec.fromKms, 0.0, gfx::withAlpha(pal.accent, 0.8f)});
        bands.push_back({-ec.toKms, -ec.fromKms, pal.success});
        if (ec.steepInFuel) bands.push_back({-fuel, -ec.toKms, pal.danger});
    }
    bool changed = valueSlider("pro", tr("burn.prograde"), tr("burn.prograde_tip"), pro, -fuel, fuel, step, burnText(tr, sim_->level(), pro),
                               pal.accentHot, bands);
    if (burnTight_) {
        // The burns a student can set (the step's multiples) that are inside it. The row is
        // there from the start, so nothing below it moves when the corridor is found.
        std::string line = ec.known ? tr("burn.corridor_none") : " ";
        if (ec.known && ec.found) {
            const double from = std::ceil(ec.fromKms / step - 1e-9) * step, to = std::floor(ec.toKms / step + 1e-9) * step;
            line = tr.format("burn.corridor", {burnNumber(sim_->level(), -to), burnText(tr, sim_->level(), -from)});
        }
        const bool inside = ec.found && -pro >= ec.fromKms && -pro <= ec.toKms;
        ImGui::TextColored(view::toImVec4(inside ? pal.success : pal.textDim), "%s", line.c_str());
        if (ec.known && ImGui::IsItemHovered()) view::tooltip(tr("burn.corridor_tip"));
    }
    if (sim_->level().actions.burn_radial)
        changed |= valueSlider("rad", tr("burn.radial"), tr("burn.radial_tip"), rad, -fuel, fuel, step, burnText(tr, sim_->level(), rad), pal.accentHot);
    if (changed) f.setBurn(pro, rad);
    ImGui::EndDisabled();

    const double cost = plan.cost();
    const bool tooMuch = cost > fuel + 1e-9;
    if (tooMuch) {
        ImGui::TextColored(view::toImVec4(pal.danger), "%s", tr.format("burn.too_much", {burnText(tr, sim_->level(), cost), burnText(tr, sim_->level(), fuel)}).c_str());
    } else if (!burnTight_ && (!compact_ || meetCraft_ < 0)) {
        // A short window has no room for it beside the line about the station: the cost is
        // the Forward and Outward values above, and the fuel gauge shows what is left.
        ImGui::TextColored(view::toImVec4(pal.textDim), "%s", tr.format("burn.cost", {burnText(tr, sim_->level(), cost), burnText(tr, sim_->level(), fuel)}).c_str());
    }
    bool onSite = false;
    const std::string path = previewPathText(&onSite);
    const float pathTop = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(0);
    // (Wrapped as both languages need: ImGui breaks Chinese only at spaces.)
    view::wrappedText(!path.empty() ? path
                      : burnTight_ && !previewValid_ ? std::string(tr("burn.set_forward"))   // a capsule: where it lands, once a burn is set
                                                     : tr.format("burn.new_orbit", {previewOrbitText()}),
                      onSite ? pal.success : previewValid_ ? pal.accentHot : pal.textDim);
    // A capsule's panel keeps two lines for where the path comes down, long or short, and two
    // for the heat of each dip, so the panel (standing on the bottom edge) never grows under a
    // finger on Forward's buttons.
    if (burnTight_)
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), pathTop + ImGui::GetTextLineHeightWithSpacing() * 2));
    const std::string heat = previewHeatText();
    // Kept while empty: the buttons below stay put. A short window has no room for it: the
    // heating inset in the right column says it there.
    if (sim_->level().ship.max_skips > 0 && !compact_) {
        const float heatTop = ImGui::GetCursorPosY();
        view::wrappedText(heat.empty() ? " " : heat,
                          previewPeakHeat_ > sim_->level().ship.max_heating_kw_m2 && sim_->level().ship.max_heating_kw_m2 > 0 ? pal.danger : pal.textDim);
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), heatTop + ImGui::GetTextLineHeightWithSpacing() * 2));
    }
    const std::string meet = closestText();
    if (!meet.empty()) ImGui::TextColored(view::toImVec4(closest_.meets ? pal.success : pal.accentHot), "%s", meet.c_str());
    if (meetBody_ >= 0) {   // kept while empty: the buttons below stay put
        const std::string pass = bodyPassText();
        const bool reaches = bodyPass_.found && bodyPass_.heightKm <= meetBodyKm_;
        ImGui::TextColored(view::toImVec4(reaches ? pal.success : pal.accentHot), "%s", pass.empty() ? " " : pass.c_str());
    }
    ImGui::PopTextWrapPos();
    // The buttons share the row: Confirm (planned) / Cancel (armed), Burn now, Remove.
    const bool canBurn = f.canConfirm();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const int count = plan.armed ? 1 : (plan.placed ? 3 : 1);
    const float bw = (ImGui::GetContentRegionAvail().x - gap * float(count - 1)) / float(count);
    if (plan.armed) {
        if (view::secondaryButton(tr("burn.cancel"), bw)) {
            game_.click();
            f.cancelBurn();
        }
    } else {
        if (plan.placed) {
            ImGui::BeginDisabled(!canBurn);
            if (view::primaryButton(tr("burn.confirm"), bw)) {
                game_.click();
                f.confirmBurn();
                f.clearNews();
            }
            ImGui::EndDisabled();
            ImGui::SameLine();
        }
        ImGui::BeginDisabled(!canBurn);
        const bool pressed = plan.placed ? view::secondaryButton(tr("burn.now"), bw) : view::primaryButton(tr("burn.now"), bw);
        if (pressed) {
            game_.click();
            f.burnNow();
        }
        ImGui::EndDisabled();
        if (plan.placed) {
            ImGui::SameLine();
            if (view::secondaryButton(tr("burn.remove"), bw)) {
                game_.click();
                f.removeBurn();
                f.clearNews();
            }
        }
    }
    burnPanelHeight_ = ImGui::GetWindowSize().y;
    ImGui::End();
}

// [SECTION] pilot

// A capsule whose parachute is opened by hand gets a button for it on the pad.
void PlayScreen::layoutPad(const platform::FrameInput& in) {
    const Ship& ship = sim_->level().ship;
    const bool chute = ship.parachute_area_m2 > 0 && !ship.parachute_auto;
    pad_.layout(in.windowWidth, in.windowHeight, ui::scale(), padBottomMargin(), padKind(), sim_->shipHeadingRad(), chute);
}

void PlayScreen::pilotPad(const platform::FrameInput& in) {
    const Strings& tr = game_.tr();
    layoutPad(in);
    const char* labels[view::TouchPad::Count] = {tr("pilot.left"), tr("pilot.thrust"), tr("pilot.right"), "I", "K", "J", "L", tr("pilot.parachute")};
    // Lit by the keyboard too, so the keys and the buttons are visibly the same controls (the
    // parachute's while it is open).
    const bool lit[view::TouchPad::Count] = {keyTurn_ > 0,         keyThrust_,         keyTurn_ < 0,          keyRcsForward_ > 0,
                                             keyRcsForward_ < 0,   keyRcsLeft_ > 0,    keyRcsLeft_ < 0,       sim_->parachuteOpen()};
    pad_.draw(labels, lit);
    panels_.push_back({"pilot pad", pad_.bounds()});
}

} // namespace sp
