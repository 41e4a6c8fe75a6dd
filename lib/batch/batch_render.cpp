#include "batch/batch_render.h"

#include <charconv>
#include <cmath>
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

Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
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

std::string summary_csv(const CohortSummary& summary, const QuestionnaireSet& set,
                        const CsvStyle& style) {
  char sep = style.separator;
  std::string out = fmt::format("lever{0}measure{0}n{0}mean{0}sd{0}min{0}q1{0}median{0}q3{0}max\n", sep);
  std::string empty_stats = fmt::format("{0}{0}{0}{0}{0}{0}", sep);
  auto count_row = [&](std::string_view lever, std::string_view what, std::uint64_t n) {
    out += fmt::format("{}{}{}{}{}{}{}\n", csv_text(lever, style), sep, csv_text(what, style), sep,
                       n, sep, empty_stats);
  };
  count_row("", "rows", summary.rows());
  count_row("", "errors", summary.errors());
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& q = set.items()[i];
    const LeverSummary& s = summary.levers()[i];
    for (int m = 0; m < 4; ++m) {
      const Distribution& d = measure(s, m);
      out += csv_text(q.lever, style);
      out += sep;
      out += k_measures[m];
      out += fmt::format("{}{}", sep, d.count());
      for (auto v : {d.mean(), d.sd(), d.min(), d.quantile(0.25), d.quantile(0.5),
                     d.quantile(0.75), d.max()}) {
        out += sep;
        out += csv_number(v, 2, style);
      }
      out += '\n';
    }
    for (size_t b = 0; b < q.bands.size(); ++b) {
      count_row(q.lever, "band:" + q.bands[b].id, s.bands[b]);
    }
    count_row(q.lever, "insufficient", s.insufficient);
    count_row(q.lever, "not_assessed", s.not_assessed);
    count_row(q.lever, "ranked_first", s.ranked_first);
  }
  return out;
}

std::string summary_text(const CohortSummary& summary, const QuestionnaireSet& set, Lang lang) {
  std::uint64_t ok = summary.rows() - summary.errors();
  std::string out = fmt::format(
      fmt::runtime(tr(lang, "Synthèse : {} réponse(s), {} valide(s), {} en erreur\n\n",
                      "Summary: {} response(s), {} valid, {} with errors\n\n")),
      summary.rows(), ok, summary.errors());
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
    for (int m = 0; m < 4; ++m) {
      const Distribution& d = measure(summary.levers()[i], m);
      stats.add_row({m == 0 ? set.items()[i].lever : "", names[m], fmt::format("{}", d.count()),
                     number(d.mean()), number(d.sd()), number(d.min()), number(d.quantile(0.25)),
                     number(d.quantile(0.5)), number(d.quantile(0.75)), number(d.max())});
    }
  }
  out += stats.render();
  out += '\n';
  // One column per maturity band when every lever has the same bands (the
  // bundled questionnaires do), which keeps the table within 80 columns;
  // otherwise one column listing each lever's own bands.
  bool same_bands = true;
  for (const auto& q : set.items()) {
    const auto& first_bands = set.items().front().bands;
    same_bands = same_bands && q.bands.size() == first_bands.size();
    for (size_t b = 0; same_bands && b < q.bands.size(); ++b) {
      same_bands = q.bands[b].label.get(lang) == first_bands[b].label.get(lang);
    }
  }
  std::vector<std::string> headers{tr(lang, "levier", "lever")};
  std::vector<A> aligns{A::left};
  if (same_bands && !set.items().empty()) {
    for (const auto& band : set.items().front().bands) {
      headers.push_back(band.label.get(lang));
      aligns.push_back(A::right);
    }
  } else {
    headers.push_back(tr(lang, "niveaux de maturité", "maturity bands"));
    aligns.push_back(A::left);
  }
  for (const char* h : {tr(lang, "trop peu", "too few"), tr(lang, "non évalué", "unanswered"),
                        tr(lang, "classé 1er", "ranked 1st")}) {
    headers.push_back(h);
    aligns.push_back(A::right);
  }
  TextTable bands(headers, aligns);
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& q = set.items()[i];
    const LeverSummary& s = summary.levers()[i];
    std::vector<std::string> row{q.lever};
    if (same_bands) {
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
    row.push_back(first);
    bands.add_row(row);
  }
  out += bands.render();
  out += wrap_text(tr(lang,
                      "trop peu : pas assez de réponses pour un score de maturité ; non évalué : "
                      "questionnaire sans réponse ; classé 1er : le levier le plus prioritaire "
                      "de la réponse.",
                      "too few: not enough answers for a maturity score; unanswered: no answer "
                      "to the questionnaire; ranked 1st: the response's top priority lever."),
                   80) +
         "\n";
  return out;
}

