// The three charts of the HTML report, as inline SVG elements: a radar of
// maturity per lever, a bar chart of priorities split into their three
// terms, and the time budget's bars. Geometry only; the figures they print come from the report.
#pragma once

#include <string>

#include "report/report.h"
#include "util/i18n.h"

namespace medtime {

// Colours of the three priority terms, shared by the bars, the legend and
// the lever sections of the page.
constexpr const char* k_maturity_colour = "#2f6db5";
constexpr const char* k_readiness_colour = "#3c9a5f";
constexpr const char* k_hours_colour = "#d9822b";

// Maturity (0–100) of every lever on its own axis, levers in set order so
// that successive reports draw the same shape; levers without a maturity get
// a dashed axis and "—". Fewer than three levers still draw their axes.
std::string radar_svg(const Report& report, Lang lang);

// One stacked bar per lever in rank order (maturity, readiness, hours
// terms), its priority at the end; unranked levers say why instead.
std::string priority_bars_svg(const Report& report, Lang lang);

// The time budget: one bar per category with hours, its length the hours
// per week, the part at stake darker, the figures at its end.
std::string budget_bars_svg(const Report& report, Lang lang);

} // namespace medtime
