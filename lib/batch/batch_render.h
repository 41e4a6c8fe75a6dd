// Row renderers of `medtime batch`: rows as CSV (RFC 4180, formula cells
// neutralised), JSON Lines or one JSON document (the summaries are in
// batch/summary_render.h). They only present computed results.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/batch_row.h"
#include "model/questionnaire.h"
#include "render/csv.h"
#include "util/i18n.h"

namespace medtime {

enum class BatchFormat { csv, jsonl, json, text, html, xlsx };

// The columns a row has besides source, respondent, date, status and the
// levers: nothing unless asked for.
struct RowLayout {
  bool complete = false;         // `complete` (CSV exports that say it)
  std::vector<std::string> keep; // kept columns (`--keep`), in this order
};

// A number cell rounded to `decimals` half away from zero (shortest form:
// 12.5, 40), empty when null. Numbers are never neutralised: a negative
// number stays a number.
std::string csv_number(std::optional<double> value, int decimals, const CsvStyle& style);

// What comes before the rows: the CSV header line (source, respondent, date,
// status, `layout`'s complete and kept columns, then per lever
// <lever>_maturity, _readiness, _potential_hours, _priority, _rank, and
// error), or the opening of the JSON document.
std::string rows_begin(const QuestionnaireSet& set, BatchFormat format, const CsvStyle& style,
                       const RowLayout& layout = {});

// One row, ending in a newline (JSON: the object alone, no newline; the
// caller puts ",\n" between rows). JSON rows carry `complete` and a
// `columns` object of the kept values when `layout` has them.
std::string render_row(const BatchRow& row, const QuestionnaireSet& set, BatchFormat format,
                       const CsvStyle& style, const RowLayout& layout = {});

// What comes after the rows: the end of the JSON document, with `summary`
// when given; nothing for the other formats.
std::string rows_end(BatchFormat format, const nlohmann::ordered_json* summary);

} // namespace medtime
