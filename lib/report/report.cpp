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
long long gain_key(const GainRange& gain, Effort effort) {
  return std::llround(gain.mid() / static_cast<int>(effort) * 1e9);
}

GainRange rounded(const GainRange& gain) {
  return {rounded(gain.low, 2), rounded(gain.high, 2)};
}

// The plan's hours so far: per category the part its actions leave,
// Π (1 − share), at the low and the high end, and the fixed hours.
class PlanHours {
public:
  explicit PlanHours(const TimeBudget& budget)
      : m_budget(budget), m_low(budget.hours.size(), 1.0), m_high(budget.hours.size(), 1.0) {}

  // What `shown` would add to the plan's hours (its shares capped by its
  // lever's).
  GainRange marginal(const ReportAction& shown) const {
    const Action& action = *shown.action;
    const std::vector<double>* caps = shown.caps.empty() ? nullptr : &shown.caps;
    GainRange gain{action.gain_min, action.gain_max};
    for (const auto& share : action.gain_shares) {
      if (share.index < 0 || static_cast<size_t>(share.index) >= m_low.size()) {
        continue;
      }
      auto c = static_cast<size_t>(share.index);
      double hours = m_budget.hours[c];
      gain.low += hours * m_low[c] * capped_share(share.low, share.index, caps);
      gain.high += hours * m_high[c] * capped_share(share.high, share.index, caps);
    }
    return gain;
  }

  void add(const ReportAction& shown) {
    const Action& action = *shown.action;
    const std::vector<double>* caps = shown.caps.empty() ? nullptr : &shown.caps;
    GainRange gain = marginal(shown);
    m_fixed_low += action.gain_min;
    m_fixed_high += action.gain_max;
    for (const auto& share : action.gain_shares) {
      if (share.index >= 0 && static_cast<size_t>(share.index) < m_low.size()) {
        m_low[static_cast<size_t>(share.index)] *= 1 - capped_share(share.low, share.index, caps);
        m_high[static_cast<size_t>(share.index)] *= 1 - capped_share(share.high, share.index, caps);
      }
    }
    m_total.low += gain.low;
    m_total.high += gain.high;
  }

  // Σ_c h_c × (1 − Π (1 − share)) + the fixed hours, low and high.
  GainRange total() const {
    GainRange total{m_fixed_low, m_fixed_high};
    for (size_t c = 0; c < m_low.size(); ++c) {
      total.low += m_budget.hours[c] * (1 - m_low[c]);
      total.high += m_budget.hours[c] * (1 - m_high[c]);
    }
    return total;
  }

private:
  const TimeBudget& m_budget;
  std::vector<double> m_low, m_high;
  double m_fixed_low = 0, m_fixed_high = 0;
  GainRange m_total;
};

ReadinessSource readiness_source(const LeverScore& score) {
  if (score.readiness.score) {
    return ReadinessSource::answered;
  }
  return score.readiness.applicable > 0 && score.readiness.answered > 0
             ? ReadinessSource::insufficient
             : ReadinessSource::no_answers;
}

ReportLever make_lever(const LeverScore& score, const LeverPriority& exact,
                       const Profile& profile, const TimeBudget& budget) {
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
  lever.actions = order_actions(*score.questionnaire, score.actions, budget, score.category_shares);
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

std::vector<ReportAction> order_actions(const Questionnaire& questionnaire,
                                        const std::vector<int>& actions, const TimeBudget& budget,
                                        const std::vector<double>& caps) {
  std::vector<ReportAction> ordered;
  ordered.reserve(actions.size());
  for (int index : actions) {
    const Action& action = questionnaire.actions[static_cast<size_t>(index)];
    GainRange gain = action_gain(action, budget, caps.empty() ? nullptr : &caps);
    ordered.push_back({&action, gain, rounded(gain), caps});
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const ReportAction& a, const ReportAction& b) {
    return gain_key(a.gain, a.action->effort) > gain_key(b.gain, b.action->effort);
  });
  return ordered;
}

