// The play screen's sky panel (Chapter 4, Actions::sky): before the clock starts, a slider for
// each knob the student sets (a satellite's free number or a locate goal's mark, knobs.h), what
// the choice means (a radius's time for one turn, the day ahead of a coverage goal, the signals
// a receiver hears), and Start; and the tap that puts a mark on the ground.
#include "engine/ui/ui.h"
#include "game/screens/play.h"
#include "game/shell/shell.h"
#include "game/sim/message.h"
#include "game/sim/nav.h"
#include "game/sim/nav_signals.h"
#include "game/sim/orbit.h"
#include "game/text/format.h"
#include "game/view/sky_view.h"
#include "game/view/theme.h"
#include "game/view/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sp {

// What the panel shows of knob k: whose it is, what it sets (a satellite's free number, or
// "mark"), in which colour, and its value in words (a radius in km, a longitude, degrees).
PlayScreen::KnobLook PlayScreen::knobLook(int k) const {
    const Level& level = sim_->level();
    const KnobRef ref = flight_->knobRef(k);
    KnobLook look;
    look.span = flight_->knobSpan(k);
    if (ref.satellite >= 0) {
        const Satellite& sat = level.satellites[size_t(ref.satellite)];
        look.name = sat.name.get(game_.lang());
        look.sets = sat.free;
        look.color = view::satelliteColor(sat.look);
        look.attractor = sat.attractor;
    } else if (ref.clock) {
        look.name = game_.tr()("sky.clock");
        look.sets = "clock";
        look.color = view::palette().tealBright;
    } else {
        look.name = game_.tr()("sky.mark");
        look.sets = "mark";
        look.color = view::palette().accentHot;
    }
    return look;
}

std::string PlayScreen::knobText(const KnobLook& look, double value) const {
    const Strings& tr = game_.tr();
    if (look.sets == "radius_km") return kmText(tr, value);
    if (look.sets == "node_longitude_deg" || look.sets == "mark") return longitudeText(tr, value);
    if (look.sets == "clock")   // "+2,000 µs · 600 km": what the clock error does to every circle
        return tr.format("sky.clock_value", {(value > 0 ? "+" : "") + numberText(tr, "us", value),
                                             kmText(tr, std::fabs(value) * 1e-6 * nav::kLightKmS)});
    return tr.format("unit.deg", {fixed(value, look.span.step < 1 ? 1 : 0)});
}

// A navigation level: what the receiver heard from each satellite (the travel time, and the
// distance light covers in it: the circle's radius), and how far the mark is from each circle,
// green once it is within the locate goal's distance of every one.
void PlayScreen::skySignals() {
    if (!skyPreview_) return;
    const Level asSet = flight_->skyAsSet();
    const view::SignalsShown shown = view::signalsOf(asSet);
    if (shown.receiver < 0) return;
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    double need = 0;
    for (const Goal& g : asSet.goals.list)
        if (g.type == GoalType::Locate) need = g.distance_km;
    const Vec3 mark = skyPreview_->pointRelativeKm(shown.receiver, shown.markLonDeg, 0);
    const double heard = 12000 * (game_.time() - openedAt_);
    const std::vector<SkySignal> signals = signalsAt(*skyPreview_, shown.receiver, 0, shown.clockTakenOffUs * 1e-6);
    ImGui::PushTextWrapPos(0);
    bool allHeard = true;
    for (const SkySignal& s : signals) {
        const Satellite& sat = asSet.satellites[size_t(s.satellite)];
        if (heard < s.rangeKm) {
            ImGui::TextDisabled("%s", tr.format("sky.listening", {sat.name.get(game_.lang())}).c_str());
            allHeard = false;
            continue;
        }
        const Vec3 d = skyPreview_->relativeKm(s.satellite, 0) - mark;
        const double off = std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z) - s.rangeKm;
        ImGui::TextColored(view::toImVec4(std::fabs(off) <= need ? pal.success : pal.text), "%s",
                           tr.format("sky.signal", {sat.name.get(game_.lang()), fixed(s.travelS, 5), kmText(tr, s.rangeKm),
                                                    kmText(tr, std::fabs(off))})
                               .c_str());
    }
    // A receiver whose clock is off: how far apart the circles cross each other (0 once the
    // clock is right), green once it is within the goal's distance.
    const int planet = asSet.stations[size_t(shown.receiver)].attractor;
    const double spread = circlesSpreadKm(signals, sim_->bodies().positionAt(planet, sim_->elapsedRealSeconds()));
    if (allHeard && asSet.stations[size_t(shown.receiver)].clock_error_us != 0 && spread >= 0)
        ImGui::TextColored(view::toImVec4(spread <= need ? pal.success : pal.accentHot), "%s",
                           tr.format("sky.spread", {kmText(tr, spread)}).c_str());
    ImGui::PopTextWrapPos();
}

