#include "model/time_budget.h"

#include <algorithm>

namespace medtime {

double TimeBudget::total() const {
  double sum = 0;
  for (double h : hours) {
    sum += h;
  }
  return sum;
}

double capped_share(double share, int index, const std::vector<double>* caps) {
  if (caps == nullptr || index < 0 || static_cast<size_t>(index) >= caps->size()) {
    return share;
  }
  return std::min(share, (*caps)[static_cast<size_t>(index)]);
}

GainRange action_gain(const Action& action, const TimeBudget& budget,
                      const std::vector<double>* caps) {
  GainRange gain{action.gain_min, action.gain_max};
  for (const auto& share : action.gain_shares) {
    double hours = budget.at(share.index);
    gain.low += hours * capped_share(share.low, share.index, caps);
    gain.high += hours * capped_share(share.high, share.index, caps);
  }
  return gain;
}

int budget_question(const Questionnaire& questionnaire) {
  for (size_t i = 0; i < questionnaire.questions.size(); ++i) {
    if (questionnaire.questions[i].type == QuestionType::budget) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

TimeBudget time_budget(const QuestionnaireSet& set, const Assessment& assessment) {
  TimeBudget budget;
  int index = set.budget();
  if (index < 0) {
    return budget;
  }
  const Questionnaire& q = set.items()[static_cast<size_t>(index)];
  budget.hours.assign(q.categories.size(), 0);
  const Response* response = assessment.response(static_cast<size_t>(index));
  int question = budget_question(q);
  if (response == nullptr || question < 0 ||
      static_cast<size_t>(question) >= response->answers.size()) {
    return budget;
  }
  const Answer& answer = response->answers[static_cast<size_t>(question)];
  if (!answer.given()) {
    return budget;
  }
  const Question& table = q.questions[static_cast<size_t>(question)];
  for (size_t row = 0; row < answer.tasks.size() && row < table.tasks.size(); ++row) {
    const auto& hours = answer.tasks[row].hours;
    int category = table.tasks[row].category;
    if (hours && category >= 0) {
      budget.hours[static_cast<size_t>(category)] = *hours;
      budget.answered = true;
    }
  }
  return budget;
}

} // namespace medtime
