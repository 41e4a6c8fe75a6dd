// Numbers as people read them: French uses a decimal comma and a thin
// space between thousands; English a point and a comma.
#pragma once

#include <optional>
#include <string>

#include "util/i18n.h"

namespace medtime {

// `value` with `decimals` digits after the separator, trailing zeros kept.
std::string format_number(double value, int decimals, Lang lang);

// An optional score: the number with no decimals, or "—" when null.
std::string format_score(const std::optional<double>& score, Lang lang);

// A value rounded to `decimals` digits, for JSON output (stable, no 0.30000000000000004).
double round_to(double value, int decimals);

} // namespace medtime
