// Renderers of `medtime batch`: rows as CSV (RFC 4180, formula cells
// neutralised), JSON Lines or one JSON document, and the cohort summary as
// CSV, JSON or a text table. They only present computed results.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "batch/batch_row.h"
#include "batch/summary.h"
#include "model/questionnaire.h"
#include "render/csv.h"
#include "util/i18n.h"

namespace medtime {

enum class BatchFormat { csv, jsonl, json, text };

// A number cell rounded to `decimals` (shortest form: 12.5, 40), empty when
// null. Numbers are never neutralised: a negative number stays a number.
std::string csv_number(std::optional<double> value, int decimals, const CsvStyle& style);

// What comes before the rows: the CSV header line (source, respondent, date,
// status, then per lever <lever>_maturity, _readiness, _potential_hours,
// _priority, _rank, and error), or the opening of the JSON document.
std::string rows_begin(const QuestionnaireSet& set, BatchFormat format, const CsvStyle& style);

// One row, ending in a newline (JSON: the object alone, no newline; the
// caller puts ",\n" between rows).
std::string render_row(const BatchRow& row, const QuestionnaireSet& set, BatchFormat format,
                       const CsvStyle& style);

// What comes after the rows: the end of the JSON document, with `summary`
// when given; nothing for the other formats.
std::string rows_end(BatchFormat format, const nlohmann::ordered_json* summary);

// The summary as JSON ("medtime.batch-summary/1").
nlohmann::ordered_json summary_json(const CohortSummary& summary, const QuestionnaireSet& set);

// The summary in `format`: CSV in long form (lever, measure, n, mean, sd,
// min, q1, median, q3, max; counts in `n`), JSON, JSON on one line for
// jsonl, or text tables.
std::string render_summary(const CohortSummary& summary, const QuestionnaireSet& set,
                           BatchFormat format, const CsvStyle& style, Lang lang);

} // namespace medtime
