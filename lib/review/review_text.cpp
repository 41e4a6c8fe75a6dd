// The review for a terminal, laid out like the minutes of a review meeting:
// what moved, what was done, where the objectives stand, what comes next.
#include "render/number.h"
#include "util/terminal.h"
#include "review/review_render.h"
#include "review/review_words.h"
#include "render/style.h"
#include "render/table.h"
#include "render/wrap.h"

#include <algorithm>
#include <fmt/format.h>

namespace medtime {

namespace {

using namespace review_words;
using Align = TextTable::Align;

class TextMinutes {
public:
  TextMinutes(const Review& review, Lang lang, const Style& style, size_t width)
    : m_review(review)
    , m_lang(lang)
    , m_style(style)
    , m_width(width) {}

  std::string render() {
    header();
    summary();
    levers();
    band_changes();
    actions();
    indicators();
    objectives();
    ranking();
    not_comparable();
    return m_out;
  }

private:
  const char* t(const char* fr, const char* en) const { return tr(m_lang, fr, en); }

  // `text` in bold, wrapped to the width (a long path gets a line of its own).
  std::string bold_lines(const std::string& text) const {
    return wrap_hanging(text, "", 2, m_width, [&](const std::string& line) { return m_style.bold(line); });
  }

  // `text` wrapped to the width after `first`, the next lines after `hang`
  // spaces; as it is (its spacing kept) when it fits on one line.
  std::string wrapped(const std::string& text, std::string_view first, size_t hang) const {
    if (text.find('\n') == std::string::npos && display_width(first) + display_width(text) <= m_width) {
      return std::string(first) + text + "\n";
    }
    return wrap_hanging(text, first, hang, m_width);
  }

  void heading(const std::string& title) { m_out += "\n" + bold_lines(title); }

  std::string coloured(Trend trend, const std::string& text) const {
    if (trend == Trend::improved) {
      return m_style.green(text);
    }
    return trend == Trend::regressed ? m_style.red(text) : text;
  }

  void header() {
    const auto& a = m_review.assessments;
    std::string who = a.back().respondent_id.empty() ? a.back().source : a.back().respondent_id;
    m_out += bold_lines(
      fmt::format(fmt::runtime(t("Revue périodique — {}", "Periodic review — {}")), who));
    std::string span = fmt::format(
      fmt::runtime(t("{} auto-évaluations du {} au {}", "{} self-assessments from {} to {}")),
      a.size(),
      a.front().date,
      a.back().date);
    if (a.size() >= 2) {
      span +=
        fmt::format(fmt::runtime(t(" ; dernière période : {} → {}", "; last period: {} → {}")),
                    a[a.size() - 2].date,
                    a.back().date);
    }
    m_out += wrapped(span + ".", "", 2);
    m_out += fmt::format(
      fmt::runtime(t("Seuil : {} points de maturité.\n", "Threshold: {} maturity points.\n")),
      format_number(m_review.options.threshold, 0, m_lang));
  }

  void summary() {
    heading(t("En bref", "In short"));
    std::vector<std::string> parts;
    for (Trend trend : { Trend::improved, Trend::stable, Trend::regressed }) {
      std::string levers = levers_with(m_review, trend, m_lang);
      if (!levers.empty()) {
        parts.push_back(coloured(trend, trend_word(trend, m_lang)) + colon(m_lang) + levers);
      }
    }
    m_out += parts.empty()
               ? std::string(t("  Pas encore de tendance : une seule mesure par levier.\n",
                               "  No trend yet: one measurement per lever.\n"))
               : wrapped(fmt::format("{}", fmt::join(parts, " ; ")) + ".", "  ", 4);
    if (!m_review.objectives.empty()) {
      int counts[4] = { 0, 0, 0, 0 };
      for (const auto& o : m_review.objectives) {
        ++counts[static_cast<int>(o.status)];
      }
      m_out +=
        fmt::format(fmt::runtime(t("  Objectifs : {} atteint(s), {} en bonne voie, {} en retard.\n",
                                   "  Objectives: {} met, {} on track, {} behind.\n")),
                    counts[0],
                    counts[1],
                    counts[2]);
    }
    for (const auto& p : m_review.ranking) {
      if (p.rank && *p.rank == 1) {
        m_out += wrapped(fmt::format(fmt::runtime(t("À travailler en priorité : {} (priorité {}).",
                                            "Work on first: {} (priority {}).")),
                             m_review.levers[p.lever].questionnaire->short_name(m_lang),
                             format_score(p.priority, m_lang)), "  ", 4);
      }
    }
  }

  // The table `render(limit)` draws with at most `limit` date columns, with
  // the most dates that fit the width (at least the first and the last:
  // the sparkline shows every date).
  template <class Render>
  std::string narrowest(Render render) const {
    for (size_t limit = 6;; --limit) {
      std::string text = render(limit);
      if (widest_line(text) <= m_width || limit <= 3) {
        return text;
      }
    }
  }

