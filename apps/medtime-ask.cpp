// medtime ask [Q...] [--from LAST] -o FILE: the interactive self-audit.
// The interview lives in lib/ask; this file owns the terminal: reading
// lines, the screen width, signals (which only restore the terminal and
// exit: every answer is already saved).
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fmt/format.h>

#include "ask/input.h"
#include "ask/session.h"
#include "common.h"
#include "load/data_dir.h"
#include "load/questionnaire_loader.h"
#include "render/terminal.h"
#include "render/wrap.h"
#include "util/diagnostics.h"
#include "util/files.h"
#include "util/output_file.h"

namespace {

using medtime::tr;

struct AskOptions {
  medtime::app::CommonOptions common;
  std::vector<std::string> questionnaires;
  std::string output;
  std::string from; // last time's answers (--from), never written
  std::string date; // the new file's date (--date), else today
  std::optional<size_t> width;
  bool resume = false;
  bool plain = false;
};

void setup_ask(CLI::App& app, AskOptions& o, medtime::Lang lang) {
  medtime::app::add_common_options(app, o.common);
  app.add_option("QUESTIONNAIRE", o.questionnaires,
                 tr(lang, "Questionnaires à poser (défaut : tous)", "Questionnaires to ask (default: all)"));
  app.add_option("-o,--output", o.output,
                 tr(lang, "Fichier de réponses, enregistré après chaque réponse (mode 0600)",
                    "Answers file, saved after each answer (mode 0600)"))
      ->required();
  app.add_flag("--resume", o.resume,
               tr(lang, "Reprendre un fichier existant à la première question sans réponse "
                        "(c'est aussi le cas sans cette option quand le fichier existe)",
                  "Resume an existing file at the first unanswered question "
                  "(also done without this option when the file exists)"));
  app.add_option("--from", o.from,
                 tr(lang, "Partir de la dernière auto-évaluation : chaque question montre la réponse "
                          "de ce fichier, Entrée la reprend ; ce fichier n'est jamais modifié",
                    "Start from the last self-assessment: each question shows this file's "
                    "answer, Enter takes it again; this file is never written"));
  app.add_option("--date", o.date,
                 tr(lang, "Date de la nouvelle auto-évaluation, AAAA-MM-JJ ou JJ/MM/AAAA (défaut : "
                          "aujourd'hui)",
                    "Date of the new self-assessment, YYYY-MM-DD or DD/MM/YYYY (default: today)"));
  medtime::app::add_width_option(app, o.width);
  app.add_flag("--plain", o.plain,
               tr(lang, "Sans couleur ni mouvement du curseur (lecteurs d'écran)",
                  "No colour, no cursor movement (screen readers)"));
}

// A line reader and writer over file descriptors: the terminal, or a script
// on stdin with the conversation on stderr.
class FdConsole : public medtime::ask::Console {
public:
  // `wrap`: wrap texts to the output's width (medtime::output_width, at
  // most k_max_width unless `forced`); otherwise not at all.
  FdConsole(int out, bool interactive, bool clear, bool wrap, std::optional<size_t> forced)
      : m_out(out), m_interactive(interactive), m_clear(clear), m_wrap(wrap), m_forced(forced) {}

  void show(std::string_view text, bool new_screen) override {
    if (new_screen && m_clear) {
      put("\x1b[H\x1b[2J");
    } else if (new_screen) {
      put("\n");
    }
    put(text);
  }

  std::optional<std::string> read_line() override {
    std::string line;
    for (;;) {
      if (m_next < m_buffer.size()) {
        size_t end = m_buffer.find('\n', m_next);
        if (end != std::string::npos) {
          line += m_buffer.substr(m_next, end - m_next);
          m_next = end + 1;
          return echo(line);
        }
        line += m_buffer.substr(m_next);
      }
      m_buffer.resize(4096);
      m_next = 0;
      ssize_t n = ::read(0, m_buffer.data(), m_buffer.size());
      if (n < 0 && errno == EINTR) {
        m_buffer.clear();
        continue;
      }
      m_buffer.resize(n > 0 ? static_cast<size_t>(n) : 0);
      if (n <= 0) {
        return line.empty() ? std::nullopt : std::optional<std::string>(echo(line));
      }
    }
  }