// `value` rounded to `decimals` in its shortest form (12.5, 40, -0.25),
// written into `buffer`: the same text as fmt's "{}" of round_to(value,
// decimals), with integer arithmetic only (this runs ~20 times a row).
std::string_view shortest(char* buffer, size_t size, double value, int decimals) {
  static constexpr double k_scales[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  double scaled =
      decimals >= 0 && decimals <= 6 ? round_half_away(value * k_scales[decimals]) : 0;
  if (decimals < 0 || decimals > 6 || !(std::fabs(scaled) < 1e15)) {
    auto end = fmt::format_to_n(buffer, size, "{}", round_to(value, decimals)).out;
    return {buffer, static_cast<size_t>(end - buffer)};
  }
  auto units = static_cast<long long>(scaled);
  unsigned long long magnitude = units < 0 ? 0ULL - static_cast<unsigned long long>(units)
                                           : static_cast<unsigned long long>(units);
  auto divisor = static_cast<unsigned long long>(k_scales[decimals]);
  unsigned long long whole = magnitude / divisor, fraction = magnitude % divisor;
  int digits = decimals;
  while (digits > 0 && fraction % 10 == 0) {
    fraction /= 10;
    --digits;
  }
  char* out = buffer;
  char* limit = buffer + size;
  if (units < 0) {
    *out++ = '-';
  }
  out = std::to_chars(out, limit, whole).ptr;
  if (digits > 0) {
    *out++ = '.';
    char* start = out;
    out += digits;
    for (char* d = out; d > start; fraction /= 10) {
      *--d = static_cast<char>('0' + fraction % 10);
    }
  }
  return {buffer, static_cast<size_t>(out - buffer)};
}

// Appends a number cell to `out` (see csv_number).
void append_number(std::string& out, std::optional<double> value, int decimals,
                   const CsvStyle& style) {
  if (!value) {
    return;
  }
  char buffer[64];
  std::string_view text = shortest(buffer, sizeof buffer, *value, decimals);
  if (!style.decimal_comma) {
    out += text;
    return;
  }
  bool quote = style.separator == ',' && text.find('.') != std::string_view::npos;
  out += quote ? "\"" : "";
  for (char c : text) {
    out += c == '.' ? ',' : c;
  }
  out += quote ? "\"" : "";
}

} // namespace

std::string csv_number(std::optional<double> value, int decimals, const CsvStyle& style) {
  std::string out;
  append_number(out, value, decimals, style);
  return out;
}

std::string rows_begin(const QuestionnaireSet& set, BatchFormat format, const CsvStyle& style) {
  if (format == BatchFormat::json) {
    Json levers = Json::array();
    for (const auto& q : set.items()) {
      levers.push_back(q.lever);
    }
    return fmt::format("{{\"schema\":\"medtime.batch/1\",\"levers\":{},\"rows\":[\n", levers.dump());
  }
  if (format != BatchFormat::csv) {
    return {};
  }
  char sep = style.separator;
  std::string out = fmt::format("source{0}respondent{0}date{0}status", sep);
  for (const auto& q : set.items()) {
    for (const char* column : {"maturity", "readiness", "potential_hours", "priority", "rank"}) {
      out += sep;
      out += csv_text(q.lever + "_" + column, style);
    }
  }
  out += sep;
  out += "error\n";
  return out;
}

