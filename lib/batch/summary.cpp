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
  }
}

void CohortSummary::add(const BatchRow& row, bool statistics) {
  ++m_rows;
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
  }
}

} // namespace medtime
