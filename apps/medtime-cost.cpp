// medtime cost: the cost-benefit sheet for delegating tasks (doc/method.md#cost-benefit-sheet),
// from a delegation plan or derived from the delegation questionnaire's answers.
#include "common.h"
#include "cost/cost_files.h"
#include "cost/derive.h"
#include "load/answers_loader.h"
#include "cost/cost_render.h"
#include "util/spell.h"

#include <climits>
#include <optional>
#include <cstdlib>
#include <fmt/format.h>

namespace {

using medtime::tr;

struct CostOptions {
  medtime::app::CommonOptions common;
  std::string answers;
  std::string plan;
  std::string parameters;
  std::string format = "text";
  std::string sep = ",";
  bool decimal_comma = false;
  bool explain = false;
  bool emit_plan = false;
  bool force = false;
  std::vector<std::string> compare;
  bool scenarios = false;
  std::string output;
  medtime::app::TextOptions text;
};

void setup_cost(CLI::App& app, CostOptions& o, medtime::Lang lang) {
  medtime::app::add_common_options(app, o.common);
  app.add_option("ANSWERS",
                 o.answers,
                 tr(lang,
                    "Fichier de réponses (questionnaire delegation) d'où dériver le plan",
                    "Answers file (delegation questionnaire) to derive the plan from"));
  app.add_option("--plan",
                 o.plan,
                 tr(lang,
                    "Plan de délégation à lire (au lieu de réponses)",
                    "Delegation plan to read (instead of answers)"));
  app.add_option(
    "--parameters",
    o.parameters,
    tr(lang,
       "Jeu de paramètres (id fourni ou fichier) ; défaut : celui du plan, sinon fr-2026",
       "Parameter set (bundled id or file); default: the plan's, else fr-2026"));
  app.add_option("--format", o.format, "text, md, csv, json, html, xlsx (-o FILE)")
    ->check(CLI::IsMember({ "text", "md", "csv", "json", "html", "xlsx" }));
  app.add_option("--sep", o.sep, tr(lang, "Séparateur CSV : , ou ;", "CSV separator: , or ;"))
    ->check(CLI::IsMember({ ",", ";" }));
  app.add_flag("--decimal-comma",
               o.decimal_comma,
               tr(lang,
                  "CSV : virgule décimale (tableurs français)",
                  "CSV: decimal comma (French spreadsheets)"));
  app.add_flag("--explain",
               o.explain,
               tr(lang,
                  "Chaque paramètre utilisé : valeur, origine, source et date",
                  "Every parameter used: value, origin, source and date"));
  app.add_flag("--emit-plan",
               o.emit_plan,
               tr(lang,
                  "Écrire le plan (YAML commenté) au lieu du bilan, pour le modifier",
                  "Write the plan (commented YAML) instead of the sheet, to edit it"));
  app.add_option("--compare",
                 o.compare,
                 tr(lang,
                    "Comparer plusieurs plans côte à côte (au moins deux)",
                    "Compare several plans side by side (at least two)"));
  app.add_flag("--scenarios",
               o.scenarios,
               tr(lang,
                  "Comparer, d'après les réponses, télésecrétariat, assistant médical à mi-temps "
                  "et à temps plein, et assistant partagé",
                  "Compare, from the answers, a tele-secretariat, a medical assistant at half and "
                  "full time, and a shared assistant"));
  medtime::app::add_output_options(app, o.output, o.force);
  app.add_flag("--no-pager", o.text.no_pager,
               tr(lang, "Ne pas passer un long texte par $PAGER (défaut : less -R)",
                  "Do not page a long text through $PAGER (default: less -R)"));
}

// Writes `content`: the text sheet through the pager on a terminal.
void write(const CostOptions& o, const std::string& content) {
  if (o.format == "text" && !o.emit_plan) {
    medtime::app::write_text_output(o.output, content, o.text);
  } else {
    medtime::app::write_output(o.output, content);
  }
}

bool is_path(const std::string& name) {
  return name.find('/') != std::string::npos || name.ends_with(".yaml") || name.ends_with(".yml");
}

// --parameters as the plan will name it: a bundled id, or an absolute path so
// that an emitted plan works wherever it is saved.
std::string parameters_ref(const CostOptions& o) {
  char resolved[PATH_MAX];
  if (is_path(o.parameters) && ::realpath(o.parameters.c_str(), resolved) != nullptr) {
    return resolved;
  }
  return o.parameters;
}

// A workbook is one sheet, for a file.
void check_xlsx_usage(const CostOptions& o) {
  if (o.explain || o.emit_plan) {
    throw medtime::UsageError(
      "", {}, medtime::message("E338"));
  }
  if (o.output.empty() || o.output == "-") {
    throw medtime::UsageError(
      "", {}, medtime::message("E339"));
  }
}

void check_usage(const CostOptions& o) {
  if (o.format == "xlsx") {
    check_xlsx_usage(o);
  }
  bool compare = !o.compare.empty();
  if (compare && o.compare.size() < 2) {
    throw medtime::UsageError("", {}, medtime::message("E340"));
  }
  if (compare && (!o.answers.empty() || !o.plan.empty() || o.scenarios)) {
    throw medtime::UsageError(
      "", {}, medtime::message("E341"));
  }
  if (o.scenarios && o.answers.empty()) {
    throw medtime::UsageError("", {}, medtime::message("E342"));
  }
  if ((compare || o.scenarios) && (o.emit_plan || o.explain)) {
    throw medtime::UsageError(
      "", {}, medtime::message("E343"));
  }
  if (compare) {
    return;
  }
  if (o.answers.empty() == o.plan.empty()) {
    throw medtime::UsageError("", {}, medtime::message("E344"));
  }
  if (o.format != "csv" && (o.sep != "," || o.decimal_comma)) {
    throw medtime::UsageError("", {}, medtime::message("E345"));
  }
  if (o.emit_plan && o.format != "text") {
    throw medtime::UsageError(
      "", {}, medtime::message("E346"));
  }
  if (o.explain && (o.format == "csv" || o.format == "html" || o.emit_plan)) {
    throw medtime::UsageError("",
                              {},
                              medtime::message("E347"));
  }
  if (!o.parameters.empty() && !is_path(o.parameters)) {
    auto ids = medtime::parameter_set_ids(medtime::bundled_parameters_dir());
    if (std::find(ids.begin(), ids.end(), o.parameters) == ids.end()) {
      throw medtime::UsageError("",
                                {},
                                medtime::message("E316",
                                                 medtime::quote(o.parameters),
                                                 fmt::format("{}", fmt::join(ids, ", ")),
                                                 medtime::did_you_mean(o.parameters, ids)));
    }
  }
}

// The parameter set named by --parameters, else the default one.
std::string answers_parameters(const CostOptions& o) {
  return o.parameters.empty() ? medtime::k_default_parameter_set : parameters_ref(o);
}

medtime::CostInputs from_answers(const CostOptions& o, medtime::Diagnostics& diags) {
  auto set = medtime::app::load_set(o.common);
  auto assessment = medtime::load_assessment(o.answers, set);
  medtime::app::require_time_budget(set, assessment, o.answers);
  return medtime::derived_inputs(assessment, set, answers_parameters(o), diags);
}

// Prints the diagnostics of the input, as run_command prints an error.
void print_diagnostics(const medtime::Diagnostics& diags) {
  for (const auto& d : diags.items()) {
    medtime::app::print_diagnostic("cost", d.format());
  }
}

std::string render(const CostOptions& o, const medtime::CostInputs& in, medtime::Lang lang) {
  if (o.emit_plan) {
    return medtime::render_plan_yaml(in, lang);
  }
  medtime::CostSheet sheet = medtime::compute_cost(in);
  if (o.format == "xlsx") {
    return medtime::render_cost_xlsx(in, sheet, lang);
  }
  if (o.format == "json") {
    return medtime::cost_json(in, sheet, lang).dump(2) + "\n";
  }
  if (o.format == "csv") {
    return medtime::render_cost_csv(sheet, { o.sep[0], o.decimal_comma });
  }
  if (o.format == "md") {
    return medtime::render_cost_markdown(in, sheet, o.explain, lang);
  }
  if (o.format == "html") {
    return medtime::render_cost_html(in, sheet, lang);
  }
  bool color = o.output.empty() && medtime::use_color(1);
  return medtime::render_cost_text(in, sheet, o.explain, lang, medtime::Style(color));
}

// The options of --compare (plan files, named by their file) or --scenarios.
std::vector<medtime::CostOption> load_options(const CostOptions& o,
                                              std::vector<medtime::SkippedScenario>& skipped,
                                              medtime::Diagnostics& diags) {
  auto set = medtime::app::load_set(o.common);
  if (!o.scenarios) {
    return medtime::compare_options(o.compare, parameters_ref(o), set, diags);
  }
  auto assessment = medtime::load_assessment(o.answers, set);
  medtime::app::require_time_budget(set, assessment, o.answers);
  return medtime::scenario_options(assessment, set, answers_parameters(o), skipped, diags);
}

std::string render_options(const CostOptions& o,
                           const std::vector<medtime::CostOption>& options,
                           const std::vector<medtime::SkippedScenario>& skipped,
                           medtime::Lang lang) {
  if (o.format == "json") {
    return medtime::compare_json(options, skipped, lang).dump(2) + "\n";
  }
  if (o.format == "csv") {
    return medtime::render_compare_csv(options, { o.sep[0], o.decimal_comma });
  }
  if (o.format == "md") {
    return medtime::render_compare_markdown(options, skipped, lang);
  }
  if (o.format == "html") {
    return medtime::render_compare_html(options, skipped, lang);
  }
  if (o.format == "xlsx") {
    return medtime::render_compare_xlsx(options, skipped, lang);
  }
  bool color = o.output.empty() && medtime::use_color(1);
  return medtime::render_compare_text(options, skipped, lang, medtime::Style(color));
}

// Runs `load`, then prints the diagnostics it left. An error that the
// diagnostics already tell gives nothing (the command exits 1); any other
// propagates to run_command.
template<typename Load>
auto load_reporting(const medtime::Diagnostics& diags, Load load)
  -> std::optional<decltype(load())> {
  std::optional<decltype(load())> loaded;
  try {
    loaded = load();
  } catch (const medtime::UsageError&) {
    throw;
  } catch (const medtime::Error&) {
    if (!diags.has_errors()) {
      throw;
    }
  }
  print_diagnostics(diags);
  return loaded;
}

int run_options(const CostOptions& o, medtime::Lang lang) {
  medtime::Diagnostics diags(o.answers);
  std::vector<medtime::SkippedScenario> skipped;
  auto options = load_reporting(diags, [&] { return load_options(o, skipped, diags); });
  if (!options) {
    return medtime::app::k_exit_invalid;
  }
  write(o, render_options(o, *options, skipped, lang));
  return medtime::app::k_exit_ok;
}

int run_cost(const CostOptions& o, medtime::Lang lang) {
  check_usage(o);
  if (!o.compare.empty() || o.scenarios) {
    return run_options(o, lang);
  }
  medtime::Diagnostics diags(o.plan);
  auto inputs = load_reporting(diags, [&] {
    return o.plan.empty() ? from_answers(o, diags)
                          : medtime::load_plan_inputs(
                              o.plan, parameters_ref(o), medtime::app::load_set(o.common), diags);
  });
  if (!inputs) {
    return medtime::app::k_exit_invalid;
  }
  write(o, render(o, *inputs, lang));
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  CostOptions options;
  return medtime::app::run_command(
    "cost",
    argc,
    argv,
    "Cost-benefit sheet for delegating tasks / Bilan coût-avantage d'une délégation",
    "medtime cost --plan examples/plans/assistant-medical.yaml --explain\n"
    "  medtime cost answers.yaml --emit-plan -o plan.yaml\n"
    "  medtime cost answers.yaml --scenarios",
    [&](CLI::App& app, medtime::Lang lang) { setup_cost(app, options, lang); },
    [&](medtime::Lang lang) { return run_cost(options, lang); });
}
