// Input logs: recorded sparsely, replayed tick by tick as played, saved and read back the
// same, and refused with pointers when damaged.
#include "engine/core/rng.h"
#include "game/sim/input.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sp;

namespace {

bool same(const TickInput& a, const TickInput& b) {
    return a.launch == b.launch && a.launch_km_s == b.launch_km_s && a.launch_deg == b.launch_deg &&
           a.thrust == b.thrust && a.turn == b.turn && a.burn == b.burn &&
           a.burn_prograde_km_s == b.burn_prograde_km_s && a.burn_radial_km_s == b.burn_radial_km_s &&
           a.separate == b.separate;
}

bool same(const InputLog& a, const InputLog& b) {
    if (a.level_id != b.level_id || a.events.size() != b.events.size()) return false;
    for (size_t i = 0; i < a.events.size(); ++i)
        if (a.events[i].tick != b.events[i].tick || !same(a.events[i].input, b.events[i].input)) return false;
    return true;
}

// A plausible flight: launch at 0, the engine and turning toggled now and then, a few
// burns and a separation. Values of actions not taken are noise, as a UI might leave them.
std::vector<TickInput> flight(Rng& rng, int ticks) {
    std::vector<TickInput> inputs;
    TickInput held;
    for (int t = 0; t < ticks; ++t) {
        if (rng.uniform() < 0.02) held.thrust = !held.thrust;
        if (rng.uniform() < 0.02) held.turn = int(rng.next() % 3) - 1;
        TickInput in = held;
        in.launch = t == 0;
        in.launch_km_s = rng.range(0, 12);
        in.launch_deg = rng.range(-90, 90);
        in.burn = rng.uniform() < 0.005;
        in.burn_prograde_km_s = rng.range(-2, 2);
        in.burn_radial_km_s = rng.range(-2, 2);
        in.separate = rng.uniform() < 0.002;
        inputs.push_back(in);
    }
    return inputs;
}

// What a replay must give back for `in`: the values of actions not taken are not kept.
TickInput kept(TickInput in) {
    if (!in.launch) in.launch_km_s = in.launch_deg = 0;
    if (!in.burn) in.burn_prograde_km_s = in.burn_radial_km_s = 0;
    return in;
}

InputLog recorded(uint64_t seed, int ticks, std::vector<TickInput>* inputs = nullptr) {
    Rng rng(seed);
    std::vector<TickInput> played = flight(rng, ticks);
    InputLog log;
    log.level_id = "1-3";
    for (int t = 0; t < ticks; ++t) log.record(t, played[size_t(t)]);
    if (inputs) *inputs = played;
    return log;
}

std::vector<Problem> problemsOf(const std::string& bytes) {
    InputLoad r = parseInputLog(bytes);
    REQUIRE_FALSE(r.log.has_value());
    REQUIRE_FALSE(r.problems.empty());
    for (const Problem& p : r.problems) CHECK_FALSE(p.message.empty());
    return r.problems;
}

bool has(const std::vector<Problem>& problems, const std::string& pointer, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.pointer == pointer && p.message.find(words) != std::string::npos;
    });
}

std::string describe(const std::vector<Problem>& problems) {
    std::string s;
    for (const Problem& p : problems) s += formatProblem("log", p) + "\n";
    return s;
}

#define CHECK_PROBLEM(problems, pointer, words) \
    do { INFO(describe(problems)); CHECK(has(problems, pointer, words)); } while (0)

std::string withEvents(const std::string& events) {
    return R"({"version": 1, "level": "1-3", "events": [)" + events + "]}";
}

} // namespace

TEST_CASE("input log: record, then replay, gives every tick's input back") {
    std::vector<TickInput> played;
    InputLog log = recorded(7, 20000, &played);
    CHECK(log.events.size() < played.size() / 10);   // sparse
    InputLog::Cursor cursor;
    for (size_t t = 0; t < played.size(); ++t) {
        INFO("tick " << t);
        REQUIRE(same(log.at(int64_t(t), cursor), kept(played[t])));
    }
    CHECK(cursor.next == log.events.size());
    // After the last event the held controls persist.
    TickInput after = log.at(int64_t(played.size()) + 100, cursor);
    CHECK(after.thrust == played.back().thrust);
    CHECK(after.turn == played.back().turn);
    CHECK_FALSE(after.launch);
}

TEST_CASE("input log: an empty log replays as no input") {
    InputLog log;
    InputLog::Cursor cursor;
    CHECK(same(log.at(0, cursor), TickInput{}));
    CHECK(same(log.at(99, cursor), TickInput{}));
}

TEST_CASE("input log: save and parse are each other's inverse") {
    InputLog log = recorded(11, 5000);
    std::string saved = saveInputLog(log);
    InputLoad r = parseInputLog(saved);
    for (const Problem& p : r.problems) UNSCOPED_INFO(formatProblem("log", p));
    REQUIRE(r.log.has_value());
    CHECK(same(*r.log, log));
    CHECK(saveInputLog(*r.log) == saved);

    InputLog empty;
    empty.level_id = "1-1";
    CHECK(saveInputLog(empty) == "{\n  \"version\": 1,\n  \"level\": \"1-1\",\n  \"events\": []\n}\n");
    InputLoad e = parseInputLog(saveInputLog(empty));
    REQUIRE(e.log.has_value());
    CHECK(e.log->events.empty());
}

