#include "common.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fmt/format.h>
#include <iostream>
#include <regex>
#include <vector>

#include "cli_definition.h"
#include "load/data_dir.h"
#include "load/questionnaire_loader.h"
#include "model/time_budget.h"
#include "render/terminal.h"
#include "render/wrap.h"
#include "util/diagnostics.h"
#include "util/files.h"
#include "util/spell.h"
#include "util/terminal.h"

namespace medtime::app {

Lang detect_lang(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::optional<Lang> lang;
    if (arg == "--lang" && i + 1 < argc) {
      lang = parse_lang(argv[i + 1]);
    } else if (arg.rfind("--lang=", 0) == 0) {
      lang = parse_lang(arg.substr(7));
    }
    if (lang) {
      return *lang;
    }
  }
  return lang_from_environment();
}

namespace {

// The language of this run's help texts, set by run_command before setup.
Lang s_help_lang = Lang::fr;

// The -o files and their --force of add_output_options, checked after parsing.
std::vector<std::pair<const std::string*, const bool*>> s_outputs;

} // namespace

void add_lang_option(CLI::App& app, CommonOptions& options) {
  app.add_option("--lang", options.lang,
                 tr(s_help_lang, "Langue de la sortie : fr ou en (défaut : d'après LANG)",
                    "Language of the output: fr or en (default: from LANG)"))
      ->check(CLI::IsMember({"fr", "en"}));
}

void add_common_options(CLI::App& app, CommonOptions& options) {
  add_lang_option(app, options);
  app.add_option("--questionnaires", options.questionnaires,
                 tr(s_help_lang,
                    "Dossier de questionnaires à utiliser à la place de ceux fournis (aussi : "
                    "MEDTIME_DATA)",
                    "Folder of questionnaires to use instead of the bundled ones (also: "
                    "MEDTIME_DATA)"));
}

void add_width_option(CLI::App& app, std::optional<size_t>& width) {
  app.add_option("--width", width,
                 tr(s_help_lang,
                    "Largeur du texte en colonnes (défaut : celle du terminal, 80 hors terminal)",
                    "Text width in columns (default: the terminal's, 80 when not a terminal)"))
      ->check(CLI::Range(size_t{40}, size_t{1000}));
}

void add_text_options(CLI::App& app, TextOptions& options) {
  add_width_option(app, options.width);
  app.add_flag("--no-pager", options.no_pager,
               tr(s_help_lang, "Ne pas passer un long texte par $PAGER (défaut : less -R)",
                  "Do not page a long text through $PAGER (default: less -R)"));
}

size_t text_width(const TextOptions& options) {
  return output_width(1, options.width);
}

namespace {

// Writes `content` through the shell command `pager`; false when it could
// not start (the caller then writes to stdout itself).
bool page(const std::string& pager, const std::string& content) {
  std::fflush(stdout);
  if (std::getenv("LESS") == nullptr) {
    ::setenv("LESS", "FRX", 1);
  }
  FILE* pipe = ::popen(pager.c_str(), "w");
  if (pipe == nullptr) {
    return false;
  }
  // Quitting the pager early closes the pipe: not an error.
  auto previous = std::signal(SIGPIPE, SIG_IGN);
  std::fwrite(content.data(), 1, content.size(), pipe);
  int status = ::pclose(pipe);
  std::signal(SIGPIPE, previous);
  // 127: the shell found no such command; nothing was shown.
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 127);
}

} // namespace

void write_text_output(const std::string& path, const std::string& content,
                       const TextOptions& options) {
  bool to_stdout = path.empty() || path == "-";
  auto lines = terminal_lines(1);
  if (to_stdout && !options.no_pager && lines &&
      static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) >= *lines) {
    const char* env = std::getenv("PAGER");
    std::string pager = env != nullptr && *env != '\0' ? env : "less -R";
    if (pager != "cat" && page(pager, content)) {
      return;
    }
  }
  write_output(path, content);
}

QuestionnaireSet load_set(const CommonOptions& options) {
  return load_questionnaire_set(questionnaires_dir(options.questionnaires));
}

