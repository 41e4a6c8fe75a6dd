// medtime check FILE...: validate questionnaires, answers files, plans,
// objectives, profiles and parameter sets (the kind is detected).
#include <fmt/format.h>
#include <optional>

#include "load/input_walker.h"
#include "common.h"
#include "check/check.h"
#include "load/data_dir.h"
#include "util/terminal.h"

namespace {

struct CheckOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> files;
  bool strict = false;
  bool quiet = false;
};

void setup_check(CLI::App& app, CheckOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("FILE", o.files,
                 tr(lang, "Fichiers ou dossiers à valider (défaut : les questionnaires fournis)",
                    "Files or folders to validate (default: the bundled questionnaires)"));
  app.add_flag("--strict", o.strict,
               tr(lang, "Les avertissements font échouer la vérification",
                  "Warnings fail the check"));
  app.add_flag("-q,--quiet", o.quiet,
               tr(lang, "N'afficher que les problèmes", "Print problems only"));
}

int run_check(const CheckOptions& o, medtime::Lang lang) {
  using medtime::tr;
  // Folders are walked as batch walks them: *.yaml/*.yml, recursively, sorted.
  medtime::InputWalker inputs(
      o.files.empty() ? std::vector<std::string>{medtime::questionnaires_dir(o.common.questionnaires)}
                      : o.files);
  std::optional<medtime::QuestionnaireSet> set;
  auto load_set = [&]() -> const medtime::QuestionnaireSet& {
    if (!set) {
      set = medtime::app::load_set(o.common);
    }
    return *set;
  };
  size_t files = 0, errors = 0, warnings = 0;
  medtime::InputWalker::Item item;
  while (inputs.next(item)) {
    ++files;
    if (item.error) {
      medtime::app::print_diagnostic("check", item.error->format());
      ++errors;
      continue;
    }
    const std::string& file = item.path;
    auto result = medtime::check_file(file, load_set);
    for (const auto& d : result.diagnostics.items()) {
      medtime::app::print_diagnostic("check", d.format());
      warnings += d.severity == medtime::Severity::warning ? 1 : 0;
    }
    errors += result.diagnostics.error_count();
    if (!result.diagnostics.has_errors() && !o.quiet) {
      std::printf("%s\n",
                  medtime::visible_controls(fmt::format("{}: ok ({})", file, result.summary)).c_str());
    }
  }
  if (!o.quiet || errors > 0 || warnings > 0) {
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n",
                 fmt::format(fmt::runtime(tr(lang, "{} fichier(s) vérifié(s) : {} erreur(s), {} avertissement(s)",
                                             "{} file(s) checked: {} error(s), {} warning(s)")),
                             files, errors, warnings)
                     .c_str());
  }
  bool fail = errors > 0 || (o.strict && warnings > 0);
  return fail ? medtime::app::k_exit_invalid : medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  CheckOptions options;
  return medtime::app::run_command(
      "check", argc, argv, "Validate medtime files / Valider des fichiers medtime",
      "medtime check questionnaires/ examples/*.yaml",
      [&](CLI::App& app, medtime::Lang lang) { setup_check(app, options, lang); },
      [&](medtime::Lang lang) { return run_check(options, lang); });
}
