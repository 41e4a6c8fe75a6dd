#include "batch/summary_render.h"

#include <fmt/format.h>

#include "render/number.h"
#include "render/table.h"
#include "render/wrap.h"

namespace medtime {

namespace {

using Json = nlohmann::ordered_json;

Json optional_json(std::optional<double> value) {
  return value ? Json(round_to(*value, 2)) : Json(nullptr);
}

const char* const k_measures[] = {"maturity", "readiness", "potential_hours", "priority"};

const Distribution& measure(const LeverSummary& s, int i) {
  switch (i) {
  case 0:
    return s.maturity;
  case 1:
    return s.readiness;
  case 2:
    return s.potential_hours;
  default:
    return s.priority;
  }
}

// The sum of a distribution's values (hours at stake in a cohort).
std::optional<double> total(const Distribution& d) {
  return d.mean() ? std::optional<double>(*d.mean() * static_cast<double>(d.count())) : std::nullopt;
}

Json distribution_json(const Distribution& d) {
  Json j;
  j["n"] = d.count();
  j["mean"] = optional_json(d.mean());
  j["sd"] = optional_json(d.sd());
  j["min"] = optional_json(d.min());
  j["q1"] = optional_json(d.quantile(0.25));
  j["median"] = optional_json(d.quantile(0.5));
  j["q3"] = optional_json(d.quantile(0.75));
  j["max"] = optional_json(d.max());
  return j;
}

bool knows_completeness(const CohortSummary& s) {
  return s.complete() + s.incomplete() + s.skipped_incomplete() > 0;
}

std::size_t suppressed_count(const GroupedSummary& summary) {
  std::size_t n = 0;
  for (const auto& g : summary.groups()) {
    n += summary.suppressed(g) ? 1 : 0;
  }
  return n;
}

Json cohort_json(const CohortSummary& summary, const QuestionnaireSet& set) {
  Json j;
  j["rows"] = summary.rows();
  j["ok"] = summary.valid();
  j["errors"] = summary.errors();
  if (knows_completeness(summary)) {
    j["complete"] = summary.complete();
    j["incomplete"] = summary.incomplete();
    j["incomplete_left_out"] = summary.skipped_incomplete();
  }
  j["levers"] = Json::array();
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& q = set.items()[i];
    const LeverSummary& s = summary.levers()[i];
    Json l;
    l["id"] = q.scored_id();
    l["questionnaire"] = q.id;
    for (int m = 0; m < 4; ++m) {
      l[k_measures[m]] = distribution_json(measure(s, m));
    }
    l["potential_hours"]["total"] = optional_json(total(s.potential_hours));
    Json bands = Json::object();
    for (size_t b = 0; b < q.bands.size(); ++b) {
      bands[q.bands[b].id] = s.bands[b];
    }
    l["bands"] = std::move(bands);
    l["insufficient"] = s.insufficient;
    l["not_assessed"] = s.not_assessed;
    l["ranked_first"] = s.ranked_first;
    if (q.is_support()) {
      l["kind"] = "support"; // a condition of success: never ranked, no hours
      l["not_concerned"] = s.not_concerned;
    }
    Json actions = Json::object();
    for (size_t a = 0; a < q.actions.size() && a < s.actions.size(); ++a) {
      actions[q.actions[a].id] = s.actions[a];
    }
    l["actions"] = std::move(actions);
    j["levers"].push_back(std::move(l));
  }
  return j;
}

// The CSV long form, one line per measure; `prefix` is the group cell and
// its separator when grouped.
class SummaryCsv {
public:
  SummaryCsv(const QuestionnaireSet& set, const CsvStyle& style) : m_set(set), m_style(style) {}

  void header(bool grouped) {
    m_out += fmt::format("{1}lever{0}measure{0}n{0}mean{0}sd{0}min{0}q1{0}median{0}q3{0}max\n",
                         m_style.separator, grouped ? fmt::format("group{}", m_style.separator) : "");
  }

