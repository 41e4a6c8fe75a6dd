// medtime check FILE...: validate questionnaires, answers files, plans,
// objectives, profiles, parameter sets and column maps (the kind is
// detected); check MAP --csv FILE also checks a survey export's header.
#include <fmt/format.h>
#include <functional>
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
  std::string csv, from; // check MAP --csv FILE [--from limesurvey]
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
  app.add_option("--csv", o.csv,
                 tr(lang, "Avec une carte de colonnes : vérifier aussi l'en-tête de cet export",
                    "With a column map: also check this export's header against it"));
  app.add_option("--from", o.from, tr(lang, "Conventions de l'export : limesurvey, kobo (KoboToolbox) ou odk (ODK Central)",
                                      "Export conventions: limesurvey, kobo (KoboToolbox) or odk (ODK Central)"))
      ->check(CLI::IsMember({"limesurvey", "kobo", "odk"}));
}

// check MAP --csv FILE: one map, one export.
int run_check_csv(const CheckOptions& o, const std::function<const medtime::QuestionnaireSet&()>& load_set,
                  medtime::Lang lang) {
  using medtime::tr;
  if (o.files.size() != 1) {
    throw medtime::UsageError("", {}, medtime::message("E520"));
  }
  auto dialect = medtime::csv_dialect(o.from);
  auto result = medtime::check_map_with_csv(o.files[0], o.csv, dialect, load_set, lang);
  size_t warnings = 0;
  for (const auto& d : result.diagnostics.items()) {
    medtime::app::print_diagnostic("check", d.format());
    warnings += d.severity == medtime::Severity::warning ? 1 : 0;
  }
  if (!result.diagnostics.has_errors() && !o.quiet) {
    std::printf("%s\n", fmt::format(fmt::runtime(tr(lang, "{} : ok ({})", "{}: ok ({})")),
                                    o.files[0], result.summary)
                            .c_str());
  }
  bool fail = result.diagnostics.has_errors() || (o.strict && warnings > 0);
  return fail ? medtime::app::k_exit_invalid : medtime::app::k_exit_ok;
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
  if (!o.csv.empty()) {
    return run_check_csv(o, load_set, lang);
  }
  if (!o.from.empty()) {
    throw medtime::UsageError("", {}, medtime::message("E521"));
  }
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
    auto result = medtime::check_file(file, load_set, lang);
    for (const auto& d : result.diagnostics.items()) {
      medtime::app::print_diagnostic("check", d.format());
      warnings += d.severity == medtime::Severity::warning ? 1 : 0;
    }
    errors += result.diagnostics.error_count();
    if (!result.diagnostics.has_errors() && !o.quiet) {
      std::printf("%s\n",
                  medtime::visible_controls(
                      fmt::format(fmt::runtime(tr(lang, "{} : ok ({})", "{}: ok ({})")), file,
                                  result.summary))
                      .c_str());
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
