#include "game/sim/replay.h"

#include "engine/core/hash.h"
#include "game/sim/units.h"

#include <nlohmann/json.hpp>

namespace sp {

ReplayResult runReplay(const Level& level, const InputLog& log, int64_t maxTicks) {
    Sim sim(level);
    InputLog::Cursor cursor;
    while (!sim.over() && (maxTicks <= 0 || sim.tick() < maxTicks)) {
        sim.step(log.at(sim.tick(), cursor));
    }
    ReplayResult r;
    r.outcome = sim.outcome();
    r.report = sim.report();
    r.stars = sim.stars();
    r.ticks = sim.tick();
    r.tickRealSeconds = sim.tickRealSeconds();
    r.hash = sim.stateHash();
    r.dips = sim.dips();
    r.flown = sim.level();
    return r;
}

namespace {
nlohmann::ordered_json numbersJson(const std::vector<Number>& numbers) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const Number& n : numbers) j[n.key] = n.value;
    return j;
}
} // namespace

std::string replayResultJson(const ReplayResult& r, const Text* message) {
    nlohmann::ordered_json j;
    j["result"] = outcomeName(r.outcome);
    j["reason"] = keyOf(r.report.code);
    j["numbers"] = numbersJson(r.report.numbers);
    if (!r.report.goals.empty()) {
        nlohmann::ordered_json goals = nlohmann::ordered_json::array();
        for (const Reason& g : r.report.goals)
            goals.push_back({{"goal", g.goal}, {"reason", g.code}, {"numbers", numbersJson(g.numbers)}});
        j["goals"] = std::move(goals);
    }
    if (message) {
        j["message"] = message->en;
        j["message_zh"] = message->zh;
    }
    j["stars"] = r.stars;
    j["ticks"] = r.ticks;
    j["minutes"] = r.tickRealSeconds * double(r.ticks) / 60.0;
    j["hash"] = hashHex(r.hash);
    if (!r.dips.empty()) {
        nlohmann::ordered_json dips = nlohmann::ordered_json::array();
        for (const EntryDip& d : r.dips)
            dips.push_back({{"lowest_km", d.lowestKm}, {"peak_kw_m2", d.peakHeatingKwM2}, {"peak_g", d.peakG}, {"load_mj_m2", d.heatLoadMjM2}});
        j["dips"] = std::move(dips);
    }
    return j.dump();
}

} // namespace sp