  void cohort(const std::string& prefix, const CohortSummary& summary) {
    count(prefix, "", "rows", summary.rows());
    count(prefix, "", "errors", summary.errors());
    if (knows_completeness(summary)) {
      count(prefix, "", "complete", summary.complete());
      count(prefix, "", "incomplete", summary.incomplete());
      count(prefix, "", "incomplete_left_out", summary.skipped_incomplete());
    }
    for (size_t i = 0; i < m_set.size(); ++i) {
      lever(prefix, m_set.items()[i], summary.levers()[i]);
    }
  }

  void suppressed(const std::string& prefix) {
    m_out += prefix;
    m_out += fmt::format("{0}suppressed{0}{0}{0}{0}{0}{0}{0}{0}\n", m_style.separator);
  }

  void count(const std::string& prefix, std::string_view lever, std::string_view what,
             std::uint64_t n) {
    char sep = m_style.separator;
    m_out += prefix;
    m_out += fmt::format("{1}{0}{2}{0}{3}{0}{0}{0}{0}{0}{0}{0}\n", sep, csv_text(lever, m_style),
                         csv_text(what, m_style), n);
  }

  std::string take() { return std::move(m_out); }

private:
  void lever(const std::string& prefix, const Questionnaire& q, const LeverSummary& s) {
    char sep = m_style.separator;
    for (int m = 0; m < 4; ++m) {
      const Distribution& d = measure(s, m);
      m_out += prefix;
      m_out += csv_text(q.scored_id(), m_style);
      m_out += sep;
      m_out += k_measures[m];
      m_out += fmt::format("{}{}", sep, d.count());
      for (auto v : {d.mean(), d.sd(), d.min(), d.quantile(0.25), d.quantile(0.5),
                     d.quantile(0.75), d.max()}) {
        m_out += sep;
        m_out += csv_number(v, 2, m_style);
      }
      m_out += '\n';
    }
    for (size_t b = 0; b < q.bands.size(); ++b) {
      count(prefix, q.scored_id(), "band:" + q.bands[b].id, s.bands[b]);
    }
    count(prefix, q.scored_id(), "insufficient", s.insufficient);
    count(prefix, q.scored_id(), "not_assessed", s.not_assessed);
    if (q.is_support()) {
      count(prefix, q.scored_id(), "not_concerned", s.not_concerned);
    } else {
      count(prefix, q.scored_id(), "ranked_first", s.ranked_first);
    }
    for (size_t a = 0; a < q.actions.size() && a < s.actions.size(); ++a) {
      count(prefix, q.scored_id(), "action:" + q.actions[a].id, s.actions[a]);
    }
  }

