#include "cost/cost.h"

#include <algorithm>

namespace medtime {

std::string_view to_string(CapacityStatus status) {
  switch (status) {
    case CapacityStatus::ok:
      return "ok";
    case CapacityStatus::over:
      return "over";
    case CapacityStatus::under:
      return "under";
    case CapacityStatus::no_contract:
      return "no_contract";
  }
  return "?";
}

double CostSheet::last_year_weekly_consultations(double weeks_per_year) const {
  return years.empty() ? 0 : last_year().extra_consultations / weeks_per_year;
}

namespace {

double weekly_assigned(const CostInputs& in) {
  double total = 0;
  for (const auto& t : in.tasks) {
    total += t.delegated_hours();
  }
  return total;
}

// The hours that count: each employee's at most her contract.
double weekly_delegated(const CostInputs& in, const std::vector<CapacityRow>& rows) {
  double left_out = 0;
  for (const auto& row : rows) {
    left_out += row.left_out_hours;
  }
  return weekly_assigned(in) - left_out;
}

double staff_cost(const CostInputs& in) {
  double total = 0;
  for (const auto& s : in.staff) {
    total += s.annual_cost_value();
  }
  return total;
}

double aid(const CostInputs& in, int year) {
  double total = 0;
  for (const auto& s : in.staff) {
    total += s.aid_for_year(year);
  }
  return total;
}

YearResult compute_year(const CostInputs& in, double delegated, int y) {
  YearResult r;
  r.year = y;
  double weeks = in.weeks_per_year.value;
  double reinvest = in.reinvest_share.value;
  double fee = in.consultation_fee.value;
  r.hours_freed =
    (delegated - in.supervision_hours_per_week.value) * weeks - (y == 1 ? in.setup_hours.value : 0);
  r.extra_consultations = r.hours_freed * reinvest * 60 / in.consultation_minutes.value;
  r.revenue = r.extra_consultations * fee;
  r.personal_value = r.hours_freed * (1 - reinvest) * in.personal_hour_value.value;
  r.staff_cost = staff_cost(in);
  for (const auto& c : in.other_costs) {
    r.other_costs += c.for_year(y);
  }
  r.aid = aid(in, y);
  r.net = r.revenue + r.personal_value + r.aid - r.staff_cost - r.other_costs;
  r.net_if_target_missed = r.net - (in.aid_at_risk(y) ? r.aid : 0);
  r.break_even =
    std::max(0.0, r.staff_cost + r.other_costs - r.aid - r.personal_value) / fee / weeks;
  return r;
}

std::vector<CapacityRow> capacity(const CostInputs& in) {
  std::vector<CapacityRow> rows;
  for (const auto& s : in.staff) {
    CapacityRow row;
    row.id = s.id;
    row.role = s.role;
    row.assigned_hours = s.assigned_hours;
    if (!is_employee(s.role)) {
      row.used_hours = row.assigned_hours;
      row.status = CapacityStatus::no_contract;
    } else {
      row.contracted_hours =
        (s.share ? s.share->value : 1) * s.fte.value * in.hours_per_fte.value;
      row.used_hours = std::min(row.assigned_hours, row.contracted_hours);
      row.left_out_hours = row.assigned_hours - row.used_hours;
      row.use = row.assigned_hours / row.contracted_hours;
      row.status = *row.use > 1     ? CapacityStatus::over
                   : *row.use < 0.5 ? CapacityStatus::under
                                    : CapacityStatus::ok;
    }
    rows.push_back(row);
  }
  return rows;
}

Sensitivity sensitivity(const CostInputs& in, const YearResult& last) {
  Sensitivity s;
  s.year = last.year;
  for (double share : s.reinvest_shares) {
    std::vector<double> row;
    for (double change : s.staff_cost_changes) {
      row.push_back(net_for(in, last, share, change));
    }
    s.net.push_back(std::move(row));
  }
  return s;
}

std::vector<CostWarning> warnings(const CostInputs& in, const CostSheet& sheet) {
  std::vector<CostWarning> out;
  double supervision = in.supervision_hours_per_week.value;
  if (supervision > sheet.weekly_delegated_hours) {
    out.push_back({ CostWarningKind::supervision_exceeds_delegated,
                    {},
                    supervision,
                    sheet.weekly_delegated_hours });
  }
  if (sheet.weekly_delegated_hours > in.doctor_hours_per_week.value) {
    out.push_back({ CostWarningKind::delegated_exceeds_doctor_week,
                    {},
                    sheet.weekly_delegated_hours,
                    in.doctor_hours_per_week.value });
  }
  if (in.staff.empty()) {
    out.push_back({ CostWarningKind::no_staff, {}, sheet.weekly_delegated_hours, 0 });
  }
  for (const auto& row : sheet.capacity) {
    if (row.status == CapacityStatus::over) {
      out.push_back({ CostWarningKind::capacity_over, row.id, *row.use, row.contracted_hours });
    } else if (row.status == CapacityStatus::under) {
      out.push_back({ CostWarningKind::capacity_under, row.id, *row.use, row.contracted_hours });
    }
  }
  return out;
}

} // namespace

double net_for(const CostInputs& in,
               const YearResult& year,
               double reinvest_share,
               double cost_change) {
  double consultations = year.hours_freed * reinvest_share * 60 / in.consultation_minutes.value;
  double revenue = consultations * in.consultation_fee.value;
  double personal = year.hours_freed * (1 - reinvest_share) * in.personal_hour_value.value;
  // No consultations added, no growth of the patient list: the aid's
  // commitment is missed.
  double aid = reinvest_share == 0 && in.aid_at_risk(year.year) ? 0 : year.aid;
  return revenue + personal + aid - year.staff_cost * (1 + cost_change) - year.other_costs;
}

CostSheet compute_cost(const CostInputs& in) {
  CostSheet sheet;
  sheet.hours_per_fte = in.hours_per_fte.value;
  sheet.capacity = capacity(in);
  sheet.weekly_assigned_hours = weekly_assigned(in);
  sheet.weekly_delegated_hours = weekly_delegated(in, sheet.capacity);
  double cumulative = 0, cumulative_missed = 0;
  for (int y = 1; y <= in.horizon(); ++y) {
    YearResult r = compute_year(in, sheet.weekly_delegated_hours, y);
    cumulative += r.net;
    cumulative_missed += r.net_if_target_missed;
    r.cumulative_net = cumulative;
    r.cumulative_net_if_target_missed = cumulative_missed;
    if (!sheet.payback_year && cumulative >= -1e-9) { // no rounding noise
      sheet.payback_year = y;
    }
    sheet.years.push_back(r);
  }
  sheet.sensitivity = sensitivity(in, sheet.last_year());
  sheet.warnings = warnings(in, sheet);
  return sheet;
}

} // namespace medtime
