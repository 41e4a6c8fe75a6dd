#include "report/report_svg.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numbers>

#include "render/style.h"
#include "report/report_render.h"
#include "render/wrap.h"
#include "report/report_words.h"

namespace medtime {

namespace {

// Radar geometry, in SVG user units.
constexpr double k_radar_width = 480;
constexpr double k_radar_height = 380;
constexpr double k_radius = 110;
constexpr double k_cx = k_radar_width / 2;
constexpr double k_cy = k_radar_height / 2;
constexpr size_t k_label_columns = 15;

// Bar chart geometry.
constexpr double k_bars_width = 420;
constexpr double k_bar_scale = 3.2; // units per priority point: 100 → 320
constexpr double k_line = 17;       // a line of bar label
constexpr size_t k_bar_label_columns = 50;

struct Point {
  double x = 0;
  double y = 0;
};

Point on_axis(size_t axis, size_t count, double fraction) {
  double angle = -std::numbers::pi / 2 +
                 2 * std::numbers::pi * static_cast<double>(axis) / static_cast<double>(count);
  return {k_cx + k_radius * fraction * std::cos(angle),
          k_cy + k_radius * fraction * std::sin(angle)};
}

std::string points_attr(const std::vector<Point>& points) {
  std::string out;
  for (const Point& p : points) {
    out += fmt::format("{}{:.1f},{:.1f}", out.empty() ? "" : " ", p.x, p.y);
  }
  return out;
}

std::string rings(size_t count) {
  std::string out;
  for (int ring = 1; ring <= 4; ++ring) {
    double fraction = ring / 4.0;
    if (count >= 3) {
      std::vector<Point> points;
      for (size_t i = 0; i < count; ++i) {
        points.push_back(on_axis(i, count, fraction));
      }
      out += fmt::format("<polygon class=\"ring\" points=\"{}\"/>\n", points_attr(points));
    } else {
      out += fmt::format("<circle class=\"ring\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\"/>\n",
                         k_cx, k_cy, k_radius * fraction);
    }
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", k_cx + 4,
                       k_cy - k_radius * fraction + 11, ring * 25);
  }
  return out;
}

// The label of one axis: the lever's title on a few lines, then its maturity.
std::string axis_label(const ReportLever& lever, size_t axis, size_t count, Lang lang) {
  Point p = on_axis(axis, count, 1.0 + 14 / k_radius);
  double dx = p.x - k_cx;
  double dy = p.y - k_cy;
  std::string anchor = dx > 20 ? "start" : dx < -20 ? "end" : "middle";
  std::vector<std::string> lines =
      wrap_lines(lever.questionnaire().short_name(lang), k_label_columns);
  lines.push_back(figure(lever.maturity, lang));
  double height = 16.0 * static_cast<double>(lines.size());
  double top = dy < -20 ? p.y - height + 12 : dy > 20 ? p.y + 12 : p.y - height / 2 + 12;
  std::string out = fmt::format("<text class=\"axis-label\" text-anchor=\"{}\">", anchor);
  for (size_t i = 0; i < lines.size(); ++i) {
    bool value = i + 1 == lines.size();
    out += fmt::format("<tspan x=\"{:.1f}\" y=\"{:.1f}\"{}>{}</tspan>", p.x,
                       top + 16.0 * static_cast<double>(i), value ? " class=\"value\"" : "",
                       html_escape(lines[i]));
  }
  return out + "</text>\n";
}

} // namespace

std::string radar_svg(const Report& report, Lang lang) {
  std::vector<const ReportLever*> levers;
  for (const ReportLever& lever : report.levers) {
    levers.push_back(&lever);
  }
  std::sort(levers.begin(), levers.end(), [](const ReportLever* a, const ReportLever* b) {
    return a->exact.lever < b->exact.lever;
  });
  size_t n = levers.size();
  std::string out = fmt::format(
      "<svg class=\"radar\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"radar-title\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"radar-title\">{}</title>\n",
      k_radar_width, k_radar_height,
      tr(lang, "Maturité par levier, sur 100", "Maturity per lever, out of 100"));
  if (n == 0) {
    return out + "</svg>\n";
  }
  out += rings(n);
  std::vector<Point> shape;
  for (size_t i = 0; i < n; ++i) {
    Point end = on_axis(i, n, 1.0);
    out += fmt::format(
        "<line class=\"axis{}\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>\n",
        levers[i]->maturity ? "" : " missing", k_cx, k_cy, end.x, end.y);
    if (levers[i]->maturity) {
      shape.push_back(on_axis(i, n, *levers[i]->maturity / 100));
    }
  }
  if (shape.size() >= 2) {
    out += fmt::format("<polygon class=\"shape\" points=\"{}\"/>\n", points_attr(shape));
  }
  for (const Point& p : shape) {
    out += fmt::format("<circle class=\"dot\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"/>\n", p.x, p.y);
  }
  for (size_t i = 0; i < n; ++i) {
    out += axis_label(*levers[i], i, n, lang);
  }
  return out + "</svg>\n";
}

namespace {

std::string segment(double x, double y, double points, const char* colour, Lang lang) {
  double width = points * k_bar_scale;
  std::string out =
      fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"20\" fill=\"{}\"/>\n",
                  x, y, width, colour);
  if (width >= 30) {
    out += fmt::format(
        "<text class=\"in-bar\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n",
        x + width / 2, y + 14.5, figure(points, lang));
  }
  return out;
}

std::string legend(double y, Lang lang) {
  const char* colours[] = {k_maturity_colour, k_readiness_colour, k_hours_colour};
  const char* labels[] = {tr(lang, "reste à faire", "room to grow"),
                          tr(lang, "disposition à agir", "readiness"),
                          tr(lang, "heures en jeu", "hours at stake")};
  std::string out;
  double x = 0;
  for (int i = 0; i < 3; ++i) {
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"12\" height=\"12\" fill=\"{}\"/>",
                       x, y, colours[i]);
    out += fmt::format("<text class=\"legend\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", x + 17,
                       y + 10, labels[i]);
    x += 34 + 7.0 * static_cast<double>(display_width(labels[i]));
  }
  return out;
}

} // namespace