TEST_CASE("input log: the documented example reads as meant") {
    InputLoad r = parseInputLog(R"({"version":1,"level":"1-3","events":[
        {"tick":0,"launch":{"speed_km_s":7.9,"angle_deg":0}},
        {"tick":120,"thrust":true,"turn":-1},
        {"tick":400,"burn":{"prograde_km_s":0.5,"radial_km_s":0}},
        {"tick":500,"separate":true}]})");
    REQUIRE(r.log.has_value());
    const InputLog& log = *r.log;
    CHECK(log.level_id == "1-3");
    REQUIRE(log.events.size() == 4);
    InputLog::Cursor c;
    TickInput t0 = log.at(0, c);
    CHECK(t0.launch);
    CHECK(t0.launch_km_s == 7.9);
    CHECK_FALSE(log.at(1, c).launch);
    for (int64_t t = 2; t < 120; ++t) log.at(t, c);
    TickInput t120 = log.at(120, c);
    CHECK(t120.thrust);
    CHECK(t120.turn == -1);
    for (int64_t t = 121; t < 400; ++t) log.at(t, c);
    TickInput t400 = log.at(400, c);
    CHECK(t400.burn);
    CHECK(t400.burn_prograde_km_s == 0.5);
    CHECK(t400.thrust);   // held since tick 120: absent means unchanged
    TickInput t500 = log.at(500, c);
    CHECK(t500.separate);
    CHECK(t500.turn == -1);
    // Saving writes held controls only where they change.
    std::string saved = saveInputLog(log);
    CHECK(saved.find(R"({"tick":400,"burn":{"prograde_km_s":0.5}})") != std::string::npos);
}

TEST_CASE("input log: bad logs are refused with pointers") {
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":5},{"tick":3})")), "/events/1/tick",
                  "must not be smaller than the tick of the event before (5)");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":-1})")), "/events/0/tick", "must be between 0 and");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":1.5})")), "/events/0/tick", "expected a whole number");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"thrust":true})")), "/events/0/tick", "missing");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":0,"turn":2})")), "/events/0/turn", "must be between -1 and 1 (got 2)");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":0,"thrust":1})")), "/events/0/thrust", "expected true or false");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":0,"launch":{"speed_km_s":1e400}})")),
                  "/events/0/launch/speed_km_s", "too large to store");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":0,"burn":{"prograde":1}})")), "/events/0/burn/prograde",
                  "did you mean \"prograde_km_s\"?");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":0,"thrustt":true})")), "/events/0/thrustt", "did you mean \"thrust\"?");
    CHECK_PROBLEM(problemsOf(withEvents(R"({"tick":0,"burn":true})")), "/events/0/burn", "expected an object");
    CHECK_PROBLEM(problemsOf(withEvents("7")), "/events/0", "expected an object");
    CHECK_PROBLEM(problemsOf(R"({"level":"1-3","events":[]})"), "/version", "missing");
    CHECK_PROBLEM(problemsOf(R"({"version":2,"level":"1-3","events":[]})"), "/version", "newer Starpath");
    CHECK_PROBLEM(problemsOf(R"({"version":1,"level":"1 3","events":[]})"), "/level", "level id");
    CHECK_PROBLEM(problemsOf(R"({"version":1,"level":"1-3"})"), "/events", "missing");
    CHECK_PROBLEM(problemsOf(R"({"version":1,"level":"1-3","events":{}})"), "/events", "expected a list");
    CHECK_PROBLEM(problemsOf(R"({"version":1,"level":"1-3","events":[],"extra":0})"), "/extra", "unknown key");
    CHECK_PROBLEM(problemsOf("[]"), "", "must be a JSON object");
    CHECK_PROBLEM(problemsOf(std::string(100000, '[')), "", "levels deep");
    CHECK_PROBLEM(problemsOf(std::string(kMaxInputLogBytes + 1, ' ')), "", "too large");
}

TEST_CASE("input log: at most a million events") {
    std::string events;
    events.reserve(12 * (kMaxInputEvents + 1));
    for (size_t i = 0; i <= kMaxInputEvents; ++i) events += i == 0 ? "{\"tick\":0}" : ",{\"tick\":0}";
    CHECK_PROBLEM(problemsOf(withEvents(events)), "/events", "has more than 1000000 entries; at most 1000000 are allowed");
}

TEST_CASE("input log: random bytes and damaged logs never crash the reader") {
    Rng rng(99);
    const std::string good = saveInputLog(recorded(3, 600));
    const std::string alphabet = "{}[]\":,0-9.e tf";
    for (int round = 0; round < 3000; ++round) {
        std::string bytes;
        if (round % 2 == 0) {
            bytes.resize(rng.next() % 400);
            for (char& c : bytes) c = char(rng.next() & 0xff);
        } else {
            bytes = good;
            for (int e = 0; e < 3; ++e) bytes[rng.next() % bytes.size()] = alphabet[rng.next() % alphabet.size()];
        }
        InputLoad r = parseInputLog(bytes);
        REQUIRE(r.log.has_value() == r.problems.empty());
        for (const Problem& p : r.problems) REQUIRE_FALSE(p.message.empty());
        if (r.log) REQUIRE(parseInputLog(saveInputLog(*r.log)).log.has_value());
    }
}