// Where a switchable satellite stands in the sky of the fix goal's receiver: " · 15° up, west".
std::string PlayScreen::switchWhere(int k) {
    const Level& level = sim_->level();
    const KnobRef ref = flight_->knobRef(k);
    int receiver = -1;
    bool moving = false;   // a message goal's: satellites rise and set before the battery runs out
    for (const Goal& g : level.goals.list)
        if ((g.type == GoalType::Fix || g.type == GoalType::Message) && receiver < 0) receiver = g.index, moving = g.type == GoalType::Message;
    if (!skyPreview_ || receiver < 0 || receiver >= skyPreview_->stationCount() || ref.satellite < 0) return {};
    const Strings& tr = game_.tr();
    const Satellite& sat = level.satellites[size_t(ref.satellite)];
    const double mask = level.stations[size_t(receiver)].mask_deg;
    const double up = skyPreview_->elevationDeg(receiver, ref.satellite, 0);
    std::string where;
    if (up < mask) {
        where = moving ? tr.format("sky.switch_hidden", {tr.format("unit.deg", {fixed(mask, 0)})}) : std::string(tr("sky.switch_down"));
    } else {
        const double east = std::remainder(sat.node_longitude_deg - level.stations[size_t(receiver)].longitude_deg, 360.0);
        where = tr.format("sky.switch_where", {numberText(tr, "deg", up), tr(up > 80 ? "sky.overhead" : east > 0 ? "sky.east" : "sky.west")});
    }
    if (moving) {   // when it next rises or sets, before the battery runs out
        if (flight_->knobs() != crossingKnobs_ || crossingS_.size() != level.satellites.size()) {
            const Constellation sky(flight_->skyAsSet());
            crossingS_.clear();
            for (int i = 0; i < int(level.satellites.size()); ++i)
                crossingS_.push_back(nextCrossingS(sky, receiver, i, 0, level.time_limit_min * 60, 30));
            crossingKnobs_ = flight_->knobs();
        }
        const double next = crossingS_[size_t(ref.satellite)];
        if (next > 0) where += tr.format(up < mask ? "sky.rises_in" : "sky.sets_in", {durationText(tr, next / 60)});
        if (sat.messages) where += tr("sky.carries");
    }
    return where;
}

