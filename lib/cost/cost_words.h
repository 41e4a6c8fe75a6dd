// Pieces shared by the cost renderers (text, Markdown, JSON, plan YAML):
// figures with their units and origin, the rows of each table, the verdict.
#pragma once

#include "cost/compare.h"
#include "cost/cost.h"
#include "cost/derive.h"
#include "cost/inputs.h"
#include "util/i18n.h"

#include <fmt/format.h>
#include <string>
#include <vector>

namespace medtime::cost_words {

// fmt::format with the format string for `lang` (checked at run time).
template<typename... Args>
std::string trf(Lang lang, const char* fr, const char* en, Args&&... args) {
  return fmt::format(fmt::runtime(tr(lang, fr, en)), std::forward<Args>(args)...);
}

// A number with as few decimals as it needs (0, 1 or 2): "0,5", "12".
std::string plain(double value, Lang lang);
// A share as a percentage: "7,9 %".
std::string percent(double share, Lang lang);
// Hours with one decimal: "12,3".
std::string hours(double value, Lang lang);
// `value` in `unit`: "30 €", "50 %", "18 min", "2 000 €/mois".
std::string figure_text(double value, Unit unit, Lang lang);
// "1 234 €" (no decimals), "-500 €".
std::string money(double value, Lang lang);
// "[plan]", "[réponses]", "[source]", "[estimation]".
std::string tag(const CostInputs& in, const Figure& figure, Lang lang);
// Where the figure comes from, in full: "plan, l. 12", "fr-2026 : <source> (2024-12-22)".
std::string origin_text(const CostInputs& in, const Figure& figure, Lang lang);

// The sheet's first line: plan or derived, its source, the parameter set, the horizon.
std::string header_line(const CostInputs& in, Lang lang);

struct Row {
  std::vector<std::string> cells;
};

// Doctor's figures, supervision and set-up: label, value, tag.
std::vector<Row> assumption_rows(const CostInputs& in, Lang lang);
// Tasks: id, hours a week, share, delegated hours, staff.
std::vector<Row> task_rows(const CostInputs& in, Lang lang);
// Options side by side: a header per option (its short name) and a row per
// figure (hours freed, costs, aid, nets, payback, break-even).
std::vector<std::string> compare_headers(const std::vector<CostOption>& options, Lang lang);
std::vector<Row> compare_rows(const std::vector<CostOption>& options, Lang lang);
// "AM 0,5 : Assistant médical à mi-temps (plan.yaml)", one per option.
std::vector<std::string> compare_legend(const std::vector<CostOption>& options, Lang lang);
// "Télésecrétariat : non comparé — <why>", one per scenario left out.
std::vector<std::string> skipped_lines(const std::vector<SkippedScenario>& skipped, Lang lang);
// "Capacité du personnel (35 h/sem. par ETP [source])": the capacity table's title.
std::string capacity_title(const CostInputs& in, Lang lang);

// One line per other cost: what, how much a month or once, its origin.
std::vector<std::string> other_cost_lines(const CostInputs& in, Lang lang);
// One line per staff member: who, role and how its annual cost is made.
std::vector<std::string> staff_lines(const CostInputs& in, Lang lang);
// The yearly table, transposed (a row per quantity, a column per year),
// costs as negative amounts so that each column adds up to the net.
std::vector<std::string> year_headers(const CostSheet& sheet, Lang lang);
std::vector<Row> year_rows(const CostSheet& sheet, Lang lang);
// How each row of the yearly table is computed, with the plan's numbers.
std::vector<std::string> formula_lines(const CostInputs& in, const CostSheet& sheet, Lang lang);
std::vector<std::string> capacity_headers(Lang lang);
std::vector<Row> capacity_rows(const CostSheet& sheet, Lang lang);
std::vector<std::string> sensitivity_headers(Lang lang);
std::vector<Row> sensitivity_rows(const CostSheet& sheet, Lang lang);
// "Sources: ..." lines for the sourced parameters used, and the estimates.
std::vector<std::string> source_lines(const CostInputs& in, Lang lang);
std::string estimates_line(const CostInputs& in, Lang lang);
// --explain: name, value, origin (and source, date), with an estimate's note.
std::vector<std::string> explain_headers(Lang lang);
std::vector<Row> explain_rows(const CostInputs& in, Lang lang);

} // namespace medtime::cost_words

namespace medtime {

// A derived plan's note in words, in `lang`.
std::string plan_note_text(const PlanNote& note, Lang lang);

} // namespace medtime
