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
    r.reasonCode = sim.reasonCode();
    r.reason = sim.reason();
    r.stars = sim.stars();
    r.ticks = sim.tick();
    r.tickRealSeconds = sim.tickRealSeconds();
    r.hash = sim.stateHash();
    return r;
}

std::string replayResultJson(const ReplayResult& r) {
    nlohmann::ordered_json j;
    j["result"] = outcomeName(r.outcome);
    j["reason"] = r.reasonCode;
    j["message"] = r.reason.en;
    j["message_zh"] = r.reason.zh;
    j["stars"] = r.stars;
    j["ticks"] = r.ticks;
    j["minutes"] = r.tickRealSeconds * double(r.ticks) / 60.0;
    j["hash"] = hashHex(r.hash);
    return j.dump();
}

} // namespace sp
