// One row of `medtime batch`: a self-assessment's source, respondent, date,
// status and per-lever results, with the problems found on the way. Built by
// batch/batch.h, read by the summary and the renderers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/csv_import.h"
#include "model/answers.h"
#include "scoring/priority.h"
#include "scoring/score.h"
#include "util/diagnostics.h"

namespace medtime {

struct RowLever {
  LeverStatus status = LeverStatus::not_assessed;
  std::optional<double> maturity;
  std::optional<double> readiness;
  std::optional<double> potential_hours; // null when not assessed
  std::optional<double> priority;
  std::optional<int> rank;
  int band = -1; // index into the questionnaire's bands, -1 when none
};

struct BatchRow {
  std::string source;
  std::string respondent;
  std::string date;
  bool ok = true;
  // T, the hours at stake over the levers, each hour counted once; null
  // without a time budget.
  std::optional<double> hours_at_stake;
  std::vector<RowLever> levers;          // one per questionnaire of the set, in set order
                                         // (the time budget's entry stays empty)
  std::vector<Diagnostic> diagnostics;   // errors (then the row is not ok) and warnings
  std::vector<CsvIssue> issues;          // CSV rows: unknown codes, unmapped values
  std::string text;                      // the row rendered in the output format

  // The first error, formatted `file:line:col: message`, or empty.
  std::string first_error() const;
};

// The row of a resolved assessment: scores, priorities and ranks under
// `profile`, or an error row when `diags` holds errors.
BatchRow make_row(const QuestionnaireSet& set, const Assessment& assessment,
                  const Diagnostics& diags, const Profile& profile);

// An error row for an input that could not be read at all.
BatchRow error_row(const QuestionnaireSet& set, std::string source, Diagnostic diagnostic);

} // namespace medtime