// A fix goal before the start: what the receiver would make of the satellites switched on,
// how many channels they take, the error region against the goal's, and the clock it found.
void PlayScreen::skyFix() {
    if (!skyPreview_) return;
    const view::FixShown shown = view::fixOf(sim_->level(), *skyPreview_, 0);
    if (shown.receiver < 0) return;
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    ImGui::PushTextWrapPos(0);
    const bool fits = shown.heard <= shown.channels;
    if (shown.to >= 0) {   // a message: the satellites move, so the fix that counts is one ahead
        ImGui::TextColored(view::toImVec4(fits ? pal.text : pal.danger), "%s",
                           tr.format("sky.channels", {std::to_string(shown.heard), std::to_string(shown.channels)}).c_str());
        skyMessageAhead(shown);
        ImGui::PopTextWrapPos();
        return;
    }
    ImGui::TextColored(view::toImVec4(fits ? pal.text : pal.danger), "%s",
                       tr.format("sky.channels", {std::to_string(shown.heard), std::to_string(shown.channels)}).c_str());
    if (!shown.fix.ok || shown.fix.degenerate) {
        ImGui::TextColored(view::toImVec4(pal.danger), "%s", tr("sky.no_fix"));
    } else {
        const double errorM = shown.fix.error.majorKm * 1000;
        ImGui::TextColored(view::toImVec4(errorM <= shown.needM && fits ? pal.success : pal.accentHot), "%s",
                           tr.format("sky.error_region", {tr.format("unit.m", {fixed(errorM, 2)}), numberText(tr, "m", shown.rangeErrorM),
                                                          numberText(tr, "m", shown.needM)})
                               .c_str());
        const double clockUs = shown.fix.clockBiasS * 1e6;
        if (std::fabs(clockUs) >= 0.5)
            ImGui::TextDisabled("%s", tr.format("sky.clock_found", {(clockUs > 0 ? "+" : "") + numberText(tr, "us", clockUs)}).c_str());
    }
    ImGui::PopTextWrapPos();
}

// A message goal before the start: when, with the satellites switched on, the hiker's fix
// would first be sharp enough with a relay in view of both, worked out to the battery's end.
void PlayScreen::skyMessageAhead(const view::FixShown& shown) {
    const Level& level = sim_->level();
    const Strings& tr = game_.tr();
    const view::Palette& pal = view::palette();
    if (!anyCarrierOn(*skyPreview_)) {
        ImGui::TextColored(view::toImVec4(pal.danger), "%s", tr("sky.msg_no_carrier"));
        return;
    }
    if (flight_->knobs() != messageKnobs_) {
        // From the knobs as they are now: skyPreview_ is a frame behind a change made in this panel.
        messageAhead_ = messageAhead(Constellation(flight_->skyAsSet()), shown.receiver, shown.to, shown.rangeErrorM / 1000, shown.needM, level.time_limit_min * 60,
                              sim_->tickRealSeconds());
        messageKnobs_ = flight_->knobs();
    }
    const std::string need = numberText(tr, "m", shown.needM);
    if (messageAhead_.sentAtS >= 0) {
        const MessageLink m = messageAt(*skyPreview_, shown.receiver, shown.to, messageAhead_.sentAtS, shown.rangeErrorM / 1000);
        ImGui::TextColored(view::toImVec4(shown.heard <= shown.channels ? pal.success : pal.accentHot), "%s",
                           tr.format("sky.msg_goes", {durationText(tr, messageAhead_.sentAtS / 60), level.satellites[size_t(messageAhead_.relay)].name.get(game_.lang()),
                                                      tr.format("unit.m", {fixed(m.errorM, 1)})})
                               .c_str());
    } else if (messageAhead_.mostHeard < 3 || messageAhead_.bestErrorM < 0) {
        ImGui::TextColored(view::toImVec4(pal.accentHot), "%s", tr.format("sky.msg_never", {need, std::to_string(messageAhead_.mostHeard)}).c_str());
    } else {
        ImGui::TextColored(view::toImVec4(pal.accentHot), "%s",
                           tr.format("sky.msg_wide", {need, tr.format("unit.m", {fixed(messageAhead_.bestErrorM, 1)})}).c_str());
    }
}

