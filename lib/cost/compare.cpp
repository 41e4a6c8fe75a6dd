#include "cost/compare.h"

namespace medtime {

double CostOption::weekly_hours_freed() const {
  return sheet.weekly_delegated_hours - inputs.supervision_hours_per_week.value;
}

double CostOption::left_out_hours() const {
  double total = 0;
  for (const auto& row : sheet.capacity) {
    total += row.left_out_hours;
  }
  return total;
}

double CostOption::aid_total() const {
  double total = 0;
  for (const auto& y : sheet.years) {
    total += y.aid;
  }
  return total;
}

CostOption make_cost_option(LocalText name, LocalText short_name, CostInputs inputs) {
  CostSheet sheet = compute_cost(inputs);
  return { std::move(name), std::move(short_name), std::move(inputs), std::move(sheet) };
}

} // namespace medtime
