#include "game/view/hud.h"

#include "engine/ui/ui.h"
#include "game/sim/landing.h"
#include "game/sim/relay.h"
#include "game/sim/rules/stars.h"
#include "game/text/format.h"
#include "game/text/goal_text.h"
#include "game/text/outcome_text.h"
#include "game/text/reason_text.h"
#include "game/text/strings.h"
#include "game/view/icons.h"
#include "game/view/text_wrap.h"
#include "game/view/theme.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

namespace sp::view {

namespace {

// How the HUD draws a goal's live line: its icon (if any) and whether it is good news now.
// Looks only: the rows decide what the line says.
struct LiveLook {
    std::optional<icons::Icon> icon;
    bool good = false;
};
LiveLook liveLook(std::string_view code) {
    if (code == "contact_hearing") return {icons::Icon::Dish, true};
    if (code == "contact_silent") return {icons::Icon::Dish, false};
    return {};
}

void row(const char* label, const std::string& value, float valueColumn, gfx::Color color) {
    ImGui::TextColored(toImVec4(view::palette().textDim), "%s", label);
    ImGui::SameLine(valueColumn);
    ImGui::TextColored(toImVec4(color), "%s", value.c_str());
}

// The orbit in two numbers a student can picture: lowest and highest altitude, and how long
// one lap takes. Flights that are not orbits say what they are instead.
void orbitRows(const Sim& sim, const Strings& tr, float column, bool period) {
    const view::Palette& pal = view::palette();
    if (!sim.launched()) {
        row(tr("hud.orbit"), tr("hud.orbit_none"), column, pal.textDim);
        return;
    }
    const int d = sim.dominantAttractor();
    const Attractor& a = sim.level().attractors[d];
    const orbit::Elements el = sim.elements(d);
    if (!el.bound) {
        row(tr("hud.orbit"), tr("hud.orbit_escape"), column, pal.accent);
        return;
    }
    const double low = el.periapsis - a.radius_km, high = el.apoapsis - a.radius_km;
    if (low < 0) {
        // A capsule on its way home is meant to come down: that is not an alarm.
        const bool home = sim.level().ship.drag_area_m2 > 0 && a.atmosphere_km > 0;
        row(tr("hud.orbit"), tr(home ? "hud.orbit_home" : "hud.orbit_falls"), column, home ? pal.teal : pal.danger);
        return;
    }
    const gfx::Color c = low < a.atmosphere_km ? pal.accent : pal.text;
    row(tr("hud.orbit"), tr.format("hud.orbit_value", {grouped(low), grouped(high)}), column, c);
    if (period) row(tr("hud.period"), durationText(tr, el.period / 60), column, pal.text);
}

// Where `value` sits on a log scale from `lo` to `hi` (0..1): a docking's range and closing
// speed span thousands, and what matters is the last few metres and centimetres per second.
float logFraction(double value, double lo, double hi) {
    if (!(value > lo)) return 0;
    return float(std::clamp(std::log10(value / lo) / std::log10(hi / lo), 0.0, 1.0));
}

// A docking display row (as a docking HUD draws it): the label, a bar filled to `fraction`,
// its colour saying whether the value is within its limit, a white tick where the limit is
// (limitAt < 0: none), faint ticks at `ticks` (a log bar's decades), then the value.
void limitBar(const char* label, const std::string& text, float fraction, float limitAt, gfx::Color color, float column,
              const std::vector<float>& ticks = {}) {
    const view::Palette& pal = view::palette();
    ImGui::TextColored(toImVec4(pal.textDim), "%s", label);
    ImGui::SameLine(column);
    const float s = ui::scale(), line = ImGui::GetTextLineHeight(), w = 110 * s, h = line * 0.62f, r = 3 * s;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 a(at.x, at.y + (line - h) / 2), z(at.x + w, a.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, z, icons::u32(gfx::withAlpha(pal.spaceDeep, 0.9f)), r);
    if (fraction > 0) dl->AddRectFilled(a, ImVec2(a.x + std::max(2 * r, w * fraction), z.y), icons::u32(color), r);
    for (const float t : ticks) dl->AddLine(ImVec2(a.x + w * t, a.y), ImVec2(a.x + w * t, z.y), icons::u32(gfx::withAlpha(pal.text, 0.3f)), 1);
    if (limitAt >= 0) dl->AddLine(ImVec2(a.x + w * limitAt, a.y - 3 * s), ImVec2(a.x + w * limitAt, z.y + 3 * s), icons::u32(pal.text), 2 * s);
    ImGui::Dummy(ImVec2(w, line));
    ImGui::SameLine();
    ImGui::TextColored(toImVec4(limitAt >= 0 ? color : pal.text), "%s", text.c_str());
}

// The decades of a log scale from lo to hi (0..1 along it).
std::vector<float> decades(double lo, double hi) {
    std::vector<float> out;
    for (double d = lo * 10; d < hi * 0.999; d *= 10) out.push_back(logFraction(d, lo, hi));
    return out;
}

// Over a landing site: the height of the feet, the three numbers the legs judge on bars with
// their limits, the ground below and what cutting the engine now would bring. Green within
// the legs' limits, amber where a touchdown would be hard but survived, red past them.
void landingRows(const Sim& sim, const Strings& tr, float column) {
    const view::Palette& pal = view::palette();
    const Ship& ship = sim.level().ship;
    const LandingReadout l = landingReadout(sim);
    auto grade = [&](OutcomeCode c) { return c == OutcomeCode::None ? pal.success : c == OutcomeCode::LandedHard ? pal.accent : pal.danger; };
    auto within = [&](double v, double limit) { return v <= limit ? pal.success : pal.danger; };
    row(tr("hud.altitude"), numberText(tr, "altitude_m", l.heightM), column, pal.text);
    // The panel keeps the width of its widest value ("88.8 m/s down", "88.8 m/s at touchdown"),
    // so it does not twitch, or clip a value for a frame, as a hovering lander goes up and down.
    const std::string widest[] = {tr.format("hud.down_value", {numberText(tr, "speed_m_s", 88.8)}),
                                  tr.format("hud.up_value", {numberText(tr, "speed_m_s", 88.8)}),
                                  tr.format("hud.engine_off_value", {numberText(tr, "speed_m_s", 88.8)}),
                                  tr.format("hud.ground_steep", {numberText(tr, "angle_deg", 88.8)})};
    float valueW = 0;
    for (const std::string& w : widest) valueW = std::max(valueW, ImGui::CalcTextSize(w.c_str()).x);
    const float wantX = ImGui::GetStyle().WindowPadding.x + column + 110 * ui::scale() + ImGui::GetStyle().ItemSpacing.x + valueW;
    ImGui::SameLine(0, 0);
    ImGui::Dummy(ImVec2(std::max(0.0f, wantX - ImGui::GetCursorPosX()), 1));
    // Down: 0 .. 1.5 x the hard limit, with a tick at each limit.
    const double hard = std::max(ship.touchdown_max_vertical_m_s, ship.touchdown_hard_vertical_m_s), top = 1.5 * hard;
    const double down = std::max(0.0, l.downMs);
    const std::string vertical = tr.format(l.downMs < 0 ? "hud.up_value" : "hud.down_value", {numberText(tr, "speed_m_s", std::fabs(l.downMs))});
    const gfx::Color downColor = down <= ship.touchdown_max_vertical_m_s ? pal.success : down <= hard ? pal.accent : pal.danger;
    limitBar(tr("hud.vertical"), vertical, float(std::min(1.0, down / top)), float(ship.touchdown_max_vertical_m_s / top), downColor, column,
             {float(hard / top)});
    auto straight = [](double v, double limit) { return float(std::clamp(v / (1.5 * limit), 0.0, 1.0)); };
    limitBar(tr("hud.horizontal"), numberText(tr, "speed_m_s", l.sidewaysMs), straight(l.sidewaysMs, ship.touchdown_max_horizontal_m_s), 1 / 1.5f,
             within(l.sidewaysMs, ship.touchdown_max_horizontal_m_s), column);
    limitBar(tr("hud.tilt"), numberText(tr, "angle_deg", l.tiltDeg), straight(l.tiltDeg, ship.touchdown_max_tilt_deg), 1 / 1.5f,
             within(l.tiltDeg, ship.touchdown_max_tilt_deg), column);
    // The ground under the legs: what the hazard camera of a real lander looks for.
    const bool steep = l.groundLeanDeg > ship.touchdown_max_slope_deg;
    row(tr("hud.ground_below"), tr.format(steep ? "hud.ground_steep" : "hud.ground_ok", {numberText(tr, "angle_deg", l.groundLeanDeg)}), column,
        steep ? pal.danger : pal.success);
    if (!sim.over())   // down on the ground, "engine off now" means nothing
        row(tr("hud.engine_off"), tr.format("hud.engine_off_value", {numberText(tr, "speed_m_s", l.engineOffMs)}), column, grade(l.ifEngineOff));
}

// A relay's two links, each in view or cut, and by what: "To Chang'e 4: in view", "To Earth:
// hidden by the Moon".
void relayRows(const Sim& sim, const Goal& g, const Strings& tr, float column) {
    const view::Palette& pal = view::palette();
    const Level& level = sim.level();
    const RelayLinks l = relayLinks(level, sim.bodies(), g.index, g.attractor, sim.shipPosKm(), sim.elapsedRealSeconds());
    auto name = [&](const Text& t, const char* fallback) { return t.empty() ? std::string(tr(fallback)) : t.get(tr.language()); };
    auto state = [&](bool up, int blocker) {
        if (up) return std::string(tr("hud.link_up"));
        if (blocker < 0) return std::string(tr("hud.link_far"));
        return tr.format("hud.link_cut", {name(level.attractors[size_t(blocker)].name, "hud.unnamed_body")});
    };
    const Station& st = level.stations[size_t(g.index)];
    row(tr.format("hud.link_to", {name(st.name, "hud.unnamed_lander")}).c_str(), state(l.lander, l.landerBlockedBy), column,
        l.lander ? pal.success : pal.danger);
    row(tr.format("hud.link_to", {name(level.attractors[size_t(g.attractor)].name, "hud.unnamed_body")}).c_str(),
        state(l.home, l.homeBlockedBy), column, l.home ? pal.success : pal.danger);
}

} // namespace

ImVec4 toImVec4(gfx::Color c) { return ImVec4(c.r, c.g, c.b, c.a); }

PanelBox currentPanelBox() {
    const ImVec2 p = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
    return {p.x, p.y, p.x + sz.x, p.y + sz.y};
}

void colorBar(float fraction, ImVec4 color, float width, float height, const char* overlay) {
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, color);
    ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), ImVec2(width, height), overlay ? overlay : "");
    ImGui::PopStyleColor();
}