  bool interactive() const override { return m_interactive; }

  size_t width() const override {
    if (!m_wrap) {
      return 0;
    }
    size_t columns = medtime::output_width(m_out, m_forced);
    return m_forced ? columns : std::min(columns, k_max_width);
  }

private:
  void put(std::string_view text) {
    while (!text.empty()) {
      ssize_t n = ::write(m_out, text.data(), text.size());
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        return; // the terminal is gone: answers are saved, nothing to report
      }
      text.remove_prefix(static_cast<size_t>(n));
    }
  }
  // A script's lines are not echoed by a terminal: show them, for the log.
  std::string echo(const std::string& line) {
    if (!m_interactive) {
      put(line + "\n");
    }
    return line;
  }

  // Lines of prose past 100 columns are hard to follow on a wide terminal.
  static constexpr size_t k_max_width = 100;
  int m_out;
  bool m_interactive;
  bool m_clear;
  bool m_wrap;
  std::optional<size_t> m_forced;
  std::string m_buffer;
  size_t m_next = 0;
};

// What the signal handler writes: prepared beforehand, written with write(2).
char g_stop_text[2048];
size_t g_stop_length = 0;
int g_stop_fd = 2;
constexpr int k_stop_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void on_stop_signal(int signal) {
  if (signal != SIGHUP) {
    ssize_t ignored = ::write(g_stop_fd, g_stop_text, g_stop_length);
    (void)ignored;
  }
  ::raise(signal); // handlers are reset on entry (SA_RESETHAND): dies by the signal
}

void install_stop_handlers(int fd, const std::string& text) {
  g_stop_fd = fd;
  g_stop_length = std::min(text.size(), sizeof g_stop_text);
  std::memcpy(g_stop_text, text.data(), g_stop_length);
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (int s : k_stop_signals) {
    ::sigaction(s, &action, nullptr);
  }
}

