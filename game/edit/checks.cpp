// The editor's warnings (checks.h).
//
// [SECTION] Template text
// [SECTION] Flights
#include "game/edit/checks.h"

#include "game/sim/input.h"
#include "game/sim/level_warnings.h"
#include "game/sim/props.h"
#include "game/sim/sim.h"
#include "game/sim/units.h"

#include <cmath>
#include <set>
#include <string>

namespace sp::edit {

// [SECTION] Template text -------------------------------------------------------------------

bool isAuthorText(Kind k, const PropInfo& p) {
    if (p.type != PropType::Text) return false;
    const std::string key = p.key;
    return key != "name" && !(k == Kind::Star && key == "label");
}

namespace {

// Calls f(ref, key, text) for every author text of `level`.
template <class F>
void forEachAuthorText(const Level& level, F&& f) {
    for (size_t k = 0; k < size_t(Kind::Count); ++k) {
        const Kind kind = Kind(k);
        for (const PropInfo* p : propsOf(kind)) {
            if (!isAuthorText(kind, *p)) continue;
            for (size_t i = 0; i < countOf(level, kind); ++i) {
                const Ref r{kind, isList(kind) ? int(i) : 0};
                if (std::optional<Value> v = get(level, r, p->key)) f(r, p->key, std::get<Text>(*v));
            }
        }
    }
}

} // namespace

std::vector<Problem> templateTextWarnings(const Level& level, const std::vector<Template>& templates) {
    // The templates' words, per language. Compared by value anywhere in the level (not field by
    // field), so a hint moved up the list or a briefing pasted into the lesson still counts.
    std::set<std::string> en, zh;
    for (const Template& t : templates) {
        forEachAuthorText(t.level, [&](Ref, const char*, const Text& text) {
            if (!text.en.empty()) en.insert(text.en);
            if (!text.zh.empty()) zh.insert(text.zh);
        });
    }
    std::vector<Problem> out;
    forEachAuthorText(level, [&](Ref r, const char* key, const Text& text) {
        // One warning per field: at the field when both languages are the template's, at the
        // language ("/title/zh") when only one is.
        const bool oldEn = en.count(text.en) > 0, oldZh = zh.count(text.zh) > 0;
        if (!oldEn && !oldZh) return;
        const std::string at = pointerOf(r, key) + (oldEn && oldZh ? "" : oldEn ? "/en" : "/zh");
        const std::string langs = oldEn && oldZh ? "en_zh" : oldEn ? "en" : "zh";
        const std::string words = oldEn && oldZh ? "in English and Chinese" : oldEn ? "in English" : "in Chinese";
        out.push_back(warningAt(at, "template_text", {langs},
                                "still the template's words " + words + " (" + quote(oldEn ? text.en : text.zh, 60) +
                                    "): write your own, or players read another level's text"));
    });
    return out;
}

// [SECTION] Flights -------------------------------------------------------------------------

namespace {

// A flight of `level` with `events`, to its end (or `maxTicks`).
struct Flight {
    Outcome outcome = Outcome::Flying;
    std::string reason;           // crashed, escaped, debris, timeout, won (OutcomeRow::ending)
    std::vector<bool> stars;      // per rule, at the end
    double fuelFraction = 0;
    double minutes = 0;
    double eccentricity = 0;
};

Flight fly(const Level& level, const std::vector<InputEvent>& events, int64_t maxTicks) {
    InputLog log;
    log.level_id = level.id;
    log.events = events;
    Sim sim(level);
    InputLog::Cursor cursor;
    while (!sim.over() && sim.tick() < maxTicks) sim.step(log.at(sim.tick(), cursor));
    Flight f;
    f.outcome = sim.outcome();
    f.reason = sim.over() ? outcomeRow(sim.report().code).ending : "timeout";
    f.stars = sim.starsEarned();
    f.fuelFraction = sim.fuelFraction();
    f.minutes = sim.elapsedRealSeconds() / 60;
    if (sim.launched()) f.eccentricity = sim.elements(sim.dominantAttractor()).e;
    return f;
}

// How a flight that did not win ends, in words.
std::string endWords(const std::string& reason) {
    if (reason == "crashed") return "it crashes";
    if (reason == "escaped") return "it flies away";
    if (reason == "debris") return "it hits debris";
    return "time runs out";
}

std::string percent(double fraction) { return formatNumber(std::round(fraction * 1000) / 10); }
std::string rounded(double x, double step) { return formatNumber(std::round(x / step) * step); }

// The level's time limit in ticks, and a little more: every flight ends by then.
int64_t flightTicks(const Level& level) {
    return int64_t(std::ceil(level.time_limit_min * 60 / scaleOf(level.frame).tickRealSeconds())) + 2;
}

// Why the author's own win did not earn star `i`, in numbers.
Problem notEarned(const Level& level, size_t i, const Flight& won) {
    const StarRule& s = level.stars[i];
    const std::string at = "/stars/" + std::to_string(i) + "/value";
    if (s.type == StarType::FuelLeft)
        return warningAt(at, "star_not_earned_fuel", {percent(won.fuelFraction), percent(s.value)},
                         "your own winning flight did not earn this star: it kept " + percent(won.fuelFraction) +
                             "% of the fuel, and the star asks for " + percent(s.value) +
                             "%; make sure a win can keep that much, or ask for less");
    if (s.type == StarType::Time)
        return warningAt(at, "star_not_earned_time", {rounded(won.minutes, 0.1), formatNumber(s.value)},
                         "your own winning flight did not earn this star: it took " + rounded(won.minutes, 0.1) +
                             " min, and the star asks for a win within " + formatNumber(s.value) + " min");
    return warningAt(at, "star_not_earned_accuracy", {rounded(won.eccentricity, 0.001), formatNumber(s.value)},
                     "your own winning flight did not earn this star: its final orbit has eccentricity " +
                         rounded(won.eccentricity, 0.001) + ", and the star asks for at most " + formatNumber(s.value));
}

} // namespace

FlightReport checkFlights(const Level& level) {
    FlightReport report;
    const int64_t limit = flightTicks(level);
    if (level.solution) {
        const Flight won = fly(level, *level.solution, limit);
        report.verified = won.outcome == Outcome::Won;
        if (report.verified)
            for (size_t i = 0; i < level.stars.size() && i < won.stars.size(); ++i)
                if (!won.stars[i]) report.warnings.push_back(notEarned(level, i, won));
    }
    bool fullFuelStar = false;
    for (const StarRule& s : level.stars) fullFuelStar = fullFuelStar || (s.type == StarType::FuelLeft && s.value >= 1);
    if (fullFuelStar && !level.actions.launch && level.ship.fuel_dv_km_s > 0) {
        const Flight idle = fly(level, {}, limit);
        if (idle.outcome != Outcome::Won) {
            for (size_t i = 0; i < level.stars.size(); ++i) {
                const StarRule& s = level.stars[i];
                if (s.type == StarType::FuelLeft && s.value >= 1)
                    report.warnings.push_back(warningAt(
                        "/stars/" + std::to_string(i) + "/value", "star_fuel_full", {idle.reason},
                        "no win can earn this star: it asks for all the fuel left, so only a flight with no burn and "
                        "no thrust could earn it, and that flight does not win (" +
                            endWords(idle.reason) + "); ask for less than 100%"));
            }
        }
    }
    return report;
}

} // namespace sp::edit
