// The time budget: the doctor's own hours per week in each task category,
// answered once in the budget questionnaire (`temps`) and read by every
// lever's reductions, conditions and action gains (doc/method.md#the-time-budget).
#pragma once

#include <vector>

#include "model/answers.h"
#include "model/questionnaire.h"

namespace medtime {

struct TimeBudget {
  std::vector<double> hours; // by category index; 0 for a blank row
  bool answered = false;     // at least one row given

  double total() const;
  // Hours of category `index`, 0 when out of range.
  double at(int index) const {
    return index >= 0 && static_cast<size_t>(index) < hours.size() ? hours[static_cast<size_t>(index)]
                                                                   : 0;
  }
};

// An action's gain in hours per week for this doctor: its fixed range plus
// Σ_c h_c × [low_c, high_c] over its category shares.
struct GainRange {
  double low = 0;
  double high = 0;
  double mid() const { return (low + high) / 2; }
};

// `caps`, when given, are the lever's shares s(l,c) by category: an action
// frees no more of a category than its lever's answers say can be freed, so
// that the plan never announces more hours than are at stake.
GainRange action_gain(const Action& action, const TimeBudget& budget,
                      const std::vector<double>* caps = nullptr);

// `share` of category `index`, capped by `caps` when given.
double capped_share(double share, int index, const std::vector<double>* caps);

// The index of the budget table in `questionnaire` (its first question of
// type budget), or -1.
int budget_question(const Questionnaire& questionnaire);

// The time budget of `assessment`: empty (not answered) when the set has no
// budget questionnaire or the file does not answer its table.
TimeBudget time_budget(const QuestionnaireSet& set, const Assessment& assessment);

} // namespace medtime
