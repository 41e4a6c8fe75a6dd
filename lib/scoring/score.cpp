#include "scoring/score.h"

#include <algorithm>

namespace medtime {

std::string_view to_string(LeverStatus status) {
  switch (status) {
  case LeverStatus::scored:
    return "scored";
  case LeverStatus::insufficient:
    return "insufficient";
  case LeverStatus::not_assessed:
    return "not_assessed";
  case LeverStatus::not_concerned:
    return "not_concerned";
  }
  return "?";
}

std::vector<char> applicable_questions(const Questionnaire& questionnaire,
                                       const std::vector<Answer>& answers,
                                       const TimeBudget* budget) {
  std::vector<char> applicable(questionnaire.questions.size(), 0);
  for (size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const auto& when = questionnaire.questions[i].when;
    applicable[i] = !when || evaluate(*when, questionnaire, answers, applicable, budget);
  }
  return applicable;
}

double answer_value(const Question& q, const Answer& a, const TimeBudget* budget) {
  switch (q.type) {
  case QuestionType::single:
    return q.options[static_cast<size_t>(a.choice)].value.value_or(0);
  case QuestionType::multiple: {
    double sum = 0;
    for (size_t i = 0; i < q.options.size(); ++i) {
      if ((a.choices >> i) & 1U) {
        sum += q.options[i].value.value_or(0);
      }
    }
    return std::min(1.0, sum);
  }
  case QuestionType::scale: {
    double v = (a.number - q.min) / (q.max - q.min);
    return q.reverse ? 1 - v : v;
  }
  case QuestionType::yesno:
    return a.choice == 1 ? q.yes_value : q.no_value;
  case QuestionType::number:
    for (const auto& band : q.value_bands) {
      if (!band.below || a.number < *band.below) {
        return band.value;
      }
    }
    return 0;
  case QuestionType::tasks: {
    double hours = 0, weighted = 0, shares = 0;
    int counted = 0;
    for (size_t i = 0; i < a.tasks.size() && i < q.tasks.size(); ++i) {
      int level = a.tasks[i].level;
      if (level < 0) {
        continue;
      }
      double share = q.levels[static_cast<size_t>(level)].share;
      double h = budget != nullptr ? budget->at(q.tasks[i].category) : 0;
      hours += h;
      weighted += h * share;
      shares += share;
      ++counted;
    }
    if (hours > 0) {
      return weighted / hours;
    }
    return counted > 0 ? shares / counted : 0;
  }
  case QuestionType::text:
  case QuestionType::budget:
    return 0;
  }
  return 0;
}

std::vector<double> combined_hours(const TimeBudget& budget,
                                   const std::vector<const LeverScore*>& levers) {
  std::vector<double> at_stake(budget.hours.size(), 0);
  for (size_t c = 0; c < budget.hours.size(); ++c) {
    double kept = 1;
    for (const LeverScore* lever : levers) {
      if (c < lever->category_shares.size()) {
        kept *= 1 - lever->category_shares[c];
      }
    }
    at_stake[c] = budget.hours[c] * (1 - kept);
  }
  return at_stake;
}

namespace {

// A task table counts as answered when at least one task has a level: a
// row without one says nothing of what the doctor would delegate, and
// counting it would score the table 0 instead of leaving it unanswered.
bool effectively_given(const Question& q, const Answer& a) {
  if (!a.given()) {
    return false;
  }
  if (q.type != QuestionType::tasks) {
    return true;
  }
  return std::any_of(
    a.tasks.begin(), a.tasks.end(), [](const TaskAnswer& t) { return t.level >= 0; });
}

void finish_dimension(DimensionScore& d, double sum, double min_answered) {
  if (d.applicable_weight <= 0 || d.answered_weight <= 0 ||
      d.answered_weight < min_answered * d.applicable_weight - 1e-9) {
    d.score.reset();
    return;
  }
  d.score = 100 * sum / d.answered_weight;
}

// Combines the reductions that hold into `kept` (Π (1 − s_k) per category)
// and records them for --explain.
class Reductions {
public:
  Reductions(const TimeBudget& budget, size_t categories, bool explain)
      : m_budget(budget), m_kept(categories, 1.0), m_explain(explain) {}

  void hold(const Reduction& r, int question, int option, int task) {
    hold(r.index, r.share, question, option, task);
  }

  void hold(int category, double share, int question, int option, int task) {
    if (category < 0 || static_cast<size_t>(category) >= m_kept.size() || share <= 0) {
      return;
    }
    m_kept[static_cast<size_t>(category)] *= 1 - share;
    if (m_explain) {
      held.push_back({question, option, task, category, share, m_budget.at(category) * share});
    }
  }

