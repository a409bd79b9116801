// Input logs (input.h): recorded sparsely while playing, replayed with a cursor, and read
// and written as JSON with the same border discipline as level files: any bytes in, a log
// or a list of problems out.
#include "game/sim/input.h"

#include "game/sim/input_json.h"

#include <cassert>
#include <cmath>

namespace sp {

namespace {

// What an event may set, as property tables over TickInput. "launch" and "burn" are nested
// objects whose presence is the action itself.
const Props<TickInput>& heldProps() {
    static const Props<TickInput> props = {
        flag("thrust", "Engine on", &TickInput::thrust),
        integer("turn", "Turn (-1 right, +1 left)", &TickInput::turn, -1, 1),
        flag("separate", "Drop the spent stage", &TickInput::separate),
        flag("parachute", "Open the parachute", &TickInput::parachute),
        integer("rcs_forward", "Translate along the nose (-1, 0, +1)", &TickInput::rcs_forward, -1, 1),
        integer("rcs_left", "Translate to the left (-1, 0, +1)", &TickInput::rcs_left, -1, 1),
        integer("craft", "Craft the controls act on (0 = the player's ship)", &TickInput::craft, 0, 31),
    };
    return props;
}

const Props<TickInput>& launchProps() {
    static const Props<TickInput> props = {
        number("speed_km_s", "Launch speed (km/s)", &TickInput::launch_km_s, 0, 50),
        number("angle_deg", "Launch angle (deg)", &TickInput::launch_deg, -360, 360),
    };
    return props;
}

const Props<TickInput>& burnProps() {
    static const Props<TickInput> props = {
        number("prograde_km_s", "Prograde delta-v (km/s)", &TickInput::burn_prograde_km_s, -50, 50),
        number("radial_km_s", "Radial delta-v (km/s)", &TickInput::burn_radial_km_s, -50, 50),
    };
    return props;
}

// The held controls of `previous`, nothing else: what an event starts from.
TickInput heldFrom(const TickInput& previous) {
    TickInput in;
    in.thrust = previous.thrust;
    in.turn = previous.turn;
    in.craft = previous.craft;
    in.rcs_forward = previous.rcs_forward;
    in.rcs_left = previous.rcs_left;
    return in;
}

// Reads the one-off action `key` ("launch" or "burn") of an event, if it has one.
bool readAction(const Json& event, const std::string& pointer, const char* key, TickInput& in,
                const Props<TickInput>& props, Problems& out) {
    auto it = event.find(key);
    if (it == event.end()) return false;
    std::string at = childPointer(pointer, key);
    readObject(*it, at, in, props, out);
    checkProps(in, at, props, out);
    return true;
}

// The sky action's start (Actions::sky): {"values": [42164, ...]}, one number per knob.
bool readStart(const Json& event, const std::string& pointer, TickInput& in, Problems& out) {
    auto it = event.find("start");
    if (it == event.end()) return false;
    const std::string at = childPointer(pointer, "start");
    if (!expectObject(*it, at, out)) return true;
    checkKeys(*it, at, {"values"}, out);
    auto values = it->find("values");
    const std::string valuesAt = childPointer(at, "values");
    if (values == it->end()) {
        out.add(valuesAt, "missing: the knobs' values, one number per satellite the student sets ([] if none)");
        return true;
    }
    if (!expectArray(*values, valuesAt, out)) return true;
    if (values->size() > size_t(kMaxSkyKnobs)) {
        out.add(valuesAt, "holds " + std::to_string(values->size()) + " values; a level has at most " + std::to_string(kMaxSkyKnobs) + " knobs");
        return true;
    }
    in.sky_count = int(values->size());
    for (size_t i = 0; i < values->size(); ++i) {
        const Json& v = (*values)[i];
        if (!v.is_number() || !std::isfinite(v.get<double>()) || std::fabs(v.get<double>()) > 1e9)
            out.add(childPointer(valuesAt, i), "expected a number from -1e9 to 1e9, got " + v.dump());
        else
            in.sky_values[i] = v.get<double>();
    }
    return true;
}

void readEvent(const Json& j, const std::string& pointer, int64_t previousTick, const TickInput& previous,
               std::vector<InputEvent>& events, Problems& out) {
    if (!expectObject(j, pointer, out)) return;
    InputEvent e;
    e.input = heldFrom(previous);
    auto tick = j.find("tick");
    std::string tickPointer = childPointer(pointer, "tick");
    if (tick == j.end()) {
        out.add(tickPointer, "missing: the tick this event happens at, a whole number from 0");
    } else if (!tick->is_number_integer()) {   // signed or unsigned
        out.add(tickPointer, "expected a whole number from 0 to " + std::to_string(kMaxInputTick));
    } else if (tick->is_number_unsigned() ? tick->get<uint64_t>() > uint64_t(kMaxInputTick)
                                          : (tick->get<int64_t>() < 0 || tick->get<int64_t>() > kMaxInputTick)) {
        out.add(tickPointer, "must be between 0 and " + std::to_string(kMaxInputTick) + " (got " + tick->dump() + ")");
    } else {
        e.tick = tick->get<int64_t>();
        if (e.tick < previousTick)
            out.add(tickPointer, "must not be smaller than the tick of the event before (" +
                                     std::to_string(previousTick) + "); events go in time order");
    }
    e.input.launch = readAction(j, pointer, "launch", e.input, launchProps(), out);
    e.input.burn = readAction(j, pointer, "burn", e.input, burnProps(), out);
    e.input.start = readStart(j, pointer, e.input, out);
    readProps(j, pointer, e.input, heldProps(), out);
    checkProps(e.input, pointer, heldProps(), out);
    checkKeys(j, pointer, keysOf(heldProps(), {"tick", "launch", "burn", "start"}), out);
    events.push_back(e);
}

void readInputLog(std::string_view bytes, InputLog& log, Problems& out) {
    std::optional<Json> doc = readJsonDocument(bytes, kMaxInputLogBytes, kMaxInputEvents, out);
    if (!doc) return;
    if (!doc->is_object()) {
        out.add("", "an input log must be a JSON object {...} with \"version\", \"level\" and \"events\"");
        return;
    }
    if (!readVersion(*doc, kInputLogVersion, "input log", out)) return;
    checkKeys(*doc, "", {"version", "level", "events"}, out);

    auto level = doc->find("level");
    if (level == doc->end()) {
        out.add("/level", "missing: the id of the level this log was recorded on, like \"1-3\"");
    } else if (!level->is_string() || !isLevelId(level->get<std::string>())) {
        out.add("/level", "expected a level id: 1 to 40 letters, digits, '-' or '_', like \"1-3\"");
    } else {
        log.level_id = level->get<std::string>();
    }

    auto events = doc->find("events");
    if (events == doc->end()) {
        out.add("/events", "missing: the list of events, [] if there are none");
        return;
    }
    // At most kMaxInputEvents: readJsonDocument saw to it.
    readInputEvents(*events, "/events", log.events, out);
}

} // namespace

void readInputEvents(const Json& j, const std::string& pointer, std::vector<InputEvent>& events, Problems& out) {
    if (!expectArray(j, pointer, out)) return;
    events.reserve(j.size());
    for (size_t i = 0; i < j.size(); ++i) {
        int64_t previousTick = events.empty() ? 0 : events.back().tick;
        TickInput previous = events.empty() ? TickInput{} : events.back().input;
        readEvent(j[i], childPointer(pointer, i), previousTick, previous, events, out);
    }
}

OrderedJson inputEventJson(const InputEvent& e, const TickInput& previous) {
    OrderedJson event = OrderedJson::object();
    event["tick"] = e.tick;
    for (auto [key, on, props] : {std::tuple{"launch", e.input.launch, &launchProps()},
                                  std::tuple{"burn", e.input.burn, &burnProps()}}) {
        if (!on) continue;
        OrderedJson action = OrderedJson::object();
        writeProps(e.input, *props, action);
        event[key] = std::move(action);
    }
    if (e.input.start) {
        OrderedJson values = OrderedJson::array();
        for (int i = 0; i < e.input.sky_count; ++i) values.push_back(e.input.sky_values[size_t(i)]);
        event["start"] = OrderedJson{{"values", std::move(values)}};
    }
    writeProps(e.input, heldProps(), event, heldFrom(previous));
    return event;
}

OrderedJson inputEventsJson(const std::vector<InputEvent>& events) {
    OrderedJson array = OrderedJson::array();
    TickInput previous;
    for (const InputEvent& e : events) {
        array.push_back(inputEventJson(e, previous));
        previous = e.input;
    }
    return array;
}

void InputLog::record(int64_t tick, const TickInput& in) {
    assert(events.empty() || tick >= events.back().tick);
    TickInput held = events.empty() ? TickInput{} : events.back().input;
    bool oneOff = in.launch || in.burn || in.separate || in.parachute || in.start;
    if (!oneOff && in.thrust == held.thrust && in.turn == held.turn && in.craft == held.craft &&
        in.rcs_forward == held.rcs_forward && in.rcs_left == held.rcs_left)
        return;
    InputEvent e{tick, in};
    if (!in.launch) e.input.launch_km_s = e.input.launch_deg = 0;
    if (!in.burn) e.input.burn_prograde_km_s = e.input.burn_radial_km_s = 0;
    if (!in.start) e.input.sky_count = 0, e.input.sky_values = {};
    events.push_back(e);
}

TickInput InputLog::at(int64_t tick, Cursor& cursor) const {
    TickInput out;
    while (cursor.next < events.size() && events[cursor.next].tick <= tick) {
        const InputEvent& e = events[cursor.next++];
        cursor.thrust = e.input.thrust;
        cursor.turn = e.input.turn;
        cursor.craft = e.input.craft;
        cursor.rcs_forward = e.input.rcs_forward;
        cursor.rcs_left = e.input.rcs_left;
        if (e.tick != tick) continue;   // a skipped tick: only its held controls carry over
        if (e.input.launch) {
            out.launch = true;
            out.launch_km_s = e.input.launch_km_s;
            out.launch_deg = e.input.launch_deg;
        }
        if (e.input.burn) {
            out.burn = true;
            out.burn_prograde_km_s = e.input.burn_prograde_km_s;
            out.burn_radial_km_s = e.input.burn_radial_km_s;
        }
        if (e.input.start) {
            out.start = true;
            out.sky_count = e.input.sky_count;
            out.sky_values = e.input.sky_values;
        }
        out.separate = out.separate || e.input.separate;
        out.parachute = out.parachute || e.input.parachute;
    }
    out.thrust = cursor.thrust;
    out.turn = cursor.turn;
    out.craft = cursor.craft;
    out.rcs_forward = cursor.rcs_forward;
    out.rcs_left = cursor.rcs_left;
    return out;
}

InputLoad parseInputLog(std::string_view bytes) {
    Problems problems;
    InputLog log;
    try {
        readInputLog(bytes, log, problems);
    } catch (const std::exception& e) {   // not expected: readJsonDocument already caught parsing
        problems.add("", std::string("could not read the input log: ") + e.what());
    }
    if (!problems.empty()) return {std::nullopt, problems.take()};
    return {std::move(log), {}};
}

// One event per line, so a log stays readable and diffs well however long it gets.
std::string saveInputLog(const InputLog& log) {
    OrderedJson head = OrderedJson::object();
    head["version"] = kInputLogVersion;
    head["level"] = log.level_id;
    std::string text = head.dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    text.erase(text.size() - 2);   // reopen the object: drop "\n}"
    text += ",\n  \"events\": [";

    TickInput previous;
    for (size_t i = 0; i < log.events.size(); ++i) {
        const InputEvent& e = log.events[i];
        const OrderedJson event = inputEventJson(e, previous);
        text += (i == 0 ? "\n    " : ",\n    ") + event.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
        previous = e.input;
    }
    text += log.events.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return text;
}

} // namespace sp
