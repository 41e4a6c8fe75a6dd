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

// Whether the doctor can have the CNAM aid for an assistant médical, from
// the plan's sector and patient list against the parameter set's rules.
enum class AidStatus {
  eligible,     // sector and patient list both meet the rules
  to_check,     // counted, but the sector or the patient list is not known
  not_eligible, // counted as 0: the sector or the patient list rules it out
};

// Why, one fact per line of the sheet.
enum class AidReason {
  sector_eligible,  // sector 1 or 2 with OPTAM
  sector_excluded,  // sector 2 without OPTAM, 3, outside the convention
  sector_unknown,   // the plan gives no sector
  list_enough,      // patient list at or above the minimum
  list_too_small,   // below the minimum
  list_unknown,     // the plan gives no patient list
};

std::string_view to_string(AidStatus status);
std::string_view to_string(AidReason reason);

struct AidCheck {
  AidStatus status = AidStatus::eligible;
  std::vector<AidReason> reasons;
};

struct StaffCost {
  std::string id;
  Role role = Role::secretary;
  Figure fte; // employees; 0 for a provider
  std::optional<Figure> gross_monthly;
  std::optional<Figure> employer_rate;
  std::optional<Figure> annual_cost; // given in the plan instead of a salary
  std::optional<Figure> share;       // shared: the doctor's part of the employee
  Role works_as = Role::secretary;   // shared: the job
  std::optional<Figure> monthly_fee; // providers, by the month
  std::optional<Figure> calls_per_month; // providers, by the call
  std::optional<Figure> price_per_call;
  std::optional<Figure> base_monthly;
  Aid aid = Aid::none;                  // the aid the plan asks for
  AidCheck aid_check;                   // whether the doctor can have it
  std::array<Figure, 3> aid_schedule{}; // year 1, year 2, year 3 and after
  double assigned_hours = 0;            // Σ hours × share of its tasks, a week

  // [share ×] fte × gross_monthly × 12 × (1 + employer_rate), or annual_cost, or
  // monthly_fee × 12, or (base_monthly + calls_per_month × price_per_call) × 12;
  // 0 for an Asalée nurse or an IPA.
  double annual_cost_value() const;
  // The aid for year `year` (1-based): the schedule's year 1, 2, then 3 on;
  // 0 when there is none or the doctor is not eligible.
  double aid_for_year(int year) const;
  // True when an aid is counted (asked for, and not ruled out).
  bool counts_aid() const { return aid != Aid::none && aid_check.status != AidStatus::not_eligible; }
};

// A cost beside wages and fees, for `count` employees (a default of the
// parameter set counts once per employee; a plan's own line once).
struct OtherCostFigure {
  std::string id;
  LocalText label;
  std::optional<Figure> monthly;
  std::optional<Figure> once;
  int count = 1;

  // What it costs in year `year`: monthly × 12, plus once in year 1.
  double for_year(int year) const;
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
  // The CNAM aid's rules: the minimum patient list, the growth of the list
  // the doctor commits to, and the contract year by which it is due.
  Figure aid_min_patient_list;
  Figure aid_growth_share;
  Figure aid_target_year;
  std::optional<Sector> sector;        // from the plan, when given
  std::optional<Figure> patient_list;  // from the plan, when given
  std::vector<StaffCost> staff;
  std::vector<OtherCostFigure> other_costs;
  bool other_costs_given = false; // the plan's own list (maybe empty), not the defaults
  std::vector<PlanTask> tasks;
  std::vector<PlanTask> kept_tasks;
  std::vector<PlanNote> notes;

  int horizon() const { return static_cast<int>(horizon_years.value); }
  int aid_target() const { return static_cast<int>(aid_target_year.value); }
  // True from the year the aid's commitment is checked: the aid is at risk
  // if the patient list has not grown.
  bool aid_at_risk(int year) const { return year >= aid_target(); }
  // True when some staff member's aid is counted.
  bool counts_aid() const;
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