void require_time_budget(const QuestionnaireSet& set, const Assessment& assessment,
                         const std::string& file) {
  int budget = set.budget();
  if (budget < 0 || time_budget(set, assessment).answered) {
    return;
  }
  const std::string& id = set.items()[static_cast<size_t>(budget)].id;
  throw Error(file, {}, message("E025", id, shell_quote(file)));
}

void print_diagnostic(const std::string& name, const std::string& text) {
  std::fflush(stdout);
  // The front command `medtime` passes no name: "medtime: error: ...".
  // File names and quoted values in `text` are shown, never obeyed.
  std::cerr << "medtime" << (name.empty() ? "" : " ") << name << ": " << visible_controls(text)
            << '\n';
}

namespace {

// Columns of --help: the terminal's (COLUMNS, then its size), else 80.
size_t help_width() {
  return output_width(1);
}

// CLI11's formatter with option descriptions wrapped to fit help_width()
// (CLI11 indents the lines after a newline under the description column).
class HelpFormatter : public CLI::Formatter {
public:
  // CLI11 writes an option's type and its check in English (`UINT:INT in
  // [1 - 256]`, `TEXT:{fr,en}`): in French, the words of the run.
  std::string make_option_opts(const CLI::Option* option) const override {
    std::string opts = CLI::Formatter::make_option_opts(option);
    if (s_help_lang != Lang::fr) {
      return opts;
    }
    opts = std::regex_replace(opts, std::regex("\\b(U?INT|FLOAT|TEXT):(?:U?INT|FLOAT) in \\[(\\S+) - (\\S+)\\]"),
                              "$1:de $2 à $3");
    opts = std::regex_replace(opts, std::regex("\\bU?INT\\b"), "ENTIER");
    opts = std::regex_replace(opts, std::regex("\\bFLOAT\\b"), "NOMBRE");
    opts = std::regex_replace(opts, std::regex("\\bTEXT\\b"), "TEXTE");
    return opts;
  }

  std::string make_option_desc(const CLI::Option* option) const override {
    size_t width = help_width();
    width = get_column_width() + 20 < width ? width - get_column_width() : 20;
    return wrap_text(CLI::Formatter::make_option_desc(option), width);
  }
};

// The example's command lines, each cut between words with " \\" when it
// does not fit (a line may end with " \\" already: it goes on).
std::string example_lines(const std::string& example, size_t width) {
  std::string out;
  size_t start = 0;
  while (start < example.size()) {
    bool first = start == 0; // the first line is indented here, the others in `example`
    size_t end = std::min(example.find('\n', start), example.size());
    std::string line = example.substr(start, end - start);
    start = end + 1;
    bool continued = line.size() >= 2 && line.compare(line.size() - 2, 2, " \\") == 0;
    if (continued) {
      line.resize(line.size() - 2);
    }
    size_t lead = line.find_first_not_of(' ');
    std::vector<std::string> words;
    for (size_t i = lead; i < line.size();) {
      size_t space = std::min(line.find(' ', i), line.size());
      words.push_back(line.substr(i, space - i));
      i = space + 1;
    }
    std::string wrapped = wrap_command(words, std::string(first ? 2 : lead, ' '), width);
    if (continued) {
      wrapped.insert(wrapped.size() - 1, " \\");
    }
    out += wrapped;
  }
  return out;
}

std::string exit_codes_text(Lang lang) {
  return tr(lang,
            "Codes de sortie : 0\u00a0succès ; 1\u00a0entrée invalide ou vérification "
            "échouée ; 2\u00a0erreur d'utilisation (option inconnue, argument manquant, "
            "fichier introuvable).",
            "Exit codes: 0\u00a0success; 1\u00a0invalid input or a failed check; "
            "2\u00a0usage error (unknown option, missing argument, file not found).");
}

std::string footer(Lang lang, const std::string& example) {
  std::string out = tr(lang, "Exemple :\n", "Example:\n");
  out += example_lines(example, help_width()) + "\n";
  out += wrap_text(exit_codes_text(lang), help_width());
  return out;
}

// "English / Français": the part in the run's language.
std::string localised_description(const std::string& description, Lang lang) {
  auto slash = description.find(" / ");
  if (slash == std::string::npos) {
    return description;
  }
  return lang == Lang::en ? description.substr(0, slash) : description.substr(slash + 3);
}

} // namespace

