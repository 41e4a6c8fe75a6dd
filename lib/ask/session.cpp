#include "ask/session.h"

#include <algorithm>
#include <cctype>

#include "ask/input.h"
#include "ask/wording.h"
#include "render/wrap.h"
#include "util/diagnostics.h"

namespace medtime::ask {

namespace {

class Loop {
public:
  Loop(Interview& interview, Console& console, const SessionOptions& options)
      : m_iv(interview), m_console(console), m_options(options), m_saved(interview.file_text()) {
    int count = interview.answer_count();
    if (options.existing && count > 0 && !interview.at_end()) {
      m_message = say(lang(), "Reprise\u00a0: {} réponse{} déjà enregistrée{} dans {}.",
                      "Resuming: {0} answer{1} already saved in {3}.", count, count > 1 ? "s" : "",
                      lang() == Lang::fr && count > 1 ? "s" : "", options.screen.file);
    }
  }

  Outcome run();

private:
  ScreenOptions screen() const {
    ScreenOptions s = m_options.screen;
    s.width = m_console.width();
    return s;
  }
  Lang lang() const { return m_options.screen.lang; }
  std::optional<Outcome> step();
  std::optional<Outcome> end();
  bool save();
  void show_step();
  std::string stopped_text(Outcome outcome) const;

