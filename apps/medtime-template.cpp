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
  medtime::app::add_output_options(app, o.output, o.force);
}

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

int run_template(const TemplateOptions& o, medtime::Lang lang) {
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