namespace {

// Every option name of `cli` (`--format`, `-o`), for suggestions.
std::vector<std::string> option_names(const CLI::App& cli) {
  std::vector<std::string> names;
  for (const CLI::Option* option : cli.get_options()) {
    for (const auto& l : option->get_lnames()) {
      names.push_back("--" + l);
    }
    for (const auto& s : option->get_snames()) {
      names.push_back("-" + s);
    }
  }
  return names;
}

// `what` split at its first ": " (CLI11 writes "NAME: MESSAGE").
std::pair<std::string, std::string> name_and_rest(const std::string& what) {
  auto colon = what.find(": ");
  if (colon == std::string::npos) {
    return {"", what};
  }
  return {what.substr(0, colon), what.substr(colon + 2)};
}

} // namespace

UsageError command_line_error(const CLI::App& cli, const CLI::ParseError& e) {
  const std::string what = e.what();
  std::smatch m;
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    std::vector<std::string> extras = cli.remaining();
    for (const auto& extra : extras) {
      if (extra.size() > 1 && extra[0] == '-') {
        std::string option = extra.substr(0, extra.find('='));
        return UsageError("", {}, message("E001", quote(option),
                                          did_you_mean(option, option_names(cli))));
      }
    }
    std::string list;
    for (const auto& extra : extras) {
      list += (list.empty() ? "" : " ") + quote(extra);
    }
    return UsageError("", {}, message("E002", list.empty() ? what : list));
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
      std::regex_match(what, m, std::regex("(.+) is required"))) {
    return UsageError("", {}, message("E003", m[1].str()));
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    auto [name, rest] = name_and_rest(what);
    if (std::regex_match(rest, m, std::regex("(.*) not in (\\{.*\\})"))) {
      return UsageError("", {}, message("E004", name, m[1].str(), m[2].str()));
    }
    if (std::regex_match(rest, m, std::regex("Value (.*) not in range (\\S+) to (\\S+)"))) {
      return UsageError("", {}, message("E012", name, m[1].str(), m[2].str(), m[3].str()));
    }
    if (std::regex_match(rest, m, std::regex("(?:Value (.*) could not be converted.*|Failed parsing (.*) as a .*)"))) {
      return UsageError("", {}, message("E005", name, m[1].matched ? m[1].str() : m[2].str()));
    }
    return UsageError("", {}, message("E009", name, rest));
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr &&
      std::regex_match(what, m, std::regex("Could not convert: (.+) = (.*)"))) {
    return UsageError("", {}, message("E005", m[1].str(), m[2].str()));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr &&
      std::regex_match(what, m, std::regex("(.+): \\d+ required .* missing"))) {
    return UsageError("", {}, message("E006", m[1].str()));
  }
  if (dynamic_cast<const CLI::RequiresError*>(&e) != nullptr &&
      std::regex_match(what, m, std::regex("(.+) requires (.+)"))) {
    return UsageError("", {}, message("E008", m[1].str(), m[2].str()));
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr &&
      std::regex_match(what, m, std::regex("(.+) excludes (.+)"))) {
    return UsageError("", {}, message("E007", m[1].str(), m[2].str()));
  }
  return UsageError("", {}, message("E013", what));
}

Message stdout_error(int error) {
  return message("E022", error != 0 ? error_text(error) : tr_message("erreur d'écriture", "write error"));
}

int check_stdout(const std::string& name, int code) {
  errno = 0;
  bool flushed = std::fflush(stdout) == 0; // first: std::cout.flush() flushes stdout too
  int saved = errno;
  std::cout.flush();
  errno = saved;
  if (flushed && !std::ferror(stdout) && std::cout.good()) {
    return code;
  }
  print_diagnostic(name, Error("", {}, stdout_error(flushed ? 0 : errno)).what());
  return code == k_exit_ok ? k_exit_invalid : code;
}