  Interview& m_iv;
  Console& m_console;
  const SessionOptions& m_options;
  std::string m_saved;   // the content last written (or loaded)
  std::string m_message; // shown under the step: an error, the help
  bool m_wrote = false;  // the answers file was written at least once
  bool m_redraw = true;  // show the whole step again
};

void Loop::show_step() {
  ScreenOptions s = screen();
  std::string text;
  if (m_redraw || !s.plain) {
    text = render_step(m_iv, s);
  }
  if (!m_message.empty()) {
    text += (s.plain ? "" : "\n") + wrap_text(m_message, s.width, s.plain ? "" : "  ") + "\n";
  }
  m_console.show(text + render_prompt(s), m_redraw || !s.plain);
  m_redraw = false;
  m_message.clear();
}

// Saves when the answers changed. False when the respondent gave up after a
// failed save (interactive only).
bool Loop::save() {
  std::string content = m_iv.file_text();
  while (content != m_saved) {
    try {
      m_options.save(content);
      m_saved = content;
      m_wrote = true;
    } catch (const Error& e) {
      if (!m_console.interactive()) {
        throw;
      }
      m_console.show(say(lang(),
                         "\nImpossible d'enregistrer\u00a0: {}\nCorrigez le problème (place, droits) "
                         "puis Entrée "
                                 "pour réessayer, ou q pour quitter sans enregistrer cette réponse.\n",
                         "\nCannot save: {}\nFix the problem (space, permissions) then Enter to try again, "
                         "or q to quit without saving this answer.\n",
                         e.what()) +
                         render_prompt(screen()),
                     false);
      auto line = m_console.read_line();
      if (!line || trim(*line) == "q" || trim(*line) == "Q") {
        return false;
      }
    }
  }
  return true;
}

std::optional<Outcome> Loop::step() {
  show_step();
  auto line = m_console.read_line();
  if (!line) {
    return Outcome::end_of_input;
  }
  Reply reply = parse_reply(*line, m_iv, lang());
  switch (reply.kind) {
  case Reply::Kind::answer:
    m_iv.set_answer(reply.answer);
    if (!save()) {
      return Outcome::quit;
    }
    m_iv.next();
    m_redraw = true;
    break;
  case Reply::Kind::keep:
    m_iv.next();
    m_redraw = true;
    break;
  case Reply::Kind::skip:
    m_iv.skip();
    if (!save()) {
      return Outcome::quit;
    }
    m_iv.next();
    m_redraw = true;
    break;
  case Reply::Kind::clear:
    m_iv.clear();
    if (!save()) {
      return Outcome::quit;
    }
    m_message = tr(lang(), "Réponse effacée.", "Answer erased.");
    m_redraw = true;
    break;
  case Reply::Kind::back:
    if (m_iv.back()) {
      m_redraw = true;
    } else {
      m_message = tr(lang(), "C'est la première question.", "This is the first question.");
    }
    break;
  case Reply::Kind::help:
    m_message = render_help(m_iv, screen());
    break;
  case Reply::Kind::quit:
    return Outcome::quit;
  case Reply::Kind::invalid:
    m_message = reply.error;
    break;
  }
  return std::nullopt;
}

std::optional<Outcome> Loop::end() {
  ScreenOptions s = screen();
  std::string text = render_summary(m_iv, s);
  auto summary = m_iv.summary();
  bool unanswered = std::any_of(summary.begin(), summary.end(),
                                [](const QuestionnaireSummary& q) { return q.skipped > 0; });
  if (unanswered) {
    text += "\n" + wrap_text(say(lang(), "Pour y répondre plus tard\u00a0: {}", "To answer them later: {}",
                          m_options.resume_command),
                      s.width) +
            "\n";
  }
  if (!m_console.interactive()) {
    m_console.show(text + say(lang(), "Votre rapport\u00a0: medtime report {}\n",
                              "Your report: medtime report {}\n",
                              s.file),
                   true);
    return Outcome::finished;
  }
  text += std::string("\n") +
          tr(lang(), "Afficher votre rapport maintenant\u00a0? [O/n] (< pour revenir aux questions)",
                    "Show your report now? [Y/n] (< to go back to the questions)");
  if (!m_message.empty()) {
    text = m_message + "\n" + text;
  }
  m_console.show(text + "\n" + render_prompt(s), true);
  m_message.clear();
  auto line = m_console.read_line();
  if (!line) {
    return Outcome::finished;
  }
  std::string word(trim(*line));
  for (auto& c : word) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (word.empty() || word == "o" || word == "oui" || word == "y" || word == "yes") {
    return Outcome::show_report;
  }
  if (word == "n" || word == "non" || word == "no" || word == "q") {
    return Outcome::finished;
  }
  if (word == "<") {
    m_iv.back();
    m_redraw = true;
    return std::nullopt;
  }
  m_message = say(lang(), "{}\u00a0: répondez o (oui) ou n (non).", "{}: answer y (yes) or n (no).",
                  quoted(lang(), word));
  return std::nullopt;
}

std::string Loop::stopped_text(Outcome outcome) const {
  Lang l = lang();
  std::string out = outcome == Outcome::end_of_input
                        ? tr(l, "\nFin de l'entrée. ", "\nEnd of input. ")
                        : "\n";
  int count = m_iv.answer_count();
  if (!m_wrote && !m_options.existing) {
    return out + tr(l, "Aucune réponse enregistrée.\n", "No answer saved.\n");
  }
  std::string saved = l == Lang::fr ? fmt::format("{} réponse{} enregistrée{}", count, count > 1 ? "s" : "",
                                                   count > 1 ? "s" : "")
                                     : fmt::format("{} answer{} saved", count, count == 1 ? "" : "s");
  return out + say(l, "{} dans {}. Pour reprendre\u00a0: {}\n", "{} in {}. To resume: {}\n", saved,
                   m_options.screen.file, m_options.resume_command);
}

Outcome Loop::run() {
  for (;;) {
    std::optional<Outcome> outcome = m_iv.at_end() ? end() : step();
    if (!outcome) {
      continue;
    }
    if (*outcome == Outcome::quit || *outcome == Outcome::end_of_input) {
      m_console.show(stopped_text(*outcome), false);
    }
    return *outcome;
  }
}

} // namespace

Outcome run_session(Interview& interview, Console& console, const SessionOptions& options) {
  return Loop(interview, console, options).run();
}

} // namespace medtime::ask
