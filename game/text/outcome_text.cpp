#include "game/text/outcome_text.h"

#include "game/sim/flight.h"
#include "game/sim/rules/outcomes.h"
#include "game/text/format.h"
#include "game/text/reason_text.h"
#include "game/text/strings.h"

namespace sp {

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
    return reasonText(tr, "why", outcome, level, nullptr, {{"goal", first}});
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
