// Objectives against the series: met, on track or behind, by a straight
// line through the last two measured points.
#include "review/dates.h"
#include "review/review.h"

#include <cmath>

namespace medtime {

std::string_view to_string(ObjectiveStatus status) {
  switch (status) {
    case ObjectiveStatus::met:
      return "met";
    case ObjectiveStatus::on_track:
      return "on_track";
    case ObjectiveStatus::behind:
      return "behind";
    case ObjectiveStatus::no_data:
      return "no_data";
  }
  return "?";
}

namespace {

// Beyond a century the pace says "never" more honestly than a date does.
constexpr double k_max_projection_days = 36525;
constexpr double k_epsilon = 1e-9;

// The last two measured points, newest last.
std::vector<size_t> last_two(const std::vector<std::optional<double>>& values) {
  std::vector<size_t> out;
  for (size_t i = values.size(); i-- > 0 && out.size() < 2;) {
    if (values[i]) {
      out.insert(out.begin(), i);
    }
  }
  return out;
}

std::optional<size_t> first_measured(const std::vector<std::optional<double>>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i]) {
      return i;
    }
  }
  return std::nullopt;
}

} // namespace

ObjectiveReview evaluate_objective(const Objective& objective,
                                   const std::vector<ReviewAssessment>& assessments,
                                   const std::vector<std::optional<double>>& values,
                                   Better better) {
  ObjectiveReview r;
  r.objective = objective;
  std::vector<size_t> points = last_two(values);
  if (points.empty()) {
    return r; // no_data
  }
  double target = objective.target;
  if (better == Better::unknown) {
    better = target < *values[*first_measured(values)] ? Better::lower : Better::higher;
  }
  r.lower_is_better = better == Better::lower;
  // Signed distance still to go, positive while the target is not reached.
  auto remaining = [&](double value) {
    return r.lower_is_better ? value - target : target - value;
  };
  r.current_at = points.back();
  r.current = *values[points.back()];
  if (remaining(*r.current) <= k_epsilon) {
    r.status = ObjectiveStatus::met;
    return r;
  }
  r.status = ObjectiveStatus::behind;
  if (points.size() < 2) {
    return r; // one measurement: no pace yet
  }
  const ReviewAssessment& a = assessments[points[0]];
  const ReviewAssessment& b = assessments[points[1]];
  double pace = (*r.current - *values[points[0]]) / static_cast<double>(b.day - a.day);
  r.pace_per_day = pace;
  double progress = r.lower_is_better ? -pace : pace; // toward the target, per day
  double days = progress > 0 ? remaining(*r.current) / progress : 0;
  if (progress <= 0 || days > k_max_projection_days) {
    r.never = true;
    return r;
  }
  // The first whole day on which the line has reached the target.
  r.reach_day = b.day + static_cast<long>(std::ceil(days - k_epsilon));
  long by = days_from_iso(objective.by).value_or(0);
  if (*r.reach_day <= by) {
    r.status = ObjectiveStatus::on_track;
  }
  return r;
}

} // namespace medtime
