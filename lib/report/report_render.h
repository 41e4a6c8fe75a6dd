// Renderers of `medtime report`, one per format. They present a built Report
// and compute nothing: every figure comes from the report, formatted with
// report_words.h, so the four formats agree.
#pragma once

#include "render/html.h"

#include <nlohmann/json.hpp>
#include <string>

#include "render/style.h"
#include "report/report.h"
#include "util/i18n.h"

namespace medtime {

// Width of the text report, in terminal columns.
constexpr size_t k_report_width = 80;

// The report for a terminal: at most `width` columns (a path or a command
// word longer than that stays whole), colour through `style` (the caller
// decides: a TTY and no NO_COLOR).
std::string render_report_text(const Report& report, Lang lang, const Style& style,
                               size_t width = k_report_width);

// The report as Markdown, for a document or an e-mail. Text from files is
// escaped so that it can neither break the layout nor inject HTML.
std::string render_report_markdown(const Report& report, Lang lang);

// The "medtime.report/1" document: per lever in rank order id, rank,
// maturity, readiness, potential_hours, priority (with its terms), band,
// status and actions; then the plan and the total hours at stake. Titles
// and texts in `lang`.
nlohmann::ordered_json report_json(const Report& report, Lang lang);

// One self-contained HTML page (no network, no script): a radar of maturity
// and a bar chart of priorities in inline SVG, the levers, the plan as a
// table, CSS for screen and A4 print. Every text from a file is escaped.
std::string render_report_html(const Report& report, Lang lang);

} // namespace medtime
