#include "batch/batch_row.h"

namespace medtime {

std::string BatchRow::first_error() const {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::error) {
      return d.format();
    }
  }
  return {};
}

BatchRow make_row(const QuestionnaireSet& set, const Assessment& assessment,
                  const Diagnostics& diags, const Profile& profile) {
  BatchRow row;
  row.source = assessment.source;
  row.respondent = assessment.respondent_id();
  row.date = assessment.date;
  row.diagnostics = diags.items();
  row.levers.resize(set.size());
  if (diags.has_errors()) {
    row.ok = false;
    return row;
  }
  ScoreSet scores = score_assessment(set, assessment, {.actions = false});
  std::vector<LeverPriority> priorities = prioritize(scores, profile);
  if (scores.budget.answered) {
    row.hours_at_stake = scores.hours_at_stake;
  }
  for (size_t i = 0; i < scores.levers.size(); ++i) {
    const LeverScore& score = scores.levers[i];
    RowLever& lever = row.levers[i];
    lever.status = score.status;
    if (score.status == LeverStatus::not_assessed || !score.is_lever()) {
      continue;
    }
    lever.maturity = score.maturity.score;
    lever.readiness = score.readiness.score;
    if (scores.budget.answered) {
      lever.potential_hours = score.potential_hours; // none without the hours
    }
    if (score.band != nullptr) {
      lever.band = static_cast<int>(score.band - score.questionnaire->bands.data());
    }
  }
  for (const auto& p : priorities) {
    row.levers[p.lever].priority = p.priority;
    row.levers[p.lever].rank = p.rank;
  }
  return row;
}

BatchRow error_row(const QuestionnaireSet& set, std::string source, Diagnostic diagnostic) {
  BatchRow row;
  row.source = std::move(source);
  row.ok = false;
  row.levers.resize(set.size());
  row.diagnostics.push_back(std::move(diagnostic));
  return row;
}

} // namespace medtime
