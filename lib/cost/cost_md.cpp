// The cost sheet as Markdown, to print or paste into a document.
#include "cost/cost_words.h"
#include "util/terminal.h"
#include "cost/cost_render.h"
#include "render/markdown.h"
#include "render/number.h"
#include "render/style.h"
#include "render/table.h"
#include "render/wrap.h"

#include <fmt/format.h>

namespace medtime {

namespace cw = cost_words;
using cost_words::trf;

namespace {

std::string md_escape(std::string_view text) {
  return markdown_line(text);
}

// A Markdown table; `aligns` holds 'l' or 'r' per column (default: first
// column left, the others right).
std::string md_table(const std::vector<std::string>& headers,
                     const std::vector<cw::Row>& rows,
                     std::string_view aligns = {}) {
  std::string out = "|";
  for (const auto& h : headers) {
    out += " " + md_escape(h) + " |";
  }
  out += "\n|";
  for (size_t i = 0; i < headers.size(); ++i) {
    char a = i < aligns.size() ? aligns[i] : (i == 0 ? 'l' : 'r');
    out += a == 'l' ? " --- |" : " ---: |";
  }
  out += "\n";
  for (const auto& r : rows) {
    out += "|";
    for (const auto& c : r.cells) {
      out += " " + md_escape(c) + " |";
    }
    out += "\n";
  }
  return out;
}

} // namespace

std::string render_cost_markdown(const CostInputs& in,
                                 const CostSheet& sheet,
                                 bool explain,
                                 Lang lang) {
  std::string out =
    std::string("# ") +
    tr(lang, "Bilan coût-avantage de la délégation", "Cost-benefit sheet for delegating") + "\n\n";
  out += md_escape(cw::header_line(in, lang)) + "\n\n";
  out += md_escape(tr(lang,
                      "Origine des chiffres : [plan] ou [réponses] donnés par vous, [source] "
                      "publié et daté, [estimation] à vérifier.",
                      "Where figures come from: [plan] or [answers] given by you, [source] "
                      "published and dated, [estimate] to check.")) +
         "\n\n";
  out += std::string("## ") + tr(lang, "Hypothèses", "Assumptions") + "\n\n";
  out += md_table({ tr(lang, "hypothèse", "assumption"),
                    tr(lang, "valeur", "value"),
                    tr(lang, "origine", "origin") },
                  cw::assumption_rows(in, lang),
                  "lrl");
  out += std::string("\n## ") + tr(lang, "Tâches déléguées", "Delegated tasks") + "\n\n";
  out += md_table({ tr(lang, "tâche", "task"),
                    tr(lang, "h/sem.", "h/week"),
                    tr(lang, "part", "share"),
                    tr(lang, "déléguées", "delegated"),
                    tr(lang, "confiée à", "given to") },
                  cw::task_rows(in, lang),
                  "lrrrl");
  out += std::string("\n## ") + tr(lang, "Personnel", "Staff") + "\n\n";
  for (const auto& line : cw::staff_lines(in, lang)) {
    bool detail = line.rfind("  ", 0) == 0; // the aid line under its staff member
    out += (detail ? "  - " : "- ") + md_escape(line.substr(line.find_first_not_of(' '))) + "\n";
  }
  if (!in.other_costs.empty()) {
    out += std::string("\n## ") + tr(lang, "Autres coûts", "Other costs") + "\n\n";
    for (const auto& line : cw::other_cost_lines(in, lang)) {
      out += "- " + md_escape(line) + "\n";
    }
  }
  out += std::string("\n## ") + tr(lang, "Résultat par année", "Year by year") + "\n\n";
  out += md_table(cw::year_headers(sheet, lang), cw::year_rows(sheet, lang));
  out += "\n";
  for (const auto& line : cw::formula_lines(in, sheet, lang)) {
    out += "- " + md_escape(line) + "\n";
  }
  out += "\n## " + md_escape(cw::capacity_title(in, lang)) + "\n\n";
  out += sheet.capacity.empty()
           ? std::string(tr(lang, "Aucun personnel.\n", "No staff.\n"))
           : md_table(cw::capacity_headers(lang), cw::capacity_rows(sheet, lang), "lrrrrl");
  out += "\n## " +
         trf(lang,
             "Sensibilité : net de l'année {}",
             "Sensitivity: net for year {}",
             sheet.sensitivity.year) +
         "\n\n";
  out += md_table(cw::sensitivity_headers(lang), cw::sensitivity_rows(sheet, lang));
  if (!sheet.warnings.empty()) {
    out += std::string("\n## ") + tr(lang, "Points d'attention", "Warnings") + "\n\n";
    for (const auto& w : sheet.warnings) {
      out += "- " + md_escape(cost_warning_text(w, in, lang)) + "\n";
    }
  }
  if (!in.notes.empty()) {
    out += std::string("\n## ") + tr(lang, "Notes sur le plan", "Notes on the plan") + "\n\n";
    for (const auto& n : in.notes) {
      out += "- " + md_escape(plan_note_text(n, lang)) + "\n";
    }
  }
  out += std::string("\n**") + tr(lang, "Verdict :", "Verdict:") + "** " +
         md_escape(cost_verdict(in, sheet, lang)) + "\n";
  out += std::string("\n## ") + tr(lang, "Sources", "Sources") + "\n\n";
  for (const auto& line : cw::source_lines(in, lang)) {
    out += "- " + md_escape(line) + "\n";
  }
  if (std::string e = cw::estimates_line(in, lang); !e.empty()) {
    out += "\n" + md_escape(e) + "\n";
  }
  if (explain) {
    out += std::string("\n## ") +
           tr(lang, "Détail des paramètres utilisés", "Every parameter used") + "\n\n";
    out += md_table(cw::explain_headers(lang), cw::explain_rows(in, lang), "lrlll");
  }
  return visible_controls(out);
}

std::string render_compare_markdown(const std::vector<CostOption>& options,
                                    const std::vector<SkippedScenario>& skipped,
                                    Lang lang) {
  std::string out =
    std::string("# ") + tr(lang, "Comparaison des options", "Options side by side") + "\n\n";
  if (!options.empty()) {
    out += md_table(cw::compare_headers(options, lang), cw::compare_rows(options, lang)) + "\n";
    for (const auto& line : cw::compare_legend(options, lang)) {
      out += "- " + md_escape(line) + "\n";
    }
  }
  for (const auto& line : cw::skipped_lines(skipped, lang)) {
    out += "- " + md_escape(line) + "\n";
  }
  return visible_controls(out);
}

} // namespace medtime