// A coverage goal's day, worked out before the clock starts: the fewest satellites any site
// will see, where and when, against the count the goal needs (green once it is enough).
void PlayScreen::skyDayAhead() {
    const Level& level = sim_->level();
    const Goal* cover = nullptr;
    for (const Goal& g : level.goals.list)
        if (g.type == GoalType::Coverage) cover = &g;
    if (!cover || !skyPreview_) return;
    if (flight_->knobs() != leastKnobs_ || least_.count < 0) {
        // From the knobs as they are now: skyPreview_ is a frame behind a change made in this panel.
        least_ = leastInView(Constellation(flight_->skyAsSet()), cover->minutes * 60, sim_->tickRealSeconds());
        leastKnobs_ = flight_->knobs();
    }
    if (least_.site < 0) return;
    const Strings& tr = game_.tr();
    const bool enough = least_.count >= int(cover->count);
    const std::string where = level.stations[size_t(least_.site)].name.get(game_.lang());
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(view::toImVec4(enough ? view::palette().success : view::palette().accentHot), "%s",
                       enough ? tr.format("sky.least_ok", {std::to_string(least_.count), fixed(cover->count, 0)}).c_str()
                              : tr.format("sky.least", {std::to_string(least_.count), where, durationText(tr, least_.atS / 60),
                                                        fixed(cover->count, 0)})
                                    .c_str());
    ImGui::PopTextWrapPos();
}

