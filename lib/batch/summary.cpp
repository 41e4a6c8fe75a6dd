#include "batch/summary.h"

#include <algorithm>
#include <cmath>

#include "render/number.h"

namespace medtime {

void Distribution::add(double value) {
  ++m_count;
  double delta = value - m_mean;
  m_mean += delta / static_cast<double>(m_count);
  m_m2 += delta * (value - m_mean);
  m_min = m_count == 1 ? value : std::min(m_min, value);
  m_max = m_count == 1 ? value : std::max(m_max, value);
  ++m_hundredths[static_cast<std::int64_t>(round_half_away(value * 100))];
}

std::optional<double> Distribution::mean() const {
  return m_count > 0 ? std::optional<double>(m_mean) : std::nullopt;
}

std::optional<double> Distribution::sd() const {
  if (m_count < 2) {
    return std::nullopt;
  }
  return std::sqrt(std::max(0.0, m_m2 / static_cast<double>(m_count - 1)));
}

std::optional<double> Distribution::min() const {
  return m_count > 0 ? std::optional<double>(m_min) : std::nullopt;
}

std::optional<double> Distribution::max() const {
  return m_count > 0 ? std::optional<double>(m_max) : std::nullopt;
}

double Distribution::at_rank(std::uint64_t k) const {
  std::uint64_t seen = 0;
  for (const auto& [hundredths, n] : m_hundredths) {
    seen += n;
    if (k < seen) {
      return static_cast<double>(hundredths) / 100;
    }
  }
  return static_cast<double>(m_hundredths.rbegin()->first) / 100;
}

std::optional<double> Distribution::quantile(double p) const {
  if (m_count == 0) {
    return std::nullopt;
  }
  double h = static_cast<double>(m_count - 1) * p;
  auto low = static_cast<std::uint64_t>(std::floor(h));
  double frac = h - static_cast<double>(low);
  double x = at_rank(low);
  if (frac == 0 || low + 1 >= m_count) {
    return x;
  }
  return x + frac * (at_rank(low + 1) - x);
}

CohortSummary::CohortSummary(const QuestionnaireSet& set) : m_levers(set.size()) {
  for (size_t i = 0; i < set.size(); ++i) {
    m_levers[i].bands.assign(set.items()[i].bands.size(), 0);
    m_levers[i].actions.assign(set.items()[i].actions.size(), 0);
  }
}

void CohortSummary::add(const BatchRow& row, bool statistics) {
  ++m_rows;
  if (row.complete) {
    ++(*row.complete ? m_complete : m_incomplete);
  }
  if (!row.ok) {
    ++m_errors;
    return;
  }
  if (!statistics) {
    return;
  }
  for (size_t i = 0; i < m_levers.size() && i < row.levers.size(); ++i) {
    const RowLever& lever = row.levers[i];
    LeverSummary& s = m_levers[i];
    if (lever.status == LeverStatus::not_assessed) {
      ++s.not_assessed;
      continue;
    }
    if (lever.status == LeverStatus::not_concerned) {
      ++s.not_concerned;
      continue;
    }
    if (lever.status == LeverStatus::insufficient) {
      ++s.insufficient;
    }
    if (lever.maturity) {
      s.maturity.add(*lever.maturity);
    }
    if (lever.readiness) {
      s.readiness.add(*lever.readiness);
    }
    if (lever.potential_hours) {
      s.potential_hours.add(*lever.potential_hours);
    }
    if (lever.priority) {
      s.priority.add(*lever.priority);
    }
    if (lever.band >= 0 && static_cast<size_t>(lever.band) < s.bands.size()) {
      ++s.bands[static_cast<size_t>(lever.band)];
    }
    if (lever.rank && *lever.rank == 1) {
      ++s.ranked_first;
    }
    for (int action : lever.actions) {
      if (action >= 0 && static_cast<size_t>(action) < s.actions.size()) {
        ++s.actions[static_cast<size_t>(action)];
      }
    }
  }
}

std::vector<ActionCount> top_actions(const CohortSummary& summary, size_t limit) {
  std::vector<ActionCount> all;
  for (size_t l = 0; l < summary.levers().size(); ++l) {
    const auto& counts = summary.levers()[l].actions;
    for (size_t a = 0; a < counts.size(); ++a) {
      if (counts[a] > 0) {
        all.push_back(ActionCount{l, a, counts[a]});
      }
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const ActionCount& x, const ActionCount& y) { return x.count > y.count; });
  if (all.size() > limit) {
    all.resize(limit);
  }
  return all;
}

GroupedSummary::GroupedSummary(const QuestionnaireSet& set, std::string group_column,
                               std::uint64_t min_cell)
    : m_set(&set), m_column(std::move(group_column)), m_min_cell(min_cell), m_overall(set) {}

void GroupedSummary::add(const BatchRow& row, const std::string* group, bool statistics) {
  m_overall.add(row, statistics);
  if (group == nullptr) {
    return;
  }
  auto at = std::lower_bound(m_groups.begin(), m_groups.end(), *group,
                             [](const GroupSummary& g, const std::string& v) { return g.value < v; });
  if (at == m_groups.end() || at->value != *group) {
    at = m_groups.insert(at, GroupSummary{*group, CohortSummary(*m_set)});
  }
  at->summary.add(row, statistics);
}

} // namespace medtime
