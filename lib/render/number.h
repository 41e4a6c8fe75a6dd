// Numbers as people read them: French uses a decimal comma and a thin
// space between thousands; English a point and a comma.
#pragma once

#include <optional>
#include <string>

#include "util/i18n.h"

namespace medtime {

// `value` with `decimals` digits after the separator, trailing zeros kept.
std::string format_number(double value, int decimals, Lang lang);

// `value` with at most two decimals and no trailing zeros ("0,5", "2",
// "1,25"), for hours and shares written as people write them.
std::string format_short(double value, Lang lang);

// An optional score: the number with no decimals, or "—" when null.
std::string format_score(const std::optional<double>& score, Lang lang);

// A value rounded to `decimals` digits, half away from zero (0.225 → 0.23,
// −0.225 → −0.23), for every output (stable, no 0.30000000000000004).
double round_to(double value, int decimals);

// `scaled` rounded to a whole number, half away from zero. A value within
// 1e-9 of a half (1e-12 relative above 1,000) counts as the half: 0.225
// computed as a mean is 0.22499999999999998, and a reader expects 0.23.
double round_half_away(double scaled);

} // namespace medtime
