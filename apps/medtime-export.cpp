// medtime export Q... --to limesurvey|xlsform -o FILE [--map-out MAP]: the
// questionnaires as an online survey, and the column map for batch.

#include "common.h"
#include "export/export.h"
#include "load/questionnaire_loader.h"
#include "util/diagnostics.h"

namespace {

struct ExportOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> questionnaires;
  std::string to, output, map_out;
  bool force = false;
};

void setup_export(CLI::App& app, ExportOptions& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app.add_option("QUESTIONNAIRE", o.questionnaires,
                 tr(lang, "Questionnaires à inclure (défaut : tous ; le budget temps vient toujours)",
                    "Questionnaires to include (default: all; the time budget always comes)"));
  app.add_option("--to", o.to, tr(lang, "Outil d'enquête : limesurvey ou xlsform (ODK, KoboToolbox)",
                                  "Survey tool: limesurvey or xlsform (ODK, KoboToolbox)"))
      ->required()
      ->check(CLI::IsMember({"limesurvey", "xlsform"}));
  medtime::app::add_output_options(
      app, o.output, o.force,
      tr(lang, "Fichier de l'enquête (.txt pour LimeSurvey, .xlsx pour XLSForm ; --force "
               "remplace aussi un fichier --map-out existant)",
         "Survey file (.txt for LimeSurvey, .xlsx for XLSForm; --force also replaces an "
         "existing --map-out file)"));
  app.add_option("--map-out", o.map_out,
                 tr(lang, "Écrire aussi la carte des colonnes pour medtime batch",
                    "Also write the column map for medtime batch"));
}

int run_export(const ExportOptions& o) {
  using medtime::UsageError;
  bool xlsx = o.to == "xlsform";
  if (xlsx && (o.output.empty() || o.output == "-")) {
    throw UsageError("", {}, medtime::message("E452", "--to xlsform"));
  }
  if (!o.map_out.empty() && o.map_out == o.output) {
    throw UsageError(o.map_out, {}, medtime::message("E458"));
  }
  medtime::app::refuse_existing(o.map_out, o.force); // -o: by run_command
  auto set = medtime::app::load_set(o.common);
  if (!o.questionnaires.empty()) {
    set = medtime::select_questionnaires(set, o.questionnaires);
  }
  auto files = medtime::export_survey(
      set, xlsx ? medtime::SurveyTool::xlsform : medtime::SurveyTool::limesurvey);
  medtime::app::write_output(o.output, files.survey);
  if (!o.map_out.empty()) {
    medtime::app::write_output(o.map_out, files.map);
  }
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  ExportOptions options;
  return medtime::app::run_command(
      "export", argc, argv,
      "Survey for LimeSurvey or XLSForm, and its column map / Enquête LimeSurvey ou XLSForm, et sa carte des colonnes",
      "medtime export --to limesurvey -o enquete.txt --map-out carte.yaml",
      [&](CLI::App& app, medtime::Lang lang) { setup_export(app, options, lang); },
      [&](medtime::Lang) { return run_export(options); });
}
