// Renderers of the cost-benefit sheet (doc/method.md#cost-benefit-sheet): a text sheet for the
// terminal, Markdown, CSV (one row per year) and JSON (`medtime.cost/2`),
// options side by side (`--compare`, `--scenarios`),
// and the plan as commented YAML (`--emit-plan`). They only present what
// cost/cost.h computed, and say for every input whether it comes from the
// plan, a sourced parameter or an estimate.
#pragma once

#include "cost/compare.h"
#include "cost/cost.h"
#include "cost/derive.h"
#include "cost/inputs.h"
#include "render/csv.h"
#include "render/style.h"
#include "util/i18n.h"

#include <nlohmann/json.hpp>
#include <string>

namespace medtime {

// The sheet as text: assumptions, the yearly table, capacity, sensitivity,
// warnings, then the verdict in one sentence and the sources; with
// `explain`, every input with its value, origin, source and date.
std::string render_cost_text(const CostInputs& inputs,
                             const CostSheet& sheet,
                             bool explain,
                             Lang lang,
                             const Style& style);

// The same sheet in Markdown.
std::string render_cost_markdown(const CostInputs& inputs,
                                 const CostSheet& sheet,
                                 bool explain,
                                 Lang lang);

// Only the inputs with their origin, source and date (--explain alone).
std::string render_cost_explain(const CostInputs& inputs, Lang lang);

// `"schema": "medtime.cost/2"`: the inputs with their origins, the years,
// payback year, capacity, sensitivity, warnings and verdict.
nlohmann::ordered_json cost_json(const CostInputs& inputs, const CostSheet& sheet, Lang lang);

// One row per year, RFC 4180, with a header of the JSON field names.
std::string render_cost_csv(const CostSheet& sheet, const CsvStyle& style);

// The sheet as an Excel workbook for an accountant (its bytes): the inputs
// with their origin, the years and the sensitivity table, three worksheets
// named in `lang`, numbers as numbers. Throws `Error` when the temporary
// file ($TMPDIR, else /tmp) cannot be written or read back.
std::string render_cost_xlsx(const CostInputs& inputs, const CostSheet& sheet, Lang lang);
// Options side by side as a workbook: a comparison worksheet (numbers, then
// the legend and the scenarios left out), and each option's years.
std::string render_compare_xlsx(const std::vector<CostOption>& options,
                                const std::vector<SkippedScenario>& skipped,
                                Lang lang);

// The plan of `inputs` as YAML a doctor can edit and run again: what the
// plan (or the answers) gave is written as values; what the parameter set
// supplies is written as commented-out lines with its source or estimate
// flag, so that an unedited plan keeps the sheet's provenance.
std::string render_plan_yaml(const CostInputs& inputs, Lang lang);

// Options side by side (`--compare`, `--scenarios`): a table of the figures
// that decide, a legend of the options, the scenarios left out and why. Each
// option's own sheet is `render_cost_text` of its inputs.
std::string render_compare_text(const std::vector<CostOption>& options,
                                const std::vector<SkippedScenario>& skipped,
                                Lang lang,
                                const Style& style);
std::string render_compare_markdown(const std::vector<CostOption>& options,
                                    const std::vector<SkippedScenario>& skipped,
                                    Lang lang);
// One row per option: the same figures, RFC 4180.
std::string render_compare_csv(const std::vector<CostOption>& options, const CsvStyle& style);
// `medtime.cost-compare/1`: per option its names, the figures, and its whole
// `medtime.cost/2` sheet.
nlohmann::ordered_json compare_json(const std::vector<CostOption>& options,
                                    const std::vector<SkippedScenario>& skipped,
                                    Lang lang);

// The sheet as one self-contained, printable HTML page (A4) for the
// accountant: verdict, years, staff and other costs, capacity, sensitivity,
// warnings, notes, assumptions and sources; every text escaped.
std::string render_cost_html(const CostInputs& inputs, const CostSheet& sheet, Lang lang);
// Options side by side as one page: the table, the legend, each option's verdict.
std::string render_compare_html(const std::vector<CostOption>& options,
                                const std::vector<SkippedScenario>& skipped,
                                Lang lang);

// The verdict in one sentence.
std::string cost_verdict(const CostInputs& inputs, const CostSheet& sheet, Lang lang);

// One warning of the sheet, as a sentence.
std::string cost_warning_text(const CostWarning& warning, const CostInputs& inputs, Lang lang);

} // namespace medtime