// Writes the answers file with the stop signals held back, so that an
// interruption never leaves a temporary file behind; they arrive just after.
void save_answers(const std::string& path, const std::string& header, const std::string& content) {
  sigset_t stops, previous;
  sigemptyset(&stops);
  for (int s : k_stop_signals) {
    sigaddset(&stops, s);
  }
  ::sigprocmask(SIG_BLOCK, &stops, &previous);
  try {
    medtime::write_file_atomically(path, header + content, 0600);
  } catch (...) {
    ::sigprocmask(SIG_SETMASK, &previous, nullptr);
    throw;
  }
  ::sigprocmask(SIG_SETMASK, &previous, nullptr);
}

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string shell_word(const std::string& word) {
  bool safe = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                      "0123456789_-./=+:,@") == std::string::npos;
  if (safe) {
    return word;
  }
  std::string out = "'";
  for (char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string resume_command(const AskOptions& o) {
  std::string out = "medtime ask";
  for (const auto& q : o.questionnaires) {
    out += " " + shell_word(q);
  }
  if (!o.common.questionnaires.empty()) {
    out += " --questionnaires " + shell_word(o.common.questionnaires);
  }
  if (!o.from.empty()) {
    out += " --from " + shell_word(o.from);
  }
  return out + " -o " + shell_word(o.output);
}

std::vector<std::string> report_command(const AskOptions& o) {
  std::vector<std::string> words = {"medtime", "report"};
  if (!o.common.questionnaires.empty()) {
    words.insert(words.end(), {"--questionnaires", shell_word(o.common.questionnaires)});
  }
  words.push_back(shell_word(o.output));
  return words;
}

std::vector<int> selected_indices(const medtime::QuestionnaireSet& set, const AskOptions& o) {
  std::vector<int> out;
  if (o.questionnaires.empty()) {
    for (size_t i = 0; i < set.size(); ++i) {
      out.push_back(static_cast<int>(i));
    }
    return out;
  }
  medtime::QuestionnaireSet chosen = medtime::select_questionnaires(set, o.questionnaires);
  for (const auto& q : chosen.items()) {
    out.push_back(set.find(q.id));
  }
  return out;
}

// The answers file is rewritten in medtime's own layout at every answer, so
// comments (a template's, or the doctor's own notes) would be lost: a file
// with comments beyond our header line is copied first to FILE.orig (or
// FILE.orig.2, ...), never overwriting an earlier copy.
void keep_original_if_commented(const std::string& text, const std::string& path) {
  bool commented = false;
  size_t start = 0;
  while (start < text.size() && !commented) {
    size_t end = text.find('\n', start);
    std::string_view line(text.data() + start, (end == std::string::npos ? text.size() : end) - start);
    bool ours = line.rfind("# Self-assessment written by medtime ask", 0) == 0 ||
                line.rfind("# Auto-évaluation écrite par medtime ask", 0) == 0;
    commented = !ours && line.find('#') != std::string_view::npos;
    start = end == std::string::npos ? text.size() : end + 1;
  }
  if (!commented) {
    return;
  }
  for (int i = 1; i < 100; ++i) {
    std::string copy = path + ".orig" + (i == 1 ? std::string() : "." + std::to_string(i));
    if (::access(copy.c_str(), F_OK) != 0) {
      medtime::write_file_atomically(copy, text, 0600);
      medtime::Message note = medtime::message("W503", path, copy);
      medtime::app::print_diagnostic(
          "ask", medtime::Diagnostic{medtime::Severity::warning, "", {}, note.text, note.code}
                     .format());
      return;
    }
  }
}

// Loads the existing answers file, if any. Refuses a file it cannot read
// back whole, rather than overwrite what it holds.
bool load_existing(medtime::ask::Interview& interview, const AskOptions& o) {
  if (o.output == "-") {
    throw medtime::UsageError("", {}, medtime::message("E522"));
  }
  if (::access(o.output.c_str(), F_OK) != 0) {
    if (o.resume) {
      throw medtime::UsageError(o.output, {}, medtime::message("E523"));
    }
    return false;
  }
  std::string text = medtime::read_file(o.output);
  keep_original_if_commented(text, o.output);
  try {
    interview.load(text, o.output);
  } catch (const medtime::UsageError&) {
    throw;
  } catch (const medtime::Error& e) {
    medtime::Diagnostic d = e.diagnostic();
    medtime::Message refused = medtime::message("E524", d.message);
    d.message = std::move(refused.text);
    d.code = refused.code;
    throw medtime::Error(d);
  }
  return true;
}

void check_writable(const std::string& path) {
  auto slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  if (::access(dir.c_str(), W_OK) != 0) {
    throw medtime::UsageError(path, {}, medtime::message("E525", dir, std::strerror(errno)));
  }
}

// Takes last time's answers (--from): a file that must exist, never -o
// itself, and never written; what no longer fits the questionnaires (another
// version) is named on stderr and not offered.
void load_previous(medtime::ask::Interview& interview, const AskOptions& o) {
  if (o.from.empty()) {
    return;
  }
  if (::access(o.from.c_str(), F_OK) != 0) {
    throw medtime::UsageError(o.from, {}, medtime::message("E526"));
  }
  if (medtime::same_file(o.from, o.output)) {
    throw medtime::UsageError(o.output, {}, medtime::message("E527", o.from));
  }
  for (const auto& d : interview.load_previous(medtime::read_file(o.from), o.from)) {
    medtime::app::print_diagnostic("ask", medtime::tr_message("--from : ", "--from: ") + d.format());
  }
}

// The date offered by default: --date (YYYY-MM-DD or DD/MM/YYYY), else today.
std::string default_date(const AskOptions& o, medtime::Lang lang) {
  if (o.date.empty()) {
    return today();
  }
  medtime::ask::Reply reply = medtime::ask::parse_date(o.date, lang);
  if (reply.kind != medtime::ask::Reply::Kind::answer) {
    throw medtime::UsageError("", {}, medtime::message("E528", o.date));
  }
  return reply.answer.text;
}

int run_ask(const AskOptions& o, medtime::Lang lang) {
  auto set = medtime::app::load_set(o.common);
  medtime::ask::Interview interview(set, selected_indices(set, o), default_date(o, lang));
  medtime::app::refuse_overwriting_input(o.output); // a questionnaire
  load_previous(interview, o);
  bool existing = load_existing(interview, o);
  check_writable(o.output);
  // Only one ask writes a file: the temporary files of its own, left by a
  // run that was killed (kill -9) while saving, are stale.
  medtime::remove_stale_temporaries(o.output);
  interview.resume();

  bool interactive = ::isatty(0) != 0;
  int out = interactive && ::isatty(1) ? 1 : 2;
  bool fancy = interactive && !o.plain && ::isatty(out) && medtime::use_color(out);
  FdConsole console(out, interactive, fancy, o.width.has_value() || (interactive && !o.plain), o.width);

  medtime::ask::SessionOptions options;
  options.screen.lang = lang;
  options.screen.style = medtime::Style(fancy);
  options.screen.plain = !fancy;
  options.screen.file = o.output;
  options.resume_command = resume_command(o);
  options.report_command = report_command(o);
  options.existing = existing;
  std::string header = tr(lang, "# Auto-évaluation écrite par medtime ask. Reprendre : ",
                          "# Self-assessment written by medtime ask. Resume: ") +
                       options.resume_command + "\n";
  options.save = [&](const std::string& content) { save_answers(o.output, header, content); };
  // Wrapped to the width at the start: the handler can only write.
  const char* stop = tr(lang, "Interrompu. Vos réponses sont enregistrées dans {}. Pour reprendre\u00a0: {}",
                        "Interrupted. Your answers are saved in {}. To resume: {}");
  install_stop_handlers(out, std::string(fancy ? "\x1b[0m" : "") + "\n" +
                                 medtime::wrap_text(fmt::format(fmt::runtime(stop), o.output,
                                                                options.resume_command),
                                                    console.width()) +
                                 "\n");
  medtime::ask::run_session(interview, console, options);
  return medtime::app::k_exit_ok;
}

} // namespace

