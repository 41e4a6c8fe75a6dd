// From files to completed cost inputs: a plan file with the parameter set it
// names, and the checks `medtime check` runs on plans and parameter sets.
#pragma once

#include "cost/compare.h"
#include "cost/derive.h"
#include "cost/inputs.h"
#include "cost/plan.h"
#include "model/questionnaire.h"
#include "util/diagnostics.h"

#include <string>
#include <string_view>

namespace medtime {

// The parameter set named `name` by a plan (or --parameters): an id in
// `bundled_parameters_dir()`, or a path relative to `base_dir`. An unknown
// one throws `Error` at `file`:`pos`.
ParameterSet plan_parameter_set(const std::string& name,
                                const std::string& base_dir,
                                const std::string& file,
                                SourcePos pos);

// Completes `plan` with its parameter set (`parameters_override` instead
// when not empty). Warnings go to `diags`; throws `Error` on failure.
CostInputs complete_plan(const Plan& plan,
                         const std::string& parameters_override,
                         Diagnostics& diags);

// Reads the plan at `path`, names its tasks after `set`'s task tables
// (label_plan_tasks) and completes it (see complete_plan).
CostInputs load_plan_inputs(const std::string& path,
                            const std::string& parameters_override,
                            const QuestionnaireSet& set,
                            Diagnostics& diags);

// The plan derived from the answers of `assessment` (derive_plan), completed
// with the parameter set `parameters_ref` (an id or a path).
CostInputs derived_inputs(const Assessment& assessment,
                          const QuestionnaireSet& set,
                          const std::string& parameters_ref,
                          Diagnostics& diags);

// `medtime cost --scenarios`: the bundled scenarios from the answers
// (derive_scenarios), each completed and computed; those the answers cannot
// support go to `skipped`.
std::vector<CostOption> scenario_options(const Assessment& assessment,
                                         const QuestionnaireSet& set,
                                         const std::string& parameters_ref,
                                         std::vector<SkippedScenario>& skipped,
                                         Diagnostics& diags);

// `medtime cost --compare`: each plan file completed (load_plan_inputs) and
// computed, named by its path, its short name the file's name without
// extension.
std::vector<CostOption> compare_options(const std::vector<std::string>& paths,
                                        const std::string& parameters_override,
                                        const QuestionnaireSet& set,
                                        Diagnostics& diags);

// `medtime check` on a plan: loads it, its parameter set, completes it, and
// returns a one-line summary in `lang`; every problem goes to `diags`.
std::string check_plan_text(std::string_view text, const std::string& path,
                            const QuestionnaireSet& set, Diagnostics& diags,
                            Lang lang = Lang::en);

// `medtime check` on a parameter set; returns a one-line summary in `lang`.
std::string check_parameter_set_text(std::string_view text,
                                     const std::string& path,
                                     Diagnostics& diags,
                                     Lang lang = Lang::en);

} // namespace medtime