  // Columns: name, the shown dates, sparkline, since first, since previous, trend.
  TextTable series_table(const std::string& first_header, size_t limit,
                         std::vector<std::string> extra = {}) {
    std::vector<std::string> headers{ first_header };
    std::vector<Align> aligns{ Align::left };
    for (const auto& h : extra) {
      headers.push_back(h);
      aligns.push_back(Align::left);
    }
    for (size_t i : shown_columns(m_review.assessments.size(), limit)) {
      headers.push_back(i == SIZE_MAX ? "…" : date_at(m_review, i));
      aligns.push_back(Align::right);
    }
    for (const char* h : { t("courbe", "curve"),
                           t("Δ début", "Δ first"),
                           t("Δ préc.", "Δ prev."),
                           t("tendance", "trend") }) {
      headers.push_back(h);
      aligns.push_back(Align::right);
    }
    aligns.back() = Align::left;
    return TextTable(headers, aligns);
  }

  std::vector<std::string> series_cells(const std::vector<std::optional<double>>& values,
                                        size_t limit,
                                        const Change& change,
                                        int decimals,
                                        double low,
                                        double high) {
    std::vector<std::string> cells;
    for (size_t i : shown_columns(values.size(), limit)) {
      cells.push_back(i == SIZE_MAX ? "…"
                      : values[i]   ? format_number(*values[i], decimals, m_lang)
                                    : "—");
    }
    cells.push_back(sparkline(values, low, high));
    cells.push_back(signed_number(change.since_first, decimals, m_lang));
    cells.push_back(signed_number(change.since_previous, decimals, m_lang));
    cells.push_back(
      coloured(change.trend, trend_text(change, m_lang)));
    return cells;
  }

  // One series as two lines, for a terminal too narrow for the table: its
  // name, then its first and last values, sparkline, changes and trend.
  void series_entry(const std::string& name,
                    const std::vector<std::optional<double>>& values,
                    const Change& change,
                    int decimals,
                    double low,
                    double high) {
    auto value = [&](const std::optional<double>& v) {
      return v ? format_number(*v, decimals, m_lang) : std::string("—");
    };
    m_out += wrapped(name, "  ", 4);
    m_out += wrapped(fmt::format("{} → {}  {}  {} {} · {} {} · {}", value(values.front()),
                                 value(values.back()), sparkline(values, low, high),
                                 t("Δ début", "Δ first"),
                                 signed_number(change.since_first, decimals, m_lang),
                                 t("Δ préc.", "Δ prev."),
                                 signed_number(change.since_previous, decimals, m_lang),
                                 coloured(change.trend, trend_text(change, m_lang))),
                     "    ", 6);
  }

  void levers() {
    heading(t("Maturité par levier (0–100)", "Maturity per lever (0–100)"));
    std::string text = narrowest([&](size_t limit) {
      TextTable table = series_table(t("levier", "lever"), limit);
      for (const auto& lever : m_review.levers) {
        std::vector<std::string> row{ lever.questionnaire->short_name(m_lang) };
        auto cells = series_cells(lever.maturity, limit, lever.change, 0, 0, 100);
        row.insert(row.end(), cells.begin(), cells.end());
        table.add_row(std::move(row));
      }
      return table.render(2);
    });
    if (widest_line(text) <= m_width) {
      m_out += text;
    } else {
      for (const auto& lever : m_review.levers) {
        series_entry(lever.questionnaire->short_name(m_lang), lever.maturity, lever.change, 0, 0, 100);
      }
    }
    m_out += m_style.dim(t("  — : non évalué ou réponses insuffisantes à cette date.\n",
                           "  —: not assessed or not enough answers on that date.\n"));
  }

  void band_changes() {
    heading(t("Changements de niveau", "Band changes"));
    bool any = false;
    for (const auto& lever : m_review.levers) {
      for (const auto& b : lever.band_changes) {
        any = true;
        std::string line = fmt::format("{}{}{} → {} ({} → {})",
                                       lever.questionnaire->short_name(m_lang),
                                       colon(m_lang),
                                       b.from->label.get(m_lang),
                                       b.to->label.get(m_lang),
                                       date_at(m_review, b.from_at),
                                       date_at(m_review, b.to_at));
        m_out += wrapped(line, "  " + (b.up ? m_style.green("↑ ") : m_style.red("↓ ")), 4);
      }
    }
    if (!any) {
      m_out += t("  Aucun.\n", "  None.\n");
    }
  }

  void action_list(const LeverReview& lever, const char* label, const std::vector<int>& list) {
    if (list.empty()) {
      return;
    }
    m_out += fmt::format("    {}{}\n", label, m_lang == Lang::fr ? " :" : ":");
    for (int i : list) {
      m_out += wrapped(action_title(lever, i, m_lang), "      - ", 8);
    }
  }

