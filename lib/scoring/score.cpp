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
  }
  return "?";
}

std::vector<char> applicable_questions(const Questionnaire& questionnaire,
                                       const std::vector<Answer>& answers) {
  std::vector<char> applicable(questionnaire.questions.size(), 0);
  for (size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const auto& when = questionnaire.questions[i].when;
    applicable[i] = !when || evaluate(*when, questionnaire, answers, applicable);
  }
  return applicable;
}

double answer_value(const Question& q, const Answer& a) {
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
    for (const auto& t : a.tasks) {
      if (t.level < 0) {
        continue;
      }
      double share = q.levels[static_cast<size_t>(t.level)].share;
      hours += t.hours.value_or(0);
      weighted += t.hours.value_or(0) * share;
      shares += share;
      ++counted;
    }
    if (hours > 0) {
      return weighted / hours;
    }
    return counted > 0 ? shares / counted : 0;
  }
  case QuestionType::text:
    return 0;
  }
  return 0;
}

double answer_hours(const Question& q, const Answer& a) {
  switch (q.type) {
  case QuestionType::single:
    return q.options[static_cast<size_t>(a.choice)].hours;
  case QuestionType::multiple: {
    double sum = 0;
    for (size_t i = 0; i < q.options.size(); ++i) {
      if ((a.choices >> i) & 1U) {
        sum += q.options[i].hours;
      }
    }
    return sum;
  }
  case QuestionType::number:
    return a.number * q.potential_share;
  case QuestionType::tasks: {
    double sum = 0;
    for (const auto& t : a.tasks) {
      if (t.level >= 0) {
        sum += t.hours.value_or(0) * q.levels[static_cast<size_t>(t.level)].share;
      }
    }
    return sum;
  }
  default:
    return 0;
  }
}

namespace {

// A task table counts as answered when at least one task has a level: hours
// alone say nothing of what the doctor would delegate, and counting them
// would score the table 0 instead of leaving it unanswered.
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

// Indices of the actions whose `when:` holds, in file order, less those
// that another triggered action replaces (`instead_of`).
std::vector<int> triggered_actions(const Questionnaire& questionnaire,
                                   const std::vector<Answer>& answers,
                                   const std::vector<char>& applicable) {
  std::vector<int> triggered;
  for (size_t i = 0; i < questionnaire.actions.size(); ++i) {
    const auto& when = questionnaire.actions[i].when;
    if (!when || evaluate(*when, questionnaire, answers, applicable)) {
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
                          ScoreOptions options) {
  bool explain = options.explain;
  LeverScore result;
  result.questionnaire = &questionnaire;
  if (response == nullptr) {
    return result;
  }
  const auto& answers = response->answers;
  std::vector<char> applicable = applicable_questions(questionnaire, answers);
  double maturity_sum = 0, readiness_sum = 0;
  if (explain) {
    result.items.resize(questionnaire.questions.size());
  }
  for (size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const Question& q = questionnaire.questions[i];
    const Answer& a = answers[i];
    bool shown = applicable[i] && a.state != AnswerState::na;
    bool given = shown && effectively_given(q, a);
    double value = given && q.scored() ? answer_value(q, a) : 0;
    double hours = given ? answer_hours(q, a) : 0;
    result.potential_hours += hours;
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
      item.hours = hours;
    }
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
    result.actions = triggered_actions(questionnaire, answers, applicable);
  }
  return result;
}

ScoreSet score_assessment(const QuestionnaireSet& set, const Assessment& assessment,
                          ScoreOptions options) {
  ScoreSet scores;
  scores.levers.reserve(set.size());
  for (size_t i = 0; i < set.size(); ++i) {
    scores.levers.push_back(score_response(set.items()[i], assessment.response(i), options));
  }
  return scores;
}

} // namespace medtime
