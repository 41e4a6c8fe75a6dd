// Scoring (doc/method.md#scoring): per lever, maturity and readiness from 0 to 100
// (or null under `min_answered`), potential hours, band, triggered actions.
// Computes on the model only; it knows no file or output format.
#pragma once

#include <optional>
#include <vector>

#include "model/answers.h"
#include "model/questionnaire.h"

namespace medtime {

enum class LeverStatus { scored, insufficient, not_assessed };

std::string_view to_string(LeverStatus status);

struct DimensionScore {
  std::optional<double> score; // 0-100, or null: not enough answers
  double answered_weight = 0;
  double applicable_weight = 0;
  int answered = 0;   // questions
  int applicable = 0; // questions
};

// One scored or hour-bearing question's part in the result (for --explain).
struct ItemScore {
  int question = -1;
  bool applicable = false;
  AnswerState state = AnswerState::missing;
  double value = 0;        // v in [0, 1], when answered and scored
  double weight = 0;
  double contribution = 0; // points of the dimension score: 100 × w·v / Σw
  double hours = 0;        // potential hours per week from this question
};

struct LeverScore {
  const Questionnaire* questionnaire = nullptr;
  LeverStatus status = LeverStatus::not_assessed;
  DimensionScore maturity;
  DimensionScore readiness;
  double potential_hours = 0;
  const Band* band = nullptr;   // null when maturity is null
  std::vector<int> actions;     // indices of triggered actions, in file order
  std::vector<ItemScore> items; // every question, when asked for
};

// Per lever in set order.
struct ScoreSet {
  std::vector<LeverScore> levers;
};

// Which questions of `questionnaire` are shown given `answers`: a question is
// applicable when its `when:` holds (conditions only read earlier questions,
// so one pass in order suffices).
std::vector<char> applicable_questions(const Questionnaire& questionnaire,
                                       const std::vector<Answer>& answers);

// The value v in [0, 1] of a given answer to a scored question.
double answer_value(const Question& question, const Answer& answer);

// Potential hours per week of a given answer.
double answer_hours(const Question& question, const Answer& answer);

struct ScoreOptions {
  bool explain = false; // fill `items`
  bool actions = true;  // fill `actions` (batch has no use for them)
};

// Scores one questionnaire's response.
LeverScore score_response(const Questionnaire& questionnaire, const Response* response,
                          ScoreOptions options = {});

// Scores every lever of `set` for `assessment`.
ScoreSet score_assessment(const QuestionnaireSet& set, const Assessment& assessment,
                          ScoreOptions options = {});

} // namespace medtime