namespace {
bool receiverToFind(const Level& level, int station) {
    for (const Goal& g : level.goals.list)
        if (g.type == GoalType::Locate && g.index == station) return true;
    return false;
}
} // namespace

PanelBox telemetryPanel(const Sim& sim, const Strings& tr, ImVec2 topLeft, bool compact) {
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    ImGui::SetNextWindowPos(topLeft);
    ImGui::Begin("##telemetry", nullptr, kPanelFlags);
    const Level& level = sim.level();
    // Wide enough for the longest site name a sky level lists (below).
    float column = 118 * s;
    if (level.actions.sky)
        for (const Station& st : level.stations)
            column = std::max(column, ImGui::CalcTextSize(st.name.get(tr.language()).c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2);

    const bool local = level.frame.kind == "local";
    if (level.actions.sky) {
        // A sky level flies no craft: its rows are the time and the sites (below).
    } else if (local && level.ground.empty()) {
        // Near a station, with no ground: only how fast the craft moves in the frame.
        row(tr("hud.speed"), numberText(tr, "speed_m_s", length(sim.shipVelKms()) * 1000), column, pal.text);
    } else if (local && sim.launched() && landingReadout(sim).overGround) {
        landingRows(sim, tr, column);
    } else if (local) {
        // Metres and metres per second: a landing or a docking is a matter of a few of each.
        row(tr("hud.altitude"), numberText(tr, "altitude_m", sim.altitudeKm() * 1000), column, pal.text);
        const Vec2 v = sim.shipVelKms() * 1000.0, up = sim.upAt(sim.shipPosKm());
        const double climb = dot(v, up);
        const std::string vertical = numberText(tr, "speed_m_s", std::fabs(climb));
        row(tr("hud.vertical"), tr.format(climb < 0 ? "hud.down_value" : "hud.up_value", {vertical}), column, pal.text);
        row(tr("hud.horizontal"), numberText(tr, "speed_m_s", length(v - up * climb)), column, pal.text);
    } else {
        // The ship collides as a ball of its radius_km (tens of km here): one that came down
        // rests with its centre that high, which is the ground, not "29 km".
        const bool down = sim.over() && sim.altitudeKm() <= sim.level().ship.radius_km * 1.05;
        row(tr("hud.altitude"), kmText(tr, down ? 0.0 : sim.altitudeKm()), column, pal.text);
        row(tr("hud.speed"), kmsText(tr, sim.speedKms()), column, pal.text);
    }
    // What the crew feels and what the heat shield takes, where there is air or ground to feel.
    const bool air = hasAir(level);
    // Against the craft's own limits where it has them: red from 80% of one.
    auto gauge = [&](double value, double limit, double unlimitedDanger) {
        if (limit > 0) return value > 0.8 * limit ? pal.danger : pal.text;
        return value > unlimitedDanger ? pal.danger : pal.text;
    };
    auto ofLimit = [&](const char* key, double value, const char* limitKey, double limit) {
        const std::string v = numberText(tr, key, value);
        return limit > 0 ? tr.format("hud.of_limit", {v, numberText(tr, limitKey, limit)}) : v;
    };
    const Ship& ship = level.ship;
    // What the crew feels (a lander's pilot reads its legs' numbers instead).
    const bool landing = local && !level.ground.empty();
    if (sim.launched() && ((local && !landing) || (air && ship.drag_area_m2 > 0)))
        row(tr("hud.g_load"), ofLimit("load_g", sim.shipGLoad(), "limit_g", ship.max_g), column, gauge(sim.shipGLoad(), ship.max_g, 6));
    if (sim.launched() && air && ship.drag_area_m2 > 0)
        row(tr("hud.heating"), ofLimit("heating_kw_m2", sim.shipHeatingKwM2(), "limit_kw_m2", ship.max_heating_kw_m2), column,
            gauge(sim.shipHeatingKwM2(), ship.max_heating_kw_m2, 1e12));
    if (sim.launched() && air && ship.max_skips > 0 && sim.shipEnteredAir()) {
        // A craft that may skip: the heat its shield has soaked up, dip by dip.
        const std::vector<EntryDip>& dips = sim.dips();
        std::string load = numberText(tr, "load_mj_m2", dips[0].heatLoadMjM2);
        for (size_t i = 1; i < dips.size(); ++i) load += " + " + numberText(tr, "load_mj_m2", dips[i].heatLoadMjM2);
        row(tr("hud.heat_load"), tr.format(dips.size() > 1 ? "hud.heat_load_dips" : "hud.heat_load_dip", {load, std::to_string(dips.size())}), column, pal.text);
    }
    if (sim.launched() && air && ship.shield_max_angle_deg > 0 && !sim.parachuteOpen()) {
        // Where the shield faces, before the air gets thick enough to judge it.
        const double off = sim.shieldOffFlowDeg();
        row(tr("hud.shield"), tr.format("hud.shield_off", {numberText(tr, "off_deg", off), numberText(tr, "limit_deg", ship.shield_max_angle_deg)}), column,
            off > ship.shield_max_angle_deg ? pal.danger : pal.teal);
    }
    if (ship.parachute_area_m2 > 0 && sim.launched()) {
        // The parachute: open, or what it waits for (or why the last try failed).
        const Reason refusal = sim.parachuteRefusal();
        std::string state = sim.parachuteOpen() ? tr("hud.chute_open")
                            : !refusal.empty()  ? reasonText(tr, "why", refusal, level, nullptr)
                                                : tr.format("hud.chute_packed", {numberText(tr, "limit_km", ship.parachute_max_altitude_km),
                                                                                 numberText(tr, "limit_m_s", ship.parachute_max_speed_m_s)});
        row(tr("hud.parachute"), state, column, sim.parachuteOpen() ? pal.teal : (refusal.empty() ? pal.text : pal.accent));
    }
    // A target with a docking port: range, closing speed, and the port's three limits, green
    // while within them.
    const int target = targetCraft(level);
    if (target > 0 && sim.launched() && sim.craftAlive(target) && sim.craftDef(target).dock_max_closing_m_s > 0) {
        const Ship& port = sim.craftDef(target);
        const Approach a = sim.approach(0, target);
        const double closing = a.closingKms * 1000, offset = a.offsetKm * 100000;
        auto within = [&](bool ok) { return ok ? pal.success : pal.danger; };
        // Range 10 cm .. 1 km and closing 1 cm/s .. 10 m/s on log scales; the offset and the
        // angle on straight ones, the limit two thirds along.
        constexpr double kRangeM[2] = {0.1, 1000}, kClosing[2] = {0.01, 10};
        const double closingLimit = port.dock_max_closing_m_s, offsetLimit = port.dock_max_offset_m * 100, angleLimit = port.dock_max_angle_deg;
        const std::string texts[4] = {numberText(tr, "range_m", a.rangeKm * 1000), ofLimit("closing_m_s", closing, "limit_m_s", closingLimit),
                                      ofLimit("offset_cm", offset, "limit_cm", offsetLimit), ofLimit("angle_deg", a.angleDeg, "limit_deg", angleLimit)};
        limitBar(tr("hud.range"), texts[0], logFraction(a.rangeKm * 1000, kRangeM[0], kRangeM[1]), -1, pal.teal, column,
                 decades(kRangeM[0], kRangeM[1]));
        limitBar(tr("hud.closing"), texts[1], logFraction(closing, kClosing[0], kClosing[1]), logFraction(closingLimit, kClosing[0], kClosing[1]),
                 within(closing <= closingLimit), column, decades(kClosing[0], kClosing[1]));
        auto straight = [](double v, double limit) { return float(std::clamp(v / (1.5 * limit), 0.0, 1.0)); };
        limitBar(tr("hud.offset"), texts[2], straight(offset, offsetLimit), 1 / 1.5f, within(offset <= offsetLimit), column);
        limitBar(tr("hud.angle"), texts[3], straight(a.angleDeg, angleLimit), 1 / 1.5f, within(a.angleDeg <= angleLimit), column);
    }
    if (level.time_limit_min < 1e8) {
        // The limit is part of the puzzle: the student sees what is left before it runs out.
        const double left = std::max(0.0, level.time_limit_min - sim.elapsedRealSeconds() / 60);
        const double share = level.time_limit_min > 0 ? left / level.time_limit_min : 0;
        row(tr("hud.time"), tr.format("hud.time_value", {durationText(tr, sim.elapsedRealSeconds() / 60), durationText(tr, left)}), column,
            share < 0.1 ? pal.danger : (share < 0.25 ? pal.accent : pal.text));
    } else {
        row(tr("hud.time"), durationText(tr, sim.elapsedRealSeconds() / 60), column, pal.text);
    }
    // How many satellites each site sees now, against what the coverage goals ask of it.
    if (level.actions.sky) {
        int need = 0;
        for (const Goal& g : level.goals.list)
            if (g.type == GoalType::Coverage) need = std::max(need, int(g.count));
        const Constellation& sky = sim.sky();
        for (int s = 0; s < sky.stationCount(); ++s) {
            if (receiverToFind(level, s)) continue;   // a locate goal's receiver: where it is is the puzzle
            const int seen = sim.awaitingStart() ? -1 : sky.countInView(s, sim.elapsedRealSeconds());
            const std::string value = seen < 0 ? "-" : tr.format("hud.in_view", {std::to_string(seen)});
            row(sky.station(s).name.get(tr.language()).c_str(), value, column, seen < 0 ? pal.textDim : seen >= need ? pal.success : pal.danger);
        }
    }
    // In a frame that turns with the Moon an orbit's shape means little: the radio links do.
    if (!level.actions.sky && !local && sim.dominantAttractor() >= 0 && level.frame.turn_period_min <= 0) orbitRows(sim, tr, column, !compact);
    if (sim.launched())
        for (const Goal& g : level.goals.list)
            if (g.type == GoalType::Relay) relayRows(sim, g, tr, column);

    if (level.actions.pilot || level.actions.burn) {
        // Δv left is the fuel gauge: every push of the engine spends some.
        ImGui::TextColored(toImVec4(pal.textDim), "%s", tr("hud.fuel"));
        ImGui::SameLine(column);
        const float f = float(sim.fuelFraction());
        const gfx::Color c = f > 0.25f ? pal.teal : (f > 0.0f ? pal.accent : pal.danger);
        // Thrusters for a docking carry a few m/s: in km/s they would read 0.00.
        const std::string value = sim.level().ship.fuel_dv_km_s < 0.1 ? numberText(tr, "m_s", sim.fuelKms() * 1000) : fuelText(tr, sim.fuelKms());
        colorBar(f, toImVec4(c), 130 * s, ImGui::GetTextLineHeight(), value.c_str());
    }
    const PanelBox box = currentPanelBox();
    ImGui::End();
    return box;
}

PanelBox goalsPanel(const Sim& sim, const Strings& tr, ImVec2 topRight, float width) {
    const view::Palette& pal = view::palette();
    const float s = ui::scale();
    const Level& level = sim.level();
    ImGui::SetNextWindowPos(topRight, ImGuiCond_Always, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::Begin("##goals", nullptr, kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float icon = ImGui::GetTextLineHeight();

    ImGui::TextColored(toImVec4(pal.accentHot), "%s", tr(level.goals.combine == "any" ? "hud.goals_any" : "hud.goals"));
    for (size_t i = 0; i < level.goals.list.size(); ++i) {
        const Goal& g = level.goals.list[i];
        const GoalState& st = sim.goals()[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 c(at.x + icon * 0.5f, at.y + icon * 0.5f);
        if (st.done) {
            dl->AddCircleFilled(c, icon * 0.46f, icons::u32(pal.success));
            icons::draw(dl, icons::Icon::Check, c, icon * 0.6f, icons::u32(pal.spaceDeep));
        } else {
            dl->AddCircle(c, icon * 0.42f, icons::u32(pal.textDim), 20, 1.5f);
        }
        ImGui::Dummy(ImVec2(icon, icon));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);   // the window's right edge
        wrappedText(goalText(g, level, tr), st.done ? pal.success : pal.text);
        ImGui::PopTextWrapPos();
        // A goal done needs no details, nor a docking whose limits the telemetry shows, each
        // beside its number: the panel stays short enough for a small window.
        const bool portShown = g.type == GoalType::Dock && level.frame.kind == "local";
        const std::vector<std::string> details = st.done || portShown ? std::vector<std::string>{} : goalDetails(g, level, tr);
        if (!details.empty()) {
            ImGui::Indent(icon + ImGui::GetStyle().ItemSpacing.x);
            ImGui::SetWindowFontScale(0.86f);
            // Wrapped: "nearly round: eccentricity (how stretched the orbit is)..." is longer than the panel.
            ImGui::PushTextWrapPos(0);
            for (const std::string& d : details) wrappedText(d, pal.textDim);
            ImGui::PopTextWrapPos();
            ImGui::SetWindowFontScale(1.0f);
            ImGui::Unindent(icon + ImGui::GetStyle().ItemSpacing.x);
        }
        // A sky level's goals say nothing live before its clock starts: the sky is the knobs' then.
        Reason now = !st.done && goalRow(g.type).live && !sim.awaitingStart() ? goalRow(g.type).live(sim, g, st) : Reason{};
        if (!now.empty()) {
            // What the goal's row says of it right now (a contact goal: the radio link).
            now.goal = int(i);
            const LiveLook look = liveLook(now.code);
            ImGui::Indent(icon + ImGui::GetStyle().ItemSpacing.x);
            if (look.icon) {
                const ImVec2 p = ImGui::GetCursorScreenPos();
                icons::draw(dl, *look.icon, ImVec2(p.x + icon * 0.5f, p.y + icon * 0.5f), icon * 0.9f,
                            icons::u32(look.good ? pal.success : pal.textDim));
                ImGui::Dummy(ImVec2(icon, icon));
                ImGui::SameLine();
            }
            ImGui::PushTextWrapPos(0);
            wrappedText(goalReasonText(now, level, tr), look.good ? pal.success : pal.textDim);
            ImGui::PopTextWrapPos();
            ImGui::Unindent(icon + ImGui::GetStyle().ItemSpacing.x);
        }
        if (!st.done && st.progress > 0) {
            ImGui::Indent(icon + ImGui::GetStyle().ItemSpacing.x);
            colorBar(float(st.progress), toImVec4(pal.teal), width - icon * 2.6f, 6 * s);
            ImGui::Unindent(icon + ImGui::GetStyle().ItemSpacing.x);
        }
    }

    // Stars: the first comes with the win; the rules say how to earn the others.
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextColored(toImVec4(pal.accentHot), "%s", tr("hud.stars"));
    auto starLine = [&](StarState state, const std::string& text) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool earned = state == StarState::Earned, onTrack = state == StarState::OnTrack;
        icons::star(dl, ImVec2(at.x + icon * 0.5f, at.y + icon * 0.5f), icon * 0.45f, earned,
                    icons::u32(earned || onTrack ? pal.accent : pal.textDim));
        ImGui::Dummy(ImVec2(icon, icon));
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        std::string line = text;
        if (onTrack) line += "  " + std::string(tr("hud.star_on_track"));
        else if (state == StarState::Missed) line += "  " + std::string(tr("hud.star_missed"));
        // The status stays whole ("· 已错过", never "· 已错" and "过").
        wrappedText(line, earned || onTrack ? pal.text : pal.textDim, 0, text.size());
        ImGui::PopTextWrapPos();
    };
    const StarState win = sim.outcome() == Outcome::Won ? StarState::Earned : (sim.over() ? StarState::Missed : StarState::NotYet);
    starLine(win, tr("star.win"));
    for (size_t i = 0; i < level.stars.size(); ++i) starLine(starState(sim, i), starRuleText(level.stars[i], tr));

    const PanelBox box = currentPanelBox();
    ImGui::End();
    return box;
}

} // namespace sp::view
