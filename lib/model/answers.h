// The answers model: one self-assessment (a respondent, a date, answers to
// one or more questionnaires), resolved against a questionnaire set so that
// each answer is typed and indexed by question. Built by
// load/answers_loader.h from YAML, and by batch from CSV rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "util/diagnostics.h"

namespace medtime {

struct Questionnaire;
class QuestionnaireSet;

enum class AnswerState : unsigned char { missing, na, given };

struct TaskAnswer {
  std::optional<double> hours;
  int level = -1; // index into Question::levels, -1 when not given
};

struct Answer {
  AnswerState state = AnswerState::missing;
  double number = 0;            // number, scale
  int choice = -1;              // single: option index; yesno: 1 yes, 0 no
  std::uint64_t choices = 0;    // multiple: bit i set when option i is chosen
  std::string text;             // free text
  std::vector<TaskAnswer> tasks; // tasks: one per Question::tasks
  SourcePos pos;

  bool given() const { return state == AnswerState::given; }
};

// The answers to one questionnaire.
struct Response {
  const Questionnaire* questionnaire = nullptr;
  int version = 0;
  SourcePos pos;
  std::vector<Answer> answers; // by question index
};

struct Assessment {
  std::string source; // file path, or "file.csv:12" for a CSV row
  std::vector<std::pair<std::string, std::string>> respondent; // free keys, in file order
  std::string date;   // YYYY-MM-DD, or empty
  SourcePos date_pos;
  // One per questionnaire of the set, in set order; `questionnaire` is null
  // when the file does not answer it.
  std::vector<Response> responses;

  // The respondent's `id`, or empty.
  std::string respondent_id() const;
  const Response* response(size_t index) const;
};

// True for a valid calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view text);

// The date `months` after the YYYY-MM-DD date `iso` (the day kept, or the
// month's last day: 2026-11-30 + 3 months is 2027-02-28); empty when `iso`
// is not a valid date.
std::string add_months(std::string_view iso, int months);

} // namespace medtime
