#include "review/dates.h"

#include "model/answers.h"

#include <fmt/format.h>

namespace medtime {

// Howard Hinnant's days_from_civil and civil_from_days: eras of 400 years
// (146097 days) starting on March 1st, so that the leap day ends a year.

std::optional<long> days_from_iso(std::string_view text) {
  if (!is_iso_date(text)) {
    return std::nullopt;
  }
  auto digits = [&](size_t from, size_t count) {
    long value = 0;
    for (size_t i = from; i < from + count; ++i) {
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  long y = digits(0, 4);
  long m = digits(5, 2);
  long d = digits(8, 2);
  y -= m <= 2 ? 1 : 0;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string iso_from_days(long days) {
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2 ? 1 : 0;
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

} // namespace medtime