  // s(l,c) by category, and H(l).
  double finish(std::vector<double>& shares) const {
    shares.resize(m_kept.size());
    double hours = 0;
    for (size_t c = 0; c < m_kept.size(); ++c) {
      shares[c] = 1 - m_kept[c];
      hours += m_budget.at(static_cast<int>(c)) * shares[c];
    }
    return hours;
  }

  std::vector<HeldReduction> held;

private:
  const TimeBudget& m_budget;
  std::vector<double> m_kept;
  bool m_explain;
};

// The reductions of an answered, applicable question that hold.
void hold_reductions(const Questionnaire& questionnaire, int index, const Answer& a,
                     const std::vector<Answer>& answers, const std::vector<char>& applicable,
                     const TimeBudget& budget, Reductions& out) {
  const Question& q = questionnaire.questions[static_cast<size_t>(index)];
  for (const auto& r : q.reductions) {
    if (!r.when || evaluate(*r.when, questionnaire, answers, applicable, &budget)) {
      out.hold(r, index, -1, -1);
    }
  }
  switch (q.type) {
  case QuestionType::single:
    for (const auto& r : q.options[static_cast<size_t>(a.choice)].reductions) {
      out.hold(r, index, a.choice, -1);
    }
    break;
  case QuestionType::multiple:
    for (size_t i = 0; i < q.options.size(); ++i) {
      if ((a.choices >> i) & 1U) {
        for (const auto& r : q.options[i].reductions) {
          out.hold(r, index, static_cast<int>(i), -1);
        }
      }
    }
    break;
  case QuestionType::tasks:
    for (size_t i = 0; i < a.tasks.size() && i < q.tasks.size(); ++i) {
      if (a.tasks[i].level >= 0) {
        out.hold(q.tasks[i].category, q.levels[static_cast<size_t>(a.tasks[i].level)].frees, index,
                 -1, static_cast<int>(i));
      }
    }
    break;
  default:
    break;
  }
}

// Indices of the actions whose `when:` holds, in file order, less those
// that another triggered action replaces (`instead_of`).
std::vector<int> triggered_actions(const Questionnaire& questionnaire,
                                   const std::vector<Answer>& answers,
                                   const std::vector<char>& applicable, const TimeBudget& budget) {
  std::vector<int> triggered;
  for (size_t i = 0; i < questionnaire.actions.size(); ++i) {
    const auto& when = questionnaire.actions[i].when;
    if (!when || evaluate(*when, questionnaire, answers, applicable, &budget)) {
      triggered.push_back(static_cast<int>(i));
    }
  }
  auto replaced = [&](int index) {
    const std::string& id = questionnaire.actions[static_cast<size_t>(index)].id;
    return std::any_of(triggered.begin(), triggered.end(), [&](int other) {
      const auto& by = questionnaire.actions[static_cast<size_t>(other)].instead_of;
      return std::find(by.begin(), by.end(), id) != by.end();
    });
  };
  std::vector<int> kept;
  for (int index : triggered) {
    if (!replaced(index)) {
      kept.push_back(index);
    }
  }
  return kept;
}

} // namespace

LeverScore score_response(const Questionnaire& questionnaire, const Response* response,
                          const TimeBudget& budget, ScoreOptions options) {
  bool explain = options.explain;
  LeverScore result;
  result.questionnaire = &questionnaire;
  if (response == nullptr || questionnaire.is_budget()) {
    return result;
  }
  const auto& answers = response->answers;
  std::vector<char> applicable = applicable_questions(questionnaire, answers, &budget);
  Reductions reductions(budget, budget.hours.size(), explain);
  double maturity_sum = 0, readiness_sum = 0;
  if (explain) {
    result.items.resize(questionnaire.questions.size());
  }
  for (size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const Question& q = questionnaire.questions[i];
    const Answer& a = answers[i];
    bool shown = applicable[i] && a.state != AnswerState::na;
    bool given = shown && effectively_given(q, a);
    double value = given && q.scored() ? answer_value(q, a, &budget) : 0;
    if (given) {
      hold_reductions(questionnaire, static_cast<int>(i), a, answers, applicable, budget,
                      reductions);
    }
    if (q.scored() && shown) {
      DimensionScore& d = q.dimension == Dimension::maturity ? result.maturity : result.readiness;
      double& sum = q.dimension == Dimension::maturity ? maturity_sum : readiness_sum;
      d.applicable_weight += q.weight;
      ++d.applicable;
      if (given) {
        d.answered_weight += q.weight;
        ++d.answered;
        sum += q.weight * value;
      }
    }
    if (explain) {
      ItemScore& item = result.items[i];
      item.question = static_cast<int>(i);
      item.applicable = applicable[i];
      item.state = a.state;
      item.value = value;
      item.weight = q.scored() ? q.weight : 0;
    }
  }
  result.potential_hours = reductions.finish(result.category_shares);
  if (explain) {
    result.reductions = std::move(reductions.held);
  }
  finish_dimension(result.maturity, maturity_sum, questionnaire.min_answered);
  finish_dimension(result.readiness, readiness_sum, questionnaire.min_answered);
  if (explain) {
    for (auto& item : result.items) {
      const Question& q = questionnaire.questions[static_cast<size_t>(item.question)];
      const DimensionScore& d = q.dimension == Dimension::maturity ? result.maturity : result.readiness;
      bool counted = q.scored() && item.applicable && effectively_given(q, answers[static_cast<size_t>(item.question)]);
      if (counted && d.answered_weight > 0) {
        item.contribution = 100 * item.weight * item.value / d.answered_weight;
      }
    }
  }
  if (result.maturity.score) {
    result.status = LeverStatus::scored;
    result.band = questionnaire.band_for(*result.maturity.score);
  } else {
    result.status = LeverStatus::insufficient;
  }
  if (options.actions) {
    result.actions = triggered_actions(questionnaire, answers, applicable, budget);
  }
  return result;
}

namespace {

// The answers of the questionnaires of one assessment, for evaluate_across,
// each questionnaire's applicability computed once, when a test first reads
// it (a batch evaluates the supporting areas' asked_when on every row).
class AnswersViews {
public:
  AnswersViews(const QuestionnaireSet& set, const Assessment& assessment, const TimeBudget& budget)
      : m_set(set), m_assessment(assessment), m_budget(budget), m_views(set.size()),
        m_applicable(set.size()), m_ready(set.size(), 0) {}

