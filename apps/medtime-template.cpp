// medtime template Q...: a blank answers file to fill in with an editor.
#include <unistd.h>

#include <ctime>
#include <fmt/format.h>

#include "common.h"
#include "load/questionnaire_loader.h"
#include "show/questionnaire_render.h"

namespace {

struct TemplateOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> questionnaires;
  std::string output;
  bool force = false;
};

void setup_template(CLI::App& app, TemplateOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("QUESTIONNAIRE", o.questionnaires,
                 tr(lang, "Questionnaires à inclure (défaut : tous)",
                    "Questionnaires to include (default: all)"));
  app.add_option("-o,--output", o.output, tr(lang, "Écrire dans ce fichier", "Write to this file"));
  app.add_flag("--force", o.force,
               tr(lang, "Remplacer le fichier -o s'il existe déjà",
                  "Replace the -o file if it already exists"));
}

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int run_template(const TemplateOptions& o, medtime::Lang lang) {
  // A blank template over a file of answers would lose them.
  medtime::app::refuse_existing(o.output, o.force, "a blank template");
  auto set = medtime::app::load_set(o.common);
  if (!o.questionnaires.empty()) {
    set = medtime::select_questionnaires(set, o.questionnaires);
  }
  medtime::app::write_output(o.output, medtime::render_template(set, today(), lang));
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  TemplateOptions options;
  return medtime::app::run_command(
      "template", argc, argv, "Blank answers file / Fichier de réponses vierge",
      "medtime template delegation numerique -o mes-reponses.yaml",
      [&](CLI::App& app, medtime::Lang lang) { setup_template(app, options, lang); },
      [&](medtime::Lang lang) { return run_template(options, lang); });
}
