// When time runs out: say what the flight missed, with its numbers and the goal's, so the
// student knows whether they were too slow, too fast, too low, in the wrong place or in the
// wrong orbit ("your highest point was 13,865 km; the beacon is at 12,000 km"). The first
// goal not done is the one explained.
#include "game/sim/sim.h"

#include "game/sim/units.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace sp {

namespace {

// 13865.2 -> "13,865" (the HUD's grouping, in both languages).
std::string grouped(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", std::round(v));
    std::string digits = buf, out;
    const bool negative = !digits.empty() && digits[0] == '-';
    if (negative) digits.erase(0, 1);
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

Text km(double v) { return {grouped(v) + " km", grouped(v) + " 公里"}; }

Text minutes(double m) {
    const long total = std::lround(std::max(0.0, m));
    if (total < 60) return {std::to_string(total) + " min", std::to_string(total) + " 分钟"};
    const std::string h = std::to_string(total / 60), rest = std::to_string(total % 60);
    return {h + " h " + rest + " min", h + " 小时 " + rest + " 分钟"};
}

std::string fixed2(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// Sentences are assembled from parts in both languages at once, so a number can never be
// in one language's sentence and missing from the other's.
struct Say {
    Text t;
    Say& operator<<(const Text& part) {
        t.en += part.en;
        t.zh += part.zh;
        return *this;
    }
    Say& both(const std::string& s) { return *this << Text{s, s}; }
};

Text nameOr(const Text& name, Text fallback) { return name.empty() ? fallback : name; }

} // namespace

Text Sim::timeoutReason() const {
    // Explain a target first (the place the student aimed at), then the orbit, then the rest.
    auto rank = [](const std::string& type) { return type == "zone" || type == "gate" ? 0 : (type == "orbit" ? 1 : 2); };
    std::vector<size_t> order;
    for (int r = 0; r < 3; ++r)
        for (size_t i = 0; i < level_.goals.list.size(); ++i)
            if (rank(level_.goals.list[i].type) == r) order.push_back(i);
    Say say;
    say << Text{"Time is up after ", ""} << minutes(level_.time_limit_min) << Text{". ", "的时间到了。"};
    // (Each case below continues this sentence.)
    for (size_t i : order) {
        const Goal& g = level_.goals.list[i];
        if (goalStates_[i].done) continue;
        if (g.type == "zone" && g.index >= 0 && g.index < int(level_.zones.size())) {
            const Zone& z = level_.zones[size_t(g.index)];
            const Text name = nameOr(z.name, {"the target", "目标"});
            const int ai = dominantAttractorAt({z.x_km, z.y_km});
            const Attractor& a = level_.attractors[size_t(ai)];
            const double zoneR = length(Vec2{z.x_km - a.x_km, z.y_km - a.y_km});
            const double reach = z.radius_km + level_.ship.radius_km;
            const double highest = maxDistKm_[size_t(ai)] - a.radius_km, lowest = minDistKm_[size_t(ai)] - a.radius_km;
            const Text at = km(zoneR - a.radius_km);
            const orbit::Elements el = launched() ? elements(ai) : orbit::Elements{};
            if (!launched()) {
                say << Text{"You never launched.", "你没有发射。"};
            } else if (maxDistKm_[size_t(ai)] < zoneR - reach && el.bound && el.apoapsis >= zoneR - reach) {
                say << Text{"You were on your way: your orbit now climbs to ", "你已经在路上了：你的轨道现在能升到 "}
                    << km(el.apoapsis - a.radius_km) << Text{", but you had only reached ", "，但你才到 "} << km(highest)
                    << Text{", and ", "，而"} << name << Text{" is at ", "在 "} << at
                    << Text{". Change your orbit sooner.", " 处。早一点改变轨道。"};
            } else if (maxDistKm_[size_t(ai)] < zoneR - reach) {
                say << Text{"Your highest point was ", "你的最高点是 "} << km(highest) << Text{"; ", "，而"} << name
                    << Text{" is at ", "在 "} << at
                    << Text{": you did not climb high enough. Try a little more speed.", " 处：你飞得不够高。试着再快一点。"};
            } else if (minDistKm_[size_t(ai)] > zoneR + reach) {
                say << Text{"Your lowest point was ", "你的最低点是 "} << km(lowest) << Text{"; ", "，而"} << name
                    << Text{" is at ", "在 "} << at
                    << Text{": you stayed above it. Try a little less speed.", " 处：你一直在它上方。试着再慢一点。"};
            } else if (maxDistKm_[size_t(ai)] > zoneR + reach) {
                say << Text{"Your highest point was ", "你的最高点是 "} << km(highest) << Text{"; ", "，而"} << name
                    << Text{" is at ", "在 "} << at
                    << Text{": you flew past it, too high. Try a little less speed.", " 处：你飞得太高，从旁边过去了。试着再慢一点。"};
            } else {
                say << Text{"You reached the right height (your highest point was ", "你到达了它的高度（你的最高点是 "} << km(highest)
                    << Text{"), but not the place: the closest you came to ", "），但不在那个位置：你离"} << name
                    << Text{" was ", "最近时还有 "} << km(zoneClosestKm_[size_t(g.index)])
                    << Text{". Where you change speed decides where the orbit goes highest.",
                            "。在哪里改变速度，决定了轨道在哪里最高。"};
            }
            return say.t;
        }
        if (g.type == "orbit" && launched()) {
            const Attractor& a = level_.attractors[size_t(g.attractor)];
            const orbit::Elements el = elements(g.attractor);
            const double low = el.periapsis - a.radius_km, high = el.apoapsis - a.radius_km;
            const double floor = std::max(g.periapsis_min_km, a.atmosphere_km);
            if (!el.bound) {
                return (say << Text{"You are not in an orbit: you are leaving.", "你不在轨道上：你正在飞走。"}).t;
            }
            (say << Text{"Your orbit is ", "你的轨道是 "}).both(grouped(low) + " × ") << km(high) << Text{": ", "："};
            if (low < floor) {
                say << Text{"its lowest point must be above ", "最低点必须高于 "} << km(floor) << Text{".", "。"};
            } else if (high > g.apoapsis_max_km) {
                say << Text{"its highest point must be below ", "最高点必须低于 "} << km(g.apoapsis_max_km) << Text{".", "。"};
            } else if (el.a < g.a_min_km || el.a > g.a_max_km) {
                const double mid = el.a - a.radius_km;
                say << Text{"its middle height (halfway between lowest and highest) is ", "它的中间高度（最低点和最高点的平均）是 "}
                    << km(mid) << Text{"; it must be ", "，要在 "};
                if (g.a_max_km < 1e8) say << km(g.a_min_km - a.radius_km) << Text{" to ", " 到 "} << km(g.a_max_km - a.radius_km);
                else say << Text{"at least ", "至少 "} << km(g.a_min_km - a.radius_km);
                say << Text{".", " 之间。"};
            } else if (el.e > g.e_max) {
                (say << Text{"it is too stretched (how stretched: ", "它被拉得太长了（拉长的程度，即偏心率："}).both(fixed2(el.e));
                (say << Text{"; at most ", "，最多 "}).both(fixed2(g.e_max)) << Text{"). Make it rounder.", "）。把它变圆一些。"};
            } else if (el.e < g.e_min) {
                (say << Text{"it is too round (how stretched: ", "它太圆了（拉长的程度，即偏心率："}).both(fixed2(el.e));
                (say << Text{"; at least ", "，至少 "}).both(fixed2(g.e_min)) << Text{"). Stretch it more.", "）。把它拉长一些。"};
            } else {
                say << Text{"right, but it must hold for a moment with the engine off.", "没问题，但要在关掉发动机后保持一会儿。"};
            }
            return say.t;
        }
        if (g.type == "revolutions" && launched()) {
            const double turns = std::fabs(sweptRad_[i]) / (2 * kPi);
            const orbit::Elements el = elements(g.attractor);
            (say << Text{"You went ", "你只飞完了 "}).both(std::to_string(int(std::floor(100 * turns / g.count))));
            say << Text{"% of the way round. ", "% 的路程。"};
            const double lapMin = el.bound ? el.period / 60 : 0;
            if (el.bound && lapMin * g.count > level_.time_limit_min) {
                say << Text{"One lap of your orbit takes ", "你的轨道绕一圈要 "} << minutes(lapMin)
                    << Text{", longer than the ", "，比你拥有的 "} << minutes(level_.time_limit_min)
                    << Text{" you had: a smaller orbit goes round faster.", " 还长：小一点的轨道绕得更快。"};
            }
            return say.t;
        }
        if (g.type == "contact" && g.index >= 0 && g.index < int(level_.stations.size())) {
            const double heard = units::ticksToRealSeconds(contactTicks_[i]) / 60;
            const Text name = nameOr(level_.stations[size_t(g.index)].name, {"The ground station", "地面站"});
            if (heard < 0.5) {
                say << name << Text{" never heard you: it hears you only while the planet is not in the way.",
                                    "一直没有收到你的信号：只有星球没有挡在中间时，它才能收到。"};
            } else {
                say << name << Text{" heard you for ", "只收听了 "} << minutes(heard) << Text{" of the ", "，需要 "}
                    << minutes(g.minutes) << Text{" it needs.", "。"};
            }
            return say.t;
        }
        if (g.type == "gate" && g.index >= 0 && g.index < int(level_.gates.size())) {
            return (say << Text{"You did not fly through ", "你没有穿过"}
                        << nameOr(level_.gates[size_t(g.index)].name, {"the gate", "那道门"}) << Text{".", "。"})
                .t;
        }
    }
    return (say << Text{"Look at the hint, then try again.", "看看提示，再试一次。"}).t;
}

} // namespace sp
