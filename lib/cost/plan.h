// The delegation plan model (doc/formats.md#delegation-plan): who the doctor would hire or
// contract, which tasks each would take, and the doctor's own figures. Every
// number the plan may leave out is optional here; cost/inputs.h fills the
// gaps from a parameter set. Read from YAML by cost/plan_loader.h, or
// derived from the delegation questionnaire's answers by cost/derive.h.
#pragma once

#include "util/diagnostics.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medtime {

// The parameter set a plan uses when it names none.
inline constexpr const char* k_default_parameter_set = "fr-2026";

// Who takes the tasks: three kinds of employee; an outside provider (a
// remote secretariat, paid by the month or by the call); a nurse of the
// Asalée scheme (paid by the scheme, nothing for the doctor); an
// advanced-practice nurse (IPA, who bills her own acts); or a share of an
// employee of a colleague or an employer group (`shared`).
enum class Role { secretary, assistant_medical, nurse, provider, asalee, ipa, shared };
// A public aid to the employment: none, or the CNAM aid for an assistant
// médical (by FTE and year, from the 2024 convention médicale).
enum class Aid { none, cnam_assistant_medical };

// The doctor's convention sector, which decides the CNAM aid: 1, 2 with
// OPTAM, 2, 3, or outside the convention.
enum class Sector { s1, s2_optam, s2, s3, non_conventionne };

std::string_view to_string(Sector sector);
std::optional<Sector> parse_sector(std::string_view id);
std::vector<std::string> sector_ids();

std::string_view to_string(Role role);
std::string_view to_string(Aid aid);
// The role or aid named `id`, or nothing.
std::optional<Role> parse_role(std::string_view id);
std::optional<Aid> parse_aid(std::string_view id);
std::vector<std::string> role_ids();
std::vector<std::string> aid_ids();
// "assistant médical", "prestataire"...: the role as a doctor reads it.
const char* role_label(Role role, Lang lang);
// Paid a salary (by the doctor, or for `shared` through the employer).
bool is_employee(Role role);
// Employed by the doctor alone: brings the default other costs.
bool is_direct_employee(Role role);
// Asalée or IPA: no cost and no contract with the doctor.
bool is_free_role(Role role);

// A number given in the plan (or derived from an answer), with where it was.
struct PlanValue {
  double value = 0;
  SourcePos pos;
};

struct StaffMember {
  std::string id;
  Role role = Role::secretary;
  std::optional<PlanValue> fte;           // employees: share of a full-time contract
  std::optional<PlanValue> gross_monthly; // employees: full-time gross salary a month
  std::optional<PlanValue> annual_cost;   // employees: instead of gross_monthly
  std::optional<PlanValue> employer_rate; // employees: employer charges over gross
  std::optional<PlanValue> monthly_fee;   // providers: what the doctor pays a month
  std::optional<PlanValue> calls_per_month; // providers paid by the call
  std::optional<PlanValue> price_per_call;
  std::optional<PlanValue> share;         // shared: the doctor's part, 0.01 to 1
  Role works_as = Role::secretary;        // shared: the job, for the default salary
  Aid aid = Aid::none;
  SourcePos pos;
  SourcePos aid_pos;
};

// A cost beside wages and fees: a workstation, a software licence, the
// employer's share of the health cover, recruiting... `monthly` or `once`
// (in year 1).
struct OtherCost {
  std::string id;
  std::string label;
  std::optional<PlanValue> monthly;
  std::optional<PlanValue> once;
  SourcePos pos;
};

struct PlanTask {
  std::string id;
  LocalText label;           // the questionnaire's task label, when derived from answers
  double hours_per_week = 0; // the doctor's hours on the task today
  double share = 0;          // the part handed over, 0 to 1
  std::string to;            // staff id; empty when the plan has no staff
  SourcePos pos;
  SourcePos to_pos;

  double delegated_hours() const { return hours_per_week * share; }
};

struct DoctorSettings {
  std::optional<PlanValue> consultation_fee;     // € per consultation
  std::optional<PlanValue> consultation_minutes; // minutes per consultation
  std::optional<PlanValue> weeks_per_year;       // weeks worked a year
  std::optional<PlanValue> reinvest_share;       // freed time turned into consultations
  std::optional<PlanValue> personal_hour_value;  // € per hour kept for oneself
  std::optional<Sector> sector;                  // decides the CNAM aid
  SourcePos sector_pos;
  std::optional<PlanValue> patient_list;         // médecin traitant patients
};

// Why a derived plan is the way it is, as facts with their figures
// unformatted: the cost renderers put them in words (`plan_note_text`).
struct PlanNote {
  enum class Kind {
    fte_from_hours,     // etp_envisage unanswered: numbers = {fte, hours_per_fte, delegated}
    no_aid_fte,         // assistant médical at an fte with no aid: numbers = {fte}
    no_aid_role,        // the role has no aid (secretary, nurse)
    no_aid_provider,    // an outside provider has no aid
    kept_by_provider,   // tasks a remote secretariat does not take: ids
    kept_by_secretary,  // tasks a secretary does not take: ids
    incomplete_tasks,   // numbers = {tasks without a level, tasks in all}
    upskilled_secretary, // a secretary in post becomes assistant médical
    shared_employee,     // a share of an employee of a colleague or a group
    calls_from_hours,    // numbers = {hours a week, calls per hour, calls a month}
    reinvest_from_use,   // numbers = {reinvest share}; ids = {usage_temps_libere option}
  };
  Kind kind;
  std::vector<double> numbers;
  std::vector<std::string> ids;
};

struct Plan {
  std::string file;     // where it was read (the answers file for a derived plan)
  bool derived = false; // built from answers rather than read from a plan file
  std::string parameters = k_default_parameter_set; // parameter set id, or a path to one
  SourcePos parameters_pos;
  DoctorSettings doctor;
  std::vector<StaffMember> staff;
  std::vector<PlanTask> tasks;
  std::optional<PlanValue> supervision_hours_per_week;
  std::optional<PlanValue> setup_hours; // training and set-up, year 1 only
  std::optional<PlanValue> horizon_years;
  // Costs beside wages and fees; none given: the parameter set's defaults
  // for each employee (an empty list: none at all).
  std::optional<std::vector<OtherCost>> other_costs;
  // Why a derived plan is the way it is (tasks left with the doctor, no aid...).
  std::vector<PlanNote> notes;
  // Tasks answered but not delegated (share 0 or left with the doctor), for
  // the comments of an emitted plan.
  std::vector<PlanTask> kept_tasks;

  // The staff member `id`, or null.
  const StaffMember* find_staff(std::string_view id) const;
  std::vector<std::string> staff_ids() const;
};

} // namespace medtime