int main(int argc, char** argv) {
  AskOptions options;
  medtime::Lang lang = medtime::app::detect_lang(argc, argv);
  return medtime::app::run_command(
      "ask", argc, argv,
      tr(lang,
         "Auto-diagnostic interactif, une question à la fois ; chaque réponse est enregistrée "
         "aussitôt dans le fichier -o (mode 0600), qu'un nouvel appel reprend à la première "
         "question sans réponse.\n"
         "Touches : la réponse (numéro, o/n, nombre, na = non applicable), Entrée garder la "
         "réponse actuelle, < retour, s passer, ? aide, - effacer, m sections, g 12 aller à "
         "l'étape 12, q enregistrer et quitter. "
         "Ctrl-C ou un terminal fermé ne perdent rien.\n"
         "À la fin : votre plan de trois actions et la commande du rapport complet.\n"
         "Sans terminal, une réponse par ligne sur l'entrée standard, les questions sur la "
         "sortie d'erreur.",
         "Interactive self-audit, one question at a time; each answer is saved at once in the "
         "-o file (mode 0600), which a new run resumes at the first unanswered question.\n"
         "Keys: the answer (number, y/n, value, na = not applicable), Enter keep the current "
         "answer, < back, s skip, ? help, - erase, m sections, g 12 go to step 12, q save and "
         "quit. Ctrl-C or a closed terminal lose nothing.\n"
         "At the end: your three-action plan and the command for the full report.\n"
         "Without a terminal, one answer per line on standard input, the questions on standard "
         "error."),
      "medtime ask -o mes-reponses.yaml\n"
      "  medtime ask --from 2026-11-16.yaml -o 2027-02-15.yaml",
      [&](CLI::App& app, medtime::Lang l) { setup_ask(app, options, l); },
      [&](medtime::Lang l) { return run_ask(options, l); });
}
