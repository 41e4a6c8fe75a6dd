#include "render/number.h"

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

std::string format_score(const std::optional<double>& score, Lang lang) {
  return score ? format_number(*score, 0, lang) : "—";
}

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  return rounded == 0 ? 0 : rounded; // no -0
}

} // namespace medtime
