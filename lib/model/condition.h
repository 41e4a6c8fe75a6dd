// Conditions on answers, for `when:` of questions and actions.
//
//   expr  := and ("or" and)*         and := unary ("and" unary)*
//   unary := "not" unary | "(" expr ")" | test
//   test  := ref ("==" | "!=" | "<" | "<=" | ">" | ">=") literal
//          | ref "in" "[" literal ("," literal)* "]"
//          | ref "has" literal            (multiple choice)
//          | ref "is" ("answered" | "na")
//   ref   := question | question "." task | question "." task ".hours"
//          | question ".hours" | question ".delegable"   (task tables)
//          | "budget" | "budget." category              (the time budget)
//
// The hours of a task table are the time budget's: `taches.rendez_vous.hours`
// is the doctor's hours on that row's category, `taches.hours` their sum over
// the table's rows, `taches.delegable` that sum weighted by the chosen
// delegation levels' shares. A test on hours is false while the time budget
// is not answered.
//
// A test on a question that is unanswered, `na` or not applicable is false
// (`is na` aside), so `not (q == x)` holds for an unanswered q.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"

namespace medtime {

struct Questionnaire;
struct Answer;
struct Category;
struct TimeBudget;

struct Condition {
  enum class Op { and_, or_, not_, eq, ne, lt, le, gt, ge, in, has, answered, na };
  // What a test reads from its question.
  enum class Field {
    value, task_level, task_hours, total_hours, delegable_hours,
    budget_category, // hours of one category of the time budget (`task` is its index)
    budget_total,    // all hours of the time budget
  };

  Op op = Op::answered;
  std::vector<Condition> children; // and, or, not
  // Tests:
  std::string text;                // the whole condition as written (root only)
  std::string path;                // as written, e.g. "taches.rendez_vous.hours"
  std::vector<std::string> literals;
  SourcePos pos;                   // of the test in the file
  // Resolved by resolve_condition:
  int question = -1; // -1 for a test on the time budget
  int task = -1;     // task row, or category for budget_category
  Field field = Field::value;
  std::vector<int> choices;        // option / level indices of the literals
  double number = 0;               // numeric literal
  // A test of a supporting area's `asked_when` reads another questionnaire:
  // the path's first part names it, `question` and `choices` are its own.
  std::string questionnaire_id;
  int questionnaire = -1;          // index in the set, -1 when not in it

  // Question indices this condition reads.
  void collect_questions(std::vector<int>& out) const;
  // Per test, the index of the questionnaire it reads (an `asked_when`'s
  // tests name one): -1 when it names none or one that is not in the set.
  void collect_questionnaires(std::vector<int>& out) const;
};

// The operator as written in a condition ("==", "has", "and", ...).
std::string_view to_string(Condition::Op op);

// Parses `text`, whose first character is at `pos`. Records errors in `diags`
// and returns nothing on failure.
std::optional<Condition> parse_condition(std::string_view text, SourcePos pos, Diagnostics& diags);

// Ties the paths and literals of `condition` to the questions and options of
// `questionnaire` and to the time budget's `categories`: unknown questions,
// tasks, categories, options or operators that do not fit the question type
// are errors in `diags`. Returns false on error.
bool resolve_condition(Condition& condition, const Questionnaire& questionnaire,
                       const std::vector<Category>& categories, Diagnostics& diags);

// Evaluates `condition` against `answers` (indexed by question) where
// `applicable[i]` says whether question i is shown, and the time budget
// (null: not known, every test on hours is false).
bool evaluate(const Condition& condition, const Questionnaire& questionnaire,
              const std::vector<Answer>& answers, const std::vector<char>& applicable,
              const TimeBudget* budget);

// The answers of one questionnaire of a set, for evaluate_across.
struct AnswersView {
  const Questionnaire* questionnaire = nullptr;
  const std::vector<Answer>* answers = nullptr;
  const std::vector<char>* applicable = nullptr;
};

// Evaluates a condition whose tests read questionnaires of a set (an
// `asked_when`): `views[k]` holds questionnaire k's answers, with null
// `answers` when it is not answered at all; a test on such a questionnaire,
// or on one not in the set, is unknown. Three-valued (unknown or true is
// true, unknown and false is false); returns nothing when the result is
// unknown.
std::optional<bool> evaluate_across(const Condition& condition,
                                    const std::vector<AnswersView>& views,
                                    const TimeBudget* budget);

} // namespace medtime