namespace {

int run_command_unchecked(const std::string& name, int argc, char** argv,
                          const std::string& description, const std::string& example,
                          const std::function<void(CLI::App&, Lang)>& setup,
                          const std::function<int(Lang)>& run) {
  Lang lang = detect_lang(argc, argv);
  s_help_lang = lang;
  set_message_lang(lang);
  CLI::App cli(wrap_text(localised_description(description, lang), help_width()), "medtime " + name);
  auto help = std::make_shared<HelpFormatter>();
  // Option names take 30 columns on a wide terminal, fewer on a narrow one.
  help->column_width(std::min<size_t>(30, help_width() / 3));
  cli.formatter(help);
  cli.footer(footer(lang, example));
  cli.set_help_flag("-h,--help", tr(lang, "Afficher cette aide", "Print this help message and exit"));
  cli.set_version_flag("--version", std::string("medtime ") + medtime_version(),
                       tr(lang, "Afficher la version", "Display the version"));
  if (lang == Lang::fr) {
    auto formatter = cli.get_formatter();
    formatter->label("Usage", "Usage");
    formatter->label("Positionals", "Arguments");
    formatter->label("Options", "Options");
    formatter->label("REQUIRED", "OBLIGATOIRE");
    formatter->label("TEXT", "TEXTE");
    formatter->label("UINT", "ENTIER");
    formatter->label("INT", "ENTIER");
    formatter->label("FLOAT", "NOMBRE");
  }
  try {
    setup(cli, lang);
    if (wants_cli_dump(argc, argv)) {
      std::cout << cli_definition(cli, name, localised_description(description, lang), example,
                                  exit_codes_text(lang))
                       .dump(2)
                << '\n';
      return k_exit_ok;
    }
    cli.parse(argc, argv);
    for (const auto& [output, force] : s_outputs) {
      refuse_existing(*output, *force);
    }
  } catch (const CLI::Success& e) {
    return cli.exit(e) == 0 ? k_exit_ok : k_exit_usage; // --help, --version
  } catch (const CLI::ParseError& e) {
    print_diagnostic(name, fmt::format("{} ({})", command_line_error(cli, e).what(),
                                       tr(lang, "voir --help", "see --help")));
    return k_exit_usage;
  } catch (const UsageError& e) {
    print_diagnostic(name, e.what());
    return k_exit_usage;
  }
  try {
    return run(lang);
  } catch (const UsageError& e) {
    print_diagnostic(name, e.what());
    return k_exit_usage;
  } catch (const Error& e) {
    print_diagnostic(name, e.what());
    return k_exit_invalid;
  } catch (const std::bad_alloc&) {
    print_diagnostic(name, Error("", {}, message("E020")).what());
    return k_exit_invalid;
  } catch (const std::exception& e) {
    print_diagnostic(name, Error("", {}, message("E021", e.what())).what());
    return k_exit_invalid;
  }
}

} // namespace

int run_command(const std::string& name, int argc, char** argv, const std::string& description,
                const std::string& example, const std::function<void(CLI::App&, Lang)>& setup,
                const std::function<int(Lang)>& run) {
  return check_stdout(name, run_command_unchecked(name, argc, argv, description, example, setup, run));
}

void refuse_overwriting_input(const std::string& path) {
  if (is_input(path)) {
    throw UsageError(path, {}, message("E023"));
  }
}

void refuse_existing(const std::string& path, bool force) {
  struct stat st {};
  if (!path.empty() && path != "-" && !force && ::stat(path.c_str(), &st) == 0 &&
      S_ISREG(st.st_mode)) {
    throw UsageError(path, {}, message("E024"));
  }
}

void add_output_options(CLI::App& app, std::string& output, bool& force,
                        const std::string& description) {
  app.add_option("-o,--output", output,
                 description.empty() ? tr(s_help_lang, "Écrire dans ce fichier (- : la sortie "
                                                       "standard)",
                                          "Write to this file (-: standard output)")
                                     : description);
  app.add_flag("--force", force,
               tr(s_help_lang, "Remplacer le fichier -o s'il existe déjà",
                  "Replace the -o file if it already exists"));
  s_outputs.push_back({&output, &force});
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    bool ok = std::fwrite(content.data(), 1, content.size(), stdout) == content.size();
    if (!ok || std::fflush(stdout) != 0) {
      int saved = errno;
      std::clearerr(stdout); // reported here, not again by run_command
      throw Error("", {}, stdout_error(saved));
    }
    return;
  }
  refuse_overwriting_input(path);
  write_file_atomically(path, content);
}

} // namespace medtime::app
