// The review in Markdown, for a shared folder or a wiki: the same minutes
// as the text output, with tables.
#include "render/markdown.h"
#include "util/terminal.h"
#include "render/number.h"
#include "review/review_render.h"
#include "review/review_words.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using namespace review_words;

// A text from a file (an id, a lever, an action...) as one line of
// Markdown that shows as written.
std::string cell(std::string_view text) {
  return markdown_line(text);
}

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& c : cells) {
    out += " " + c + " |";
  }
  return out + "\n";
}

std::string rule(const std::vector<bool>& right) {
  std::string out = "|";
  for (bool r : right) {
    out += r ? " ---: |" : " --- |";
  }
  return out + "\n";
}

class MdMinutes {
public:
  MdMinutes(const Review& review, Lang lang)
    : m_review(review)
    , m_lang(lang) {}

  std::string render() {
    header();
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

  void header() {
    const auto& a = m_review.assessments;
    std::string who = a.back().respondent_id.empty() ? a.back().source : a.back().respondent_id;
    m_out +=
      "# " +
      cell(fmt::format(fmt::runtime(t("Revue périodique — {}", "Periodic review — {}")), who)) +
      "\n\n";
    m_out += fmt::format(
      fmt::runtime(t("{} auto-évaluations du {} au {}. Seuil : {} points de maturité.\n",
                     "{} self-assessments from {} to {}. Threshold: {} maturity points.\n")),
      a.size(),
      a.front().date,
      a.back().date,
      format_number(m_review.options.threshold, 0, m_lang));
    m_out += "\n";
    for (Trend trend : { Trend::improved, Trend::stable, Trend::regressed }) {
      std::string levers = levers_with(m_review, trend, m_lang);
      if (!levers.empty()) {
        m_out +=
          fmt::format("- **{}**{}{}\n", trend_word(trend, m_lang), colon(m_lang), cell(levers));
      }
    }
  }

  void series_header(const std::string& first, bool unit) {
    std::vector<std::string> headers{ first };
    std::vector<bool> right{ false };
    if (unit) {
      headers.push_back(t("unité", "unit"));
      right.push_back(false);
    }
    for (size_t i : shown_columns(m_review.assessments.size())) {
      headers.push_back(i == SIZE_MAX ? "…" : date_at(m_review, i));
      right.push_back(true);
    }
    for (const char* h : { t("courbe", "curve"),
                           t("Δ début", "Δ first"),
                           t("Δ préc.", "Δ prev."),
                           t("tendance", "trend") }) {
      headers.push_back(h);
      right.push_back(true);
    }
    right.back() = false;
    m_out += row(headers) + rule(right);
  }

  void series_row(std::vector<std::string> cells,
                  const std::vector<std::optional<double>>& values,
                  const Change& change,
                  int decimals,
                  double low,
                  double high) {
    for (size_t i : shown_columns(values.size())) {
      cells.push_back(i == SIZE_MAX ? "…"
                      : values[i]   ? format_number(*values[i], decimals, m_lang)
                                    : "—");
    }
    cells.push_back(sparkline(values, low, high));
    cells.push_back(signed_number(change.since_first, decimals, m_lang));
    cells.push_back(signed_number(change.since_previous, decimals, m_lang));
    std::string trend = trend_text(change, m_lang);
    cells.push_back(change.trend == Trend::regressed ? "**" + trend + "**" : trend);
    m_out += row(cells);
  }

  void levers() {
    m_out += std::string("\n## ") + t("Maturité par levier (0–100)", "Maturity per lever (0–100)") +
             "\n\n";
    series_header(t("levier", "lever"), false);
    for (const auto& lever : m_review.levers) {
      series_row(
        { cell(lever.questionnaire->short_name(m_lang)) }, lever.maturity, lever.change, 0, 0, 100);
    }
    m_out += std::string("\n") + t("— : non évalué ou réponses insuffisantes à cette date.\n",
                                   "—: not assessed or not enough answers on that date.\n");
  }

  void band_changes() {
    m_out += std::string("\n## ") + t("Changements de niveau", "Band changes") + "\n\n";
    bool any = false;
    for (const auto& lever : m_review.levers) {
      for (const auto& b : lever.band_changes) {
        any = true;
        m_out += fmt::format("- {} {}{}{} → {} ({} → {})\n",
                             b.up ? "↑" : "↓",
                             cell(lever.questionnaire->short_name(m_lang)),
                             colon(m_lang),
                             cell(b.from->label.get(m_lang)),
                             cell(b.to->label.get(m_lang)),
                             date_at(m_review, b.from_at),
                             date_at(m_review, b.to_at));
      }
    }
    m_out += any ? "" : t("Aucun.\n", "None.\n");
  }

  void action_list(const LeverReview& lever, const char* label, const std::vector<int>& list) {
    if (list.empty()) {
      return;
    }
    m_out += fmt::format("- {}{}\n", label, m_lang == Lang::fr ? " :" : ":");
    for (int i : list) {
      m_out += "  - " + cell(action_title(lever, i, m_lang)) + "\n";
    }
  }

  void actions() {
    m_out += std::string("\n## ") +
             t("Actions depuis l'évaluation précédente", "Actions since the previous assessment") +
             "\n";
    bool any = false;
    for (const auto& lever : m_review.levers) {
      const auto& d = lever.since_previous;
      if (!d || (d->done.empty() && d->added.empty() && d->open.empty())) {
        continue;
      }
      any = true;
      m_out += fmt::format("\n### {} ({} → {})\n\n",
                           cell(lever.questionnaire->short_name(m_lang)),
                           date_at(m_review, d->from_at),
                           date_at(m_review, d->to_at));
      action_list(lever, t("Réalisées (plus proposées)", "Done (no longer suggested)"), d->done);
      action_list(lever, t("Nouvelles", "New"), d->added);
      action_list(lever, t("Toujours d'actualité", "Still open"), d->open);
    }
    m_out += any ? ""
                 : std::string("\n") +
                     t("Aucun levier évalué à deux dates.\n", "No lever assessed on two dates.\n");
  }

  void indicators() {
    if (m_review.indicators.empty()) {
      return;
    }
    m_out += std::string("\n## ") + t("Indicateurs", "Indicators") + "\n\n";
    series_header(t("indicateur", "indicator"), true);
    for (const auto& indicator : m_review.indicators) {
      auto [low, high] = value_range(indicator.values);
      series_row({ cell(indicator.id()), cell(indicator.unit(m_lang)) },
                 indicator.values,
                 indicator.change,
                 1,
                 low,
                 high);
    }
  }

  void objectives() {
    if (m_review.objectives_file.empty()) {
      return;
    }
    m_out += "\n## " +
             cell(fmt::format(fmt::runtime(t("Objectifs ({})", "Objectives ({})")),
                              m_review.objectives_file)) +
             "\n\n";
    m_out += row({ t("objet", "subject"),
                   t("cible", "target"),
                   t("état", "status"),
                   t("où en est-on", "where it stands") });
    m_out += rule({ false, false, false, false });
    for (const auto& o : m_review.objectives) {
      std::string status = status_word(o.status, m_lang);
      std::string plan = objective_plan(o, m_lang);
      m_out += row({ cell(objective_subject(o, m_review, m_lang) + (plan.empty() ? "" : " — " + plan)),
                     cell(objective_target(o, m_review, m_lang)),
                     o.status == ObjectiveStatus::behind ? "**" + status + "**" : status,
                     cell(objective_outcome(o, m_review, m_lang)) });
    }
  }

  void ranking() {
    m_out += "\n## " +
             fmt::format(fmt::runtime(t("Classement au {}", "Ranking on {}")),
                         m_review.assessments.back().date) +
             "\n\n";
    m_out += row({ t("rang", "rank"),
                   t("levier", "lever"),
                   t("priorité", "priority"),
                   t("maturité", "maturity"),
                   t("rang préc.", "prev. rank") });
    m_out += rule({ true, false, true, true, true });
    for (const auto& p : m_review.ranking) {
      const LeverReview& lever = m_review.levers[p.lever];
      m_out += row({ p.rank ? std::to_string(*p.rank) : "—",
                     cell(lever.questionnaire->short_name(m_lang)),
                     format_score(p.priority, m_lang),
                     format_score(lever.scores.back().maturity.score, m_lang),
                     lever.previous_rank ? std::to_string(*lever.previous_rank) : "—" });
    }
  }

  void not_comparable() {
    if (m_review.not_comparable.empty()) {
      return;
    }
    m_out += std::string("\n## ") + t("Non comparable", "Not comparable") + "\n\n";
    for (const auto& d : m_review.not_comparable) {
      m_out += "- " + cell(d.format()) + "\n";
    }
  }

  const Review& m_review;
  Lang m_lang;
  std::string m_out;
};

} // namespace

std::string render_review_md(const Review& review, Lang lang) {
  return visible_controls(MdMinutes(review, lang).render());
}

} // namespace medtime
