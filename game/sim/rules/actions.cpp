// The action rows: launch (choose speed and direction once, before the flight), pilot (thrust
// and turn in real time), burn (plan a Δv at a point of the predicted path) and sky (set the
// satellites' free numbers, then start the clock: Chapter 4).
#include "game/sim/rules/actions.h"

#include "game/sim/props.h"

#include <array>

namespace sp {

namespace {

// A min <= default <= max triple, as the launch speed and angle are.
void checkSpan(double min, double def, double max, const std::string& name, Problems& out) {
    const std::string at = "/actions/launch_";
    if (min > max)
        out.add(at + "min_" + name, "must not be larger than launch_max_" + name + " (" + formatNumber(max) + ")");
    else if (def < min || def > max)
        out.add(at + "default_" + name, "must be between launch_min_" + name + " and launch_max_" + name + " (" +
                                            formatNumber(min) + " to " + formatNumber(max) + ")");
}

void noActionChecks(const Actions&, Problems&) {}

const std::array<ActionRow, kActionTypes>& rows() {
    static const std::array<ActionRow, kActionTypes> table = {{
        {ActionType::Launch, "launch", &Actions::launch,
         {"launch_min_km_s", "launch_max_km_s", "launch_default_km_s", "launch_min_deg", "launch_max_deg", "launch_default_deg"},
         [](const Actions& a, Problems& out) {
             checkSpan(a.launch_min_km_s, a.launch_default_km_s, a.launch_max_km_s, "km_s", out);
             checkSpan(a.launch_min_deg, a.launch_default_deg, a.launch_max_deg, "deg", out);
         }},
        {ActionType::Pilot, "pilot", &Actions::pilot, {}, noActionChecks},
        {ActionType::Burn, "burn", &Actions::burn, {}, noActionChecks},
        {ActionType::Sky, "sky", &Actions::sky, {},
         [](const Actions& a, Problems& out) {
             if (a.launch || a.pilot || a.burn)
                 out.add("/actions/sky", "a sky level flies no craft: turn off \"launch\", \"pilot\" and \"burn\", or this");
         }},
    }};
    return table;
}

} // namespace

const ActionRow& actionRow(ActionType t) { return rows()[size_t(t)]; }

const char* keyOf(ActionType t) { return actionRow(t).key; }

bool allowed(const Actions& a, ActionType t) { return a.*(actionRow(t).allowed); }

void checkActions(const Actions& a, Problems& out) {
    bool any = false;
    for (const ActionRow& r : rows()) {
        if (!(a.*r.allowed)) continue;
        any = true;
        r.validate(a, out);
    }
    if (!any) out.add("/actions", "the player can do nothing: set at least one of \"launch\", \"pilot\", \"burn\" or \"sky\" to true");
}

} // namespace sp
