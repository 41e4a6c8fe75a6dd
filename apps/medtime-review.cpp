// medtime review FILE FILE...: periodic review across dated self-assessments.
#include "common.h"
#include "review/review_render.h"
#include "review/review.h"
#include "render/number.h"

#include <fmt/format.h>

namespace {

struct ReviewArgs {
  medtime::app::CommonOptions common;
  std::vector<std::string> files;
  std::string objectives;
  std::string profile;
  double threshold = 5;
  double indicator_threshold = 10;
  std::string format = "text";
  bool fail_on_regress = false;
  bool allow_mixed = false;
  std::string output;
  bool force = false;
  medtime::app::TextOptions text;
};

void setup_review(CLI::App& app, ReviewArgs& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app
    .add_option("FILE",
                o.files,
                tr(lang,
                   "Auto-évaluations datées (au moins deux, dans n'importe quel ordre)",
                   "Dated self-assessments (at least two, in any order)"))
    ->required()
    ->expected(2, -1);
  app.add_option("--objectives",
                 o.objectives,
                 tr(lang,
                    "Objectifs : liste de {lever, maturity, by} ou {indicator, value, by}",
                    "Objectives: a list of {lever, maturity, by} or {indicator, value, by}"));
  app
    .add_option(
      "--threshold",
      o.threshold,
      tr(lang,
         "Écart de maturité (points) à partir duquel un levier progresse ou recule (défaut 5)",
         "Maturity change (points) from which a lever improved or regressed (default 5)"))
    ->check(CLI::PositiveNumber);
  app
    .add_option("--indicator-threshold",
                o.indicator_threshold,
                tr(lang,
                   "Écart d'un indicateur, en % de sa valeur précédente (défaut 10)",
                   "Change of an indicator, in % of its earlier value (default 10)"))
    ->check(CLI::PositiveNumber);
  app.add_option(
    "--profile",
    o.profile,
    tr(lang, "Profil de pondération du classement", "Scoring profile for the ranking"));
  app.add_option("--format", o.format, "text, md, json, html")
    ->check(CLI::IsMember({ "text", "md", "json", "html" }));
  app.add_flag("--fail-on-regress",
               o.fail_on_regress,
               tr(lang,
                  "Code de sortie 1 si un levier a reculé sur la dernière période",
                  "Exit 1 when a lever regressed over the last period"));
  app.add_flag("--allow-mixed",
               o.allow_mixed,
               tr(lang,
                  "Accepter des auto-évaluations de répondants différents",
                  "Accept self-assessments of different respondents"));
  medtime::app::add_output_options(app, o.output, o.force);
  medtime::app::add_text_options(app, o.text);
}

std::string render(const medtime::Review& review, const ReviewArgs& o, medtime::Lang lang) {
  if (o.format == "json") {
    return medtime::review_json(review).dump(2) + "\n";
  }
  if (o.format == "md") {
    return medtime::render_review_md(review, lang);
  }
  if (o.format == "html") {
    return medtime::render_review_html(review, lang);
  }
  bool color = o.output.empty() && medtime::use_color(1);
  return medtime::render_review_text(review, lang, medtime::Style(color), medtime::app::text_width(o.text));
}

int run_review(const ReviewArgs& o, medtime::Lang lang) {
  auto set = medtime::app::load_set(o.common);
  auto inputs = medtime::load_review_inputs(o.files, set, o.allow_mixed);
  medtime::ReviewOptions options;
  options.threshold = o.threshold;
  options.indicator_threshold = o.indicator_threshold;
  if (!o.profile.empty()) {
    options.profile = medtime::load_profile(o.profile);
  }
  std::optional<medtime::Objectives> objectives;
  if (!o.objectives.empty()) {
    objectives = medtime::load_objectives(o.objectives, set);
  }
  auto review = medtime::compute_review(set, inputs, options, objectives ? &*objectives : nullptr);
  for (const auto& d : review.warnings) {
    medtime::app::print_diagnostic("review", d.format());
  }
  if (o.format == "text") {
    medtime::app::write_text_output(o.output, render(review, o, lang), o.text);
  } else {
    medtime::app::write_output(o.output, render(review, o, lang));
  }
  auto regressed = review.regressed();
  if (!o.fail_on_regress || regressed.empty()) {
    return medtime::app::k_exit_ok;
  }
  for (const auto* lever : regressed) {
    const auto& q = *lever->questionnaire;
    std::string points = medtime::format_number(*lever->change.since_previous, 0, lang);
    const std::string& since = review.assessments[*lever->change.previous].date;
    // French names the lever too; English gives its id and a signed number.
    medtime::Message regress =
      lang == medtime::Lang::fr
        ? medtime::message("E511", fmt::format("{} ({})", q.short_name(lang), q.scored_id()),
                           points, since)
        : medtime::message("E511", q.scored_id(),
                           (*lever->change.since_previous > 0 ? "+" : "") + points, since);
    medtime::app::print_diagnostic(
      "review",
      medtime::Diagnostic{medtime::Severity::error, "", {}, regress.text, regress.code}.format());
  }
  return medtime::app::k_exit_invalid;
}

} // namespace

int main(int argc, char** argv) {
  ReviewArgs args;
  return medtime::app::run_command(
    "review",
    argc,
    argv,
    "Periodic review of dated self-assessments / Revue périodique",
    "medtime review examples/suivi/*.yaml \\\n"
    "      --objectives examples/objectifs/suivi.yaml",
    [&](CLI::App& app, medtime::Lang lang) { setup_review(app, args, lang); },
    [&](medtime::Lang lang) { return run_review(args, lang); });
}
