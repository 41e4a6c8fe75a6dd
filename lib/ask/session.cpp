#include "ask/session.h"

#include <algorithm>

#include "ask/closing.h"
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
      say_message(say(lang(), "Reprise\u00a0: {} réponse{} déjà enregistrée{} dans {}.",
                      "Resuming: {0} answer{1} already saved in {3}.", count, count > 1 ? "s" : "",
                      lang() == Lang::fr && count > 1 ? "s" : "", options.screen.file));
    }
    m_menu = options.existing && interview.at_end() && console.interactive();
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
  std::optional<Outcome> menu();
  // Sets the message under the screen: `text` wrapped (an error, a notice).
  void say_message(const std::string& text) {
    ScreenOptions s = screen();
    m_message = wrap_text(text, s.width, s.plain ? "" : "  ");
  }
  // Goes to step `target` (a jump or a section of the menu).
  void jump(size_t target) {
    m_iv.go_to(target);
    m_menu = false;
    m_redraw = true;
  }
  bool save();
  void show_step();
  std::string stopped_text(Outcome outcome) const;

  Interview& m_iv;
  Console& m_console;
  const SessionOptions& m_options;
  std::string m_saved;   // the content last written (or loaded)
  std::string m_message; // shown under the step, wrapped: an error, the help
  bool m_wrote = false;  // the answers file was written at least once
  bool m_redraw = true;  // show the whole step again
  bool m_menu = false;   // the section menu is shown instead of a step
};

void Loop::show_step() {
  ScreenOptions s = screen();
  std::string text;
  if (m_redraw || !s.plain) {
    text = render_step(m_iv, s);
  }
  if (!m_message.empty()) {
    text += (s.plain ? "" : "\n") + m_message + "\n";
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
    say_message(tr(lang(), "Réponse effacée.", "Answer erased."));
    m_redraw = true;
    break;
  case Reply::Kind::back:
    if (m_iv.back()) {
      m_redraw = true;
    } else {
      say_message(tr(lang(), "C'est la première question.", "This is the first question."));
    }
    break;
  case Reply::Kind::help:
    m_message = render_help(m_iv, screen());
    break;
  case Reply::Kind::menu:
    m_menu = true;
    break;
  case Reply::Kind::jump:
    jump(reply.target);
    break;
  case Reply::Kind::quit:
    return Outcome::quit;
  case Reply::Kind::invalid:
    say_message(reply.error);
    break;
  }
  return std::nullopt;
}

std::optional<Outcome> Loop::menu() {
  ScreenOptions s = screen();
  std::string text = render_menu(m_iv, s);
  if (!m_message.empty()) {
    text += "\n" + m_message + "\n";
  }
  m_console.show(text + render_prompt(s), true);
  m_message.clear();
  auto line = m_console.read_line();
  if (!line) {
    return Outcome::end_of_input;
  }
  std::string_view word = trim(*line);
  auto sections = m_iv.sections();
  if (word.empty()) {
    m_menu = false;
    m_redraw = true;
  } else if (word == "q" || word == "Q") {
    return Outcome::quit;
  } else if (auto reply = parse_jump(word, m_iv, lang())) {
    if (reply->kind == Reply::Kind::jump) {
      jump(reply->target);
    } else {
      say_message(reply->error);
    }
  } else if (word.size() < 4 && std::all_of(word.begin(), word.end(), [](char c) {
               return c >= '0' && c <= '9';
             })) {
    size_t n = static_cast<size_t>(std::stoi(std::string(word)));
    if (n >= 1 && n <= sections.size() && sections[n - 1].steps > 0) {
      jump(sections[n - 1].first_step);
    } else if (n >= 1 && n <= sections.size()) {
      say_message(tr(lang(), "Cette section n'a pas de question pour vous avec vos réponses actuelles.",
                     "This section has no question for you with your current answers."));
    } else {
      say_message(say(lang(), "{}\u00a0: tapez un numéro de section de 1 à {}.",
                      "{}: type a section number from 1 to {}.", quoted(lang(), word), sections.size()));
    }
  } else {
    say_message(say(lang(), "{}\u00a0: tapez un numéro de section, g puis un numéro d'étape, Entrée ou q.",
                    "{}: type a section number, g then a step number, Enter or q.", quoted(lang(), word)));
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
  text += "\n" + render_closing(m_iv, s, m_options.report_command);
  if (!m_console.interactive()) {
    m_console.show(text, true);
    return Outcome::finished;
  }
  text += "\n" + wrap_text(tr(lang(), "Entrée ou q pour terminer, < pour revenir aux questions, m pour les sections.",
                              "Enter or q to finish, < to go back to the questions, m for the sections."),
                           s.width) + "\n";
  if (!m_message.empty()) {
    text = m_message + "\n" + text;
  }
  m_console.show(text + render_prompt(s), true);
  m_message.clear();
  auto line = m_console.read_line();
  if (!line) {
    return Outcome::finished;
  }
  std::string_view word = trim(*line);
  if (word.empty() || word == "q" || word == "Q") {
    return Outcome::finished;
  }
  if (word == "<") {
    m_iv.back();
    m_redraw = true;
  } else if (word == "m" || word == "M") {
    m_menu = true;
  } else if (auto reply = parse_jump(word, m_iv, lang()); reply && reply->kind == Reply::Kind::jump) {
    jump(reply->target);
  } else {
    say_message(say(lang(), "{}\u00a0: Entrée ou q pour terminer, < pour revenir, m pour les sections.",
                    "{}: Enter or q to finish, < to go back, m for the sections.", quoted(lang(), word)));
  }
  return std::nullopt;
}

std::string Loop::stopped_text(Outcome outcome) const {
  Lang l = lang();
  std::string lead = outcome == Outcome::end_of_input ? tr(l, "Fin de l'entrée. ", "End of input. ") : "";
  int count = m_iv.answer_count();
  std::string text;
  if (!m_wrote && !m_options.existing) {
    text = lead + tr(l, "Aucune réponse enregistrée.", "No answer saved.");
  } else {
    std::string saved = l == Lang::fr ? fmt::format("{} réponse{} enregistrée{}", count,
                                                     count > 1 ? "s" : "", count > 1 ? "s" : "")
                                       : fmt::format("{} answer{} saved", count, count == 1 ? "" : "s");
    text = lead + say(l, "{} dans {}. Pour reprendre\u00a0: {}", "{} in {}. To resume: {}", saved,
                      m_options.screen.file, m_options.resume_command);
  }
  return "\n" + wrap_text(text, screen().width) + "\n";
}

Outcome Loop::run() {
  for (;;) {
    std::optional<Outcome> outcome = m_menu ? menu() : m_iv.at_end() ? end() : step();
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