  // Holds the views of every questionnaire `when` reads.
  const std::vector<AnswersView>& for_condition(const Condition& when) {
    std::vector<int> named;
    when.collect_questionnaires(named);
    for (int k : named) {
      auto i = static_cast<size_t>(k);
      if (k < 0 || i >= m_views.size() || m_ready[i]) {
        continue;
      }
      m_ready[i] = 1;
      if (const Response* response = m_assessment.response(i)) {
        m_applicable[i] = applicable_questions(m_set.items()[i], response->answers, &m_budget);
        m_views[i] = {&m_set.items()[i], &response->answers, &m_applicable[i]};
      }
    }
    return m_views;
  }

private:
  const QuestionnaireSet& m_set;
  const Assessment& m_assessment;
  const TimeBudget& m_budget;
  std::vector<AnswersView> m_views;
  std::vector<std::vector<char>> m_applicable;
  std::vector<char> m_ready;
};

bool asked(const Questionnaire& q, AnswersViews& views, const TimeBudget& budget) {
  return !q.asked_when ||
         evaluate_across(*q.asked_when, views.for_condition(*q.asked_when), &budget).value_or(true);
}

} // namespace

bool is_asked(const QuestionnaireSet& set, size_t index, const Assessment& assessment,
              const TimeBudget& budget) {
  AnswersViews views(set, assessment, budget);
  return asked(set.items()[index], views, budget);
}

ScoreSet score_assessment(const QuestionnaireSet& set, const Assessment& assessment,
                          ScoreOptions options) {
  ScoreSet scores;
  scores.budget = time_budget(set, assessment);
  scores.levers.reserve(set.size());
  AnswersViews views(set, assessment, scores.budget);
  std::vector<const LeverScore*> assessed;
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& q = set.items()[i];
    if (!asked(q, views, scores.budget)) {
      LeverScore score;
      score.questionnaire = &q;
      score.status = LeverStatus::not_concerned;
      scores.levers.push_back(std::move(score));
      continue;
    }
    LeverScore score = score_response(q, assessment.response(i), scores.budget, options);
    // A supporting area answered with no scored question left to ask (its
    // opening question says there is no team, no secretariat, no role) is
    // not a concern of this doctor.
    if (q.is_support() && score.status == LeverStatus::insufficient &&
        score.maturity.applicable == 0 && score.readiness.applicable == 0) {
      score.status = LeverStatus::not_concerned;
      score.actions.clear();
    }
    scores.levers.push_back(std::move(score));
  }
  for (const auto& lever : scores.levers) {
    if (lever.is_lever() && lever.status != LeverStatus::not_assessed) {
      assessed.push_back(&lever);
    }
  }
  scores.category_at_stake = combined_hours(scores.budget, assessed);
  for (double hours : scores.category_at_stake) {
    scores.hours_at_stake += hours;
  }
  return scores;
}

} // namespace medtime
