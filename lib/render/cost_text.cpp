// The cost sheet as text and Markdown, the verdict and the warnings.
#include "render/cost_parts.h"
#include "render/cost_render.h"
#include "render/number.h"
#include "render/style.h"
#include "render/table.h"
#include "render/wrap.h"

#include <fmt/format.h>

namespace medtime {

namespace cp = cost_parts;
using cost_parts::trf;

std::string cost_verdict(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  const YearResult& last = sheet.last_year();
  int horizon = last.year;
  if (last.cumulative_net >= -1e-9) {
    std::string when = !sheet.payback_year ? std::string()
                       : *sheet.payback_year == 1
                         ? std::string(tr(lang, "dès la première année", "from the first year"))
                         : trf(lang, "à partir de l'année {}", "from year {}", *sheet.payback_year);
    std::string text =
      trf(lang,
          "Sur {} an{}, la délégation est rentable : {} de net cumulé, rentabilisée {}",
          "Over {} year{}, delegating pays: {} of cumulative net, paid back {}",
          horizon,
          horizon > 1 ? "s" : "",
          cp::money(last.cumulative_net, lang),
          when);
    if (last.net < 0) {
      text += trf(lang,
                  ", mais l'année {} est déficitaire ({}) une fois l'aide réduite",
                  ", but year {} runs a loss ({}) once the aid is lower",
                  horizon,
                  cp::money(last.net, lang));
    }
    return text + ".";
  }
  return trf(
    lang,
    "Sur {} an{}, la délégation coûte {} de plus qu'elle ne rapporte ; pour équilibrer l'année {}, "
    "il faudrait {} consultations de plus par semaine, et le plan en prévoit {}.",
    "Over {} year{}, delegating costs {} more than it brings; to break even in year {} it would "
    "take {} extra consultations a week, and the plan expects {}.",
    horizon,
    horizon > 1 ? "s" : "",
    cp::money(-last.cumulative_net, lang),
    horizon,
    format_number(last.break_even, 1, lang),
    format_number(sheet.last_year_weekly_consultations(in.weeks_per_year.value), 1, lang));
}

std::string cost_warning_text(const CostWarning& w, const CostInputs& in, Lang lang) {
  std::string h = tr(lang, "h/sem.", "h/week");
  switch (w.kind) {
    case CostWarningKind::supervision_exceeds_delegated:
      return trf(lang,
                 "La supervision ({} {}) dépasse les heures déléguées ({} {}) : la délégation vous "
                 "prend du temps au lieu d'en libérer.",
                 "Supervision ({} {}) exceeds the delegated hours ({} {}): delegating takes time "
                 "from you instead of freeing it.",
                 format_number(w.value, 1, lang),
                 h,
                 format_number(w.limit, 1, lang),
                 h);
    case CostWarningKind::capacity_over:
      return trf(lang,
                 "{} reçoit plus que son contrat ({} % de {} {}) : augmentez le temps de travail "
                 "ou déléguez moins.",
                 "{} is given more than the contract ({}% of {} {}): raise the working time or "
                 "delegate less.",
                 w.staff,
                 format_number(w.value * 100, 0, lang),
                 format_number(w.limit, 1, lang),
                 h);
    case CostWarningKind::capacity_under:
      return trf(lang,
                 "{} n'utilise que {} % de son contrat ({} {}) : un temps de travail plus court ou "
                 "d'autres tâches.",
                 "{} uses only {}% of the contract ({} {}): a shorter working time, or more tasks.",
                 w.staff,
                 format_number(w.value * 100, 0, lang),
                 format_number(w.limit, 1, lang),
                 h);
    case CostWarningKind::delegated_exceeds_doctor_week:
      return trf(
        lang,
        "Le plan délègue {} {}, plus que la semaine de travail d'un généraliste ({} {}, {}) : "
        "vérifiez les heures.",
        "The plan delegates {} {}, more than a GP's working week ({} {}, {}): check the hours.",
        format_number(w.value, 1, lang),
        h,
        format_number(w.limit, 0, lang),
        h,
        cp::origin_text(in, in.doctor_hours_per_week, lang));
    case CostWarningKind::no_staff:
      return tr(lang,
                "Le plan ne nomme aucun personnel : les heures déléguées sont comptées comme "
                "libérées, sans coût.",
                "The plan names no staff: the delegated hours count as freed, at no cost.");
  }
  return {};
}

namespace {

std::string table(const std::vector<std::string>& headers,
                  const std::vector<cp::Row>& rows,
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

std::string header_line(const CostInputs& in, Lang lang) {
  return trf(lang,
             "{} : {} · paramètres {} ({}) · horizon {} an{}",
             "{}: {} · parameters {} ({}) · horizon {} year{}",
             in.derived ? tr(lang, "Plan dérivé des réponses", "Plan derived from the answers")
                        : "Plan",
             in.source,
             in.parameters.id,
             in.parameters.title.get(lang),
             in.horizon(),
             in.horizon() > 1 ? "s" : "");
}

std::string text_explain(const CostInputs& in, Lang lang, const Style& style) {
  std::string out =
    style.bold(tr(lang, "Détail des paramètres utilisés", "Every parameter used")) + "\n";
  for (const auto& r : cp::explain_rows(in, lang)) {
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
  return text_explain(in, lang, Style(false));
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
  out += wrap_hanging(header_line(in, lang), "", 2);
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
               cp::assumption_rows(in, lang),
               { Align::left, Align::right, Align::left });
  out += "\n" + style.bold(tr(lang, "Tâches déléguées", "Delegated tasks")) + "\n";
  out += table({ tr(lang, "tâche", "task"),
                 tr(lang, "h/sem.", "h/week"),
                 tr(lang, "part", "share"),
                 tr(lang, "déléguées", "delegated"),
                 tr(lang, "confiée à", "given to") },
               cp::task_rows(in, lang),
               { Align::left, Align::right, Align::right, Align::right, Align::left });
  out += "\n" + style.bold(tr(lang, "Personnel", "Staff")) + "\n";
  for (const auto& line : cp::staff_lines(in, lang)) {
    out += wrap_hanging(line, "  ", 4);
  }
  std::vector<std::string> headers = cp::year_headers(sheet, lang);
  out += "\n" + style.bold(tr(lang, "Résultat par année", "Year by year")) + "\n";
  out += table(headers, cp::year_rows(sheet, lang), first_left(headers.size())) + "\n";
  for (const auto& line : cp::formula_lines(in, sheet, lang)) {
    out += wrap_hanging(line, "  ", 4, 80, [&](const std::string& l) { return style.dim(l); });
  }
  out += "\n" +
         style.bold(trf(lang,
                        "Capacité du personnel ({} h/sem. par ETP {})",
                        "Staff capacity ({} h/week per FTE {})",
                        format_number(in.hours_per_fte.value, 0, lang),
                        cp::tag(in, in.hours_per_fte, lang))) +
         "\n";
  if (sheet.capacity.empty()) {
    out += tr(lang, "  aucun personnel\n", "  no staff\n");
  } else {
    out += table(cp::capacity_headers(lang),
                 cp::capacity_rows(sheet, lang),
                 { Align::left, Align::right, Align::right, Align::right, Align::left });
  }
  out += "\n" +
         style.bold(trf(lang,
                        "Sensibilité : net de l'année {}",
                        "Sensitivity: net for year {}",
                        sheet.sensitivity.year)) +
         "\n";
  out += table(cp::sensitivity_headers(lang), cp::sensitivity_rows(sheet, lang), first_left(4));
  if (!sheet.warnings.empty()) {
    out += "\n" + style.bold(tr(lang, "Points d'attention", "Warnings")) + "\n";
    for (const auto& w : sheet.warnings) {
      out += wrap_hanging(cost_warning_text(w, in, lang), "  " + style.yellow("!") + " ", 4);
    }
  }
  if (!in.notes.empty()) {
    out += "\n" + style.bold(tr(lang, "Notes sur le plan", "Notes on the plan")) + "\n";
    for (const auto& n : in.notes) {
      out += wrap_hanging(n.get(lang), "  - ", 4);
    }
  }
  std::string verdict = cost_verdict(in, sheet, lang);
  bool good = sheet.last_year().cumulative_net >= 0;
  out += "\n" + wrap_hanging(verdict, style.bold(tr(lang, "Verdict : ", "Verdict: ")), 2, 80,
                             [&](const std::string& l) { return good ? style.green(l) : style.red(l); });
  out += "\n" + style.bold(tr(lang, "Sources", "Sources")) + "\n";
  for (const auto& line : cp::source_lines(in, lang)) {
    out += wrap_hanging(line, "  - ", 4);
  }
  if (std::string e = cp::estimates_line(in, lang); !e.empty()) {
    out += wrap_hanging(e, "  ", 2);
  }
  if (explain) {
    out += "\n" + text_explain(in, lang, style);
  }
  return out;
}

namespace {

std::string md_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += ' ';
      continue;
    }
    if (c == '|' || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '<' ||
        c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

// A Markdown table; `aligns` holds 'l' or 'r' per column (default: first
// column left, the others right).
std::string md_table(const std::vector<std::string>& headers,
                     const std::vector<cp::Row>& rows,
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
  out += md_escape(header_line(in, lang)) + "\n\n";
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
                  cp::assumption_rows(in, lang),
                  "lrl");
  out += std::string("\n## ") + tr(lang, "Tâches déléguées", "Delegated tasks") + "\n\n";
  out += md_table({ tr(lang, "tâche", "task"),
                    tr(lang, "h/sem.", "h/week"),
                    tr(lang, "part", "share"),
                    tr(lang, "déléguées", "delegated"),
                    tr(lang, "confiée à", "given to") },
                  cp::task_rows(in, lang),
                  "lrrrl");
  out += std::string("\n## ") + tr(lang, "Personnel", "Staff") + "\n\n";
  for (const auto& line : cp::staff_lines(in, lang)) {
    bool detail = line.rfind("  ", 0) == 0; // the aid line under its staff member
    out += (detail ? "  - " : "- ") + md_escape(line.substr(line.find_first_not_of(' '))) + "\n";
  }
  out += std::string("\n## ") + tr(lang, "Résultat par année", "Year by year") + "\n\n";
  out += md_table(cp::year_headers(sheet, lang), cp::year_rows(sheet, lang));
  out += "\n";
  for (const auto& line : cp::formula_lines(in, sheet, lang)) {
    out += "- " + md_escape(line) + "\n";
  }
  out += "\n## " +
         trf(lang,
             "Capacité du personnel ({} h/sem. par ETP)",
             "Staff capacity ({} h/week per FTE)",
             format_number(in.hours_per_fte.value, 0, lang)) +
         "\n\n";
  out += sheet.capacity.empty()
           ? std::string(tr(lang, "Aucun personnel.\n", "No staff.\n"))
           : md_table(cp::capacity_headers(lang), cp::capacity_rows(sheet, lang), "lrrrl");
  out += "\n## " +
         trf(lang,
             "Sensibilité : net de l'année {}",
             "Sensitivity: net for year {}",
             sheet.sensitivity.year) +
         "\n\n";
  out += md_table(cp::sensitivity_headers(lang), cp::sensitivity_rows(sheet, lang));
  if (!sheet.warnings.empty()) {
    out += std::string("\n## ") + tr(lang, "Points d'attention", "Warnings") + "\n\n";
    for (const auto& w : sheet.warnings) {
      out += "- " + md_escape(cost_warning_text(w, in, lang)) + "\n";
    }
  }
  if (!in.notes.empty()) {
    out += std::string("\n## ") + tr(lang, "Notes sur le plan", "Notes on the plan") + "\n\n";
    for (const auto& n : in.notes) {
      out += "- " + md_escape(n.get(lang)) + "\n";
    }
  }
  out += std::string("\n**") + tr(lang, "Verdict :", "Verdict:") + "** " +
         md_escape(cost_verdict(in, sheet, lang)) + "\n";
  out += std::string("\n## ") + tr(lang, "Sources", "Sources") + "\n\n";
  for (const auto& line : cp::source_lines(in, lang)) {
    out += "- " + md_escape(line) + "\n";
  }
  if (std::string e = cp::estimates_line(in, lang); !e.empty()) {
    out += "\n" + md_escape(e) + "\n";
  }
  if (explain) {
    out += std::string("\n## ") +
           tr(lang, "Détail des paramètres utilisés", "Every parameter used") + "\n\n";
    out += md_table(cp::explain_headers(lang), cp::explain_rows(in, lang), "lrlll");
  }
  return out;
}

} // namespace medtime
