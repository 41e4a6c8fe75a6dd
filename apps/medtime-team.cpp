// medtime team FILE FILE...: the members of one practice side by side, what
// they disagree on, and their consensus (-o), an answers file.
#include "common.h"
#include "load/answers_loader.h"
#include "team/team.h"
#include "team/team_render.h"

namespace {

struct TeamArgs {
  medtime::app::CommonOptions common;
  std::vector<std::string> files;
  std::string format = "text";
  std::string output;
  bool force = false;
  medtime::TeamOptions team;
  medtime::app::TextOptions text;
};

void setup_team(CLI::App& app, TeamArgs& o, medtime::Lang lang) {
  using medtime::tr;
  medtime::app::add_common_options(app, o.common);
  app
    .add_option("FILE", o.files,
                tr(lang, "Auto-évaluations des membres d'un même cabinet (au moins deux, une par "
                         "membre, aux mêmes versions des questionnaires)",
                   "Self-assessments of the members of one practice (at least two, one per "
                   "member, to the same questionnaire versions)"))
    ->required()
    ->expected(2, -1);
  app.add_option("--format", o.format,
                 tr(lang, "Format du rapport d'équipe : text (défaut), md, json ou html",
                    "Format of the team report: text (the default), md, json or html"))
    ->check(CLI::IsMember({ "text", "md", "json", "html" }));
  medtime::app::add_output_options(
      app, o.output, o.force,
      tr(lang, "Écrire le consensus (un fichier de réponses) dans ce fichier ; le "
               "rapport va toujours sur la sortie standard (-o - : le consensus seul)",
         "Write the consensus (an answers file) to this file; the report still goes "
         "to standard output (-o -: the consensus alone)"));
  app.add_option("--id", o.team.id,
                 tr(lang, "Identifiant du répondant du consensus (défaut : consensus)",
                    "Respondent id of the consensus (default: consensus)"))
    ->check([](const std::string& v) { return v.empty() ? "expected an id / un identifiant" : ""; });
  app.add_option("--date", o.team.date,
                 tr(lang, "Date du consensus, AAAA-MM-JJ (défaut : la plus récente des membres)",
                    "Date of the consensus, YYYY-MM-DD (default: the members' latest)"))
    ->check([](const std::string& value) {
      return medtime::is_iso_date(value) ? std::string()
                                         : "expected a date YYYY-MM-DD / une date AAAA-MM-JJ";
    });
  medtime::app::add_text_options(app, o.text);
}

std::string render(const medtime::Team& team, const TeamArgs& o, medtime::Lang lang) {
  std::string file = o.output == "-" ? std::string() : o.output;
  if (o.format == "json") {
    return medtime::team_json(team, lang, file).dump(2) + "\n";
  }
  if (o.format == "md") {
    return medtime::render_team_md(team, lang, file);
  }
  if (o.format == "html") {
    return medtime::render_team_html(team, lang, file);
  }
  bool color = medtime::use_color(1);
  return medtime::render_team_text(team, lang, medtime::Style(color),
                                   medtime::app::text_width(o.text), file);
}

int run_team(const TeamArgs& o, medtime::Lang lang) {
  auto set = medtime::app::load_set(o.common);
  auto team = medtime::compute_team(set, medtime::load_team(o.files, set), o.team);
  if (!o.output.empty()) {
    std::string consensus = medtime::write_consensus(team, lang);
    // What is written must read back as a valid answers file.
    medtime::Diagnostics diags(o.output);
    medtime::parse_assessment(consensus, set, o.output, diags);
    diags.throw_if_errors();
    medtime::app::write_output(o.output, consensus);
    if (o.output == "-") {
      return medtime::app::k_exit_ok;
    }
  }
  if (o.format == "text") {
    medtime::app::write_text_output("", render(team, o, lang), o.text);
  } else {
    medtime::app::write_output("", render(team, o, lang));
  }
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  TeamArgs args;
  return medtime::app::run_command(
    "team",
    argc,
    argv,
    "The members of one practice side by side, question by question: their "
    "disagreements first (more than one step apart on a scale, a level or a choice, "
    "yes against no, across a band on a number), then the rest; with -o, their "
    "consensus as an answers file for report and review (medians and most frequent "
    "answers, each point to settle in the meeting as a comment) / "
    "Les membres d'un cabinet côte à côte, question par question : leurs désaccords "
    "d'abord (plus d'un cran d'écart sur une échelle, un niveau ou un choix, oui contre "
    "non, de part et d'autre d'une bande pour un nombre), puis le reste ; avec -o, leur "
    "consensus en fichier de réponses pour report et review (médianes et réponses les "
    "plus fréquentes, chaque point à trancher en réunion en commentaire)",
    "medtime team examples/msp/dr-*.yaml -o consensus.yaml",
    [&](CLI::App& app, medtime::Lang lang) { setup_team(app, args, lang); },
    [&](medtime::Lang lang) { return run_team(args, lang); });
}
