// The cost-benefit computation of doc/method.md#cost-benefit-sheet, on a completed plan:
//
//   used(s)           = min(Σ its tasks hours_per_week × share, fte × hours_per_fte)
//                       for an employee (a provider has no cap)
//   weekly_delegated  = Σ used(s) (+ tasks of a plan with no staff)
//   hours_freed(y)    = (weekly_delegated − supervision) × weeks_per_year
//                       − (setup_hours if y = 1)
//   extra_consults(y) = hours_freed(y) × reinvest_share × 60 / consultation_minutes
//   revenue(y)        = extra_consults(y) × consultation_fee
//   personal_value(y) = hours_freed(y) × (1 − reinvest_share) × personal_hour_value
//   staff_cost(y)     = Σ employees fte × gross_monthly × 12 × (1 + employer_rate)
//                       (or annual_cost) + Σ providers monthly_fee × 12
//   other_costs(y)    = Σ other costs monthly × 12 + (Σ once if y = 1)
//   aid(y)            = the aid schedule for year y when the doctor is
//                       eligible (or may be: to check), else 0
//   net(y)            = revenue + personal_value + aid − staff_cost − other_costs
//   net_if_target_missed(y) = net(y) − aid(y) from the aid's target year on
//                       (a bound: no aid once the commitment is missed)
//   break_even(y)     = max(0, staff_cost + other_costs − aid − personal_value)
//                       / consultation_fee / weeks_per_year
//
// plus the cumulative net, the payback year, a staff capacity check and a
// sensitivity table. It knows no output format.
#pragma once

#include "cost/inputs.h"

#include <optional>
#include <string>
#include <vector>

namespace medtime {

struct YearResult {
  int year = 0;
  double hours_freed = 0;
  double extra_consultations = 0;
  double revenue = 0;
  double personal_value = 0;
  double staff_cost = 0;
  double other_costs = 0;
  double aid = 0;
  double net = 0;
  double net_if_target_missed = 0; // no aid from the target year on
  double cumulative_net = 0;
  double cumulative_net_if_target_missed = 0;
  double break_even = 0; // extra consultations a week that pay for the year
};

enum class CapacityStatus { ok, over, under, no_contract };

std::string_view to_string(CapacityStatus status);

// Delegated hours against contracted hours (fte × hours_per_fte), per
// employee; a provider has no contracted hours (`no_contract`).
struct CapacityRow {
  std::string id;
  Role role = Role::secretary;
  double contracted_hours = 0;
  double assigned_hours = 0;  // Σ its tasks' delegated hours, a week
  double used_hours = 0;      // what counts: at most the contracted hours
  double left_out_hours = 0;  // assigned beyond the contract, not counted
  std::optional<double> use; // assigned / contracted
  CapacityStatus status = CapacityStatus::ok;
};

// The last year's net for each reinvest share (rows) and staff cost change
// (columns). With no freed time turned into consultations (share 0) the
// patient list cannot grow, so that row counts no aid from the aid's target
// year on.
struct Sensitivity {
  int year = 0;
  std::vector<double> reinvest_shares{ 0, 0.25, 0.5, 0.75, 1 };
  std::vector<double> staff_cost_changes{ -0.2, 0, 0.2 };
  std::vector<std::vector<double>> net;
};

enum class CostWarningKind {
  supervision_exceeds_delegated, // hours freed below zero
  capacity_over,                 // an employee given more than the contract
  capacity_under,                // an employee given less than half of it
  delegated_exceeds_doctor_week, // more hours than a GP works in a week
  no_staff,                      // tasks delegated to no one: counted at no cost
};

struct CostWarning {
  CostWarningKind kind;
  std::string staff; // capacity warnings
  double value = 0;  // supervision, use, delegated hours
  double limit = 0;  // delegated hours, doctor's week
};

struct CostSheet {
  double weekly_delegated_hours = 0; // counted: within each contract
  double weekly_assigned_hours = 0;  // as the plan assigns them
  std::vector<YearResult> years;
  std::optional<int> payback_year; // first year the cumulative net is >= 0
  double hours_per_fte = 0;
  std::vector<CapacityRow> capacity;
  Sensitivity sensitivity;
  std::vector<CostWarning> warnings;

  const YearResult& last_year() const { return years.back(); }
  // The extra consultations a week the plan expects in its last year.
  double last_year_weekly_consultations(double weeks_per_year) const;
};

// Computes the sheet of `inputs` (see the formulas above).
CostSheet compute_cost(const CostInputs& inputs);

// The net of one year for another reinvest share and staff cost factor: the
// formula of net(y) with `reinvest_share` and staff_cost × (1 + `cost_change`);
// with a share of 0, no aid from the aid's target year on.
double net_for(const CostInputs& inputs,
               const YearResult& year,
               double reinvest_share,
               double cost_change);

} // namespace medtime
