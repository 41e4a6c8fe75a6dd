// medtime upgrade FILE...: converts answers files written for older versions
// of the questionnaires (version 1 asked hours in several levers; version 2
// asks them once, in the time budget), and says what it did and what it
// could not do.
#include <cstdio>
#include <fmt/format.h>

#include "common.h"
#include "load/answers_upgrade.h"
#include "util/diagnostics.h"
#include "util/files.h"

namespace {

struct UpgradeOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> files;
  std::string output;
  bool force = false;
};

void setup_upgrade(CLI::App& app, UpgradeOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("FILE", o.files, tr(lang, "Fichiers de réponses à convertir",
                                     "Answers files to convert"))
      ->required();
  medtime::app::add_output_options(
      app, o.output, o.force,
      tr(lang,
         "Écrire la version convertie dans ce fichier (un seul FILE ; - pour la sortie "
         "standard) au lieu de remplacer FILE, dont l'original est gardé en FILE.v1 (--force "
         "remplace aussi un FILE.v1 existant)",
         "Write the converted file here (one FILE only; - for standard output) "
         "instead of replacing FILE, whose original is kept as FILE.v1 (--force also replaces "
         "an existing FILE.v1)"));
}

void print_lines(const std::vector<std::string>& lines, const char* mark) {
  for (const auto& line : lines) {
    std::fprintf(stderr, "  %s %s\n", mark, line.c_str());
  }
}

int run_upgrade(const UpgradeOptions& o, medtime::Lang lang) {
  using medtime::tr;
  if (!o.output.empty() && o.files.size() > 1) {
    throw medtime::UsageError("", {}, medtime::message("E126"));
  }
  auto set = medtime::app::load_set(o.common);
  for (const auto& file : o.files) {
    std::string text = medtime::read_file(file);
    medtime::UpgradeResult result = medtime::upgrade_answers(text, file, set, lang);
    if (!result.changed) {
      std::fprintf(stderr, "%s\n",
                   fmt::format(fmt::runtime(tr(lang, "{} : déjà à jour, rien n'est écrit.",
                                               "{}: already up to date, nothing written.")),
                               file)
                       .c_str());
      if (o.output == "-") {
        medtime::app::write_output("-", result.text);
      }
      continue;
    }
    if (o.output.empty()) {
      // The original stays beside the converted file: nothing is lost.
      std::string backup = file + ".v1";
      medtime::app::refuse_existing(backup, o.force);
      medtime::write_file_atomically(backup, text);
      medtime::write_file_atomically(file, result.text);
    } else {
      medtime::app::write_output(o.output, result.text);
    }
    std::fprintf(stderr, "%s\n",
                 fmt::format(fmt::runtime(tr(lang, "{} : converti{}.", "{}: converted{}.")), file,
                             o.output.empty()
                                 ? fmt::format(fmt::runtime(tr(lang, " (original gardé en {}.v1)",
                                                               " (original kept as {}.v1)")),
                                               file)
                             : o.output == "-" ? std::string()
                                               : fmt::format(fmt::runtime(tr(lang, " vers {}", " to {}")),
                                                             o.output))
                     .c_str());
    print_lines(result.done, "✓");
    print_lines(result.not_done, "!");
  }
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  UpgradeOptions options;
  return medtime::app::run_command(
      "upgrade", argc, argv,
      "Convert answers files to the current questionnaires / Convertir des fichiers de réponses",
      "medtime upgrade mes-reponses.yaml",
      [&](CLI::App& app, medtime::Lang lang) { setup_upgrade(app, options, lang); },
      [&](medtime::Lang lang) { return run_upgrade(options, lang); });
}
