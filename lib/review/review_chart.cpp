#include "review/review_chart.h"

#include "render/number.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/html.h"

namespace medtime::review_chart {

namespace {

constexpr double k_width = 480;
constexpr double k_height = 200;
constexpr double k_left = 40;
constexpr double k_right = 16;
constexpr double k_top = 14;
constexpr double k_bottom = 30;

class Plot {
public:
  explicit Plot(const Chart& chart)
    : m_chart(chart) {
    m_first = chart.days.front();
    m_last = chart.days.back();
    for (const auto& t : chart.targets) {
      m_last = std::max(m_last, t.by_day);
    }
    if (m_last == m_first) { // one date: centre it
      m_first -= 30;
      m_last += 30;
    }
  }

  double x(long day) const {
    return k_left + (k_width - k_left - k_right) * static_cast<double>(day - m_first) /
                      static_cast<double>(m_last - m_first);
  }
  double y(double value) const {
    double span = m_chart.y_max - m_chart.y_min;
    double share = span > 0 ? (value - m_chart.y_min) / span : 0.5;
    return k_height - k_bottom - (k_height - k_top - k_bottom) * std::clamp(share, 0.0, 1.0);
  }
  long last_day() const { return m_last; }

private:
  const Chart& m_chart;
  long m_first = 0;
  long m_last = 0;
};

std::string axes(const Chart& chart, const Plot& plot, Lang lang) {
  std::string out;
  double bottom = k_height - k_bottom;
  out += fmt::format(R"(<line class="axis" x1="{0}" y1="{1}" x2="{2}" y2="{1}"/>)",
                     k_left,
                     bottom,
                     k_width - k_right);
  out += fmt::format(
    R"(<line class="axis" x1="{0}" y1="{1}" x2="{0}" y2="{2}"/>)", k_left, k_top, bottom);
  for (double v : { chart.y_min, chart.y_max }) {
    out += fmt::format(R"(<text class="tick" x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)",
                       k_left - 4,
                       plot.y(v) + 3,
                       html_escape(format_number(v, chart.decimals, lang)));
  }
  // Year and month under each point (the full dates are in the tooltips and
  // the table), skipping a label that would overlap the previous one.
  // A label near the right edge ends at its point instead of being centred
  // on it, so that the viewBox never cuts it ("2026-1").
  constexpr double k_half_label = 22; // half the width of "2026-11" at 10px
  double last_right = -1e9;
  for (size_t i = 0; i < chart.days.size(); ++i) {
    double x = plot.x(chart.days[i]);
    bool at_edge = x + k_half_label > k_width;
    double left = at_edge ? x - 2 * k_half_label : x - k_half_label;
    if (left < last_right) {
      continue;
    }
    last_right = at_edge ? x : x + k_half_label;
    out += fmt::format(R"(<text class="tick" x="{:.1f}" y="{:.1f}" text-anchor="{}">{}</text>)",
                       x,
                       bottom + 14,
                       at_edge ? "end" : "middle",
                       html_escape(chart.dates[i].substr(0, 7)));
  }
  for (const auto& g : chart.guides) {
    out +=
      fmt::format(R"(<line class="guide" x1="{0:.1f}" y1="{2:.1f}" x2="{1:.1f}" y2="{2:.1f}"/>)",
                  k_left,
                  k_width - k_right,
                  plot.y(g.value));
    out += fmt::format(R"(<text class="guide-label" x="{:.1f}" y="{:.1f}">{}</text>)",
                       k_left + 3,
                       plot.y(g.value) - 3,
                       html_escape(g.label));
  }
  return out;
}

std::string targets(const Chart& chart, const Plot& plot) {
  std::string out;
  std::optional<size_t> last;
  for (size_t i = 0; i < chart.values.size(); ++i) {
    last = chart.values[i] ? std::optional<size_t>(i) : last;
  }
  for (const auto& t : chart.targets) {
    double ty = plot.y(t.value);
    out += fmt::format(R"(<line class="target" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)",
                       k_left,
                       ty,
                       plot.x(t.by_day),
                       ty);
    out += fmt::format(
      R"(<path class="target-mark" d="M{0:.1f} {1:.1f}l5 5l-5 5l-5 -5z"><title>{2}</title></path>)",
      plot.x(t.by_day),
      ty - 5,
      html_escape(t.label));
    if (last && t.reach_day) {
      long end = std::min(*t.reach_day, plot.last_day());
      double share = static_cast<double>(end - chart.days[*last]) /
                     static_cast<double>(std::max(1L, *t.reach_day - chart.days[*last]));
      double from = *chart.values[*last];
      out +=
        fmt::format(R"(<line class="projection" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)",
                    plot.x(chart.days[*last]),
                    plot.y(from),
                    plot.x(end),
                    plot.y(from + (t.value - from) * share));
    }
  }
  return out;
}

std::string series(const Chart& chart, const Plot& plot, Lang lang) {
  std::string points, dots;
  for (size_t i = 0; i < chart.values.size(); ++i) {
    if (!chart.values[i]) {
      continue;
    }
    double px = plot.x(chart.days[i]);
    double py = plot.y(*chart.values[i]);
    std::string value = format_number(*chart.values[i], chart.decimals, lang);
    points += fmt::format("{:.1f},{:.1f} ", px, py);
    dots += fmt::format(
      R"(<circle class="point" cx="{:.1f}" cy="{:.1f}" r="3.5"><title>{}: {}</title></circle>)",
      px,
      py,
      html_escape(chart.dates[i]),
      html_escape(value));
    dots +=
      fmt::format(R"(<text class="value" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                  px,
                  py - 7,
                  html_escape(value));
  }
  return fmt::format(R"(<polyline class="line" points="{}"/>)", points) + dots;
}

} // namespace

double nice_ceiling(double value) {
  if (value <= 0) {
    return 1;
  }
  double scale = std::pow(10.0, std::floor(std::log10(value)));
  for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
    if (step * scale >= value - 1e-9) {
      return step * scale;
    }
  }
  return 10 * scale;
}

std::string render_svg(const Chart& chart, Lang lang) {
  if (chart.days.empty()) {
    return {};
  }
  Plot plot(chart);
  std::string out = fmt::format(R"(<svg class="chart" viewBox="0 0 {} {}" role="img" )"
                                R"(xmlns="http://www.w3.org/2000/svg"><title>{}</title>)",
                                k_width,
                                k_height,
                                html_escape(chart.title));
  out += axes(chart, plot, lang);
  out += targets(chart, plot);
  out += series(chart, plot, lang);
  return out + "</svg>";
}

} // namespace medtime::review_chart
