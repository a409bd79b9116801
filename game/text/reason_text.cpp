#include "game/text/reason_text.h"

#include "game/sim/level_types.h"
#include "game/sim/rules/goals.h"
#include "game/text/format.h"
#include "game/text/strings.h"

namespace sp {

namespace {

// The name of entry `index` of the level's list `list` ("zones"), or null.
const Text* entryName(const Level& level, std::string_view list, int index) {
    auto pick = [&](const auto& v) -> const Text* {
        return index >= 0 && size_t(index) < v.size() ? &v[size_t(index)].name : nullptr;
    };
    if (list == "attractors") return pick(level.attractors);
    if (list == "zones") return pick(level.zones);
    if (list == "gates") return pick(level.gates);
    if (list == "stations") return pick(level.stations);
    if (list == "craft") return pick(level.craft);
    if (list == "satellites") return pick(level.satellites);
    return nullptr;
}

// The value of the goal's int property `key`.
int goalInt(const Goal& g, std::string_view key) {
    for (const Prop<Goal>& p : goalProps())
        if (key == p.key) return std::get<int>(p.get(g));
    return -1;
}

std::optional<std::string> nameFor(const Strings& tr, const char* section, const Level& level, const Goal& g,
                                   std::string_view kind) {
    for (const GoalProp& used : goalRow(g.type).props) {
        if (!used.refersTo) continue;
        const std::string_view list(used.refersTo);
        if (entryKind(list) != kind) continue;   // "zones" names {zone}, "craft" {craft}
        const int index = goalInt(g, used.key);
        const Text* name = entryName(level, list, index);
        if (name && !name->empty()) return name->get(tr.language());
        const std::string fallback = std::string(section) + ".unnamed_" + std::string(kind);
        return fillPlaceholders(tr(fallback.c_str()), {std::to_string(index + 1)});
    }
    return std::nullopt;
}

} // namespace

std::string reasonText(const Strings& tr, const char* section, const Reason& r, const Level& level, const Goal* goal,
                       const std::vector<std::pair<std::string, std::string>>& extra) {
    const std::string key = std::string(section) + "." + r.code;
    const std::string pattern = tr(key.c_str());
    std::string text = fillNamed(pattern, [&](std::string_view name, std::string_view spec) -> std::optional<std::string> {
        if (std::optional<double> v = r.number(name)) {
            // A number named "..._site" is a station's index ("gap_site": the town short of
            // satellites), read as that station's name.
            // "..._sat" a satellite's ("relay_sat": the one that carried a message).
            const bool site = name.size() > 5 && name.substr(name.size() - 5) == "_site";
            if (site || (name.size() > 4 && name.substr(name.size() - 4) == "_sat")) {
                const Text* entry = entryName(level, site ? "stations" : "satellites", int(*v));
                if (entry && !entry->empty()) return entry->get(tr.language());
                return fillPlaceholders(tr((std::string(section) + (site ? ".unnamed_station" : ".unnamed_satellite")).c_str()),
                                        {std::to_string(int(*v) + 1)});
            }
            return numberText(tr, name, *v, spec != "n");
        }
        for (const auto& [k, v] : extra)
            if (name == k) return v;
        if (goal) return nameFor(tr, section, level, *goal, name);
        return std::nullopt;
    });
    // A sentence may open with a name the table gives in lower case ("the ground station").
    if (!pattern.empty() && pattern[0] == '{' && !text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = char(text[0] - 'a' + 'A');
    return text;
}

} // namespace sp
