// The cost sheet as CSV: one row per year, RFC 4180 line ends, a separator
// and decimal mark chosen for the user's spreadsheet.
#include "cost/cost_render.h"
#include "render/csv.h"
#include "render/number.h"

#include <algorithm>
#include <fmt/format.h>

namespace medtime {

namespace {

std::string csv_number(double value, const CsvStyle& format) {
  std::string text = fmt::format("{:.2f}", round_to(value, 2));
  if (format.decimal_comma) {
    std::replace(text.begin(), text.end(), '.', ',');
  }
  bool quote = text.find(format.separator) != std::string::npos;
  return quote ? "\"" + text + "\"" : text;
}

} // namespace

std::string render_cost_csv(const CostSheet& sheet, const CsvStyle& format) {
  std::string sep(1, format.separator);
  std::string out = fmt::format("{}\r\n",
                                fmt::join(std::vector<std::string>{ "year",
                                                                    "hours_freed",
                                                                    "extra_consultations",
                                                                    "revenue",
                                                                    "personal_value",
                                                                    "staff_cost",
                                                                    "other_costs",
                                                                    "aid",
                                                                    "net",
                                                                    "net_if_target_missed",
                                                                    "cumulative_net",
                                                                    "break_even" },
                                          sep));
  for (const auto& y : sheet.years) {
    std::vector<std::string> cells{ std::to_string(y.year) };
    for (double v : { y.hours_freed,
                      y.extra_consultations,
                      y.revenue,
                      y.personal_value,
                      y.staff_cost,
                      y.other_costs,
                      y.aid,
                      y.net,
                      y.net_if_target_missed,
                      y.cumulative_net,
                      y.break_even }) {
      cells.push_back(csv_number(v, format));
    }
    out += fmt::format("{}\r\n", fmt::join(cells, sep));
  }
  return out;
}

std::string render_compare_csv(const std::vector<CostOption>& options, const CsvStyle& format) {
  std::string sep(1, format.separator);
  std::string out = fmt::format("{}\r\n",
                                fmt::join(std::vector<std::string>{ "option",
                                                                    "hours_freed_per_week",
                                                                    "left_out_hours_per_week",
                                                                    "staff_cost",
                                                                    "other_costs_year1",
                                                                    "aid_total",
                                                                    "net_year1",
                                                                    "cumulative_net",
                                                                    "cumulative_net_if_target_missed",
                                                                    "payback_year",
                                                                    "break_even" },
                                          sep));
  for (const auto& o : options) {
    std::vector<std::string> cells{ csv_text(o.name.get(Lang::fr), format) };
    for (double v : { o.weekly_hours_freed(),
                      o.left_out_hours(),
                      o.sheet.years.front().staff_cost,
                      o.sheet.years.front().other_costs,
                      o.aid_total(),
                      o.sheet.years.front().net,
                      o.sheet.last_year().cumulative_net,
                      o.sheet.last_year().cumulative_net_if_target_missed }) {
      cells.push_back(csv_number(v, format));
    }
    cells.push_back(o.sheet.payback_year ? std::to_string(*o.sheet.payback_year) : "");
    cells.push_back(csv_number(o.sheet.last_year().break_even, format));
    out += fmt::format("{}\r\n", fmt::join(cells, sep));
  }
  return out;
}

} // namespace medtime
