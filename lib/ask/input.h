// What the respondent types at a step of the interview: a key (Enter, `<`,
// `s`, `q`, `?`, `-`) or an answer in the syntax of the step's question. An
// answer that does not fit is never taken: the reply says what was wrong and
// what to type instead.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ask/interview.h"
#include "model/answers.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

namespace medtime::ask {

struct Reply {
  enum class Kind {
    answer,  // `answer` holds the value (see Interview::set_answer)
    keep,    // Enter on a step that has an answer
    back,    // <
    skip,    // s
    quit,    // q
    help,    // ?
    clear,   // -  (removes the current answer)
    menu,    // m  (the sections and their state)
    jump,    // g N or g ID: `target` is the step to go to
    invalid, // `error` says why, in the respondent's language
  };
  Kind kind = Kind::invalid;
  Answer answer;
  size_t target = 0;
  std::string error;
};

// Reads `line` typed at the current step of `interview` (not at its end).
// Keys come first; then the answer syntax of the step: option numbers (or
// ids), numbers separated by spaces or commas for multiple choice, o/n/oui/
// non/y/yes/no, numbers with a decimal comma or point, `na` for "not
// applicable" (on a task table: the whole table), dates as YYYY-MM-DD or
// DD/MM/YYYY. Enter keeps the current answer, else takes last time's
// (`--from`), accepts today's date, or leaves free text empty. `g` then a
// step number or a question id jumps there (on a free-text step, `g` and
// words that name no question are text).
Reply parse_reply(std::string_view line, const Interview& interview, Lang lang);

// The answer syntax alone, for one question (not a task table).
Reply parse_answer(std::string_view text, const Question& question, Lang lang);
// Hours per week of one row of `question` (the time budget's table), or na
// for the whole table.
Reply parse_task_hours(std::string_view text, const Question& question, Lang lang);
// The delegation level of one row of a lever's task table: its number or id
// (parse_reply takes na on the first row, for the whole table).
Reply parse_task_level(std::string_view text, const Question& question, Lang lang);
// `g 41`, `g41` or `g id`: the step to jump to, or `invalid` saying why;
// nothing when `text` is not a jump.
std::optional<Reply> parse_jump(std::string_view text, const Interview& interview, Lang lang);

// A date as YYYY-MM-DD or DD/MM/YYYY, answered as YYYY-MM-DD in `text`.
Reply parse_date(std::string_view text, Lang lang);

// `text` without spaces, tabs and a carriage return around it.
std::string_view trim(std::string_view text);

} // namespace medtime::ask
