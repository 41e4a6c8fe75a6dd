// Deriving a delegation plan from the delegation questionnaire's answers
// (`medtime cost ANSWERS`), so that a doctor gets a first sheet without
// writing a plan, and can edit the plan written by `--emit-plan`.
//
// The questionnaire (id `delegation`) is read by fixed question ids:
//   taches_administratives, taches_medico_administratives  task tables:
//       per task {hours, delegate}; share = the chosen level's share
//   option_envisagee   aucune | secretaire | secretariat_distance |
//                      assistant_medical | infirmier
//   etp_envisage       quart | mi_temps | trois_quarts | temps_plein
//   supervision_heures h/week  → supervision_hours_per_week
//   formation_heures   hours in year 1 → setup_hours
//
// Rules (written as notes into the plan):
// - one staff member, by option: secretaire → a secretary, assistant_medical
//   → an assistant médical, infirmier → a nurse, secretariat_distance → a
//   provider (remote secretariat);
// - that staff member takes every delegated task, except that a remote
//   secretariat takes only `telephone` and `rendez_vous`, and a secretary
//   does not take `preparation_consultations` (preparing the patient is an
//   assistant médical's or a nurse's work); tasks not taken stay with the
//   doctor and are listed;
// - fte from etp_envisage; when unanswered, the smallest of 0.25, 0.5, 0.75
//   and 1 whose hours (fte × hours_per_fte) cover the delegated hours;
// - aid cnam_assistant_medical for an assistant médical at 0.5 or 1 FTE,
//   otherwise none, with a note saying why;
// - every other figure (salary, fee, doctor's figures, horizon) is left to
//   the parameter set, so the sheet keeps its source or estimate flag.
#pragma once

#include "cost/parameters.h"
#include "cost/plan.h"
#include "model/answers.h"
#include "model/questionnaire.h"
#include "util/diagnostics.h"

#include <string>

namespace medtime {

// The plan for the delegation answers of `assessment`, resolved against
// `set`; `parameters` is the set that will complete it (its hours_per_fte
// sizes an unanswered fte) and `parameters_ref` how the plan names it (an id
// or a path). Throws `Error` (exit 1)
// saying what is missing when the set has no `delegation` questionnaire, the
// assessment does not answer it, option_envisagee is unanswered or
// "aucune", or no delegated task is left for the chosen staff.
// A staffing option that replaces the answer to option_envisagee (and a
// working time that replaces etp_envisage), to derive a scenario.
struct DeriveChoice {
  std::string option;        // an option id of option_envisagee
  std::optional<double> fte; // none: etp_envisage, else sized on the hours
};

Plan derive_plan(const Assessment& assessment,
                 const QuestionnaireSet& set,
                 const ParameterSet& parameters,
                 const std::string& parameters_ref,
                 const DeriveChoice* choice = nullptr);

// A scenario the answers cannot support, and why.
struct SkippedScenario {
  LocalText name;
  std::string reason; // the derivation's error, file:line: message
};

// One option of `medtime cost --scenarios`, derived from the same answers.
struct Scenario {
  LocalText name;       // "Assistant médical à mi-temps"
  LocalText short_name; // a table column: "AM 0,5"
  Plan plan;
};

// The bundled scenarios from the delegation answers, whatever option the
// doctor chose: a tele-secretariat, an assistant médical at half and at full
// time, and half of a full-time assistant shared through an employer group.
// A scenario the answers cannot support (no task it would take) is left out
// and its reason added to `skipped` (file:line: message).
std::vector<Scenario> derive_scenarios(const Assessment& assessment,
                                       const QuestionnaireSet& set,
                                       const ParameterSet& parameters,
                                       const std::string& parameters_ref,
                                       std::vector<SkippedScenario>& skipped);

// Gives each task of a plan file the label of the questionnaire task with the
// same id, so that its sheet reads like one derived from answers; an id
// close to a questionnaire task's (`rendezvous`) gets a "did you mean"
// warning. Other ids are the plan's own tasks and are left as written.
void label_plan_tasks(Plan& plan, const QuestionnaireSet& set, Diagnostics& diags);

// True when a staff member of `role` takes task `task` under the rules above.
bool role_takes_task(Role role, std::string_view task);

} // namespace medtime