  void actions() {
    heading(t("Actions depuis l'évaluation précédente", "Actions since the previous assessment"));
    bool any = false;
    for (const auto& lever : m_review.levers) {
      const auto& d = lever.since_previous;
      if (!d || (d->done.empty() && d->added.empty() && d->open.empty())) {
        continue;
      }
      any = true;
      m_out += fmt::format("  {} ({} → {})\n",
                           m_style.bold(lever.questionnaire->short_name(m_lang)),
                           date_at(m_review, d->from_at),
                           date_at(m_review, d->to_at));
      action_list(lever, t("réalisées (plus proposées)", "done (no longer suggested)"), d->done);
      action_list(lever, t("nouvelles", "new"), d->added);
      action_list(lever, t("toujours d'actualité", "still open"), d->open);
      if (lever.since_first && lever.since_first->from_at != d->from_at) {
        m_out += fmt::format(fmt::runtime(t("    depuis le {} : {} réalisée(s), {} nouvelle(s)\n",
                                            "    since {}: {} done, {} new\n")),
                             date_at(m_review, lever.since_first->from_at),
                             lever.since_first->done.size(),
                             lever.since_first->added.size());
      }
    }
    if (!any) {
      m_out += t("  Aucun levier évalué à deux dates.\n", "  No lever assessed on two dates.\n");
    }
  }

  void indicators() {
    if (m_review.indicators.empty()) {
      return;
    }
    heading(t("Indicateurs", "Indicators"));
    std::string text = narrowest([&](size_t limit) {
      TextTable table = series_table(t("indicateur", "indicator"), limit, { t("unité", "unit") });
      for (const auto& indicator : m_review.indicators) {
        std::vector<std::string> row{ indicator.id(), indicator.unit(m_lang) };
        auto [low, high] = value_range(indicator.values);
        auto cells = series_cells(indicator.values, limit, indicator.change, 1, low, high);
        row.insert(row.end(), cells.begin(), cells.end());
        table.add_row(std::move(row));
      }
      return table.render(2);
    });
    if (widest_line(text) <= m_width) {
      m_out += text;
      return;
    }
    // Too wide even with two dates (ids and units are long): one entry per
    // indicator, its first and last values on a line of their own.
    for (const auto& indicator : m_review.indicators) {
      auto [low, high] = value_range(indicator.values);
      series_entry(fmt::format("{} ({})", indicator.id(), indicator.unit(m_lang)),
                   indicator.values, indicator.change, 1, low, high);
    }
  }

  void objectives() {
    if (m_review.objectives_file.empty()) {
      return;
    }
    std::string title =
      fmt::format(fmt::runtime(t("Objectifs ({})", "Objectives ({})")), m_review.objectives_file);
    heading(title);
    for (const auto& o : m_review.objectives) {
      std::string status = status_word(o.status, m_lang);
      status = o.status == ObjectiveStatus::met        ? m_style.green("✓ " + status)
               : o.status == ObjectiveStatus::on_track ? m_style.green("↗ " + status)
                                                       : m_style.red("✗ " + status);
      m_out += wrapped(fmt::format("{} — {}", objective_subject(o, m_review, m_lang),
                                        objective_target(o, m_review, m_lang)),
                            "  ", 4);
      m_out += wrapped(status + colon(m_lang) + objective_outcome(o, m_review, m_lang), "    ", 6);
      if (std::string plan = objective_plan(o, m_lang); !plan.empty()) {
        m_out += wrapped(plan, "    ", 6);
      }
    }
    if (m_review.objectives.empty()) {
      m_out += t("  Aucun objectif dans ce fichier.\n", "  No objectives in this file.\n");
    }
  }

  void ranking() {
    heading(fmt::format(fmt::runtime(t("Classement au {}", "Ranking on {}")),
                        m_review.assessments.back().date));
    TextTable table({ t("rang", "rank"),
                      t("levier", "lever"),
                      t("priorité", "priority"),
                      t("maturité", "maturity"),
                      t("rang préc.", "prev. rank") },
                    { Align::right, Align::left, Align::right, Align::right, Align::right });
    for (const auto& p : m_review.ranking) {
      const LeverReview& lever = m_review.levers[p.lever];
      table.add_row({ p.rank ? std::to_string(*p.rank) : "—",
                      lever.questionnaire->short_name(m_lang),
                      format_score(p.priority, m_lang),
                      format_score(lever.scores.back().maturity.score, m_lang),
                      lever.previous_rank ? std::to_string(*lever.previous_rank) : "—" });
    }
    m_out += table.render(2);
  }

  void not_comparable() {
    if (m_review.not_comparable.empty()) {
      return;
    }
    heading(t("Non comparable", "Not comparable"));
    for (const auto& d : m_review.not_comparable) {
      m_out += wrapped(d.format(), "  ", 4); // path:line:col stays whole
    }
  }

  const Review& m_review;
  Lang m_lang;
  const Style& m_style;
  size_t m_width;
  std::string m_out;
};

} // namespace

std::string render_review_text(const Review& review, Lang lang, const Style& style, size_t width) {
  return visible_controls(TextMinutes(review, lang, style, width).render(), style.color());
}

} // namespace medtime
