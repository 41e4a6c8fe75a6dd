#include "review/review.h"

#include "review/dates.h"

#include <algorithm>
#include <cmath>

namespace medtime {

std::string_view to_string(Trend trend) {
  switch (trend) {
    case Trend::improved:
      return "improved";
    case Trend::stable:
      return "stable";
    case Trend::regressed:
      return "regressed";
    case Trend::changed:
      return "changed";
    case Trend::unknown:
      return "unknown";
  }
  return "?";
}

std::string_view to_string(Better better) {
  switch (better) {
    case Better::lower:
      return "lower";
    case Better::higher:
      return "higher";
    case Better::unknown:
      return "unknown";
  }
  return "?";
}

std::string IndicatorReview::id() const {
  std::string id = questionnaire->id + "." + question->id;
  return row < 0 ? id : id + "." + question->tasks[static_cast<size_t>(row)].id;
}

std::string IndicatorReview::unit(Lang lang) const {
  return row < 0 ? question->unit.get(lang) : std::string(tr(lang, "h/semaine", "h/week"));
}

std::string IndicatorReview::label(Lang lang) const {
  return row < 0 ? question->text.get(lang) : question->tasks[static_cast<size_t>(row)].label.get(lang);
}

std::vector<const LeverReview*> Review::regressed() const {
  std::vector<const LeverReview*> out;
  for (const auto& lever : levers) {
    // The last period ends at the latest assessment: a lever that it does
    // not answer did not regress over it, whatever happened before.
    bool latest = lever.change.current && *lever.change.current + 1 == assessments.size();
    if (latest && lever.change.trend == Trend::regressed) {
      out.push_back(&lever);
    }
  }
  return out;
}

Better indicator_direction(const Question& question) {
  const auto& bands = question.value_bands;
  if (bands.size() >= 2 && bands.front().value != bands.back().value) {
    return bands.front().value > bands.back().value ? Better::lower : Better::higher;
  }
  return question.better < 0   ? Better::lower
         : question.better > 0 ? Better::higher
                               : Better::unknown;
}

Trend classify(double delta, double earlier, double threshold, bool relative, Better better) {
  // A change of exactly the threshold counts; the epsilon absorbs rounding
  // in scores such as 100 × 2/3.
  double limit = relative ? std::abs(earlier) * threshold / 100 : threshold;
  bool moved = relative && earlier == 0 ? std::abs(delta) > 1e-9 : std::abs(delta) >= limit - 1e-9;
  if (!moved) {
    return Trend::stable;
  }
  if (better == Better::unknown) {
    return Trend::changed;
  }
  return (delta > 0) == (better == Better::higher) ? Trend::improved : Trend::regressed;
}

namespace {

Change measure(const std::vector<std::optional<double>>& values,
               double threshold,
               bool relative,
               Better better) {
  Change c;
  for (size_t i = 0; i < values.size(); ++i) {
    if (!values[i]) {
      continue;
    }
    if (!c.first) {
      c.first = i;
    }
    c.previous = c.current;
    c.current = i;
  }
  if (!c.previous) {
    return c; // one measured point at most: no change to speak of
  }
  double first = *values[*c.first];
  double previous = *values[*c.previous];
  double current = *values[*c.current];
  c.since_first = current - first;
  c.since_previous = current - previous;
  c.trend = classify(*c.since_previous, previous, threshold, relative, better);
  c.overall = classify(*c.since_first, first, threshold, relative, better);
  return c;
}

std::vector<BandChange> band_changes(const std::vector<LeverScore>& scores) {
  std::vector<BandChange> out;
  std::optional<size_t> last;
  for (size_t i = 0; i < scores.size(); ++i) {
    if (scores[i].band == nullptr) {
      continue;
    }
    if (last && scores[*last].band->id != scores[i].band->id) {
      BandChange change;
      change.from_at = *last;
      change.to_at = i;
      change.from = scores[*last].band;
      change.to = scores[i].band;
      change.up = change.to->from > change.from->from;
      out.push_back(change);
    }
    last = i;
  }
  return out;
}

bool has_action(const LeverScore& score, int action) {
  return std::find(score.actions.begin(), score.actions.end(), action) != score.actions.end();
}

ActionDiff diff_actions(const std::vector<LeverScore>& scores, size_t from, size_t to) {
  ActionDiff diff;
  diff.from_at = from;
  diff.to_at = to;
  for (int action : scores[from].actions) {
    (has_action(scores[to], action) ? diff.open : diff.done).push_back(action);
  }
  for (int action : scores[to].actions) {
    if (!has_action(scores[from], action)) {
      diff.added.push_back(action);
    }
  }
  return diff;
}

// Actions are compared between assessments where the lever was assessed.
void compare_actions(LeverReview& lever) {
  std::vector<size_t> assessed;
  for (size_t i = 0; i < lever.scores.size(); ++i) {
    if (lever.scores[i].assessed()) {
      assessed.push_back(i);
    }
  }
  if (assessed.size() < 2) {
    return;
  }
  size_t last = assessed.back();
  lever.since_previous = diff_actions(lever.scores, assessed[assessed.size() - 2], last);
  lever.since_first = diff_actions(lever.scores, assessed.front(), last);
}

void rank_levers(Review& review) {
  size_t n = review.assessments.size();
  auto scores_at = [&](size_t at) {
    ScoreSet set;
    for (const auto& lever : review.levers) {
      set.levers.push_back(lever.scores[at]);
    }
    return set;
  };
  review.ranking = prioritize(scores_at(n - 1), review.options.profile);
  for (const auto& p : review.ranking) {
    review.levers[p.lever].rank = p.rank;
    review.levers[p.lever].priority = p.priority;
  }
  if (n >= 2) {
    for (const auto& p : prioritize(scores_at(n - 2), review.options.profile)) {
      review.levers[p.lever].previous_rank = p.rank;
    }
  }
}

LeverReview review_lever(const Questionnaire& q,
                         size_t index,
                         const ReviewInputs& inputs,
                         const std::vector<TimeBudget>& budgets,
                         const ReviewOptions& options) {
  LeverReview lever;
  lever.questionnaire = &q;
  for (size_t i = 0; i < inputs.assessments.size(); ++i) {
    lever.scores.push_back(score_response(q, inputs.assessments[i].response(index), budgets[i]));
    lever.maturity.push_back(lever.scores.back().maturity.score);
  }
  lever.change = measure(lever.maturity, options.threshold, false, Better::higher);
  lever.band_changes = band_changes(lever.scores);
  compare_actions(lever);
  return lever;
}

std::optional<double> indicator_value(const Questionnaire& q,
                                      size_t question,
                                      const Response* response) {
  if (response == nullptr) {
    return std::nullopt;
  }
  const Answer& answer = response->answers[question];
  if (!answer.given() || !applicable_questions(q, response->answers)[question]) {
    return std::nullopt;
  }
  return answer.number;
}

// Each row of the time budget: the doctor's hours in that category, which
// should go down.
void review_budget_rows(const Questionnaire& q, size_t qi, size_t i, const ReviewInputs& inputs,
                        Review& review) {
  const Question& question = q.questions[i];
  for (size_t row = 0; row < question.tasks.size(); ++row) {
    IndicatorReview indicator;
    indicator.questionnaire = &q;
    indicator.question = &question;
    indicator.row = static_cast<int>(row);
    indicator.better = Better::lower;
    bool any = false;
    for (const auto& a : inputs.assessments) {
      const Response* response = a.response(qi);
      std::optional<double> value;
      if (response != nullptr && response->answers[i].given() &&
          row < response->answers[i].tasks.size()) {
        value = response->answers[i].tasks[row].hours;
      }
      any = any || value.has_value();
      indicator.values.push_back(value);
    }
    if (!any) {
      continue; // a category never answered: no series to show
    }
    indicator.change =
      measure(indicator.values, review.options.indicator_threshold, true, indicator.better);
    review.indicators.push_back(std::move(indicator));
  }
}

void review_indicators(const QuestionnaireSet& set, const ReviewInputs& inputs, Review& review) {
  for (size_t qi = 0; qi < set.size(); ++qi) {
    const Questionnaire& q = set.items()[qi];
    for (size_t i = 0; i < q.questions.size(); ++i) {
      const Question& question = q.questions[i];
      if (question.type == QuestionType::budget) {
        review_budget_rows(q, qi, i, inputs, review);
        continue;
      }
      if (question.type != QuestionType::number || !question.indicator) {
        continue;
      }
      IndicatorReview indicator;
      indicator.questionnaire = &q;
      indicator.question = &question;
      indicator.better = indicator_direction(question);
      for (const auto& a : inputs.assessments) {
        indicator.values.push_back(indicator_value(q, i, a.response(qi)));
      }
      indicator.change =
        measure(indicator.values, review.options.indicator_threshold, true, indicator.better);
      review.indicators.push_back(std::move(indicator));
    }
  }
}

void review_objectives(const Objectives& objectives, Review& review) {
  review.objectives_file = objectives.file;
  for (const auto& objective : objectives.items) {
    if (objective.kind == Objective::Kind::maturity) {
      for (const auto& lever : review.levers) {
        if (lever.questionnaire->scored_id() == objective.lever) {
          review.objectives.push_back(
            evaluate_objective(objective, review.assessments, lever.maturity, Better::higher));
        }
      }
      continue;
    }
    for (const auto& indicator : review.indicators) {
      if (indicator.id() == objective.target_id()) {
        review.objectives.push_back(
          evaluate_objective(objective, review.assessments, indicator.values, indicator.better));
      }
    }
  }
}

} // namespace

Review compute_review(const QuestionnaireSet& set,
                      const ReviewInputs& inputs,
                      const ReviewOptions& options,
                      const Objectives* objectives) {
  Review review;
  review.options = options;
  review.not_comparable = inputs.not_comparable;
  review.warnings = inputs.warnings;
  for (const auto& a : inputs.assessments) {
    ReviewAssessment ra;
    ra.source = a.source;
    ra.date = a.date;
    ra.day = days_from_iso(a.date).value_or(0);
    ra.respondent = a.respondent;
    ra.respondent_id = a.respondent_id();
    review.assessments.push_back(std::move(ra));
  }
  std::vector<TimeBudget> budgets;
  for (const auto& a : inputs.assessments) {
    budgets.push_back(time_budget(set, a));
  }
  for (size_t i = 0; i < set.size(); ++i) {
    if (set.items()[i].is_scored()) {
      review.levers.push_back(review_lever(set.items()[i], i, inputs, budgets, options));
    }
  }
  if (!review.assessments.empty()) {
    rank_levers(review);
  }
  review_indicators(set, inputs, review);
  if (objectives != nullptr) {
    review_objectives(*objectives, review);
  }
  return review;
}

} // namespace medtime
