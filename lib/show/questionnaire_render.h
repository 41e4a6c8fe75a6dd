// Renderers of a questionnaire for people: `show` (text for a terminal or
// Markdown to print) and `template` (a blank answers file with each
// question as a YAML comment).
#pragma once

#include <string>

#include "model/questionnaire.h"
#include "render/style.h"
#include "util/i18n.h"

namespace medtime {

// The questionnaire as readable text (`markdown` false) wrapped to `width`
// columns, or Markdown (which has no width).
std::string render_questionnaire(const Questionnaire& questionnaire, bool markdown, Lang lang,
                                 const Style& style, size_t width = 80);

// A blank answers file for `set` (every questionnaire in it), dated `date`,
// each question preceded by comments saying what it asks and how to answer.
std::string render_template(const QuestionnaireSet& set, const std::string& date, Lang lang);

// A `when:` condition in words for people, questions named by their number
// ("question 14 = « Un assistant médical » ou « Un infirmier »").
std::string describe_condition(const Condition& condition, const Questionnaire& questionnaire,
                               Lang lang);

// How to answer `question` in an answers file, in one line
// ("one of: a | b | c", "a number from 0 to 60 (h/week)").
std::string answer_hint(const Question& question, Lang lang);

// The range of a number question in words, with its unit ("de 0 à 60 h/sem."),
// or just the unit when it has no bounds.
std::string bounds_text(const Question& question, Lang lang);

} // namespace medtime
