#include "batch/batch_row.h"

#include <algorithm>

#include "util/sha256.h"

namespace medtime {

std::string BatchRow::first_error() const {
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::error) {
      return d.format();
    }
  }
  return {};
}

std::string pseudonym(std::string_view key, std::string_view id) {
  if (id.empty()) {
    return {};
  }
  return "p-" + to_hex(hmac_sha256(key, id), 8);
}

size_t lever_count(const QuestionnaireSet& set) {
  return static_cast<size_t>(std::count_if(set.items().begin(), set.items().end(),
                                           [](const Questionnaire& q) { return q.is_scored(); }));
}

BatchRow make_row(const QuestionnaireSet& set, const Assessment& assessment,
                  const Diagnostics& diags, const Profile& profile, const RowOptions& options) {
  BatchRow row;
  row.source = assessment.source;
  row.respondent = assessment.respondent_id();
  if (!options.pseudonym_key.empty()) {
    row.respondent = pseudonym(options.pseudonym_key, row.respondent);
  }
  row.date = assessment.date;
  row.diagnostics = diags.items();
  row.levers.resize(lever_count(set));
  for (const auto& key : options.keep) {
    std::string& value = row.kept.emplace_back();
    for (const auto& [k, v] : assessment.respondent) {
      if (k == key) {
        value = v;
      }
    }
  }
  if (diags.has_errors()) {
    row.ok = false;
    return row;
  }
  ScoreSet scores = score_assessment(set, assessment, {.actions = options.actions});
  std::vector<LeverPriority> priorities = prioritize(scores, profile);
  if (scores.budget.answered) {
    row.hours_at_stake = scores.hours_at_stake;
  }
  // Rows hold the levers and supporting areas, in set order: the time
  // budget is neither.
  std::vector<size_t> slot(scores.levers.size(), 0);
  for (size_t i = 0, n = 0; i < scores.levers.size(); ++i) {
    slot[i] = n;
    n += scores.levers[i].is_scored() ? 1 : 0;
  }
  for (size_t i = 0; i < scores.levers.size(); ++i) {
    const LeverScore& score = scores.levers[i];
    if (!score.is_scored()) {
      continue;
    }
    RowLever& lever = row.levers[slot[i]];
    lever.status = score.status;
    if (!score.assessed()) {
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
    lever.actions = score.actions;
  }
  for (const auto& p : priorities) {
    row.levers[slot[p.lever]].priority = p.priority;
    row.levers[slot[p.lever]].rank = p.rank;
  }
  return row;
}

BatchRow error_row(const QuestionnaireSet& set, std::string source, Diagnostic diagnostic) {
  BatchRow row;
  row.source = std::move(source);
  row.ok = false;
  row.levers.resize(lever_count(set));
  row.diagnostics.push_back(std::move(diagnostic));
  return row;
}

} // namespace medtime
