// Calendar arithmetic on ISO dates (YYYY-MM-DD), for the review's time axis
// and the projection of objectives.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medtime {

// Days since 1970-01-01 of the date `text` (YYYY-MM-DD, proleptic Gregorian),
// or nothing when it is not a valid date.
std::optional<long> days_from_iso(std::string_view text);

// The YYYY-MM-DD date `days` after 1970-01-01.
std::string iso_from_days(long days);

} // namespace medtime
