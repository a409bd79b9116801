#include "game/text/goal_text.h"

#include "game/sim/rules/goals.h"
#include "game/sim/rules/stars.h"
#include "game/text/reason_text.h"
#include "game/text/strings.h"

namespace sp {

std::string goalText(const Goal& g, const Level& level, const Strings& tr) {
    return reasonText(tr, "goal", goalRow(g.type).describe(g, level), level, &g);
}

std::vector<std::string> goalDetails(const Goal& g, const Level& level, const Strings& tr) {
    std::vector<std::string> out;
    if (const auto conditions = goalRow(g.type).conditions)
        for (const Reason& r : conditions(g, level)) out.push_back(reasonText(tr, "goal", r, level, &g));
    return out;
}

std::string starRuleText(const StarRule& rule, const Strings& tr) {
    if (!rule.label.empty()) return rule.label.get(tr.language());
    static const Level kNoLevel;
    return reasonText(tr, "star", starRow(rule.type).describe(rule), kNoLevel, nullptr);
}

} // namespace sp
