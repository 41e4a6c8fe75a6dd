#include "model/date.h"

#include "model/answers.h"

namespace medtime {

std::string iso_date(std::string_view text) {
  std::string date(text);
  auto first = date.find('/');
  auto second = first == std::string::npos ? first : date.find('/', first + 1);
  if (second != std::string::npos) {
    auto pad = [](const std::string& s) { return s.size() == 1 ? "0" + s : s; };
    date = date.substr(second + 1) + "-" + pad(date.substr(first + 1, second - first - 1)) + "-" +
           pad(date.substr(0, first));
  }
  return is_iso_date(date) ? date : std::string();
}

} // namespace medtime