std::vector<PlanItem> make_plan(const std::vector<ReportLever>& levers, const TimeBudget& budget,
                                size_t size, double& low, double& high) {
  std::vector<PlanItem> plan;
  PlanHours hours(budget);
  struct Candidate {
    const ReportAction* action = nullptr;
    GainRange marginal;
  };
  // The action of `lever` with the best marginal gain per effort, not yet
  // in the plan and adding some hours (ties: questionnaire order).
  auto best_in = [&](const ReportLever& lever) {
    Candidate best;
    long long best_key = 0;
    for (const ReportAction& candidate : lever.actions) {
      bool taken = std::any_of(plan.begin(), plan.end(), [&](const PlanItem& item) {
        return item.action == candidate.action;
      });
      GainRange marginal = hours.marginal(candidate);
      if (taken || std::max(marginal.low, marginal.high) <= 1e-9) {
        continue;
      }
      long long key = gain_key(marginal, candidate.action->effort);
      bool before = best.action == nullptr || key > best_key ||
                    (key == best_key && candidate.action < best.action->action);
      if (before) {
        best = {&candidate, marginal};
        best_key = key;
      }
    }
    return std::make_pair(best, best_key);
  };
  auto take = [&](const Candidate& c, size_t lever, PlanReason reason) {
    // At the low end the actions before take less of a category, so an
    // action may add more there than at the high end: shown as a range.
    GainRange added{std::min(c.marginal.low, c.marginal.high),
                    std::max(c.marginal.low, c.marginal.high)};
    plan.push_back({c.action->action, lever, reason, c.action->shown, rounded(added), {}});
    hours.add(*c.action);
  };
  // Step k takes the lever ranked k, skipping a lever with nothing left.
  for (size_t i = 0; i < levers.size() && plan.size() < size; ++i) {
    if (!levers[i].rank) {
      continue;
    }
    auto [best, key] = best_in(levers[i]);
    if (best.action != nullptr) {
      take(best, i, PlanReason::lever_rank);
    }
  }
  // Fewer levers than steps: the best marginal gain per effort of any lever
  // (ties: the lever listed first).
  while (plan.size() < size) {
    Candidate best;
    long long best_key = 0;
    size_t best_lever = 0;
    for (size_t i = 0; i < levers.size(); ++i) {
      auto [candidate, key] = best_in(levers[i]);
      if (candidate.action != nullptr && (best.action == nullptr || key > best_key)) {
        best = candidate;
        best_key = key;
        best_lever = i;
      }
    }
    if (best.action == nullptr) {
      break;
    }
    take(best, best_lever, PlanReason::best_remaining);
  }
  GainRange total = hours.total();
  low = total.low;
  high = total.high;
  return plan;
}

std::vector<Prerequisite> prerequisites_of(const Action& action, const ScoreSet& scores) {
  std::vector<Prerequisite> out;
  for (const ActionRef& ref : action.prerequisites) {
    if (ref.questionnaire < 0 || static_cast<size_t>(ref.questionnaire) >= scores.levers.size()) {
      continue; // a supporting area not in this set
    }
    const LeverScore& area = scores.levers[static_cast<size_t>(ref.questionnaire)];
    const Action* needed = &area.questionnaire->actions[static_cast<size_t>(ref.action)];
    if (area.status == LeverStatus::not_assessed) {
      out.push_back({area.questionnaire, needed, false});
    } else if (std::find(area.actions.begin(), area.actions.end(), ref.action) != area.actions.end()) {
      out.push_back({area.questionnaire, needed, true});
    }
    // Otherwise answered and not triggered: already done, or not needed.
  }
  return out;
}

Report build_report(const Assessment& assessment, const ScoreSet& scores,
                    const std::vector<Category>& categories, const Profile& profile,
                    const ReportOptions& options) {
  Report report;
  report.source = assessment.source;
  report.respondent_id = assessment.respondent_id();
  report.respondent = assessment.respondent;
  report.date = assessment.date;
  report.profile = profile;
  for (const LeverPriority& p : prioritize(scores, profile)) {
    const LeverScore& score = scores.levers[p.lever];
    report.levers.push_back(make_lever(score, p, profile, scores.budget));
    if (score.assessed()) {
      ++report.assessed_levers;
    }
  }
  report.budget_answered = scores.budget.answered;
  report.budget_hours = rounded(scores.budget.total(), k_report_decimals);
  report.hours_at_stake = rounded(scores.hours_at_stake, k_report_decimals);
  for (size_t c = 0; c < categories.size() && c < scores.category_at_stake.size(); ++c) {
    report.budget.push_back({&categories[c], rounded(scores.budget.hours[c], k_report_decimals),
                             rounded(scores.category_at_stake[c], k_report_decimals)});
  }
  for (const LeverScore& score : scores.levers) {
    if (!score.is_support()) {
      continue;
    }
    ReportSupport support;
    support.score = score;
    if (score.maturity.score) {
      support.maturity = rounded(*score.maturity.score, k_report_decimals);
    }
    if (score.readiness.score) {
      support.readiness = rounded(*score.readiness.score, k_report_decimals);
    }
    for (int index : score.actions) {
      support.actions.push_back(&score.questionnaire->actions[static_cast<size_t>(index)]);
    }
    std::stable_sort(support.actions.begin(), support.actions.end(),
                     [](const Action* a, const Action* b) { return a->effort < b->effort; });
    report.supports.push_back(std::move(support));
  }
  double low = 0, high = 0;
  report.plan = make_plan(report.levers, scores.budget, k_plan_size, low, high);
  for (PlanItem& item : report.plan) {
    item.prerequisites = prerequisites_of(*item.action, scores);
  }
  report.plan_gain_min = rounded(low, 2);
  report.plan_gain_max = rounded(high, 2);
  report.next_review =
      options.next_review.empty() ? add_months(report.date, k_review_months) : options.next_review;
  return report;
}

} // namespace medtime
