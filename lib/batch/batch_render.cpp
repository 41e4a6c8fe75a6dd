#include "batch/batch_render.h"
#include "util/terminal.h"

#include <charconv>
#include <cmath>
#include <fmt/format.h>

#include "render/number.h"

namespace medtime {

namespace {

using Json = nlohmann::ordered_json;

Json optional_json(std::optional<double> value) {
  return value ? Json(round_to(*value, 2)) : Json(nullptr);
}

Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
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

std::string rows_begin(const QuestionnaireSet& set, BatchFormat format, const CsvStyle& style,
                       const RowLayout& layout) {
  if (format == BatchFormat::json) {
    Json levers = Json::array();
    for (const auto& q : set.items()) {
      levers.push_back(q.scored_id());
    }
    return fmt::format("{{\"schema\":\"medtime.batch/1\",\"levers\":{},\"rows\":[\n", levers.dump());
  }
  if (format != BatchFormat::csv) {
    return {};
  }
  char sep = style.separator;
  std::string out = fmt::format("source{0}respondent{0}date{0}status{0}hours_at_stake", sep);
  if (layout.complete) {
    out += sep;
    out += "complete";
  }
  for (const auto& column : layout.keep) {
    out += sep;
    out += csv_text(column, style);
  }
  for (const auto& q : set.items()) {
    for (const char* column : {"maturity", "readiness", "potential_hours", "priority", "rank"}) {
      out += sep;
      out += csv_text(q.scored_id() + "_" + column, style);
    }
  }
  out += sep;
  out += "error\n";
  return out;
}

std::string render_row(const BatchRow& row, const QuestionnaireSet& set, BatchFormat format,
                       const CsvStyle& style, const RowLayout& layout) {
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
    out += sep;
    append_number(out, row.hours_at_stake, 2, style);
    if (layout.complete) {
      out += sep;
      out += !row.complete ? "" : *row.complete ? "yes" : "no";
    }
    for (size_t k = 0; k < layout.keep.size(); ++k) {
      out += sep;
      out += k < row.kept.size() ? csv_text(row.kept[k], style) : "";
    }
    for (const RowLever& lever : row.levers) {
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
  if (layout.complete) {
    j["complete"] = row.complete ? Json(*row.complete) : Json(nullptr);
  }
  if (!layout.keep.empty()) {
    Json columns = Json::object();
    for (size_t k = 0; k < layout.keep.size(); ++k) {
      columns[layout.keep[k]] = k < row.kept.size() ? row.kept[k] : std::string();
    }
    j["columns"] = std::move(columns);
  }
  Json levers = Json::object();
  j["hours_at_stake"] = optional_json(row.hours_at_stake);
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
    levers[q.scored_id()] = std::move(l);
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

} // namespace medtime
