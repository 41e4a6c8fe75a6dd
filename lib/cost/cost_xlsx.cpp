// The cost sheet as an Excel workbook for the doctor's accountant, written
// with libxlsxwriter: the inputs with their origin, the years, the
// sensitivity table, as numbers with number formats (no formulas).
// libxlsxwriter 1.1.4 writes only to a file, so the workbook goes to a
// temporary file (util/temp_file.h) that is read back and removed.
#include "cost/cost_render.h"
#include "cost/cost_words.h"
#include "render/number.h"
#include "util/diagnostics.h"
#include "util/temp_file.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <memory>
#include <xlsxwriter.h>

namespace medtime {

namespace {

using cost_words::trf;

[[noreturn]] void fail(std::string_view what, std::string_view why) {
  throw Error("", {}, message("E300", what, why));
}

void check(lxw_error error, std::string_view what) {
  if (error != LXW_NO_ERROR) {
    fail(what, lxw_strerror(error));
  }
}

struct BookDeleter {
  void operator()(lxw_workbook* book) const { lxw_workbook_free(book); }
};
using Book = std::unique_ptr<lxw_workbook, BookDeleter>;

// The cell formats of the workbook (owned by it).
struct Formats {
  lxw_format* header = nullptr;
  lxw_format* euro = nullptr;        // years and sensitivity: whole euros
  lxw_format* euro_cents = nullptr;  // inputs: prices to the cent
  lxw_format* share = nullptr;       // 7.9 %
  lxw_format* whole_share = nullptr; // 25 %
  lxw_format* hours = nullptr;
  lxw_format* count = nullptr;
  lxw_format* decimal = nullptr;
};

lxw_format* number_format(lxw_workbook* book, const char* code) {
  lxw_format* format = workbook_add_format(book);
  format_set_num_format(format, code);
  return format;
}

Formats make_formats(lxw_workbook* book) {
  Formats f;
  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.euro = number_format(book, "#,##0 \"€\"");
  f.euro_cents = number_format(book, "#,##0.00 \"€\"");
  f.share = number_format(book, "0.0%");
  f.whole_share = number_format(book, "0%");
  f.hours = number_format(book, "#,##0 \"h\"");
  f.count = number_format(book, "#,##0");
  f.decimal = number_format(book, "#,##0.0");
  return f;
}

// One worksheet: writes cells, remembers each column's widest cell, then
// sizes the columns and freezes the header row.
class Sheet {
public:
  Sheet(lxw_workbook* book, const char* name)
    : m_sheet(workbook_add_worksheet(book, name)) {
    if (m_sheet == nullptr) {
      fail(fmt::format(fmt::runtime(tr_message("feuille {}", "worksheet {}")), quote(name)),
           tr_message("libxlsxwriter l'a refusée", "libxlsxwriter refused it"));
    }
  }

