// The cost sheet as text for a terminal (80 columns, bold on a TTY), and
// `--explain`: every parameter used with its origin.
#include "cost/cost_words.h"
#include "util/terminal.h"
#include "cost/cost_render.h"
#include "render/number.h"
#include "render/style.h"
#include "render/table.h"
#include "render/wrap.h"

#include <fmt/format.h>

namespace medtime {

namespace cw = cost_words;
using cost_words::trf;

namespace {

std::string table(const std::vector<std::string>& headers,
                  const std::vector<cw::Row>& rows,
                  std::vector<TextTable::Align> aligns) {
  TextTable t(headers, std::move(aligns));
  for (const auto& r : rows) {
    t.add_row(r.cells);
  }
  return t.render(2);
}

std::vector<TextTable::Align> first_left(size_t n) {
  std::vector<TextTable::Align> aligns(n, TextTable::Align::right);
  aligns[0] = TextTable::Align::left;
  return aligns;
}

std::string text_explain(const CostInputs& in, Lang lang, const Style& style) {
  std::string out =
    style.bold(tr(lang, "Détail des paramètres utilisés", "Every parameter used")) + "\n";
  for (const auto& r : cw::explain_rows(in, lang)) {
    // "key — label = value  [origin]", or the value on a line of its own
    // when the whole does not fit 80 columns.
    std::string head = fmt::format("{} = {}  {}", r.cells[0], r.cells[1], r.cells[2]);
    if (display_width(head) <= 78) {
      out += "  " + head + "\n";
    } else {
      out += wrap_hanging(r.cells[0], "  ", 4);
      out += fmt::format("    = {}  {}\n", r.cells[1], r.cells[2]);
    }
    out += wrap_hanging(r.cells[3], "      ", 6);
    if (!r.cells[4].empty()) {
      out += wrap_hanging(r.cells[4], "      ", 6);
    }
  }
  return out;
}

} // namespace

std::string render_cost_explain(const CostInputs& in, Lang lang) {
  return visible_controls(text_explain(in, lang, Style(false)));
}

std::string render_cost_text(const CostInputs& in,
                             const CostSheet& sheet,
                             bool explain,
                             Lang lang,
                             const Style& style) {
  using Align = TextTable::Align;
  std::string out =
    style.bold(
      tr(lang, "BILAN COÛT-AVANTAGE DE LA DÉLÉGATION", "COST-BENEFIT SHEET FOR DELEGATING")) +
    "\n";
  out += wrap_hanging(cw::header_line(in, lang), "", 2);
  out += wrap_hanging(tr(lang,
                         "Origine des chiffres : [plan] ou [réponses] donnés par vous, [source] "
                         "publié et daté, [estimation] à vérifier.",
                         "Where figures come from: [plan] or [answers] given by you, [source] "
                         "published and dated, [estimate] to check."),
                      "", 2);
  out += "\n" + style.bold(tr(lang, "Hypothèses", "Assumptions")) + "\n";
  out += table({ tr(lang, "hypothèse", "assumption"),
                 tr(lang, "valeur", "value"),
                 tr(lang, "origine", "origin") },
               cw::assumption_rows(in, lang),
               { Align::left, Align::right, Align::left });
  out += "\n" + style.bold(tr(lang, "Tâches déléguées", "Delegated tasks")) + "\n";
  out += table({ tr(lang, "tâche", "task"),
                 tr(lang, "h/sem.", "h/week"),
                 tr(lang, "part", "share"),
                 tr(lang, "déléguées", "delegated"),
                 tr(lang, "confiée à", "given to") },
               cw::task_rows(in, lang),
               { Align::left, Align::right, Align::right, Align::right, Align::left });
  out += "\n" + style.bold(tr(lang, "Personnel", "Staff")) + "\n";
  for (const auto& line : cw::staff_lines(in, lang)) {
    out += wrap_hanging(line, "  ", 4);
  }
  if (!in.other_costs.empty()) {
    out += "\n" + style.bold(tr(lang, "Autres coûts", "Other costs")) + "\n";
    for (const auto& line : cw::other_cost_lines(in, lang)) {
      out += wrap_hanging(line, "  - ", 4);
    }
  }
  std::vector<std::string> headers = cw::year_headers(sheet, lang);
  out += "\n" + style.bold(tr(lang, "Résultat par année", "Year by year")) + "\n";
  out += table(headers, cw::year_rows(sheet, lang), first_left(headers.size())) + "\n";
  for (const auto& line : cw::formula_lines(in, sheet, lang)) {
    out += wrap_hanging(line, "  ", 4, 80, [&](const std::string& l) { return style.dim(l); });
  }
  out += "\n" + style.bold(cw::capacity_title(in, lang)) + "\n";
  if (sheet.capacity.empty()) {
    out += tr(lang, "  aucun personnel\n", "  no staff\n");
  } else {
    out += table(cw::capacity_headers(lang),
                 cw::capacity_rows(sheet, lang),
                 { Align::left, Align::right, Align::right, Align::right, Align::left });
  }
  out += "\n" +
         style.bold(trf(lang,
                        "Sensibilité : net de l'année {}",
                        "Sensitivity: net for year {}",
                        sheet.sensitivity.year)) +
         "\n";
  out += table(cw::sensitivity_headers(lang), cw::sensitivity_rows(sheet, lang), first_left(4));
  if (!sheet.warnings.empty()) {
    out += "\n" + style.bold(tr(lang, "Points d'attention", "Warnings")) + "\n";
    for (const auto& w : sheet.warnings) {
      out += wrap_hanging(cost_warning_text(w, in, lang), "  " + style.yellow("!") + " ", 4);
    }
  }
  if (!in.notes.empty()) {
    out += "\n" + style.bold(tr(lang, "Notes sur le plan", "Notes on the plan")) + "\n";
    for (const auto& n : in.notes) {
      out += wrap_hanging(plan_note_text(n, lang), "  - ", 4);
    }
  }
  std::string verdict = cost_verdict(in, sheet, lang);
  bool good = sheet.last_year().cumulative_net >= 0;
  out += "\n" + wrap_hanging(verdict, style.bold(tr(lang, "Verdict : ", "Verdict: ")), 2, 80,
                             [&](const std::string& l) { return good ? style.green(l) : style.red(l); });
  out += "\n" + style.bold(tr(lang, "Sources", "Sources")) + "\n";
  for (const auto& line : cw::source_lines(in, lang)) {
    out += wrap_hanging(line, "  - ", 4);
  }
  if (std::string e = cw::estimates_line(in, lang); !e.empty()) {
    out += wrap_hanging(e, "  ", 2);
  }
  if (explain) {
    out += "\n" + text_explain(in, lang, style);
  }
  return visible_controls(out, style.color());
}

std::string render_compare_text(const std::vector<CostOption>& options,
                                const std::vector<SkippedScenario>& skipped,
                                Lang lang,
                                const Style& style) {
  std::string out =
    style.bold(tr(lang, "COMPARAISON DES OPTIONS", "OPTIONS SIDE BY SIDE")) + "\n";
  if (!options.empty()) {
    std::vector<std::string> headers = cw::compare_headers(options, lang);
    out += table(headers, cw::compare_rows(options, lang), first_left(headers.size())) + "\n";
    for (const auto& line : cw::compare_legend(options, lang)) {
      out += wrap_hanging(line, "  ", 4);
    }
  }
  for (const auto& line : cw::skipped_lines(skipped, lang)) {
    out += wrap_hanging(line, "  ", 4);
  }
  out += "\n" + wrap_hanging(tr(lang,
                         "Le détail de chaque option : medtime cost --plan avec son plan "
                         "(--emit-plan l'écrit), ou --format json.",
                         "Each option in full: medtime cost --plan with its plan (--emit-plan "
                         "writes it), or --format json."),
                      "", 2);
  return visible_controls(out, style.color());
}

} // namespace medtime
