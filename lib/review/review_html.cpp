// The review as one self-contained, printable HTML page: no script, no
// network, a line chart per lever and per indicator as inline SVG, every
// user text escaped.
#include "render/html.h"
#include "render/number.h"
#include "review/review_chart.h"
#include "review/review_render.h"
#include "review/review_words.h"
#include "review/dates.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using namespace review_words;

constexpr const char* k_style = R"(
body { font: 14px/1.45 system-ui, sans-serif; color: #222; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: .2rem 0; }
.meta { color: #555; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: 1rem; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: .6rem .8rem; break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .92em; } th { white-space: nowrap; } th.date { white-space: normal; } .series td:last-child { white-space: nowrap; } th, td { padding: .15rem .4rem; border-bottom: 1px solid #eee; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.improved, .met, .on_track { color: #1a7f37; } .regressed, .behind { color: #b42318; font-weight: 600; }
.chart { width: 100%; height: auto; }
.chart .axis { stroke: #999; } .chart .guide { stroke: #bbb; stroke-dasharray: 3 3; }
.chart .guide-label, .chart .tick { font-size: 10px; fill: #666; }
.chart .line { fill: none; stroke: #1f5fa8; stroke-width: 2; } .chart .point { fill: #1f5fa8; }
.chart .value { font-size: 10px; fill: #222; }
.chart .target { stroke: #b7791f; stroke-dasharray: 6 3; } .chart .target-mark { fill: #b7791f; }
.chart .projection { stroke: #1f5fa8; stroke-dasharray: 2 3; }
ul { margin: .2rem 0 .4rem; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } .cards { display: block; } .card { margin-bottom: .6rem; } }
)";

class HtmlMinutes {
public:
  HtmlMinutes(const Review& review, Lang lang)
    : m_review(review)
    , m_lang(lang) {}

  std::string render() {
    const auto& a = m_review.assessments;
    std::string who = a.back().respondent_id.empty() ? a.back().source : a.back().respondent_id;
    std::string title =
      fmt::format(fmt::runtime(t("Revue périodique — {}", "Periodic review — {}")), who);
    m_out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                         "<title>{}</title><style>{}</style></head><body>\n",
                         lang_code(m_lang),
                         html_escape(title),
                         k_style);
    m_out += "<h1>" + html_escape(title) + "</h1>\n";
    m_out += "<p class=\"meta\">" +
             html_escape(fmt::format(
               fmt::runtime(t("{} auto-évaluations du {} au {} ; seuil : {} points de maturité.",
                              "{} self-assessments from {} to {}; threshold: {} maturity points.")),
               a.size(),
               a.front().date,
               a.back().date,
               format_number(m_review.options.threshold, 0, m_lang))) +
             "</p>\n";
    summary();
    levers();
    indicators();
    objectives();
    ranking();
    not_comparable();
    m_out += "</body></html>\n";
    return m_out;
  }

private:
  const char* t(const char* fr, const char* en) const { return tr(m_lang, fr, en); }

  std::string trend_span(const Change& change) const {
    return fmt::format("<span class=\"{}\">{}</span>", to_string(change.trend),
                       html_escape(trend_text(change, m_lang)));
  }


  void summary() {
    m_out += "<ul>\n";
    for (Trend trend : { Trend::improved, Trend::stable, Trend::regressed }) {
      std::string levers = levers_with(m_review, trend, m_lang);
      if (!levers.empty()) {
        m_out += fmt::format("<li><span class=\"{}\">{}</span>{}{}</li>\n",
                             to_string(trend),
                             html_escape(trend_word(trend, m_lang)),
                             colon(m_lang),
                             html_escape(levers));
      }
    }
    if (!m_review.objectives.empty()) {
      int counts[4] = { 0, 0, 0, 0 };
      for (const auto& o : m_review.objectives) {
        ++counts[static_cast<int>(o.status)];
      }
      m_out += "<li>" +
               html_escape(fmt::format(
                 fmt::runtime(t("Objectifs : {} atteint(s), {} en bonne voie, {} en retard.",
                                "Objectives: {} met, {} on track, {} behind.")),
                 counts[0],
                 counts[1],
                 counts[2])) +
               "</li>\n";
    }
    for (const auto& p : m_review.ranking) {
      if (p.rank && *p.rank == 1) {
        m_out += "<li>" +
                 html_escape(fmt::format(fmt::runtime(t("À travailler en priorité : {} (priorité {}).",
                                                   "Work on first: {} (priority {}).")),
                                    m_review.levers[p.lever].questionnaire->short_name(m_lang),
                                    format_score(p.priority, m_lang))) +
                 "</li>\n";
      }
    }
    m_out += "</ul>\n";
  }

  review_chart::Chart chart_of(const std::string& title,
                               const std::vector<std::optional<double>>& values) const {
    review_chart::Chart chart;
    chart.title = title;
    for (const auto& a : m_review.assessments) {
      chart.days.push_back(a.day);
      chart.dates.push_back(a.date);
    }
    chart.values = values;
    return chart;
  }

  void add_targets(review_chart::Chart& chart, const std::string& target_id) const {
    for (const auto& o : m_review.objectives) {
      if (o.objective.target_id() != target_id) {
        continue;
      }
      review_chart::Target target;
      target.value = o.objective.target;
      target.by_day = days_from_iso(o.objective.by).value_or(chart.days.back());
      target.reach_day = o.reach_day;
      target.label = objective_target(o, m_review, m_lang);
      chart.targets.push_back(target);
      chart.y_max = std::max(chart.y_max, o.objective.target);
    }
  }

  // One row per series: name, the value at each date, changes and trend.
  std::string series_table(
    const std::string& first,
    const std::vector<std::pair<std::string, const std::vector<std::optional<double>>*>>& rows,
    const std::vector<const Change*>& changes,
    int decimals) const {
    std::string out = "<table class=\"series\">\n<tr><th>" + html_escape(first) + "</th>";
    // A date may break at its hyphens (<wbr>) when the page is narrow.
    for (const auto& a : m_review.assessments) {
      std::string date = html_escape(a.date);
      for (size_t dash = date.find('-'); dash != std::string::npos; dash = date.find('-', dash + 6)) {
        date.insert(dash + 1, "<wbr>");
      }
      out += "<th class=\"num date\">" + date + "</th>";
    }
    out += fmt::format("<th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr>\n",
                       html_escape(t("Δ début", "Δ first")),
                       html_escape(t("Δ préc.", "Δ prev.")),
                       html_escape(t("tendance", "trend")));
    for (size_t r = 0; r < rows.size(); ++r) {
      out += "<tr><td>" + html_escape(rows[r].first) + "</td>";
      for (const auto& v : *rows[r].second) {
        out +=
          "<td class=\"num\">" + html_escape(v ? format_number(*v, decimals, m_lang) : "—") + "</td>";
      }
      const Change& c = *changes[r];
      out += fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
                         html_escape(signed_number(c.since_first, decimals, m_lang)),
                         html_escape(signed_number(c.since_previous, decimals, m_lang)),
                         trend_span(c));
    }
    return out + "</table>\n";
  }

  std::string change_line(const Change& change, int decimals) const {
    return fmt::format("<p>{} · {} {} · {} {}</p>\n",
                       trend_span(change),
                       html_escape(t("depuis le début", "since the first")),
                       html_escape(signed_number(change.since_first, decimals, m_lang)),
                       html_escape(t("depuis la précédente", "since the previous")),
                       html_escape(signed_number(change.since_previous, decimals, m_lang)));
  }

  void action_list(const LeverReview& lever, const char* label, const std::vector<int>& list) {
    if (list.empty()) {
      return;
    }
    m_out += "<p>" + html_escape(label) + "</p><ul>";
    for (int i : list) {
      m_out += "<li>" + html_escape(action_title(lever, i, m_lang)) + "</li>";
    }
    m_out += "</ul>\n";
  }

  void lever_card(const LeverReview& lever) {
    const Questionnaire& q = *lever.questionnaire;
    m_out += "<div class=\"card\">\n<h3>" + html_escape(q.short_name(m_lang)) + "</h3>\n";
    m_out += "<p class=\"meta\">" + html_escape(q.title.get(m_lang)) + "</p>\n";
    review_chart::Chart chart = chart_of(q.title.get(m_lang), lever.maturity);
    for (const auto& band : q.bands) {
      if (band.from > 0) {
        chart.guides.push_back({ band.from, band.label.get(m_lang) });
      }
    }
    add_targets(chart, q.scored_id());
    chart.y_max = 100;
    m_out += review_chart::render_svg(chart, m_lang) + "\n";
    m_out += change_line(lever.change, 0);
    for (const auto& b : lever.band_changes) {
      m_out += fmt::format("<p class=\"{}\">{} {} → {} ({})</p>\n",
                           b.up ? "improved" : "regressed",
                           b.up ? "↑" : "↓",
                           html_escape(b.from->label.get(m_lang)),
                           html_escape(b.to->label.get(m_lang)),
                           html_escape(date_at(m_review, b.to_at)));
    }
    if (const auto& d = lever.since_previous) {
      action_list(lever,
                  t("Actions réalisées (plus proposées) :", "Actions done (no longer suggested):"),
                  d->done);
      action_list(lever, t("Nouvelles actions :", "New actions:"), d->added);
      action_list(lever, t("Toujours d'actualité :", "Still open:"), d->open);
    }
    m_out += "</div>\n";
  }

  void levers() {
    m_out +=
      "<h2>" + html_escape(t("Maturité par levier (0–100)", "Maturity per lever (0–100)")) + "</h2>\n";
    std::vector<std::pair<std::string, const std::vector<std::optional<double>>*>> rows;
    std::vector<const Change*> changes;
    for (const auto& lever : m_review.levers) {
      rows.emplace_back(lever.questionnaire->short_name(m_lang), &lever.maturity);
      changes.push_back(&lever.change);
    }
    m_out += series_table(t("levier", "lever"), rows, changes, 0);
    m_out += "<div class=\"cards\">\n";
    for (const auto& lever : m_review.levers) {
      lever_card(lever);
    }
    m_out += "</div>\n";
  }

  void indicators() {
    if (m_review.indicators.empty()) {
      return;
    }
    m_out += "<h2>" + html_escape(t("Indicateurs", "Indicators")) + "</h2>\n";
    std::vector<std::pair<std::string, const std::vector<std::optional<double>>*>> rows;
    std::vector<const Change*> changes;
    for (const auto& indicator : m_review.indicators) {
      std::string unit = indicator.unit(m_lang);
      rows.emplace_back(indicator_label(indicator, m_lang) + (unit.empty() ? "" : " (" + unit + ")"),
                        &indicator.values);
      changes.push_back(&indicator.change);
    }
    m_out += series_table(t("indicateur", "indicator"), rows, changes, 1);
    m_out += "<div class=\"cards\">\n";
    for (const auto& indicator : m_review.indicators) {
      std::string unit = indicator.unit(m_lang);
      m_out += "<div class=\"card\">\n<h3 title=\"" + html_escape(indicator.id()) + "\">" +
               html_escape(indicator_label(indicator, m_lang)) +
               (unit.empty() ? "" : " <small>(" + html_escape(unit) + ")</small>") + "</h3>\n";
      m_out += "<p class=\"meta\">" + html_escape(indicator.label(m_lang)) + "</p>\n";
      review_chart::Chart chart = chart_of(indicator.id(), indicator.values);
      chart.decimals = 1;
      chart.y_max = 0;
      for (const auto& v : indicator.values) {
        chart.y_max = std::max(chart.y_max, v.value_or(0));
      }
      add_targets(chart, indicator.id());
      chart.y_max = review_chart::nice_ceiling(chart.y_max * 1.1);
      m_out += review_chart::render_svg(chart, m_lang) + "\n";
      m_out += change_line(indicator.change, 1) + "</div>\n";
    }
    m_out += "</div>\n";
  }

  void objectives() {
    if (m_review.objectives_file.empty()) {
      return;
    }
    m_out += "<h2>" +
             html_escape(fmt::format(fmt::runtime(t("Objectifs ({})", "Objectives ({})")),
                                m_review.objectives_file)) +
             "</h2>\n<table>\n";
    m_out += fmt::format("<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                         html_escape(t("objet", "subject")),
                         html_escape(t("cible", "target")),
                         html_escape(t("état", "status")),
                         html_escape(t("où en est-on", "where it stands")));
    for (const auto& o : m_review.objectives) {
      std::string plan = objective_plan(o, m_lang);
      m_out += fmt::format("<tr><td>{}{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td></tr>\n",
                           html_escape(objective_subject(o, m_review, m_lang, true)),
                           plan.empty() ? "" : "<br><small>" + html_escape(plan) + "</small>",
                           html_escape(objective_target(o, m_review, m_lang)),
                           to_string(o.status),
                           html_escape(status_word(o.status, m_lang)),
                           html_escape(objective_outcome(o, m_review, m_lang)));
    }
    m_out += "</table>\n";
  }

  void ranking() {
    m_out += "<h2>" +
             html_escape(fmt::format(fmt::runtime(t("Classement au {}", "Ranking on {}")),
                                m_review.assessments.back().date)) +
             "</h2>\n<table>\n";
    m_out += fmt::format("<tr><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th>"
                         "<th class=\"num\">{}</th><th class=\"num\">{}</th></tr>\n",
                         html_escape(t("rang", "rank")),
                         html_escape(t("levier", "lever")),
                         html_escape(t("priorité", "priority")),
                         html_escape(t("maturité", "maturity")),
                         html_escape(t("rang préc.", "prev. rank")));
    for (const auto& p : m_review.ranking) {
      const LeverReview& lever = m_review.levers[p.lever];
      m_out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td>"
                           "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                           p.rank ? std::to_string(*p.rank) : "—",
                           html_escape(lever.questionnaire->short_name(m_lang)),
                           html_escape(format_score(p.priority, m_lang)),
                           html_escape(format_score(lever.scores.back().maturity.score, m_lang)),
                           lever.previous_rank ? std::to_string(*lever.previous_rank) : "—");
    }
    m_out += "</table>\n";
  }

  void not_comparable() {
    if (m_review.not_comparable.empty()) {
      return;
    }
    m_out += "<h2>" + html_escape(t("Non comparable", "Not comparable")) + "</h2>\n<ul>\n";
    for (const auto& d : m_review.not_comparable) {
      m_out += "<li>" + html_escape(d.format()) + "</li>\n";
    }
    m_out += "</ul>\n";
  }

  const Review& m_review;
  Lang m_lang;
  std::string m_out;
};

} // namespace

std::string render_review_html(const Review& review, Lang lang) {
  return HtmlMinutes(review, lang).render();
}

} // namespace medtime
