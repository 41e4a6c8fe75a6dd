// medtime show Q: a questionnaire as readable text or Markdown.
#include "common.h"
#include "load/questionnaire_loader.h"
#include "show/questionnaire_render.h"

namespace {

struct ShowOptions {
  medtime::app::CommonOptions common;
  std::string questionnaire;
  std::string format = "text";
  std::string output;
  bool force = false;
  medtime::app::TextOptions text;
};

void setup_show(CLI::App& app, ShowOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("QUESTIONNAIRE", o.questionnaire,
                 tr(lang, "Identifiant du questionnaire (voir medtime list)",
                    "Questionnaire id (see medtime list)"))
      ->required();
  app.add_option("--format", o.format, tr(lang, "text ou md", "text or md"))
      ->check(CLI::IsMember({"text", "md"}));
  medtime::app::add_output_options(app, o.output, o.force);
  medtime::app::add_text_options(app, o.text);
}

int run_show(const ShowOptions& o, medtime::Lang lang) {
  auto set = medtime::select_questionnaires(medtime::app::load_set(o.common), {o.questionnaire});
  bool color = o.format == "text" && o.output.empty() && medtime::use_color(1);
  const medtime::Questionnaire& q = set.items()[static_cast<size_t>(set.find(o.questionnaire))];
  medtime::app::write_text_output(
      o.output,
      medtime::render_questionnaire(q, o.format == "md", lang, medtime::Style(color),
                                    medtime::app::text_width(o.text)),
      o.text);
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  ShowOptions options;
  return medtime::app::run_command(
      "show", argc, argv, "Show a questionnaire / Afficher un questionnaire",
      "medtime show delegation --format md -o delegation.md",
      [&](CLI::App& app, medtime::Lang lang) { setup_show(app, options, lang); },
      [&](medtime::Lang lang) { return run_show(options, lang); });
}
