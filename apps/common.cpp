#include "common.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <iostream>

#include "load/data_dir.h"
#include "load/questionnaire_loader.h"
#include "render/wrap.h"
#include "util/diagnostics.h"
#include "util/files.h"
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

QuestionnaireSet load_set(const CommonOptions& options) {
  return load_questionnaire_set(questionnaires_dir(options.questionnaires));
}

void print_diagnostic(const std::string& name, const std::string& text) {
  std::fflush(stdout);
  // The front command `medtime` passes no name: "medtime: error: ...".
  // File names and quoted values in `text` are shown, never obeyed.
  std::cerr << "medtime" << (name.empty() ? "" : " ") << name << ": " << visible_controls(text)
            << '\n';
}

namespace {

// CLI11's formatter with option descriptions wrapped to fit 80 columns
// (CLI11 indents the lines after a newline under the description column).
class HelpFormatter : public CLI::Formatter {
public:
  std::string make_option_desc(const CLI::Option* option) const override {
    size_t width = get_column_width() < 60 ? 80 - get_column_width() : 20;
    return wrap_text(CLI::Formatter::make_option_desc(option), width);
  }
};

std::string footer(Lang lang, const std::string& example) {
  std::string out = tr(lang, "Exemple :\n", "Example:\n");
  out += "  " + example + "\n\n";
  out += wrap_text(tr(lang,
                      "Codes de sortie : 0\u00a0succès ; 1\u00a0entrée invalide ou vérification "
                      "échouée ; 2\u00a0erreur d'utilisation (option inconnue, argument manquant, "
                      "fichier introuvable).",
                      "Exit codes: 0\u00a0success; 1\u00a0invalid input or a failed check; "
                      "2\u00a0usage error (unknown option, missing argument, file not found)."),
                   80);
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

int check_stdout(const std::string& name, int code) {
  errno = 0;
  bool flushed = std::fflush(stdout) == 0; // first: std::cout.flush() flushes stdout too
  int saved = errno;
  std::cout.flush();
  errno = saved;
  if (flushed && !std::ferror(stdout) && std::cout.good()) {
    return code;
  }
  std::string why = !flushed && errno != 0 ? std::string(": ") + std::strerror(errno) : "";
  print_diagnostic(name, "error: cannot write to the standard output" + why);
  return code == k_exit_ok ? k_exit_invalid : code;
}

namespace {

int run_command_unchecked(const std::string& name, int argc, char** argv,
                          const std::string& description, const std::string& example,
                          const std::function<void(CLI::App&, Lang)>& setup,
                          const std::function<int(Lang)>& run) {
  Lang lang = detect_lang(argc, argv);
  s_help_lang = lang;
  CLI::App cli(wrap_text(localised_description(description, lang), 80), "medtime " + name);
  cli.formatter(std::make_shared<HelpFormatter>());
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
    cli.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return cli.exit(e) == 0 ? k_exit_ok : k_exit_usage; // --help, --version
  } catch (const CLI::ParseError& e) {
    print_diagnostic(name, fmt::format("error: {} ({})", e.what(),
                                       tr(lang, "voir --help", "see --help")));
    return k_exit_usage;
  } catch (const UsageError& e) {
    print_diagnostic(name, "error: " + std::string(e.what()));
    return k_exit_usage;
  }
  try {
    return run(lang);
  } catch (const UsageError& e) {
    print_diagnostic(name, "error: " + std::string(e.what()));
    return k_exit_usage;
  } catch (const Error& e) {
    print_diagnostic(name, "error: " + std::string(e.what()));
    return k_exit_invalid;
  } catch (const std::bad_alloc&) {
    print_diagnostic(name, "error: out of memory");
    return k_exit_invalid;
  } catch (const std::exception& e) {
    print_diagnostic(name, "error: " + std::string(e.what()));
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
    throw UsageError(path, {}, "refusing to write over an input file");
  }
}

void refuse_existing(const std::string& path, bool force, std::string_view what) {
  if (!path.empty() && path != "-" && !force && ::access(path.c_str(), F_OK) == 0) {
    throw UsageError(path,
                     {},
                     fmt::format("file exists; {} would replace its contents (use --force to "
                                 "replace it)",
                                 what));
  }
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    bool ok = std::fwrite(content.data(), 1, content.size(), stdout) == content.size();
    if (!ok || std::fflush(stdout) != 0) {
      int saved = errno;
      std::clearerr(stdout); // reported here, not again by run_command
      errno = saved;
      throw Error("", {}, fmt::format("cannot write to the standard output: {}",
                                      std::strerror(errno)));
    }
    return;
  }
  refuse_overwriting_input(path);
  write_file_atomically(path, content);
}

} // namespace medtime::app
