#include "report/report.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace medtime {

namespace {

double rounded(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double r = std::round(value * scale) / scale;
  return r == 0 ? 0 : r;
}

std::optional<double> rounded(const std::optional<double>& value, int decimals) {
  return value ? std::optional<double>(rounded(*value, decimals)) : std::nullopt;
}

// Gain per effort on a grid of 1e-9 hours, so that keys equal on paper
// (1.5 h for low effort, 3 h for medium) compare equal.
long long gain_key(const Action& action) {
  return std::llround(action.gain_per_effort() * 1e9);
}

ReadinessSource readiness_source(const LeverScore& score) {
  if (score.readiness.score) {
    return ReadinessSource::answered;
  }
  return score.readiness.applicable > 0 && score.readiness.answered > 0
             ? ReadinessSource::insufficient
             : ReadinessSource::no_answers;
}

ReportLever make_lever(const LeverScore& score, const LeverPriority& exact,
                       const Profile& profile) {
  ReportLever lever;
  lever.score = score;
  lever.exact = exact;
  lever.rank = exact.rank;
  lever.maturity = rounded(score.maturity.score, k_report_decimals);
  lever.readiness = rounded(score.readiness.score, k_report_decimals);
  lever.readiness_source = readiness_source(score);
  lever.readiness_used =
      rounded(score.readiness.score.value_or(profile.default_readiness), k_report_decimals);
  lever.potential_hours = rounded(score.potential_hours, k_report_decimals);
  lever.hours_capped = score.potential_hours > profile.reference_hours;
  if (exact.priority) {
    lever.terms = split_terms(exact, k_report_decimals);
  }
  lever.actions = order_actions(*score.questionnaire, score.actions);
  return lever;
}

} // namespace

Level level_of(double score) {
  if (score < 40) {
    return Level::low;
  }
  return score < 70 ? Level::medium : Level::high;
}

PriorityTerms split_terms(const LeverPriority& exact, int decimals) {
  double scale = std::pow(10.0, decimals);
  std::array<double, 3> scaled = {exact.maturity_term * scale, exact.readiness_term * scale,
                                  exact.hours_term * scale};
  std::array<long long, 3> units{};
  long long sum = 0;
  for (size_t i = 0; i < 3; ++i) {
    units[i] = static_cast<long long>(std::floor(scaled[i]));
    sum += units[i];
  }
  long long total = std::llround(exact.priority.value_or(0) * scale);
  // Hand the missing units to the largest remainders (ties: term order).
  std::array<size_t, 3> order = {0, 1, 2};
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return scaled[a] - static_cast<double>(units[a]) > scaled[b] - static_cast<double>(units[b]);
  });
  for (size_t i = 0; i < 3 && sum < total; ++i, ++sum) {
    ++units[order[i]];
  }
  PriorityTerms terms;
  terms.maturity = rounded(static_cast<double>(units[0]) / scale, decimals);
  terms.readiness = rounded(static_cast<double>(units[1]) / scale, decimals);
  terms.hours = rounded(static_cast<double>(units[2]) / scale, decimals);
  terms.priority = rounded(static_cast<double>(units[0] + units[1] + units[2]) / scale, decimals);
  return terms;
}

std::vector<const Action*> order_actions(const Questionnaire& questionnaire,
                                         const std::vector<int>& actions) {
  std::vector<const Action*> ordered;
  ordered.reserve(actions.size());
  for (int index : actions) {
    ordered.push_back(&questionnaire.actions[static_cast<size_t>(index)]);
  }
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Action* a, const Action* b) { return gain_key(*a) > gain_key(*b); });
  return ordered;
}

std::vector<PlanItem> make_plan(const std::vector<ReportLever>& levers, size_t size) {
  std::vector<PlanItem> plan;
  // The lever's best action (its list is ordered by gain per effort) not yet
  // in the plan and with some gain; null when none is left.
  auto best_in = [&](const ReportLever& lever) -> const Action* {
    for (const Action* action : lever.actions) {
      bool taken = std::any_of(plan.begin(), plan.end(),
                               [&](const PlanItem& item) { return item.action == action; });
      if (!taken && action->gain_max > 0) {
        return action;
      }
    }
    return nullptr;
  };
  // Step k takes the lever ranked k, skipping a lever with nothing left.
  for (size_t i = 0; i < levers.size() && plan.size() < size; ++i) {
    const Action* action = levers[i].rank ? best_in(levers[i]) : nullptr;
    if (action != nullptr) {
      plan.push_back({ action, i, PlanReason::lever_rank });
    }
  }
  // Fewer levers than steps: the best remaining action of any lever (ties:
  // the lever listed first).
  while (plan.size() < size) {
    const Action* best = nullptr;
    size_t best_lever = 0;
    for (size_t i = 0; i < levers.size(); ++i) {
      const Action* action = best_in(levers[i]);
      if (action != nullptr && (best == nullptr || gain_key(*action) > gain_key(*best))) {
        best = action;
        best_lever = i;
      }
    }
    if (best == nullptr) {
      break;
    }
    plan.push_back({ best, best_lever, PlanReason::best_remaining });
  }
  return plan;
}

Report build_report(const Assessment& assessment, const ScoreSet& scores, const Profile& profile) {
  Report report;
  report.source = assessment.source;
  report.respondent_id = assessment.respondent_id();
  report.respondent = assessment.respondent;
  report.date = assessment.date;
  report.profile = profile;
  double total = 0;
  for (const LeverPriority& p : prioritize(scores, profile)) {
    const LeverScore& score = scores.levers[p.lever];
    report.levers.push_back(make_lever(score, p, profile));
    if (score.status != LeverStatus::not_assessed) {
      total += report.levers.back().potential_hours; // the figures shown add up
      ++report.assessed_levers;
    }
  }
  report.total_hours = rounded(total, k_report_decimals);
  report.plan = make_plan(report.levers, k_plan_size);
  for (const PlanItem& item : report.plan) {
    report.plan_gain_min += item.action->gain_min;
    report.plan_gain_max += item.action->gain_max;
  }
  report.plan_gain_min = rounded(report.plan_gain_min, 2);
  report.plan_gain_max = rounded(report.plan_gain_max, 2);
  return report;
}

} // namespace medtime
