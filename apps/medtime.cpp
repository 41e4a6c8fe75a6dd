// `medtime CMD ARGS...` runs `medtime-CMD ARGS...` from the same folder
// (git-style), so each command stays a small program of its own.
#include <unistd.h>

#include <cstdio>
#include <fmt/format.h>
#include <string>
#include <vector>

#include "common.h"
#include "load/data_dir.h"
#include "render/terminal.h"
#include "render/wrap.h"
#include "util/spell.h"

namespace {

struct Command {
  const char* name;
  const char* fr;
  const char* en;
};

const Command k_commands[] = {
    {"list", "questionnaires et jeux de paramètres fournis", "bundled questionnaires and parameter sets"},
    {"show", "afficher un questionnaire (texte ou Markdown)", "show a questionnaire (text or Markdown)"},
    {"template", "fichier de réponses vierge à remplir", "blank answers file to fill in"},
    {"check", "valider des fichiers (questionnaires, réponses, plans...)", "validate files (questionnaires, answers, plans...)"},
    {"ask", "auto-diagnostic interactif", "interactive self-audit"},
    {"score", "scores par levier", "lever scores"},
    {"report", "rapport priorisé et plan d'action", "prioritised report and action plan"},
    {"cost", "bilan coût-avantage d'une délégation", "cost-benefit sheet for delegating"},
    {"batch", "scorer un lot de réponses", "batch-score many responses"},
    {"export", "enquête en ligne (LimeSurvey, XLSForm) et sa carte", "online survey (LimeSurvey, XLSForm) and its map"},
    {"review", "revue périodique entre auto-évaluations", "periodic review across self-assessments"},
    {"team", "les membres d'un cabinet côte à côte, et leur consensus", "the members of a practice side by side, and their consensus"},
    {"upgrade", "convertir des réponses d'une ancienne version", "convert answers from an older version"},
};

// The help, wrapped to the width of `out` (render/terminal.h).
void print_help(std::FILE* out, medtime::Lang lang) {
  using medtime::tr;
  size_t width = medtime::output_width(::fileno(out));
  std::string text = tr(lang, "medtime — libérer du temps médical\n\nUsage : medtime COMMANDE [OPTIONS...]\n\nCommandes :\n",
                        "medtime — free medical time\n\nUsage: medtime COMMAND [OPTIONS...]\n\nCommands:\n");
  for (const auto& c : k_commands) {
    text += medtime::wrap_hanging(lang == medtime::Lang::en ? c.en : c.fr, fmt::format("  {:<10} ", c.name),
                                  13, width);
  }
  text += "\n" + medtime::wrap_text(tr(lang, "`medtime COMMANDE --help` décrit chaque commande.",
                                       "`medtime COMMAND --help` describes each command."),
                                    width) +
          "\n" +
          medtime::wrap_text(tr(lang, "Codes de sortie : 0 succès ; 1 entrée invalide ; 2 erreur d'utilisation.",
                                "Exit codes: 0 success; 1 invalid input; 2 usage error."),
                             width) +
          "\n";
  std::fputs(text.c_str(), out);
}

} // namespace

int main(int argc, char** argv) {
  medtime::Lang lang = medtime::app::detect_lang(argc, argv);
  medtime::set_message_lang(lang);
  // `medtime --lang en CMD ...`: the language may come before the command,
  // and goes on to it.
  int first = 1;
  std::vector<char*> lang_args;
  while (first < argc && (std::string_view(argv[first]) == "--lang" ||
                          std::string_view(argv[first]).rfind("--lang=", 0) == 0)) {
    int n = std::string_view(argv[first]) == "--lang" && first + 1 < argc ? 2 : 1;
    lang_args.insert(lang_args.end(), argv + first, argv + first + n);
    first += n;
  }
  if (first >= argc) {
    print_help(stderr, lang);
    return medtime::app::k_exit_usage;
  }
  std::string command = argv[first];
  if (command == "--help" || command == "-h" || command == "help") {
    print_help(stdout, lang);
    return medtime::app::check_stdout("", medtime::app::k_exit_ok);
  }
  if (command == "--version") {
    std::printf("medtime %s\n", medtime::medtime_version());
    return medtime::app::check_stdout("", medtime::app::k_exit_ok);
  }
  std::vector<std::string> names;
  bool known = false;
  for (const auto& c : k_commands) {
    names.emplace_back(c.name);
    known = known || command == c.name;
  }
  if (!known) {
    medtime::app::print_diagnostic(
        "", medtime::Error("", {},
                           medtime::message("E010", medtime::quote(command),
                                            medtime::did_you_mean(command, names)))
                .what());
    return medtime::app::k_exit_usage;
  }
  std::string dir = medtime::executable_dir();
  std::string program = (dir.empty() ? "." : dir) + "/medtime-" + command;
  std::vector<char*> args;
  args.push_back(program.data());
  args.insert(args.end(), lang_args.begin(), lang_args.end());
  for (int i = first + 1; i < argc; ++i) {
    args.push_back(argv[i]);
  }
  args.push_back(nullptr);
  ::execv(program.c_str(), args.data());
  std::string fallback = "medtime-" + command;
  args[0] = fallback.data();
  ::execvp(fallback.c_str(), args.data());
  medtime::app::print_diagnostic(
      "", medtime::Error("", {}, medtime::message("E011", medtime::quote(command), program)).what());
  return medtime::app::k_exit_usage;
}