  const QuestionnaireSet& m_set;
  const CsvStyle& m_style;
  std::string m_out;
};

std::string summary_csv(const GroupedSummary& summary, const QuestionnaireSet& set,
                        const CsvStyle& style) {
  SummaryCsv csv(set, style);
  csv.header(summary.grouped());
  std::string all = summary.grouped() ? std::string(1, style.separator) : "";
  csv.cohort(all, summary.overall());
  if (!summary.grouped()) {
    return csv.take();
  }
  csv.count(all, "", "groups_suppressed", suppressed_count(summary));
  for (const auto& g : summary.groups()) {
    std::string prefix = csv_text(g.value, style) + style.separator;
    if (summary.suppressed(g)) {
      csv.suppressed(prefix);
    } else {
      csv.cohort(prefix, g.summary);
    }
  }
  return csv.take();
}

// The indices of `set`'s levers (`supports` false) or supporting areas.
std::vector<size_t> indices_of(const QuestionnaireSet& set, bool supports) {
  std::vector<size_t> out;
  for (size_t i = 0; i < set.size(); ++i) {
    if (set.items()[i].is_support() == supports) {
      out.push_back(i);
    }
  }
  return out;
}

// True when the questionnaires `which` of `set` have the same band labels
// (the bundled levers do, and so do the supporting areas).
bool same_bands(const QuestionnaireSet& set, const std::vector<size_t>& which, Lang lang) {
  bool same = !which.empty();
  for (size_t i : which) {
    const auto& q = set.items()[i];
    const auto& first_bands = set.items()[which.front()].bands;
    same = same && q.bands.size() == first_bands.size();
    for (size_t b = 0; same && b < q.bands.size(); ++b) {
      same = q.bands[b].label.get(lang) == first_bands[b].label.get(lang);
    }
  }
  return same;
}

std::string statistics_table(const CohortSummary& summary, const QuestionnaireSet& set, Lang lang) {
  using A = TextTable::Align;
  TextTable stats({tr(lang, "levier", "lever"), tr(lang, "mesure", "measure"), "n",
                   tr(lang, "moyenne", "mean"), tr(lang, "é.-type", "sd"), "min", "Q1",
                   tr(lang, "médiane", "median"), "Q3", "max"},
                  {A::left, A::left, A::right, A::right, A::right, A::right, A::right, A::right,
                   A::right, A::right});
  const char* names[] = {tr(lang, "maturité", "maturity"), tr(lang, "disposition", "readiness"),
                         tr(lang, "heures/sem.", "hours/week"), tr(lang, "priorité", "priority")};
  auto number = [&](std::optional<double> v) { return v ? format_number(*v, 1, lang) : "—"; };
  for (size_t i = 0; i < set.size(); ++i) {
    // A supporting area has no hours and no priority.
    for (int m = 0; m < (set.items()[i].is_support() ? 2 : 4); ++m) {
      const Distribution& d = measure(summary.levers()[i], m);
      stats.add_row({m == 0 ? set.items()[i].short_name(lang) : "", names[m],
                     fmt::format("{}", d.count()), number(d.mean()), number(d.sd()),
                     number(d.min()), number(d.quantile(0.25)), number(d.quantile(0.5)),
                     number(d.quantile(0.75)), number(d.max())});
    }
  }
  return stats.render();
}

// One column per maturity band when every lever (or every supporting area,
// `supports`) has the same bands, which keeps the table within 80 columns;
// otherwise one column listing each one's own bands. Empty when there is
// none.
std::string bands_table(const CohortSummary& summary, const QuestionnaireSet& set, Lang lang,
                        bool supports) {
  using A = TextTable::Align;
  std::vector<size_t> which = indices_of(set, supports);
  if (which.empty()) {
    return {};
  }
  if (supports) {
    // Their band labels are long: one paragraph each, wrapped at 80.
    std::string out = std::string(tr(lang, "Conditions de réussite : niveaux de maturité\n",
                                     "Conditions of success: maturity bands\n"));
    for (size_t i : which) {
      const Questionnaire& q = set.items()[i];
      const LeverSummary& s = summary.levers()[i];
      std::vector<std::string> parts;
      for (size_t b = 0; b < q.bands.size(); ++b) {
        parts.push_back(fmt::format("{} {}", q.bands[b].label.get(lang), s.bands[b]));
      }
      parts.push_back(fmt::format("{} {}", tr(lang, "trop peu", "too few"), s.insufficient));
      parts.push_back(fmt::format("{} {}", tr(lang, "non évalué", "unanswered"), s.not_assessed));
      parts.push_back(fmt::format("{} {}", tr(lang, "non concerné", "not concerned"),
                                  s.not_concerned));
      out += wrap_hanging(fmt::format("{}", fmt::join(parts, " · ")),
                          fmt::format("  {} : ", q.short_name(lang)), 4, 80);
    }
    return out;
  }
  bool same = same_bands(set, which, lang);
  std::vector<std::string> headers{supports ? tr(lang, "condition", "condition")
                                            : tr(lang, "levier", "lever")};
  std::vector<A> aligns{A::left};
  if (same) {
    for (const auto& band : set.items()[which.front()].bands) {
      headers.push_back(band.label.get(lang));
      aligns.push_back(A::right);
    }
  } else {
    headers.push_back(tr(lang, "niveaux de maturité", "maturity bands"));
    aligns.push_back(A::left);
  }
  for (const char* h : {tr(lang, "trop peu", "too few"), tr(lang, "non évalué", "unanswered"),
                        supports ? tr(lang, "non concerné", "not concerned")
                                 : tr(lang, "classé 1er", "ranked 1st")}) {
    headers.push_back(h);
    aligns.push_back(A::right);
  }
  TextTable bands(headers, aligns);
  std::uint64_t ok = summary.valid();
  for (size_t i : which) {
    const Questionnaire& q = set.items()[i];
    const LeverSummary& s = summary.levers()[i];
    std::vector<std::string> row{q.short_name(lang)};
    if (same) {
      for (size_t b = 0; b < q.bands.size(); ++b) {
        row.push_back(fmt::format("{}", s.bands[b]));
      }
    } else {
      std::string counts;
      for (size_t b = 0; b < q.bands.size(); ++b) {
        counts += fmt::format("{}{} {}", b == 0 ? "" : " · ", q.bands[b].label.get(lang), s.bands[b]);
      }
      row.push_back(counts);
    }
    std::string first = fmt::format("{}", s.ranked_first);
    if (ok > 0) {
      first += fmt::format(" ({} %)", format_number(100.0 * static_cast<double>(s.ranked_first) /
                                                        static_cast<double>(ok),
                                                    0, lang));
    }
    row.push_back(fmt::format("{}", s.insufficient));
    row.push_back(fmt::format("{}", s.not_assessed));
    row.push_back(supports ? fmt::format("{}", s.not_concerned) : first);
    bands.add_row(row);
  }
  return bands.render();
}

// The most triggered actions, one paragraph each (titles run to 70
// characters): "  12 (30 %)  Délégation : Recruter...", wrapped at 80.
std::string actions_list(const CohortSummary& summary, const QuestionnaireSet& set, Lang lang) {
  auto top = top_actions(summary, 10);
  if (top.empty()) {
    return {};
  }
  std::string out = std::string("\n") + tr(lang, "Actions les plus déclenchées (réponses, part des "
                                                   "réponses valides)\n",
                                            "Most triggered actions (responses, share of valid "
                                            "responses)\n");
  for (const auto& a : top) {
    const Questionnaire& q = set.items()[a.lever];
    double share = summary.valid() > 0 ? 100.0 * static_cast<double>(a.count) /
                                             static_cast<double>(summary.valid())
                                       : 0;
    std::string first = fmt::format("{:>6} ({:>3} %)  ", a.count, format_number(share, 0, lang));
    out += wrap_hanging(fmt::format("{}{}{}", q.short_name(lang), tr(lang, " : ", ": "),
                                    q.actions[a.action].title.get(lang)),
                        first, 16, 80);
  }
  return out;
}

// One line per group: its valid responses and each lever's (or supporting
// area's, `supports`) mean maturity; a suppressed group shows no figure.
std::string groups_table(const GroupedSummary& summary, const QuestionnaireSet& set, Lang lang,
                         bool supports) {
  using A = TextTable::Align;
  std::vector<size_t> which = indices_of(set, supports);
  if (which.empty()) {
    return {};
  }
  std::vector<std::string> headers{summary.column(), tr(lang, "réponses", "responses")};
  std::vector<A> aligns{A::left, A::right};
  for (size_t i : which) {
    headers.push_back(set.items()[i].short_name(lang));
    aligns.push_back(A::right);
  }
  TextTable table(headers, aligns);
  for (const auto& g : summary.groups()) {
    std::vector<std::string> row{g.value};
    bool hidden = summary.suppressed(g);
    row.push_back(hidden ? tr(lang, "masqué", "hidden") : fmt::format("{}", g.summary.valid()));
    for (size_t i : which) {
      auto mean = g.summary.levers()[i].maturity.mean();
      row.push_back(hidden || !mean ? "—" : format_number(*mean, 1, lang));
    }
    table.add_row(row);
  }
  std::string out = "\n" + fmt::format(fmt::runtime(supports
                                                           ? tr(lang, "Par groupe ({}) : maturité moyenne des conditions de réussite\n",
                                                                "By group ({}): mean maturity of the conditions of success\n")
                                                           : tr(lang, "Par groupe ({}) : maturité moyenne\n",
                                                                "By group ({}): mean maturity\n")),
                                       summary.column());
  out += table.render();
  if (supports) {
    return out;
  }
  out += wrap_text(fmt::format(fmt::runtime(tr(lang,
                                               "masqué : moins de {} réponses valides, aucun "
                                               "chiffre n'est publié ({} groupe(s)).",
                                               "hidden: fewer than {} valid responses, no figure "
                                               "is shown ({} group(s)).")),
                               summary.min_cell(), suppressed_count(summary)),
                   80) +
         "\n";
  return out;
}

std::string summary_text(const GroupedSummary& grouped, const QuestionnaireSet& set, Lang lang) {
  const CohortSummary& summary = grouped.overall();
  std::string out = fmt::format(
      fmt::runtime(tr(lang, "Synthèse : {} réponse(s), {} valide(s), {} en erreur\n",
                      "Summary: {} response(s), {} valid, {} with errors\n")),
      summary.rows(), summary.valid(), summary.errors());
  if (knows_completeness(summary)) {
    out += fmt::format(
        fmt::runtime(tr(lang, "Complétude : {} complète(s), {} incomplète(s) comptée(s), {} écartée(s)\n",
                        "Completeness: {} complete, {} incomplete counted, {} left out\n")),
        summary.complete(), summary.incomplete(), summary.skipped_incomplete());
  }
  out += '\n';
  out += statistics_table(summary, set, lang);
  out += '\n';
  out += bands_table(summary, set, lang, false);
  if (std::string areas = bands_table(summary, set, lang, true); !areas.empty()) {
    out += "\n" + areas;
  }
  out += wrap_text(tr(lang,
                      "trop peu : pas assez de réponses pour un score de maturité ; non évalué : "
                      "questionnaire sans réponse ; classé 1er : le levier le plus prioritaire "
                      "de la réponse ; non concerné : une condition de réussite que les réponses "
                      "écartent (exercice seul, sans personnel ni projet).",
                      "too few: not enough answers for a maturity score; unanswered: no answer "
                      "to the questionnaire; ranked 1st: the response's top priority lever; not "
                      "concerned: a condition of success the answers rule out (single-handed, no "
                      "staff and no plan)."),
                   80) +
         "\n";
  out += actions_list(summary, set, lang);
  if (grouped.grouped()) {
    out += groups_table(grouped, set, lang, false);
    out += groups_table(grouped, set, lang, true);
  }
  return out;
}

} // namespace

