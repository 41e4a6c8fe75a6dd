// medtime report FILE: the prioritised lever report and its action plan.
#include "common.h"
#include "load/answers_loader.h"
#include "report/report_render.h"
#include "util/terminal.h"

namespace {

struct ReportOptions {
  medtime::app::CommonOptions common;
  std::string file;
  std::string format = "text";
  std::string profile;
  std::string next_review;
  std::string output;
  bool force = false;
  medtime::app::TextOptions text;
};

void setup_report(CLI::App& app, ReportOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("FILE", o.file, tr(lang, "Fichier de réponses", "Answers file"))->required();
  app.add_option("--format", o.format,
                 tr(lang, "text (terminal, par défaut), md, json ou html (page autonome)",
                    "text (terminal, the default), md, json or html (self-contained page)"))
      ->check(CLI::IsMember({"text", "md", "json", "html"}));
  app.add_option("--profile", o.profile,
                 tr(lang, "Profil de pondération (YAML, sur le modèle de profiles/default.yaml)",
                    "Scoring profile (YAML, modelled on profiles/default.yaml)"));
  app.add_option("--next-review", o.next_review,
                 tr(lang, "Date de la prochaine auto-évaluation (AAAA-MM-JJ ; par défaut trois "
                          "mois après la date des réponses)",
                    "Date of the next self-assessment (YYYY-MM-DD; default three months after "
                    "the answers' date)"))
      ->check([lang](const std::string& value) {
        return medtime::is_iso_date(value)
                   ? std::string()
                   : std::string(tr(lang, "date attendue au format AAAA-MM-JJ",
                                    "expected a date YYYY-MM-DD / une date AAAA-MM-JJ"));
      });
  medtime::app::add_output_options(app, o.output, o.force);
  medtime::app::add_text_options(app, o.text);
}

std::string render(const medtime::Report& report, const ReportOptions& o, medtime::Lang lang) {
  if (o.format == "json") {
    return report_json(report, lang).dump(2) + "\n";
  }
  // lib/report's renderers print the respondent id, the source path and
  // the questionnaires' texts as given: their terminal controls are made
  // visible here, for every output read as text.
  if (o.format == "md") {
    return medtime::visible_controls(render_report_markdown(report, lang));
  }
  if (o.format == "html") {
    return render_report_html(report, lang);
  }
  bool to_stdout = o.output.empty() || o.output == "-";
  bool color = to_stdout && medtime::use_color(1);
  // The terminal's width on a terminal, 80 in a file, --width anywhere.
  size_t width = to_stdout ? medtime::app::text_width(o.text) : o.text.width.value_or(80);
  return medtime::visible_controls(render_report_text(report, lang, medtime::Style(color), width),
                                   color);
}

int run_report(const ReportOptions& o, medtime::Lang lang) {
  medtime::Profile profile =
      o.profile.empty() ? medtime::Profile{} : medtime::load_profile(o.profile);
  auto set = medtime::app::load_set(o.common);
  auto assessment = medtime::load_assessment(o.file, set);
  auto scores = medtime::score_assessment(set, assessment);
  medtime::app::require_time_budget(set, assessment, o.file);
  auto report = medtime::build_report(assessment, scores, set.categories(), profile,
                                      {.next_review = o.next_review});
  std::string out = render(report, o, lang);
  if (o.format == "text") {
    medtime::app::write_text_output(o.output, out, o.text);
  } else {
    medtime::app::write_output(o.output, out);
  }
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  ReportOptions options;
  return medtime::app::run_command(
      "report", argc, argv,
      "Prioritised lever report and action plan / Rapport de priorités et plan d'action",
      "medtime report examples/medecin-rural.yaml --format html -o rapport.html",
      [&](CLI::App& app, medtime::Lang lang) { setup_report(app, options, lang); },
      [&](medtime::Lang lang) { return run_report(options, lang); });
}