// A sky level before its start (Actions::sky): a slider for each satellite the student sets,
// what the choice means (a radius's time for one turn, against the Earth's day), and Start.
void PlayScreen::skyPanel(float bottom, float top) {
    const Strings& tr = game_.tr();
    const Level& level = sim_->level();
    const view::Palette& pal = view::palette();
    // A panel of many knobs, one to a line, is wider: each slider keeps a usable track.
    placeActionPanel(bottom, top, skyPanelHeight_, flight_->knobCount() > 2 ? 440 : 360);
    ImGui::Begin("##sky", nullptr, view::kPanelFlags & ~ImGuiWindowFlags_AlwaysAutoResize);
    notePanel("sky");
    // Many knobs go one to a line, under one heading when they all set the same number.
    const int knobCount = flight_->knobCount();
    const bool rows = knobCount > 2;
    std::string shared;
    bool marking = false, clocked = false;   // a mark to set (a locate goal), and a clock
    float nameW = 0, valueW = 0;
    for (int k = 0; k < knobCount; ++k) {
        const std::string sets = knobLook(k).sets;
        shared = k == 0 || sets == shared ? sets : std::string();
        marking |= sets == "mark";
        clocked |= sets == "clock";
    }
    if (!rows && shared != "mark") shared.clear();   // one or two satellites: each says what it sets
    if (rows) {
        for (int k = 0; k < knobCount; ++k) {
            const KnobLook look = knobLook(k);
            nameW = std::max(nameW, ImGui::CalcTextSize(("> " + look.name).c_str()).x);
            valueW = std::max(valueW, ImGui::CalcTextSize(knobText(look, look.span.min).c_str()).x);
            valueW = std::max(valueW, ImGui::CalcTextSize(knobText(look, look.span.max).c_str()).x);
        }
        nameW += ImGui::GetStyle().ItemSpacing.x;
    }
    // The heading says what every knob sets when they all set the same number.
    const std::string heading = !shared.empty() ? "sky.each." + shared : clocked ? "sky.find_clock" : "sky.title";
    if (!compact_) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(view::toImVec4(pal.accentHot), "%s", tr(heading.c_str()));
        ImGui::PopTextWrapPos();
    }
    // Lower rows (fingers still get the slider's full height of a line) so seven fit on 720 px.
    if (rows) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 4 * ui::scale()));
    for (int k = 0; k < knobCount; ++k) {
        const KnobLook look = knobLook(k);
        double value = flight_->knob(k);
        // With several knobs the one the arrow keys turn is marked.
        const bool keyed = knobCount > 1 && k == skyKnob_ && !touchLast_;
        std::string label = (keyed ? "> " : "") + look.name;
        if (shared.empty() && look.sets != "mark" && look.sets != "clock") label += std::string(" · ") + tr((std::string("choice.") + look.sets).c_str());
        const std::string shown = knobText(look, value);
        const KnobSpan& span = look.span;
        ImGui::PushID(k);
        if (look.sets == "used") {   // a switch: which satellites the receiver listens to
            bool on = value != 0;
            view::checkBox((label + switchWhere(k)).c_str(), on);
            value = on ? 1 : 0;
        } else if (rows) view::valueSliderRow("knob", label.c_str(), nameW, value, span.min, span.max, span.step, shown, valueW, look.color);
        else view::valueSlider("knob", label.c_str(), nullptr, value, span.min, span.max, span.step, shown, look.color);
        ImGui::PopID();
        flight_->setKnob(k, value);
        if (look.sets == "radius_km") {
            // What the radius means: how long one turn takes, beside how long the Earth takes to turn once.
            const Attractor& on = level.attractors[size_t(look.attractor)];
            const double turnMin = orbit::periodFromA(on.mu_km3_s2, flight_->knob(k)) / 60;
            const double dayMin = std::fabs(on.rotation_period_min);
            const bool keepsPace = dayMin > 0 && std::fabs(turnMin - dayMin) < 0.5;
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(view::toImVec4(keepsPace ? pal.success : pal.textDim), "%s",
                               tr.format("sky.period", {durationText(tr, turnMin), durationText(tr, dayMin)}).c_str());
            ImGui::PopTextWrapPos();
        }
    }
    if (rows) ImGui::PopStyleVar();
    skySignals();
    skyDayAhead();
    skyFix();
    // One line for scripts and tests each time the knobs come to rest at new values.
    const std::vector<double>& knobs = flight_->knobs();
    if (knobs != printedKnobs_ && !ImGui::IsAnyItemActive()) {
        std::printf("sky: %s knobs", level.id.c_str());
        for (size_t k = 0; k < knobs.size(); ++k) std::printf("%s %.1f", k ? "," : "", knobs[k]);
        std::printf("\n");
        std::fflush(stdout);
        printedKnobs_ = knobs;
    }
    ImGui::Spacing();
    const bool sending = std::any_of(level.goals.list.begin(), level.goals.list.end(), [](const Goal& g) { return g.type == GoalType::Message; });
    if (view::primaryButton(tr(marking ? "sky.go_mark" : sending ? "sky.go_send" : shared == "used" ? "sky.go_fix" : "sky.go"), 0)) {
        game_.click();
        flight_->startSky();
    }
    if (!touchLast_) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(clocked ? "sky.keys_clock" : marking ? "sky.keys_mark" : sending ? "sky.keys_send" : shared == "used" ? "sky.keys_used"
                                     : knobCount > 1 ? "sky.keys_many" : "sky.keys"));
        ImGui::PopTextWrapPos();
    }
    skyPanelHeight_ = ImGui::GetWindowSize().y;
    ImGui::End();
}

// A navigation level before its start: a tap puts the mark on the ground in the tap's
// direction from the receiver's planet (where the student sees the circles cross).
void PlayScreen::markAt(Vec2 screen) {
    const Level& level = sim_->level();
    for (int k = 0; k < flight_->knobCount(); ++k) {
        const KnobRef ref = flight_->knobRef(k);
        if (ref.goal < 0 || ref.clock) continue;
        const Goal& g = level.goals.list[size_t(ref.goal)];
        const int a = level.stations[size_t(g.index)].attractor;
        const double t = sim_->elapsedRealSeconds();
        const Vec2 d = rig_.cam.screenToWorld(screen) - sim_->bodies().positionAt(a, t);
        if (!(length(d) > 0)) return;
        const double deg = radToDeg(std::atan2(d.y, d.x) - sim_->bodies().spinAt(a, t)) - level.attractors[size_t(a)].prime_meridian_deg;
        flight_->setKnob(k, std::remainder(deg, 360.0));
        skyKnob_ = k;
        game_.click();
        return;
    }
}

} // namespace sp
