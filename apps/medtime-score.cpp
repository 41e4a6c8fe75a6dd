// medtime score FILE: lever scores of one self-assessment.
#include <fmt/format.h>

#include "common.h"
#include "load/answers_loader.h"
#include "scoring/score_render.h"

namespace {

struct ScoreOptions {
  medtime::app::CommonOptions common;
  std::string file;
  std::string format = "table";
  bool explain = false;
  std::string output;
  bool force = false;
  medtime::app::TextOptions text;
};

void setup_score(CLI::App& app, ScoreOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("FILE", o.file, tr(lang, "Fichier de réponses", "Answers file"))->required();
  app.add_option("--format", o.format, tr(lang, "table ou json", "table or json"))
      ->check(CLI::IsMember({"table", "json"}));
  app.add_flag("--explain", o.explain,
               tr(lang, "Détail par question : valeur, poids, contribution ; heures de chaque réduction",
                  "Per question: value, weight, contribution; each reduction's hours"));
  medtime::app::add_output_options(app, o.output, o.force);
  medtime::app::add_text_options(app, o.text);
}

int run_score(const ScoreOptions& o, medtime::Lang lang) {
  auto set = medtime::app::load_set(o.common);
  auto assessment = medtime::load_assessment(o.file, set);
  auto scores = medtime::score_assessment(set, assessment, {.explain = o.explain});
  std::string out;
  if (o.format == "json") {
    out = medtime::score_json(assessment, scores, set.categories(), o.explain).dump(2) + "\n";
  } else {
    bool to_stdout = o.output.empty() || o.output == "-";
    bool color = to_stdout && medtime::use_color(1);
    size_t width = to_stdout ? medtime::app::text_width(o.text) : o.text.width.value_or(80);
    out = medtime::render_score_text(assessment, scores, set.categories(), o.explain, lang,
                                     medtime::Style(color), width);
  }
  medtime::app::write_text_output(o.output, out, o.text);
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  ScoreOptions options;
  return medtime::app::run_command(
      "score", argc, argv, "Lever scores of a self-assessment / Scores par levier",
      "medtime score examples/medecin-rural.yaml --explain",
      [&](CLI::App& app, medtime::Lang lang) { setup_score(app, options, lang); },
      [&](medtime::Lang lang) { return run_score(options, lang); });
}
