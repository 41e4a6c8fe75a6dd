#include "cost/cost_files.h"

#include <filesystem>

#include "cost/cost.h"
#include "cost/derive.h"
#include "cost/plan_loader.h"
#include "util/files.h"

#include <fmt/format.h>

namespace medtime {

namespace {

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

} // namespace

ParameterSet plan_parameter_set(const std::string& name,
                                const std::string& base_dir,
                                const std::string& file,
                                SourcePos pos) {
  return resolve_parameter_set(name, bundled_parameters_dir(), base_dir, file, pos);
}

CostInputs complete_plan(const Plan& plan,
                         const std::string& parameters_override,
                         Diagnostics& diags) {
  ParameterSet set =
    parameters_override.empty()
      ? plan_parameter_set(plan.parameters, folder_of(plan.file), plan.file, plan.parameters_pos)
      : plan_parameter_set(parameters_override, ".", "", {});
  CostInputs inputs = resolve_plan(plan, std::move(set), diags);
  if (!parameters_override.empty()) {
    inputs.parameters_ref = parameters_override;
  }
  return inputs;
}

CostInputs load_plan_inputs(const std::string& path,
                            const std::string& parameters_override,
                            const QuestionnaireSet& set,
                            Diagnostics& diags) {
  Plan plan = load_plan(path, diags);
  label_plan_tasks(plan, set, diags);
  return complete_plan(plan, parameters_override, diags);
}

CostInputs derived_inputs(const Assessment& assessment,
                          const QuestionnaireSet& set,
                          const std::string& parameters_ref,
                          Diagnostics& diags) {
  ParameterSet parameters = plan_parameter_set(parameters_ref, ".", "", {});
  Plan plan = derive_plan(assessment, set, parameters, parameters_ref);
  return resolve_plan(plan, std::move(parameters), diags);
}

std::vector<CostOption> scenario_options(const Assessment& assessment,
                                         const QuestionnaireSet& set,
                                         const std::string& parameters_ref,
                                         std::vector<SkippedScenario>& skipped,
                                         Diagnostics& diags) {
  ParameterSet parameters = plan_parameter_set(parameters_ref, ".", "", {});
  std::vector<CostOption> options;
  for (auto& s : derive_scenarios(assessment, set, parameters, parameters_ref, skipped)) {
    options.push_back(
      make_cost_option(s.name, s.short_name, resolve_plan(s.plan, parameters, diags)));
  }
  return options;
}

std::vector<CostOption> compare_options(const std::vector<std::string>& paths,
                                        const std::string& parameters_override,
                                        const QuestionnaireSet& set,
                                        Diagnostics& diags) {
  std::vector<CostOption> options;
  for (const auto& path : paths) {
    std::string name = std::filesystem::path(path).stem().string();
    options.push_back(make_cost_option(
      { path, path }, { name, name }, load_plan_inputs(path, parameters_override, set, diags)));
  }
  return options;
}

std::string check_plan_text(std::string_view text, const std::string& path,
                            const QuestionnaireSet& set, Diagnostics& diags, Lang lang) {
  auto plan = parse_plan(text, path, diags);
  if (!plan) {
    return tr(lang, "plan de délégation", "delegation plan");
  }
  label_plan_tasks(*plan, set, diags);
  CostInputs inputs = complete_plan(*plan, "", diags);
  CostSheet sheet = compute_cost(inputs);
  return fmt::format(fmt::runtime(tr(lang,
                                    "plan de délégation, {} tâches ({} h/semaine déléguées), {} "
                                    "intervenant(s), paramètres {}",
                                    "delegation plan, {} tasks ({} h/week delegated), {} staff, "
                                    "parameters {}")),
                     inputs.tasks.size(),
                     sheet.weekly_delegated_hours,
                     inputs.staff.size(),
                     inputs.parameters.id);
}

std::string check_parameter_set_text(std::string_view text,
                                     const std::string& path,
                                     Diagnostics& diags,
                                     Lang lang) {
  auto set = parse_parameter_set(text, path, diags);
  if (!set) {
    return tr(lang, "jeu de paramètres", "parameter set");
  }
  return fmt::format(fmt::runtime(tr(lang, "jeu de paramètres {}, {} valeurs ({} estimations)",
                                    "parameter set {}, {} values ({} estimates)")),
                     set->id,
                     set->values.size(),
                     set->estimate_count());
}

} // namespace medtime
