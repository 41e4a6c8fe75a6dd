// Line charts of the review as inline SVG (for the HTML page): one series
// over time, with bands or a target drawn behind it.
#pragma once

#include "util/i18n.h"

#include <optional>
#include <string>
#include <vector>

namespace medtime::review_chart {

struct Guide {
  double value = 0;
  std::string label; // already plain text; the chart escapes it
};

struct Target {
  double value = 0;
  long by_day = 0;
  std::optional<long> reach_day; // where the projection meets the target
  std::string label;
};

struct Chart {
  std::string title;                         // for the SVG <title> (accessibility)
  std::vector<long> days;                    // x of each assessment
  std::vector<std::string> dates;            // tick labels
  std::vector<std::optional<double>> values; // y of each assessment, null: no point
  double y_min = 0;
  double y_max = 100;
  int decimals = 0;
  std::vector<Guide> guides; // horizontal lines: band limits
  std::vector<Target> targets;
};


// The smallest of 1, 2, 2.5, 5 times a power of ten that is >= `value`
// (1 for 0 or less): a round top for an axis.
double nice_ceiling(double value);

// The chart as an <svg> element, sized by its viewBox (it scales to the page).
std::string render_svg(const Chart& chart, Lang lang);

} // namespace medtime::review_chart