std::string priority_bars_svg(const Report& report, Lang lang) {
  std::vector<std::vector<std::string>> labels;
  double height = 30;
  for (const ReportLever& lever : report.levers) {
    std::string rank = lever.rank ? fmt::format("{}. ", *lever.rank) : "– ";
    labels.push_back(
        wrap_lines(rank + lever.questionnaire().short_name(lang), k_bar_label_columns));
    height += k_line * static_cast<double>(labels.back().size()) + 34;
  }
  std::string out = fmt::format(
      "<svg class=\"bars\" viewBox=\"0 0 {} {:.0f}\" role=\"img\" aria-labelledby=\"bars-title\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"bars-title\">{}</title>\n",
      k_bars_width, height,
      tr(lang, "Priorité par levier, sur 100", "Priority per lever, out of 100"));
  double y = 0;
  for (size_t i = 0; i < report.levers.size(); ++i) {
    const ReportLever& lever = report.levers[i];
    for (const std::string& line : labels[i]) {
      y += k_line;
      out += fmt::format("<text class=\"bar-label\" x=\"0\" y=\"{:.1f}\">{}</text>\n", y - 4,
                         html_escape(line));
    }
    double bar_y = y + 3;
    if (lever.terms) {
      const PriorityTerms& t = *lever.terms;
      double x = 0;
      out += segment(x, bar_y, t.maturity, k_maturity_colour, lang);
      x += t.maturity * k_bar_scale;
      out += segment(x, bar_y, t.readiness, k_readiness_colour, lang);
      x += t.readiness * k_bar_scale;
      out += segment(x, bar_y, t.hours, k_hours_colour, lang);
      x += t.hours * k_bar_scale;
      out += fmt::format("<text class=\"total\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", x + 6,
                         bar_y + 15, figure(t.priority, lang));
    } else {
      out += fmt::format("<text class=\"none\" x=\"0\" y=\"{:.1f}\">{}</text>\n", bar_y + 15,
                         html_escape(state_text(lever, lang)));
    }
    y += 34;
  }
  return out + legend(y + 6, lang) + "</svg>\n";
}

std::string budget_bars_svg(const Report& report, Lang lang) {
  constexpr double k_width = 640, k_bar_height = 16, k_room = 380;
  double most = 0;
  std::vector<const BudgetRow*> rows;
  for (const BudgetRow& row : report.budget) {
    if (row.hours > 0) {
      rows.push_back(&row);
      most = std::max(most, row.hours);
    }
  }
  std::vector<std::vector<std::string>> labels;
  double height = 26;
  for (const BudgetRow* row : rows) {
    labels.push_back(wrap_lines(row->category->label.get(lang), 80));
    height += k_line * static_cast<double>(labels.back().size()) + k_bar_height + 12;
  }
  std::string out = fmt::format(
      "<svg class=\"budget\" viewBox=\"0 0 {} {:.0f}\" role=\"img\" "
      "aria-labelledby=\"budget-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<title id=\"budget-title\">{}</title>\n",
      k_width, height, html_escape(budget_title(lang)));
  double y = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const BudgetRow& row = *rows[i];
    for (const std::string& line : labels[i]) {
      y += k_line;
      out += fmt::format("<text class=\"bar-label\" x=\"0\" y=\"{:.1f}\">{}</text>\n", y - 4,
                         html_escape(line));
    }
    double bar_y = y + 2;
    double total = std::max(2.0, row.hours / most * k_room);
    double dark = row.at_stake / most * k_room;
    out += fmt::format("<rect class=\"hours\" x=\"0\" y=\"{:.1f}\" width=\"{:.1f}\" "
                       "height=\"{}\"/>",
                       bar_y, total, k_bar_height);
    if (dark > 0) {
      out += fmt::format("<rect class=\"stake\" x=\"0\" y=\"{:.1f}\" width=\"{:.1f}\" "
                         "height=\"{}\"/>",
                         bar_y, dark, k_bar_height);
    }
    out += fmt::format("<text class=\"legend\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
                       total + 8, bar_y + 13, html_escape(budget_row_text(row, lang)));
    y += k_bar_height + 12;
  }
  return out + "</svg>\n";
}

} // namespace medtime