Json summary_json(const GroupedSummary& summary, const QuestionnaireSet& set) {
  Json j;
  j["schema"] = "medtime.batch-summary/1";
  Json cohort = cohort_json(summary.overall(), set);
  for (auto& [key, value] : cohort.items()) {
    j[key] = std::move(value);
  }
  if (!summary.grouped()) {
    return j;
  }
  j["group_by"] = summary.column();
  j["min_cell"] = summary.min_cell();
  j["groups_suppressed"] = suppressed_count(summary);
  j["groups"] = Json::array();
  for (const auto& g : summary.groups()) {
    Json group;
    group["value"] = g.value;
    group["suppressed"] = summary.suppressed(g);
    if (!summary.suppressed(g)) {
      Json figures = cohort_json(g.summary, set);
      for (auto& [key, value] : figures.items()) {
        group[key] = std::move(value);
      }
    }
    j["groups"].push_back(std::move(group));
  }
  return j;
}

std::string render_summary(const GroupedSummary& summary, const QuestionnaireSet& set,
                           BatchFormat format, const CsvStyle& style, Lang lang) {
  switch (format) {
  case BatchFormat::csv:
    return summary_csv(summary, set, style);
  case BatchFormat::json:
    return summary_json(summary, set).dump(2) + "\n";
  case BatchFormat::jsonl:
    return summary_json(summary, set).dump() + "\n";
  case BatchFormat::html:
    return render_cohort_html(summary, set, lang);
  case BatchFormat::text:
  case BatchFormat::xlsx: // a workbook is written by CohortWorkbook
    return summary_text(summary, set, lang);
  }
  return {};
}

} // namespace medtime
