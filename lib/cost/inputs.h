// A delegation plan completed from its parameter set: every number the
// computation uses, each with where it came from (the plan or the answers,
// with a position, or a parameter with its source, date and estimate flag),
// so that the sheet can say which figures are sourced and which are
// estimates, and --explain can trace every one.
#pragma once

#include "cost/parameters.h"
#include "cost/plan.h"
#include "util/diagnostics.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace medtime {

enum class Origin { input, parameter };

struct Figure {
  double value = 0;
  Origin origin = Origin::input;
  SourcePos pos;   // input: position in the plan (or answers) file
  std::string key; // parameter: its key in the set
};

struct StaffCost {
  std::string id;
  Role role = Role::secretary;
  Figure fte; // employees; 0 for a provider
  std::optional<Figure> gross_monthly;
  std::optional<Figure> employer_rate;
  std::optional<Figure> annual_cost; // given in the plan instead of a salary
  std::optional<Figure> monthly_fee; // providers
  Aid aid = Aid::none;
  std::array<Figure, 3> aid_schedule{}; // year 1, year 2, year 3 and after
  double assigned_hours = 0;            // Σ hours × share of its tasks, a week

  // fte × gross_monthly × 12 × (1 + employer_rate), or annual_cost, or
  // monthly_fee × 12.
  double annual_cost_value() const;
  // The aid for year `year` (1-based): the schedule's year 1, 2, then 3 on.
  double aid_for_year(int year) const;
};

struct CostInputs {
  std::string source;   // the plan or answers file
  bool derived = false; // built from answers
  ParameterSet parameters;
  std::string parameters_ref; // how the plan names the set: an id or a path
  Figure consultation_fee;
  Figure consultation_minutes;
  Figure weeks_per_year;
  Figure reinvest_share;
  Figure personal_hour_value;
  Figure supervision_hours_per_week;
  Figure setup_hours;
  Figure horizon_years;
  Figure hours_per_fte;
  Figure doctor_hours_per_week;
  Figure smic_hourly;
  std::vector<StaffCost> staff;
  std::vector<PlanTask> tasks;
  std::vector<PlanTask> kept_tasks;
  std::vector<PlanNote> notes;

  int horizon() const { return static_cast<int>(horizon_years.value); }
  // The parameter behind `figure`, or null when it came from the plan.
  const ParameterValue* parameter(const Figure& figure) const;
};

// One number of the inputs, named for --explain ("staff.am.gross_monthly").
struct NamedFigure {
  std::string name;
  LocalText label;
  Unit unit = Unit::euro;
  Figure figure;
};

// Every number the computation uses, in the order --explain prints them:
// the doctor's figures, supervision, set-up, horizon, then per staff member
// its fte, salary, charges or fee and aid schedule, then the reference
// figures (hours of a full-time contract, a GP's week, the SMIC).
std::vector<NamedFigure> traced_figures(const CostInputs& inputs);

// Completes `plan` from `parameters`: each number the plan leaves out takes
// the set's value (employee salaries and charges by role, a provider's fee,
// the CNAM aid schedule by FTE). Warnings (a salary below the SMIC) go to
// `diags`; throws `Error` if the set lacks a key.
CostInputs resolve_plan(const Plan& plan, ParameterSet parameters, Diagnostics& diags);

// The full-time monthly SMIC: hourly SMIC × hours_per_fte × 52 / 12.
double smic_monthly(const CostInputs& inputs);

} // namespace medtime
