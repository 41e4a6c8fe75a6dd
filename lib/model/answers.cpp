#include "model/answers.h"

namespace medtime {

std::string Assessment::respondent_id() const {
  for (const auto& [key, value] : respondent) {
    if (key == "id") {
      return value;
    }
  }
  return {};
}

const Response* Assessment::response(size_t index) const {
  if (index >= responses.size() || responses[index].questionnaire == nullptr) {
    return nullptr;
  }
  return &responses[index];
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return false;
  }
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') {
      return false;
    }
  }
  int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = k_days[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

} // namespace medtime