  void text(int row, int col, const std::string& value, lxw_format* format = nullptr) {
    check(worksheet_write_string(m_sheet, row, col, value.c_str(), format), "a text cell");
    // code points, not bytes: "é" is one character wide
    size_t chars = std::count_if(value.begin(), value.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    widen(col, static_cast<double>(chars));
  }

  void number(int row, int col, double value, lxw_format* format) {
    check(worksheet_write_number(m_sheet, row, col, round_to(value, 4), format), "a number cell");
    widen(col, 12);
  }

  // Sizes the columns (within 8 and 60 characters) and freezes the first
  // row and the first `columns` columns.
  void finish(int columns) {
    for (size_t col = 0; col < m_widths.size(); ++col) {
      double width = std::clamp(m_widths[col] + 2, 8.0, 60.0);
      auto c = static_cast<lxw_col_t>(col);
      check(worksheet_set_column(m_sheet, c, c, width, nullptr), "a column width");
    }
    worksheet_freeze_panes(m_sheet, 1, static_cast<lxw_col_t>(columns));
  }

private:
  void widen(int col, double width) {
    if (static_cast<size_t>(col) >= m_widths.size()) {
      m_widths.resize(col + 1, 0);
    }
    m_widths[col] = std::max(m_widths[col], width);
  }

  lxw_worksheet* m_sheet;
  std::vector<double> m_widths;
};

void headers(Sheet& sheet, const std::vector<std::string>& names, const Formats& f) {
  for (size_t col = 0; col < names.size(); ++col) {
    sheet.text(0, static_cast<int>(col), names[col], f.header);
  }
}

lxw_format* unit_format(Unit unit, const Formats& f) {
  switch (unit) {
    case Unit::euro:
    case Unit::euro_per_hour:
    case Unit::euro_per_month:
    case Unit::euro_per_year:
      return f.euro_cents;
    case Unit::share:
      return f.share;
    default:
      return nullptr;
  }
}

// "Hypothèses": one row per traced figure, with its origin.
void write_inputs(Sheet& sheet, const CostInputs& in, const Formats& f, Lang lang) {
  headers(sheet,
          { tr(lang, "Nom", "Name"),
            tr(lang, "Libellé", "Label"),
            tr(lang, "Valeur", "Value"),
            tr(lang, "Unité", "Unit"),
            tr(lang, "Origine", "Origin"),
            "Source",
            "Date",
            tr(lang, "Estimation", "Estimate"),
            "Note" },
          f);
  int row = 1;
  for (const auto& fig : traced_figures(in)) {
    sheet.text(row, 0, fig.name);
    sheet.text(row, 1, fig.label.get(lang));
    sheet.number(row, 2, fig.figure.value, unit_format(fig.unit, f));
    sheet.text(row, 3, unit_text(fig.unit, lang));
    if (fig.figure.origin == Origin::input) {
      sheet.text(row, 4, in.derived ? tr(lang, "réponses", "answers") : "plan");
      std::string where = in.source;
      if (fig.figure.pos.line > 0) {
        where += trf(lang, ", l. {}", ", line {}", fig.figure.pos.line);
      } else if (in.derived) {
        where += tr(lang, " (règle de dérivation)", " (derivation rule)");
      }
      sheet.text(row, 5, where);
      ++row;
      continue;
    }
    sheet.text(row, 4, tr(lang, "paramètres", "parameters"));
    const ParameterValue* p = in.parameter(fig.figure);
    sheet.text(row,
               5,
               fmt::format("{} ({}){}{}",
                           in.parameters.id,
                           fig.figure.key,
                           p != nullptr ? " — " : "",
                           p != nullptr ? p->source : ""));
    if (p != nullptr) {
      sheet.text(row, 6, p->date);
      sheet.text(row, 7, p->estimate ? tr(lang, "oui", "yes") : tr(lang, "non", "no"));
      sheet.text(row, 8, p->note.get(lang));
    }
    ++row;
  }
  sheet.finish(1);
}

// "Années": a row per quantity, a column per year; costs as negative
// amounts, as in the text sheet, so that each column adds up to the net.
void write_years(Sheet& sheet, const CostSheet& cost, const Formats& f, Lang lang) {
  std::vector<std::string> names{ "" };
  for (const auto& y : cost.years) {
    names.push_back(trf(lang, "Année {}", "Year {}", y.year));
  }
  headers(sheet, names, f);
  struct Line {
    const char* fr;
    const char* en;
    double (*value)(const YearResult&);
    lxw_format* format;
  };
  const Line lines[] = {
    { "Heures libérées",
      "Hours freed",
      [](const YearResult& y) { return y.hours_freed; },
      f.hours },
    { "Consultations en plus",
      "Extra consultations",
      [](const YearResult& y) { return y.extra_consultations; },
      f.count },
    { "Recettes des consultations",
      "Revenue of the consultations",
      [](const YearResult& y) { return y.revenue; },
      f.euro },
    { "Valeur du temps personnel",
      "Value of personal time",
      [](const YearResult& y) { return y.personal_value; },
      f.euro },
    { "Coût du personnel",
      "Staff cost",
      [](const YearResult& y) { return -y.staff_cost; },
      f.euro },
    { "Autres coûts", "Other costs", [](const YearResult& y) { return -y.other_costs; }, f.euro },
    { "Aide", "Aid", [](const YearResult& y) { return y.aid; }, f.euro },
    { "Net de l'année", "Net for the year", [](const YearResult& y) { return y.net; }, f.euro },
    { "Net si l'engagement n'est pas tenu",
      "Net if the commitment is missed",
      [](const YearResult& y) { return y.net_if_target_missed; },
      f.euro },
    { "Net cumulé",
      "Cumulative net",
      [](const YearResult& y) { return y.cumulative_net; },
      f.euro },
    { "Équilibre (consultations/sem.)",
      "Break-even (consultations/week)",
      [](const YearResult& y) { return y.break_even; },
      f.decimal },
  };
  int row = 1;
  for (const auto& line : lines) {
    sheet.text(row, 0, tr(lang, line.fr, line.en));
    for (size_t i = 0; i < cost.years.size(); ++i) {
      sheet.number(
        row, static_cast<int>(i) + 1, round_to(line.value(cost.years[i]), 2), line.format);
    }
    ++row;
  }
  sheet.finish(1);
}

std::string cost_change_header(double change, Lang lang) {
  if (change == 0) {
    return tr(lang, "Coût du personnel prévu", "Planned staff cost");
  }
  return trf(lang,
             "Coût du personnel {}{}\u00a0%",
             "Staff cost {}{}%",
             change < 0 ? "−" : "+",
             format_number(std::abs(change) * 100, 0, lang));
}

// "Sensibilité": the last year's net, a row per reinvested share, a column
// per change of the staff cost.
void write_sensitivity(Sheet& sheet, const Sensitivity& s, const Formats& f, Lang lang) {
  std::vector<std::string> names{ trf(
    lang, "Net de l'année {} — part réinvestie", "Net for year {} — reinvested share", s.year) };
  for (double change : s.staff_cost_changes) {
    names.push_back(cost_change_header(change, lang));
  }
  headers(sheet, names, f);
  for (size_t i = 0; i < s.reinvest_shares.size(); ++i) {
    int row = static_cast<int>(i) + 1;
    sheet.number(row, 0, s.reinvest_shares[i], f.whole_share);
    for (size_t j = 0; j < s.net[i].size(); ++j) {
      sheet.number(row, static_cast<int>(j) + 1, round_to(s.net[i][j], 2), f.euro);
    }
  }
  sheet.finish(1);
}


// The comparison's figures as numbers, one column per option, the legend under it.
void write_comparison(Sheet& sheet,
                      const std::vector<CostOption>& options,
                      const std::vector<SkippedScenario>& skipped,
                      const Formats& f,
                      Lang lang) {
  std::vector<std::string> names{ "" };
  for (const auto& o : options) {
    names.push_back(o.short_name.get(lang));
  }
  headers(sheet, names, f);
  struct Line {
    const char* fr;
    const char* en;
    double (*value)(const CostOption&);
    lxw_format* format;
  };
  const Line lines[] = {
    { "Heures libérées par semaine", "Hours freed a week",
      [](const CostOption& o) { return o.weekly_hours_freed(); }, f.decimal },
    { "Heures hors contrat par semaine", "Hours over contract a week",
      [](const CostOption& o) { return o.left_out_hours(); }, f.decimal },
    { "Coût du personnel par an", "Staff cost a year",
      [](const CostOption& o) { return o.sheet.years.front().staff_cost; }, f.euro },
    { "Autres coûts, année 1", "Other costs, year 1",
      [](const CostOption& o) { return o.sheet.years.front().other_costs; }, f.euro },
    { "Aide sur l'horizon", "Aid over the horizon",
      [](const CostOption& o) { return o.aid_total(); }, f.euro },
    { "Net de l'année 1", "Net in year 1",
      [](const CostOption& o) { return o.sheet.years.front().net; }, f.euro },
    { "Net cumulé", "Cumulative net",
      [](const CostOption& o) { return o.sheet.last_year().cumulative_net; }, f.euro },
    { "Net cumulé si l'engagement n'est pas tenu", "Cumulative net if the commitment is missed",
      [](const CostOption& o) { return o.sheet.last_year().cumulative_net_if_target_missed; }, f.euro },
    { "Équilibre (consultations/sem., dernière année)", "Break-even (consultations/week, last year)",
      [](const CostOption& o) { return o.sheet.last_year().break_even; }, f.decimal },
  };
  int row = 1;
  for (const auto& line : lines) {
    sheet.text(row, 0, tr(lang, line.fr, line.en));
    for (size_t i = 0; i < options.size(); ++i) {
      sheet.number(row, static_cast<int>(i) + 1, line.value(options[i]), line.format);
    }
    ++row;
  }
  sheet.text(row, 0, tr(lang, "Rentabilisé l'année", "Paid back in year"));
  for (size_t i = 0; i < options.size(); ++i) {
    const auto& payback = options[i].sheet.payback_year;
    if (payback) {
      sheet.number(row, static_cast<int>(i) + 1, *payback, f.count);
    } else {
      sheet.text(row, static_cast<int>(i) + 1, tr(lang, "non", "no"));
    }
  }
  row += 2;
  for (const auto& line : cost_words::compare_legend(options, lang)) {
    sheet.text(row++, 0, line);
  }
  for (const auto& line : cost_words::skipped_lines(skipped, lang)) {
    sheet.text(row++, 0, line);
  }
  sheet.finish(1);
}

// A worksheet name: at most 31 characters, none of []:*?/\.
std::string sheet_name(std::string name) {
  for (char& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) {
      c = '-';
    }
  }
  return name.substr(0, 31);
}

// A workbook's bytes: a temporary file that libxlsxwriter writes (its own
// temporary files go beside it), `fill` adding the worksheets, then read
// back and removed.
template<typename Fill>
std::string workbook_bytes(Fill fill) {
  TempFile file(tr_message("impossible d'écrire le classeur", "cannot write the workbook"));
  std::string dir = temp_dir();
  lxw_workbook_options settings{};
  settings.tmpdir = dir.data();
  Book book(workbook_new_opt(file.path().c_str(), &settings));
  if (!book) {
    fail(file.path(),
         tr_message("libxlsxwriter n'a pas pu commencer un classeur",
                    "libxlsxwriter could not start a workbook"));
  }
  fill(book.get(), make_formats(book.get()));
  check(workbook_close(book.release()), file.path()); // frees the workbook, even on error
  return file.read();
}

} // namespace

std::string render_compare_xlsx(const std::vector<CostOption>& options,
                                const std::vector<SkippedScenario>& skipped,
                                Lang lang) {
  return workbook_bytes([&](lxw_workbook* book, const Formats& formats) {
    Sheet comparison(book, tr(lang, "Comparaison", "Comparison"));
    write_comparison(comparison, options, skipped, formats, lang);
    for (const auto& o : options) { // each option's years, as in a single sheet
      Sheet years(book, sheet_name(o.short_name.get(lang)).c_str());
      write_years(years, o.sheet, formats, lang);
    }
  });
}

std::string render_cost_xlsx(const CostInputs& inputs, const CostSheet& sheet, Lang lang) {
  return workbook_bytes([&](lxw_workbook* book, const Formats& formats) {
    std::string title =
      tr(lang, "Bilan coût-avantage de la délégation", "Cost-benefit sheet for delegating");
    std::string subject = cost_words::header_line(inputs, lang);
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    check(workbook_set_properties(book, &properties), "its properties");
    Sheet assumptions(book, tr(lang, "Hypothèses", "Inputs"));
    Sheet years(book, tr(lang, "Années", "Years"));
    Sheet sensitivity(book, tr(lang, "Sensibilité", "Sensitivity"));
    write_inputs(assumptions, inputs, formats, lang);
    write_years(years, sheet, formats, lang);
    write_sensitivity(sensitivity, sheet.sensitivity, formats, lang);
  });
}

} // namespace medtime
