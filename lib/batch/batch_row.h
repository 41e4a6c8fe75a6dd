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
  std::vector<int> actions; // triggered actions (RowOptions::actions), file order
};

// What a row carries beyond its scores; nothing by default, so that a batch
// that asks for none of it pays for none of it.
struct RowOptions {
  // Respondent keys (answers files) or survey columns (CSV, put there by the
  // import) copied into the row, in this order (`--keep`).
  std::vector<std::string> keep;
  // HMAC-SHA256 key: the respondent id becomes a keyed pseudonym.
  std::string pseudonym_key;
  bool actions = false; // list each lever's triggered actions (cohort summaries)
};

// The pseudonym of respondent `id` under `key`: the first 8 bytes of
// HMAC-SHA256(key, id) in hexadecimal, "p-" in front; empty for an empty id.
std::string pseudonym(std::string_view key, std::string_view id);

struct BatchRow {
  std::string source;
  std::string respondent;
  std::string date;
  bool ok = true;
  // T, the hours at stake over the levers, each hour counted once; null
  // without a time budget.
  std::optional<double> hours_at_stake;
  std::optional<bool> complete;          // CSV rows: the response was submitted
  std::vector<std::string> kept;         // RowOptions::keep's values ("" when absent)
  std::vector<RowLever> levers;          // one per lever of the set, in set order (the
                                         // time budget is none): see QuestionnaireSet::levers

  std::vector<Diagnostic> diagnostics;   // errors (then the row is not ok) and warnings
  std::vector<CsvIssue> issues;          // CSV rows: unknown codes, unmapped values
  std::string text;                      // the row rendered in the output format

  // The first error, formatted `file:line:col: message`, or empty.
  std::string first_error() const;
};

// The number of scored questionnaires of `set` (levers and supporting areas:
// every questionnaire but the time budget).
size_t lever_count(const QuestionnaireSet& set);

// The row of a resolved assessment: scores, priorities and ranks under
// `profile`, or an error row when `diags` holds errors (which keeps the
// respondent and the kept values).
BatchRow make_row(const QuestionnaireSet& set, const Assessment& assessment,
                  const Diagnostics& diags, const Profile& profile,
                  const RowOptions& options = {});

// An error row for an input that could not be read at all.
BatchRow error_row(const QuestionnaireSet& set, std::string source, Diagnostic diagnostic);

} // namespace medtime
