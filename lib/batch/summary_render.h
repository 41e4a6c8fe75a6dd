// Renderers of `medtime batch`'s cohort summary (batch/summary.h): CSV in
// long form, JSON, text tables; per group with `--group-by`, where a group
// under `--min-cell` valid responses shows no figure in any format, only
// that it is suppressed. They only present computed results.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "batch/batch_render.h"
#include "batch/summary.h"
#include "model/questionnaire.h"
#include "render/csv.h"
#include "util/i18n.h"

namespace medtime {

// The summary as JSON ("medtime.batch-summary/1"): the cohort (rows, ok,
// errors, complete and incomplete when known, per lever distributions,
// bands, action counts), then `group_by`, `min_cell` and `groups` when
// grouped; a suppressed group is `{"value": ..., "suppressed": true}`.
nlohmann::ordered_json summary_json(const GroupedSummary& summary, const QuestionnaireSet& set);

// The cohort page (`--format html`): one self-contained HTML page, inline
// CSS and SVG, every text from a file escaped: per lever the maturity
// distribution (a box plot) and the band bars, the most triggered actions,
// the groups (a suppressed group shows no figure).
std::string render_cohort_html(const GroupedSummary& summary, const QuestionnaireSet& set,
                               Lang lang);

// The summary in `format`: CSV in long form (lever, measure, n, mean, sd,
// min, q1, median, q3, max; counts in `n`; a first column `group` when
// grouped), JSON, JSON on one line for jsonl, text tables, or the HTML
// cohort page.
std::string render_summary(const GroupedSummary& summary, const QuestionnaireSet& set,
                           BatchFormat format, const CsvStyle& style, Lang lang);

} // namespace medtime
