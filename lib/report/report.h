// The prioritised lever report (doc/method.md#priority, #actions-and-the-plan):
// a plan of three actions that follows the ranking and counts every hour
// once; the levers in rank order, each with its scores, its priority split
// into three terms, and its triggered actions ordered by gain per effort;
// the time budget (where the hours go, and how many are at stake); the date
// of the next self-assessment. Every number a renderer shows is computed here,
// rounded once to the precision shown, so that the text, Markdown, JSON and
// HTML reports agree on every figure. It knows no output format.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "scoring/priority.h"
#include "scoring/score.h"

namespace medtime {

// Digits after the decimal separator of every score, term, priority and
// hour figure in the report: those a band is decided on, so that a maturity
// the report shows as 70.0 is never banded below 70.
constexpr int k_report_decimals = k_band_decimals;

// Plain-word level of a maturity or readiness score: below 40 low, below 70
// medium, else high (the default band limits of doc/method.md#scoring, used for both
// dimensions so that the words do not depend on a questionnaire's own bands).
enum class Level { low, medium, high };

Level level_of(double score);

// Where the readiness used in the priority comes from.
enum class ReadinessSource {
  answered,     // the lever's readiness score
  no_answers,   // no readiness question answered or applicable: the profile's default
  insufficient, // readiness questions under min_answered: the profile's default
};

// The three terms of a priority and their sum, in points on 100, rounded to
// k_report_decimals so that the shown terms add up exactly to the shown
// priority (largest remainder: the priority is rounded, then the terms are
// rounded so that they sum to it, each within one unit of its exact value).
struct PriorityTerms {
  double maturity = 0;
  double readiness = 0;
  double hours = 0;
  double priority = 0;
};

// Rounds `exact` as PriorityTerms says, to `decimals` digits.
PriorityTerms split_terms(const LeverPriority& exact, int decimals);

// A triggered action and its gain for this doctor, hours per week.
struct ReportAction {
  const Action* action = nullptr;
  GainRange gain;  // exact
  GainRange shown; // rounded to two decimals, as every format shows it
  // The lever's shares s(l,c) by category, which cap the action's shares
  // (empty: no cap).
  std::vector<double> caps;
};

struct ReportLever {
  LeverScore score;        // the lever's scores (questionnaire, status, band)
  LeverPriority exact;     // the unrounded priority, as ranked
  std::optional<int> rank; // 1 = start here; null when maturity is null
  // Figures as shown, rounded to k_report_decimals.
  std::optional<double> maturity;
  std::optional<double> readiness; // the lever's own score, null when absent
  double readiness_used = 0;       // R in the formula (the default when absent)
  ReadinessSource readiness_source = ReadinessSource::answered;
  double potential_hours = 0;
  bool hours_capped = false;          // potential hours above the profile's reference
  std::optional<PriorityTerms> terms; // null when maturity is null
  std::vector<ReportAction> actions;  // triggered, by gain per effort (ties: file order)

  const Questionnaire& questionnaire() const { return *score.questionnaire; }
};

// Why an action is in the plan.
enum class PlanReason {
  lever_rank,     // the best action of the next lever in rank order
  best_remaining, // fewer ranked levers with actions than steps: the best left
};

// A supporting area's action to do before a plan action (`requires:`).
struct Prerequisite {
  const Questionnaire* area = nullptr; // the supporting area
  const Action* action = nullptr;
  // False: the area is not answered, so whether it is done is not known.
  bool known = true;
};

// One action of the plan.
struct PlanItem {
  const Action* action = nullptr;
  size_t lever = 0; // index into Report::levers
  PlanReason reason = PlanReason::lever_rank;
  GainRange gain;     // the action alone, rounded to two decimals
  // What it adds to the plan's hours before it, at the low and the high end
  // of the ranges, the smaller first; rounded.
  GainRange marginal;
  // To do first: the prerequisites that this doctor's answers trigger, and
  // those of a supporting area not answered. Their hours count nowhere.
  std::vector<Prerequisite> prerequisites;
};

// A supporting area (management, secretariat, project leadership): a
// condition of success, scored like a lever but not ranked, its actions
// never a step of the plan.
struct ReportSupport {
  LeverScore score;
  std::optional<double> maturity; // rounded to k_report_decimals
  std::optional<double> readiness;
  std::vector<const Action*> actions; // triggered, by effort (low first), then file order

  const Questionnaire& questionnaire() const { return *score.questionnaire; }
};

// One category of the time budget: the doctor's hours and those at stake
// over every assessed lever, each hour counted once.
struct BudgetRow {
  const Category* category = nullptr;
  double hours = 0;
  double at_stake = 0;
};

struct Report {
  std::string source; // the answers file
  std::string respondent_id;
  std::vector<std::pair<std::string, std::string>> respondent; // every key, file order
  std::string date;                                            // YYYY-MM-DD or empty
  Profile profile;
  std::vector<ReportLever> levers; // rank order: ranked levers, then the others in set order
  std::vector<PlanItem> plan;      // three actions, one per lever in rank order first
  std::vector<ReportSupport> supports; // the supporting areas, in set order
  bool budget_answered = false;    // without a time budget no hour is computed
  double budget_hours = 0;         // Σ h_c declared in the time budget
  // T: hours per week at stake over the assessed levers, each hour counted
  // once (≤ budget_hours).
  double hours_at_stake = 0;
  std::vector<BudgetRow> budget;   // per category, in the budget's order
  int assessed_levers = 0;
  double plan_gain_min = 0; // the plan's hours, each category combined once
  double plan_gain_max = 0;
  std::string next_review;  // YYYY-MM-DD, or empty when the file has no date
};

// Number of actions in the plan.
constexpr size_t k_plan_size = 3;

// Months from the answers' date to the next self-assessment, by default.
constexpr int k_review_months = 3;

// `actions` (indices into `questionnaire.actions`) with their gains under
// `budget`, each category's share capped by the lever's `caps` (s(l,c);
// empty: none), ordered by gain per effort (the middle of the range over the
// effort: low 1, medium 2, high 3), highest first; equal keys keep their
// given order.
std::vector<ReportAction> order_actions(const Questionnaire& questionnaire,
                                        const std::vector<int>& actions, const TimeBudget& budget,
                                        const std::vector<double>& caps = {});

// The plan (`levers` in rank order, each with its actions): step k takes
// the lever ranked k, skipping a ranked lever with no candidate left, and in
// it the action with the best marginal gain per effort: what the action adds
// to the plan's hours, each category combined once as
// h_c × (1 − Π (1 − share)) over the plan's actions on c, for the low and
// the high end alike. When the ranked levers run out, the remaining steps
// take the best marginal gain per effort in any lever (ties: the lever
// listed first, then questionnaire order). An action that adds nothing is
// never taken. Returns the plan and, in `low`/`high`, its combined hours.
std::vector<PlanItem> make_plan(const std::vector<ReportLever>& levers, const TimeBudget& budget,
                                size_t size, double& low, double& high);

// The prerequisites of a plan `action` (Prerequisite says which are kept).
std::vector<Prerequisite> prerequisites_of(const Action& action, const ScoreSet& scores);

struct ReportOptions {
  std::string next_review; // YYYY-MM-DD; empty: k_review_months after the answers' date
};

// Builds the report of `assessment` from its `scores` under `profile`. The
// report copies the scores; the questionnaire set they point to must outlive
// it (questionnaire, band, action and category pointers).
Report build_report(const Assessment& assessment, const ScoreSet& scores,
                    const std::vector<Category>& categories, const Profile& profile,
                    const ReportOptions& options = {});

} // namespace medtime
