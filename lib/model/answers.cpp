#include "model/answers.h"

#include <algorithm>
#include <fmt/format.h>

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

namespace {

int days_in_month(int year, int month) {
  static constexpr int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return k_days[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

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
  return day <= days_in_month(year, month);
}

std::string add_months(std::string_view iso, int months) {
  if (!is_iso_date(iso)) {
    return {};
  }
  int year = std::stoi(std::string(iso.substr(0, 4)));
  int month = std::stoi(std::string(iso.substr(5, 2)));
  int day = std::stoi(std::string(iso.substr(8, 2)));
  int index = year * 12 + (month - 1) + months;
  year = index / 12;
  month = index % 12 + 1;
  day = std::min(day, days_in_month(year, month));
  if (year < 0 || year > 9999) {
    return {};
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

} // namespace medtime
