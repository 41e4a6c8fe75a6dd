// Cohort statistics for `medtime batch --summary`: per lever, the
// distribution of maturity, readiness, potential hours and priority (n,
// mean, sample standard deviation, min, quartiles, max), the band counts,
// and how often the lever ranks first.
//
// Memory is flat in the number of rows: mean and standard deviation are
// computed on the fly (Welford), and the quartiles from a count of each
// distinct value rounded to 0.01 — the precision the rows are printed with
// — so they are exact for the printed values while memory is bounded by the
// number of distinct values (at most 10,001 for a 0–100 score), not rows.
// Quartiles interpolate linearly between order statistics (Hyndman & Fan
// type 7: R's default, numpy's default, Excel's QUARTILE.INC).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/batch_row.h"
#include "model/questionnaire.h"

namespace medtime {

class Distribution {
public:
  void add(double value);

  std::uint64_t count() const { return m_count; }
  std::optional<double> mean() const;
  // Sample standard deviation (n − 1); null under two values.
  std::optional<double> sd() const;
  std::optional<double> min() const;
  std::optional<double> max() const;
  // The `p` quantile (0 ≤ p ≤ 1) of the values rounded to 0.01, type 7:
  // with the sorted values x[0..n−1], h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
  std::optional<double> quantile(double p) const;

private:
  // The value of rank `k` (0-based) among the rounded values.
  double at_rank(std::uint64_t k) const;

  std::uint64_t m_count = 0;
  double m_mean = 0;
  double m_m2 = 0;
  double m_min = 0;
  double m_max = 0;
  std::map<std::int64_t, std::uint64_t> m_hundredths; // value × 100 → how many
};

struct LeverSummary {
  Distribution maturity;
  Distribution readiness;
  Distribution potential_hours; // assessed levers (scored or insufficient)
  Distribution priority;
  std::vector<std::uint64_t> bands; // per band of the questionnaire
  std::uint64_t insufficient = 0;
  std::uint64_t not_assessed = 0;
  std::uint64_t not_concerned = 0; // supporting areas whose asked_when does not hold
  std::uint64_t ranked_first = 0;
  // Per action of the questionnaire: in how many rows it is triggered
  // (counted when the rows list their actions, RowOptions::actions).
  std::vector<std::uint64_t> actions;
};

class CohortSummary {
public:
  explicit CohortSummary(const QuestionnaireSet& set);
  // Counts `row`; error rows count only as errors. Without `statistics`,
  // only the row and error counts are kept.
  void add(const BatchRow& row, bool statistics = true);

  // Counts a row left out by --complete-only.
  void add_skipped_incomplete() { ++m_skipped_incomplete; }

  std::uint64_t rows() const { return m_rows; }
  std::uint64_t errors() const { return m_errors; }
  std::uint64_t valid() const { return m_rows - m_errors; }
  // Rows whose completeness is known (CSV exports): submitted or not.
  std::uint64_t complete() const { return m_complete; }
  std::uint64_t incomplete() const { return m_incomplete; }
  std::uint64_t skipped_incomplete() const { return m_skipped_incomplete; }
  const std::vector<LeverSummary>& levers() const { return m_levers; }

private:
  std::uint64_t m_rows = 0;
  std::uint64_t m_errors = 0;
  std::uint64_t m_complete = 0;
  std::uint64_t m_incomplete = 0;
  std::uint64_t m_skipped_incomplete = 0;
  std::vector<LeverSummary> m_levers;
};

// An action and how many rows trigger it.
struct ActionCount {
  size_t lever = 0;  // index in the set
  size_t action = 0; // index in the questionnaire's actions
  std::uint64_t count = 0;
};

// The `limit` most triggered actions of `summary`, most frequent first (ties
// in set and file order); actions never triggered are left out.
std::vector<ActionCount> top_actions(const CohortSummary& summary, size_t limit);

// The summary of one group of rows (`--group-by COL`): the rows whose value
// of COL is `value`.
struct GroupSummary {
  std::string value;
  CohortSummary summary;
};

// The whole cohort, and per group when rows are grouped. A group with fewer
// valid rows than `min_cell` is suppressed: renderers show no figure of it.
class GroupedSummary {
public:
  GroupedSummary(const QuestionnaireSet& set, std::string group_column, std::uint64_t min_cell);
  // Counts `row` in the cohort and, when grouped, in the group of `group`.
  void add(const BatchRow& row, const std::string* group, bool statistics);

  std::uint64_t rows() const { return m_overall.rows(); }
  std::uint64_t errors() const { return m_overall.errors(); }
  CohortSummary& overall() { return m_overall; }
  const CohortSummary& overall() const { return m_overall; }
  bool grouped() const { return !m_column.empty(); }
  const std::string& column() const { return m_column; }
  std::uint64_t min_cell() const { return m_min_cell; }
  // The groups, sorted by value.
  const std::vector<GroupSummary>& groups() const { return m_groups; }
  bool suppressed(const GroupSummary& group) const { return group.summary.valid() < m_min_cell; }

private:
  const QuestionnaireSet* m_set;
  std::string m_column;
  std::uint64_t m_min_cell;
  CohortSummary m_overall;
  std::vector<GroupSummary> m_groups;
};

} // namespace medtime
