// The cost sheet as one printable HTML page for the doctor's accountant:
// the verdict first, then the years, the staff and other costs, capacity,
// sensitivity, warnings, assumptions and sources. Self-contained (no script,
// no network), every text escaped, A4 when printed.
#include "cost/cost_render.h"
#include "cost/cost_words.h"
#include "render/html.h"

#include "render/number.h"

#include <algorithm>
#include <fmt/format.h>

namespace medtime {

namespace cw = cost_words;

namespace {

constexpr const char* k_css = R"css(
.verdict { margin: 1rem 0; padding: .8rem 1rem; border-radius: 8px; font-weight: 600; }
.verdict.good { background: #e8f4ec; border-left: 5px solid #2e8540; }
.verdict.bad { background: #fbeaea; border-left: 5px solid #b53030; }
.header, .legend, .sources { color: var(--muted); }
.sources { font-size: .88rem; }
ul { margin: .3rem 0 1rem; padding-left: 1.3rem; }
li { margin: .15rem 0; }
.warning li::marker { content: "! "; color: #b07a00; font-weight: 700; }
tr.net td { font-weight: 700; }
@media print {
  body { font-size: 8.5pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 14pt; }
  h2 { font-size: 10.5pt; margin: .6rem 0 .2rem; break-after: avoid; }
  table { margin: .2rem 0 .4rem; }
  table, .verdict { break-inside: avoid; }
  th, td { padding: .1rem .35rem; }
  ul { margin: .1rem 0 .4rem; }
  li { margin: 0; }
  .verdict { margin: .4rem 0; padding: .4rem .6rem; }
  .sources { font-size: 7.5pt; }
  footer { margin-top: .6rem; padding-top: .3rem; }
}
)css";

std::string esc(std::string_view text) {
  return html_escape(text);
}

// A table; the first column left, the others right-aligned numbers.
std::string html_table(const std::vector<std::string>& headers,
                       const std::vector<cw::Row>& rows,
                       const std::vector<std::string>& strong_rows = {}) {
  std::string out = "<table>\n<thead><tr>";
  for (size_t i = 0; i < headers.size(); ++i) {
    out += fmt::format("<th{}>{}</th>", i == 0 ? "" : " class=\"num\"", esc(headers[i]));
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& r : rows) {
    bool strong = !r.cells.empty() &&
                  std::find(strong_rows.begin(), strong_rows.end(), r.cells[0]) != strong_rows.end();
    out += strong ? "<tr class=\"net\">" : "<tr>";
    for (size_t i = 0; i < r.cells.size(); ++i) {
      out += fmt::format("<td{}>{}</td>", i == 0 ? "" : " class=\"num\"", esc(r.cells[i]));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string html_list(const std::vector<std::string>& items, std::string_view css_class = {}) {
  if (items.empty()) {
    return {};
  }
  std::string out = css_class.empty() ? "<ul>\n" : fmt::format("<ul class=\"{}\">\n", css_class);
  for (const auto& item : items) {
    // Staff lines indent their details with spaces; HTML shows them flat.
    out += "<li>" + esc(item.substr(std::min(item.find_first_not_of(' '), item.size()))) + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string section(std::string_view title) {
  return fmt::format("<h2>{}</h2>\n", esc(title));
}

std::string page_head(const std::string& title, Lang lang) {
  return fmt::format(
    "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
    lang_code(lang), esc(title), html_page_css(), k_css, esc(title));
}

std::string page_foot(Lang lang) {
  return fmt::format("<footer>{}</footer>\n</main>\n</body>\n</html>\n",
                     esc(tr(lang, "produit par medtime cost", "made by medtime cost")));
}

} // namespace

std::string render_cost_html(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  std::string title = tr(lang, "Bilan coût-avantage de la délégation", "Cost-benefit sheet for delegating");
  std::string out = page_head(title, lang);
  out += fmt::format("<p class=\"header\">{}</p>\n", esc(cw::header_line(in, lang)));
  bool good = sheet.last_year().cumulative_net >= 0;
  out += fmt::format("<p class=\"verdict {}\">{} {}</p>\n", good ? "good" : "bad",
                     esc(tr(lang, "Verdict :", "Verdict:")), esc(cost_verdict(in, sheet, lang)));

  out += section(tr(lang, "Résultat par année", "Year by year"));
  out += html_table(cw::year_headers(sheet, lang), cw::year_rows(sheet, lang),
                    { tr(lang, "Net de l'année", "Net for the year"),
                      tr(lang, "Net cumulé", "Cumulative net") });
  out += html_list(cw::formula_lines(in, sheet, lang), "legend");

  out += section(tr(lang, "Personnel", "Staff"));
  out += html_list(cw::staff_lines(in, lang));
  if (!in.other_costs.empty()) {
    out += section(tr(lang, "Autres coûts", "Other costs"));
    out += html_list(cw::other_cost_lines(in, lang));
  }
  if (!sheet.capacity.empty()) {
    out += section(cw::capacity_title(in, lang));
    out += html_table(cw::capacity_headers(lang), cw::capacity_rows(sheet, lang));
  }
  out += section(cw::trf(lang, "Sensibilité : net de l'année {}", "Sensitivity: net for year {}",
                         sheet.sensitivity.year));
  out += html_table(cw::sensitivity_headers(lang), cw::sensitivity_rows(sheet, lang));

  std::vector<std::string> warnings;
  for (const auto& w : sheet.warnings) {
    warnings.push_back(cost_warning_text(w, in, lang));
  }
  if (!warnings.empty()) {
    out += section(tr(lang, "Points d'attention", "Warnings")) + html_list(warnings, "warning");
  }
  std::vector<std::string> notes;
  for (const auto& n : in.notes) {
    notes.push_back(plan_note_text(n, lang));
  }
  if (!notes.empty()) {
    out += section(tr(lang, "Notes sur le plan", "Notes on the plan")) + html_list(notes);
  }

  out += section(tr(lang, "Hypothèses", "Assumptions"));
  out += html_table({ tr(lang, "hypothèse", "assumption"), tr(lang, "valeur", "value"),
                      tr(lang, "origine", "origin") },
                    cw::assumption_rows(in, lang));
  out += section(tr(lang, "Tâches déléguées", "Delegated tasks"));
  out += html_table({ tr(lang, "tâche", "task"), tr(lang, "h/sem.", "h/week"),
                      tr(lang, "part", "share"), tr(lang, "déléguées", "delegated"),
                      tr(lang, "confiée à", "given to") },
                    cw::task_rows(in, lang));
  out += "<div class=\"sources\">\n" + section(tr(lang, "Sources", "Sources"));
  out += html_list(cw::source_lines(in, lang));
  if (std::string e = cw::estimates_line(in, lang); !e.empty()) {
    out += "<p>" + esc(e) + "</p>\n";
  }
  out += "</div>\n";
  return out + page_foot(lang);
}

std::string render_compare_html(const std::vector<CostOption>& options,
                                const std::vector<SkippedScenario>& skipped,
                                Lang lang) {
  std::string out = page_head(tr(lang, "Comparaison des options", "Options side by side"), lang);
  if (!options.empty()) {
    out += html_table(cw::compare_headers(options, lang), cw::compare_rows(options, lang));
    out += html_list(cw::compare_legend(options, lang), "legend");
  }
  out += html_list(cw::skipped_lines(skipped, lang), "warning");
  for (const auto& o : options) { // each option's verdict, to read before its sheet
    out += section(o.name.get(lang));
    bool good = o.sheet.last_year().cumulative_net >= 0;
    out += fmt::format("<p class=\"verdict {}\">{}</p>\n", good ? "good" : "bad",
                       esc(cost_verdict(o.inputs, o.sheet, lang)));
  }
  return out + page_foot(lang);
}

} // namespace medtime