std::string render_row(const BatchRow& row, const QuestionnaireSet& set, BatchFormat format,
                       const CsvStyle& style) {
  if (format == BatchFormat::csv) {
    char sep = style.separator;
    std::string out;
    out.reserve(256);
    out += csv_text(row.source, style);
    out += sep;
    out += csv_text(row.respondent, style);
    out += sep;
    out += csv_text(row.date, style);
    out += sep;
    out += row.ok ? "ok" : "error";
    for (const auto& lever : row.levers) {
      for (auto v : {lever.maturity, lever.readiness, lever.potential_hours, lever.priority}) {
        out += sep;
        append_number(out, v, 2, style);
      }
      out += sep;
      if (lever.rank) {
        out += fmt::format("{}", *lever.rank);
      }
    }
    out += sep;
    out += csv_text(row.first_error(), style);
    out += '\n';
    return out;
  }
  Json j;
  j["source"] = row.source;
  j["respondent"] = text_or_null(row.respondent);
  j["date"] = text_or_null(row.date);
  j["status"] = row.ok ? "ok" : "error";
  Json levers = Json::object();
  for (size_t i = 0; i < row.levers.size() && i < set.size(); ++i) {
    const RowLever& lever = row.levers[i];
    const Questionnaire& q = set.items()[i];
    Json l;
    l["maturity"] = optional_json(lever.maturity);
    l["readiness"] = optional_json(lever.readiness);
    l["potential_hours"] = optional_json(lever.potential_hours);
    l["priority"] = optional_json(lever.priority);
    l["rank"] = lever.rank ? Json(*lever.rank) : Json(nullptr);
    l["band"] = lever.band >= 0 ? Json(q.bands[static_cast<size_t>(lever.band)].id) : Json(nullptr);
    l["status"] = row.ok ? Json(to_string(lever.status)) : Json(nullptr);
    levers[q.lever] = std::move(l);
  }
  j["levers"] = std::move(levers);
  Json errors = Json::array();
  for (const auto& d : row.diagnostics) {
    if (d.severity == Severity::error) {
      errors.push_back(d.format());
    }
  }
  j["errors"] = std::move(errors);
  std::string out = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (format == BatchFormat::jsonl) {
    out += '\n';
  }
  return out;
}

std::string rows_end(BatchFormat format, const nlohmann::ordered_json* summary) {
  if (format != BatchFormat::json) {
    return {};
  }
  if (summary == nullptr) {
    return "\n]}\n";
  }
  return "\n],\"summary\":" + summary->dump(-1, ' ', false, Json::error_handler_t::replace) + "}\n";
}

Json summary_json(const CohortSummary& summary, const QuestionnaireSet& set) {
  Json j;
  j["schema"] = "medtime.batch-summary/1";
  j["rows"] = summary.rows();
  j["ok"] = summary.rows() - summary.errors();
  j["errors"] = summary.errors();
  j["levers"] = Json::array();
  for (size_t i = 0; i < set.size(); ++i) {
    const Questionnaire& q = set.items()[i];
    const LeverSummary& s = summary.levers()[i];
    Json l;
    l["id"] = q.lever;
    l["questionnaire"] = q.id;
    for (int m = 0; m < 4; ++m) {
      l[k_measures[m]] = distribution_json(measure(s, m));
    }
    Json bands = Json::object();
    for (size_t b = 0; b < q.bands.size(); ++b) {
      bands[q.bands[b].id] = s.bands[b];
    }
    l["bands"] = std::move(bands);
    l["insufficient"] = s.insufficient;
    l["not_assessed"] = s.not_assessed;
    l["ranked_first"] = s.ranked_first;
    j["levers"].push_back(std::move(l));
  }
  return j;
}

std::string render_summary(const CohortSummary& summary, const QuestionnaireSet& set,
                           BatchFormat format, const CsvStyle& style, Lang lang) {
  switch (format) {
  case BatchFormat::csv:
    return summary_csv(summary, set, style);
  case BatchFormat::json:
    return summary_json(summary, set).dump(2) + "\n";
  case BatchFormat::jsonl:
    return summary_json(summary, set).dump() + "\n";
  case BatchFormat::text:
    return summary_text(summary, set, lang);
  }
  return {};
}

} // namespace medtime
