// The periodic review (doc/method.md#periodic-review): successive self-assessments of one
// doctor, sorted by date, compared lever by lever (maturity, band, triggered
// actions), indicator by indicator, and against objectives; plus the current
// ranking of the levers. Computes on the model only; renderers present it.
#pragma once

#include "model/answers.h"
#include "model/questionnaire.h"
#include "review/objectives.h"
#include "scoring/priority.h"
#include "scoring/score.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace medtime {

struct ReviewOptions {
  double threshold = 5;            // maturity points: smaller changes are "stable"
  double indicator_threshold = 10; // percent of the earlier value, for indicators
  Profile profile;                 // for the ranking
};

// improved / stable / regressed against the threshold; `changed` for an
// indicator whose better direction is unknown; `unknown` with fewer than two
// values.
enum class Trend { improved, stable, regressed, changed, unknown };

// Which way an indicator should move.
enum class Better { lower, higher, unknown };

std::string_view to_string(Trend trend);
std::string_view to_string(Better better);

// One dated self-assessment of the review.
struct ReviewAssessment {
  std::string source;
  std::string date;
  long day = 0; // days since 1970-01-01
  std::vector<std::pair<std::string, std::string>> respondent;
  std::string respondent_id;
};

// How a series of values (one per assessment, null where not measured) moved:
// `first`, `previous` and `current` are the first, second-to-last and last
// measured points (indices into the assessments).
struct Change {
  std::optional<size_t> first;
  std::optional<size_t> previous;
  std::optional<size_t> current;
  std::optional<double> since_first;    // current − first
  std::optional<double> since_previous; // current − previous
  Trend trend = Trend::unknown;         // over the last period (previous → current)
  Trend overall = Trend::unknown;       // since the first
};

// A move from one band to another between two measured assessments.
struct BandChange {
  size_t from_at = 0; // assessment index
  size_t to_at = 0;
  const Band* from = nullptr;
  const Band* to = nullptr;
  bool up = false;
};

// Actions (indices into the questionnaire's actions) compared between two
// assessments where the lever was assessed.
struct ActionDiff {
  size_t from_at = 0;
  size_t to_at = 0;
  std::vector<int> done;  // triggered then, not any more
  std::vector<int> added; // triggered now, not then
  std::vector<int> open;  // triggered at both
};

struct LeverReview {
  const Questionnaire* questionnaire = nullptr;
  std::vector<LeverScore> scores;              // per assessment
  std::vector<std::optional<double>> maturity; // per assessment
  Change change;
  std::vector<BandChange> band_changes;
  std::optional<ActionDiff> since_previous; // previous → current assessed
  std::optional<ActionDiff> since_first;    // first → current assessed
  std::optional<int> rank;                  // at the latest assessment
  std::optional<int> previous_rank;         // at the one before
  std::optional<double> priority;           // at the latest assessment
};

struct IndicatorReview {
  const Questionnaire* questionnaire = nullptr;
  const Question* question = nullptr;
  int row = -1; // a row of the time budget's table (its hours), or -1
  Better better = Better::unknown;
  std::vector<std::optional<double>> values; // per assessment
  Change change;

  std::string id() const; // "questionnaire.question", or "temps.heures.telephone"
  std::string unit(Lang lang) const;  // the question's unit, or h/week for a budget row
  std::string label(Lang lang) const; // the question's text, or the category's label
};

enum class ObjectiveStatus { met, on_track, behind, no_data };

std::string_view to_string(ObjectiveStatus status);

struct ObjectiveReview {
  Objective objective;
  bool lower_is_better = false; // indicator targets to go down to
  ObjectiveStatus status = ObjectiveStatus::no_data;
  std::optional<size_t> current_at; // assessment of the current value
  std::optional<double> current;
  std::optional<double> pace_per_day; // slope through the last two measured points
  std::optional<long> reach_day;      // when the line reaches the target; null: never
  bool never = false;                 // the pace is known and does not lead to the target
};

struct Review {
  std::vector<ReviewAssessment> assessments; // by date
  std::vector<LeverReview> levers;           // set order
  std::vector<IndicatorReview> indicators;   // set and question order
  std::vector<ObjectiveReview> objectives;   // file order
  std::string objectives_file;
  std::vector<LeverPriority> ranking;     // at the latest assessment (prioritize())
  std::vector<Diagnostic> not_comparable; // what could not be compared, from the loader
  std::vector<Diagnostic> warnings;       // e.g. different respondents
  ReviewOptions options;

  // Levers whose maturity regressed over the last period: from their
  // previous measure to the latest assessment, which must answer them.
  std::vector<const LeverReview*> regressed() const;
};

// Self-assessments read for a review, sorted by date, with what the lenient
// loader left out.
struct ReviewInputs {
  std::vector<Assessment> assessments;
  std::vector<Diagnostic> not_comparable;
  std::vector<Diagnostic> warnings;
};

// Reads the answers files `paths` against `set` leniently (other
// questionnaire versions, unknown question ids and values that no longer fit
// become `not_comparable` entries), sorts them by date and checks them: every
// one dated, no two on the same date, one respondent (errors; with
// `allow_mixed`, different respondents are a warning). Throws `Error` with
// the first error (`UsageError` for a missing file).
ReviewInputs load_review_inputs(const std::vector<std::string>& paths, const QuestionnaireSet& set,
                                bool allow_mixed = false);

// Sorts `inputs` by date and checks them as load_review_inputs does; for
// assessments built in memory. Throws `Error`.
void order_review_inputs(ReviewInputs& inputs, bool allow_mixed = false);

// Computes the review of `inputs` (sorted, at least one) against `set`,
// with `objectives` when given.
Review compute_review(const QuestionnaireSet& set,
                      const ReviewInputs& inputs,
                      const ReviewOptions& options,
                      const Objectives* objectives = nullptr);

// Which way indicator `question` should move: from its value bands when it
// is scored (values falling as the number grows: lower), else as its
// `better:` key says, else unknown. A row of the time budget: lower.
Better indicator_direction(const Question& question);

// The trend of a change `delta` from `earlier` under `threshold` (absolute
// points, or a percentage of `earlier` when `relative`).
Trend classify(double delta, double earlier, double threshold, bool relative, Better better);

// Evaluates `objective` on the series `values` (one per assessment of
// `assessments`): met when the latest measured value reaches the target;
// otherwise on track when the straight line through the last two measured
// points reaches it by the objective's date, else behind; `reach_day` is when
// that line reaches it (null, with `never`, when it moves away or too slowly
// to reach it within a century). `better` says which way an indicator should
// go; unknown: the way from the first measured value to the target.
ObjectiveReview evaluate_objective(const Objective& objective,
                                   const std::vector<ReviewAssessment>& assessments,
                                   const std::vector<std::optional<double>>& values,
                                   Better better);

} // namespace medtime
