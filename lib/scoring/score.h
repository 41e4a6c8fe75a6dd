// Scoring (doc/method.md#scoring): per lever, maturity and readiness from 0 to 100
// (or null under `min_answered`), potential hours, band, triggered actions.
// Computes on the model only; it knows no file or output format.
#pragma once

#include <optional>
#include <vector>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "model/time_budget.h"

namespace medtime {

// not_concerned: a supporting area whose `asked_when` does not hold (a
// single-handed doctor who employs nobody has no team to manage).
enum class LeverStatus { scored, insufficient, not_assessed, not_concerned };

std::string_view to_string(LeverStatus status);

struct DimensionScore {
  std::optional<double> score; // 0-100, or null: not enough answers
  double answered_weight = 0;
  double applicable_weight = 0;
  int answered = 0;   // questions
  int applicable = 0; // questions
};

// One scored question's part in the result (for --explain).
struct ItemScore {
  int question = -1;
  bool applicable = false;
  AnswerState state = AnswerState::missing;
  double value = 0;        // v in [0, 1], when answered and scored
  double weight = 0;
  double contribution = 0; // points of the dimension score: 100 × w·v / Σw
};

// A reduction that holds, with the hours it would free alone (for --explain).
struct HeldReduction {
  int question = -1;
  int option = -1;   // the chosen option that declares it, or -1
  int task = -1;     // the task row whose level declares it, or -1
  int category = -1; // index into the time budget's categories
  double share = 0;
  double hours = 0;  // h_c × share
};

struct LeverScore {
  const Questionnaire* questionnaire = nullptr;
  LeverStatus status = LeverStatus::not_assessed;
  DimensionScore maturity;
  DimensionScore readiness;
  // s(l,c) by category: the share of each category's hours the lever could
  // free, its held reductions combined as 1 − Π (1 − s_k).
  std::vector<double> category_shares;
  double potential_hours = 0; // H(l) = Σ_c h_c × s(l,c); 0 without a time budget
  const Band* band = nullptr;   // null when maturity is null
  std::vector<int> actions;     // indices of triggered actions, in file order
  std::vector<ItemScore> items; // every question, when asked for
  std::vector<HeldReduction> reductions; // when asked for

  // False for the time budget's and the supporting areas' entries.
  bool is_lever() const { return questionnaire == nullptr || questionnaire->is_lever(); }
  bool is_support() const { return questionnaire != nullptr && questionnaire->is_support(); }
  bool is_scored() const { return questionnaire == nullptr || questionnaire->is_scored(); }
  // Answered and concerned: scored, or answered too little.
  bool assessed() const {
    return status == LeverStatus::scored || status == LeverStatus::insufficient;
  }
};

// Per questionnaire in set order (the time budget's entry is not a lever:
// never scored, status not_assessed; supporting areas are scored but not
// ranked).
struct ScoreSet {
  std::vector<LeverScore> levers;
  TimeBudget budget;
  // Per category, h_c × (1 − Π_l (1 − s(l,c))) over the assessed levers, and
  // their sum T: the hours at stake, each hour counted once (≤ Σ_c h_c).
  std::vector<double> category_at_stake;
  double hours_at_stake = 0;
};

// Which questions of `questionnaire` are shown given `answers` and the time
// budget (null: unknown): a question is applicable when its `when:` holds
// (conditions only read earlier questions, so one pass in order suffices).
std::vector<char> applicable_questions(const Questionnaire& questionnaire,
                                       const std::vector<Answer>& answers,
                                       const TimeBudget* budget = nullptr);

// The value v in [0, 1] of a given answer to a scored question. A task
// table's is the chosen levels' shares weighted by the budget's hours of
// each row (their mean when the budget gives the rows no hours).
double answer_value(const Question& question, const Answer& answer,
                    const TimeBudget* budget = nullptr);

// The hours at stake over `levers`, by category: h_c × (1 − Π_l (1 − s(l,c))).
// Their sum is T.
std::vector<double> combined_hours(const TimeBudget& budget,
                                   const std::vector<const LeverScore*>& levers);

struct ScoreOptions {
  bool explain = false; // fill `items`
  bool actions = true;  // fill `actions` (batch has no use for them)
};

// Scores one questionnaire's response, reading the time budget's hours.
LeverScore score_response(const Questionnaire& questionnaire, const Response* response,
                          const TimeBudget& budget, ScoreOptions options = {});

// Whether questionnaire `index` of `set` is asked of `assessment`: its
// `asked_when` holds, or cannot be known yet (a questionnaire it reads is not
// answered), or it has none.
bool is_asked(const QuestionnaireSet& set, size_t index, const Assessment& assessment,
              const TimeBudget& budget);

// Scores every lever and supporting area of `set` for `assessment`.
ScoreSet score_assessment(const QuestionnaireSet& set, const Assessment& assessment,
                          ScoreOptions options = {});

} // namespace medtime
