// Input events as JSON, shared by input log files (input.cpp) and the "solution" a made
// level carries (level_io.cpp). Inside the sim only: files go through parseInputLog and
// parseLevel.
#pragma once
#include "game/sim/props.h"
#include "game/sim/tick_input.h"

#include <string>
#include <vector>

namespace sp {

// Appends the events of the JSON list `j` to `events`: ticks in order, held controls carried
// over from the event before, problems at `pointer`/i.
void readInputEvents(const Json& j, const std::string& pointer, std::vector<InputEvent>& events, Problems& out);
// One event, writing thrust and turn only where they differ from `previous`.
OrderedJson inputEventJson(const InputEvent& e, const TickInput& previous);
OrderedJson inputEventsJson(const std::vector<InputEvent>& events);

} // namespace sp
