#include "game/text/outcome_text.h"

#include "game/sim/flight.h"
#include "game/sim/orbit.h"
#include "game/sim/rules/outcomes.h"
#include "game/text/format.h"
#include "game/text/reason_text.h"
#include "game/text/strings.h"

#include <cmath>

namespace sp {

namespace {

// A sky level's timeout says, for each radius the student set, whether that orbit turns faster
// or slower than its planet, by how much, and which way it went from there: the why of a drift.
std::string skyNote(const Level& level, const Strings& tr) {
    std::string note;
    for (const Satellite& s : level.satellites) {
        if (s.free != "radius_km" || s.attractor < 0 || size_t(s.attractor) >= level.attractors.size()) continue;
        const Attractor& on = level.attractors[size_t(s.attractor)];
        if (!(on.mu_km3_s2 > 0) || on.rotation_period_min == 0) continue;
        const double turnMin = orbit::periodFromA(on.mu_km3_s2, s.radius_km) / 60, dayMin = std::fabs(on.rotation_period_min);
        if (std::fabs(turnMin - dayMin) < 0.5) continue;
        const Reason why{turnMin < dayMin ? "sky_ran_ahead" : "sky_fell_behind",
                         {{"radius_km", s.radius_km}, {"turn_min", turnMin}, {"day_min", dayMin}}};
        note += (tr.language() == "zh" ? "" : " ") + reasonText(tr, "why", why, level, nullptr);
    }
    return note;
}

} // namespace

std::string goalReasonText(const Reason& r, const Level& level, const Strings& tr) {
    const bool known = r.goal >= 0 && size_t(r.goal) < level.goals.list.size();
    return reasonText(tr, "why", r, level, known ? &level.goals.list[size_t(r.goal)] : nullptr);
}

std::string outcomeText(const OutcomeReport& r, const Level& level, const Strings& tr) {
    if (r.code == OutcomeCode::Won && !level.lesson.empty()) return level.lesson.get(tr.language());
    const Reason outcome{keyOf(r.code), r.numbers};
    // A graded win (docked, hard but held) says how, then the lesson.
    if (outcomeRow(r.code).result == Outcome::Won && !level.lesson.empty())
        return reasonText(tr, "why", outcome, level, nullptr) + "\n\n" + level.lesson.get(tr.language());
    // The first goal's reason goes where the sentence says {goal}.
    const std::string first = r.goals.empty() ? "" : goalReasonText(r.goals.front(), level, tr);
    const std::string text = reasonText(tr, "why", outcome, level, nullptr, {{"goal", first}});
    const bool started = r.goals.empty() || r.goals.front().code != std::string("not_started");
    return r.code == OutcomeCode::Timeout && level.actions.sky && started ? text + skyNote(level, tr) : text;
}

Text outcomeTexts(const OutcomeReport& r, const Level& level, const Strings& tr) {
    return {outcomeText(r, level, tr.in("en")), outcomeText(r, level, tr.in("zh"))};
}

Text flightOutcomeTexts(const Flight& flight, const Strings& tr) {
    const Sim& sim = flight.sim();
    Text why = outcomeTexts(sim.report(), sim.level(), tr);
    const BurnPlan& plan = flight.plan();
    if (sim.outcome() != Outcome::Timeout || !plan.placed || (!plan.armed && plan.cost() <= 0)) return why;
    auto note = [&](const Strings& in) {
        return plan.armed ? in.format("burn.not_fired", {durationText(in, flight.minutesToPlan())}) : std::string(in("burn.not_confirmed"));
    };
    why.en += " " + note(tr.in("en"));
    why.zh += note(tr.in("zh"));
    return why;
}

} // namespace sp
