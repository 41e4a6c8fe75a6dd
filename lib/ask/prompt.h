// How the interview looks: one step at a time with its questionnaire,
// section and progress, the question wrapped to the terminal width, numbered
// options, the current answer, what to type and a line of keys; the help on
// `?`; the summary at the end. Text only: ask/session.h shows it.
#pragma once

#include <string>
#include <string_view>

#include "ask/interview.h"
#include "render/style.h"
#include "util/i18n.h"

namespace medtime::ask {

struct ScreenOptions {
  Lang lang = Lang::fr;
  Style style;
  size_t width = 0;   // wrap texts to this many columns; 0: no wrapping
  bool plain = false; // no colour, no decoration, no cursor movement (screen readers)
  std::string file;   // the answers file, named in the texts
};

// The current step of `interview` (not at its end), ending with a newline.
std::string render_step(const Interview& interview, const ScreenOptions& options);

// The prompt before the typed answer: "› " (or "> " when plain).
std::string render_prompt(const ScreenOptions& options);

// The help of the current step (`?`): the question's help text, what to
// type, and every key.
std::string render_help(const Interview& interview, const ScreenOptions& options);

// The sections of the asked questionnaires under each questionnaire's name,
// numbered, each with its state ("3/8 · étapes 12–19", "complète", "à
// faire") at the end of its line, and what to type.
std::string render_menu(const Interview& interview, const ScreenOptions& options);

// The current step's answer in words ("2. secrétaire", "4 h/semaine",
// "non applicable"), or empty when it has none.
std::string describe_answer(const Interview& interview, Lang lang);

// What was answered, left unanswered and answered "not applicable", per
// questionnaire, and which questions are left.
std::string render_summary(const Interview& interview, const ScreenOptions& options);

} // namespace medtime::ask
