#include "game/sim/rules/report.h"

namespace sp {

namespace {
std::optional<double> find(const std::vector<Number>& numbers, std::string_view key) {
    for (const Number& n : numbers)
        if (key == n.key) return n.value;
    return std::nullopt;
}
} // namespace

std::optional<double> Reason::number(std::string_view key) const { return find(numbers, key); }
std::optional<double> OutcomeReport::number(std::string_view key) const { return find(numbers, key); }

} // namespace sp
