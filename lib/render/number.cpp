#include "render/number.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace medtime {

std::string format_number(double value, int decimals, Lang lang) {
  std::string text = fmt::format("{:.{}f}", round_to(value, decimals), decimals);
  if (text == "-0" || text.rfind("-0.", 0) == 0) {
    bool all_zero = text.find_first_not_of("-0.") == std::string::npos;
    if (all_zero) {
      text.erase(0, 1);
    }
  }
  size_t point = text.find('.');
  size_t int_end = point == std::string::npos ? text.size() : point;
  size_t int_start = text[0] == '-' ? 1 : 0;
  std::string grouping = lang == Lang::fr ? "\u202f" : ",";
  std::string out = text.substr(0, int_start);
  for (size_t i = int_start; i < int_end; ++i) {
    out += text[i];
    size_t remaining = int_end - i - 1;
    if (remaining > 0 && remaining % 3 == 0) {
      out += grouping;
    }
  }
  if (point != std::string::npos) {
    out += lang == Lang::fr ? ',' : '.';
    out += text.substr(point + 1);
  }
  return out;
}

std::string format_short(double value, Lang lang) {
  std::string text = format_number(value, 2, lang);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == ',' || text.back() == '.') {
    text.pop_back();
  }
  return text;
}

std::string format_score(const std::optional<double>& score, Lang lang) {
  return score ? format_number(*score, 0, lang) : "—";
}

double round_half_away(double scaled) {
  double whole = std::trunc(scaled);
  double fraction = std::fabs(scaled - whole);
  // The tolerance grows with the value (rounding errors are relative) from
  // 1e-9 under 1,000, so that it stays far below the printed digit.
  if (std::fabs(fraction - 0.5) <= 1e-12 * std::max(1e3, std::fabs(scaled))) {
    return whole + (scaled < 0 ? -1 : 1);
  }
  return std::round(scaled);
}

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = round_half_away(value * scale) / scale;
  return rounded == 0 ? 0 : rounded; // no -0
}

} // namespace medtime
