#include "batch/cohort_xlsx.h"

#include <algorithm>
#include <fmt/format.h>
#include <xlsxwriter.h>

#include "render/number.h"
#include "util/diagnostics.h"
#include "util/temp_file.h"

namespace medtime {

namespace {

void check(lxw_error error, std::string_view what) {
  if (error != LXW_NO_ERROR) {
    throw Error("", {}, message("E442", what, lxw_strerror(error)));
  }
}

// The same for a part of the workbook named in French and English (the
// words chosen only on error: this runs per cell).
void check(lxw_error error, const char* what_fr, const char* what_en) {
  if (error != LXW_NO_ERROR) {
    check(error, tr_message(what_fr, what_en));
  }
}

// Characters, not bytes, for column widths.
double width_of(const std::string& text) {
  return static_cast<double>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// One worksheet written top to bottom (constant-memory mode allows nothing
// else), remembering each column's widest cell.
class Sheet {
public:
  Sheet(lxw_workbook* book, const char* name) : m_sheet(workbook_add_worksheet(book, name)) {
    if (m_sheet == nullptr) {
      throw Error("", {}, message("E460", quote(name)));
    }
  }

  void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format = nullptr) {
    if (!value.empty()) {
      check(worksheet_write_string(m_sheet, row, col, value.c_str(), format),
            "une cellule de texte", "a text cell");
    }
    widen(col, width_of(value));
  }

  void number(lxw_row_t row, lxw_col_t col, std::optional<double> value) {
    if (value) {
      check(worksheet_write_number(m_sheet, row, col, round_to(*value, 2), nullptr),
            "une cellule numérique", "a number cell");
    }
    widen(col, 8);
  }

  void count(lxw_row_t row, lxw_col_t col, std::uint64_t value) {
    number(row, col, static_cast<double>(value));
  }

  // Sizes the columns (8 to 50 characters) and freezes the header row.
  void finish() {
    for (size_t col = 0; col < m_widths.size(); ++col) {
      auto c = static_cast<lxw_col_t>(col);
      check(worksheet_set_column(m_sheet, c, c, std::clamp(m_widths[col] + 2, 8.0, 50.0), nullptr),
            "une largeur de colonne", "a column width");
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
  }

private:
  void widen(lxw_col_t col, double width) {
    if (col >= m_widths.size()) {
      m_widths.resize(col + 1, 0);
    }
    m_widths[col] = std::max(m_widths[col], width);
  }

  lxw_worksheet* m_sheet;
  std::vector<double> m_widths;
};

const char* const k_measure_ids[] = {"maturity", "readiness", "potential_hours", "priority"};

const Distribution& measure(const LeverSummary& s, int i) {
  return i == 0 ? s.maturity : i == 1 ? s.readiness : i == 2 ? s.potential_hours : s.priority;
}

} // namespace

struct CohortWorkbook::Book {
  const QuestionnaireSet& set;
  RowLayout layout;
  Lang lang;
  TempFile file;
  std::string tmpdir = temp_dir();
  lxw_workbook* book = nullptr;
  lxw_format* header = nullptr;
  std::optional<Sheet> rows;
  lxw_row_t next_row = 1;

  Book(const QuestionnaireSet& s, RowLayout l, Lang g)
      : set(s), layout(std::move(l)), lang(g),
        file(tr_message("impossible d'écrire le classeur", "cannot write the workbook")) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpdir.data();
    book = workbook_new_opt(file.path().c_str(), &options);
    if (book == nullptr) {
      throw Error(file.path(), {}, message("E461"));
    }
    header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    rows.emplace(book, tr(lang, "Réponses", "Responses"));
    std::vector<std::string> names{"source", "respondent", "date", "status"};
    if (layout.complete) {
      names.push_back("complete");
    }
    names.insert(names.end(), layout.keep.begin(), layout.keep.end());
    for (const auto& q : set.items()) {
      for (const char* m : {"maturity", "readiness", "potential_hours", "priority", "rank"}) {
        names.push_back(q.scored_id() + "_" + m);
      }
    }
    names.push_back("error");
    for (size_t c = 0; c < names.size(); ++c) {
      rows->text(0, static_cast<lxw_col_t>(c), names[c], header);
    }
  }

  ~Book() {
    if (book != nullptr) {
      lxw_workbook_free(book);
    }
  }

  void summary_sheet(const char* sheet_name, const CohortSummary& s) {
    Sheet sheet(book, sheet_name);
    std::vector<std::string> names{tr(lang, "levier", "lever"), tr(lang, "mesure", "measure"), "n",
                                   tr(lang, "moyenne", "mean"), tr(lang, "écart-type", "sd"), "min",
                                   "q1", tr(lang, "médiane", "median"), "q3", "max"};
    for (size_t c = 0; c < names.size(); ++c) {
      sheet.text(0, static_cast<lxw_col_t>(c), names[c], header);
    }
    lxw_row_t r = 1;
    auto count_row = [&](const std::string& lever, const std::string& what, std::uint64_t n) {
      sheet.text(r, 0, lever);
      sheet.text(r, 1, what);
      sheet.count(r++, 2, n);
    };
    count_row("", tr(lang, "réponses", "rows"), s.rows());
    count_row("", tr(lang, "en erreur", "errors"), s.errors());
    if (s.complete() + s.incomplete() + s.skipped_incomplete() > 0) {
      count_row("", tr(lang, "complètes", "complete"), s.complete());
      count_row("", tr(lang, "incomplètes comptées", "incomplete counted"), s.incomplete());
      count_row("", tr(lang, "incomplètes écartées", "incomplete left out"), s.skipped_incomplete());
    }
    for (size_t i = 0; i < set.size(); ++i) {
      const Questionnaire& q = set.items()[i];
      const LeverSummary& l = s.levers()[i];
      std::string name = q.short_name(lang);
      for (int m = 0; m < 4; ++m) {
        const Distribution& d = measure(l, m);
        sheet.text(r, 0, name);
        sheet.text(r, 1, k_measure_ids[m]);
        sheet.count(r, 2, d.count());
        lxw_col_t c = 3;
        for (auto v : {d.mean(), d.sd(), d.min(), d.quantile(0.25), d.quantile(0.5),
                       d.quantile(0.75), d.max()}) {
          sheet.number(r, c++, v);
        }
        ++r;
      }
      for (size_t b = 0; b < q.bands.size(); ++b) {
        count_row(name, q.bands[b].label.get(lang), l.bands[b]);
      }
      count_row(name, tr(lang, "trop peu de réponses", "too few answers"), l.insufficient);
      count_row(name, tr(lang, "non évalué", "not assessed"), l.not_assessed);
      count_row(name, tr(lang, "classé 1er", "ranked first"), l.ranked_first);
      for (size_t a = 0; a < q.actions.size() && a < l.actions.size(); ++a) {
        count_row(name, tr(lang, "action : ", "action: ") + q.actions[a].title.get(lang), l.actions[a]);
      }
    }
    sheet.finish();
  }

  // One line per group: valid responses, then per lever the mean maturity
  // and the hours at stake; a suppressed group shows no figure.
  void groups_sheet(const GroupedSummary& summary) {
    Sheet sheet(book, tr(lang, "Groupes", "Groups"));
    std::vector<std::string> names{summary.column(), tr(lang, "réponses valides", "valid responses")};
    for (const auto& q : set.items()) {
      names.push_back(q.short_name(lang) + tr(lang, " : maturité moyenne", ": mean maturity"));
      names.push_back(q.short_name(lang) + tr(lang, " : heures/sem. en jeu", ": hours/week at stake"));
    }
    for (size_t c = 0; c < names.size(); ++c) {
      sheet.text(0, static_cast<lxw_col_t>(c), names[c], header);
    }
    lxw_row_t r = 1;
    for (const auto& g : summary.groups()) {
      sheet.text(r, 0, g.value);
      if (summary.suppressed(g)) {
        sheet.text(r++, 1, fmt::format(fmt::runtime(tr(lang, "masqué (moins de {} réponses)",
                                                        "hidden (under {} responses)")),
                                       summary.min_cell()));
        continue;
      }
      sheet.count(r, 1, g.summary.valid());
      lxw_col_t c = 2;
      for (const auto& l : g.summary.levers()) {
        sheet.number(r, c++, l.maturity.mean());
        auto mean = l.potential_hours.mean();
        sheet.number(r, c++, mean ? std::optional<double>(*mean * static_cast<double>(l.potential_hours.count()))
                                  : std::nullopt);
      }
      ++r;
    }
    sheet.finish();
  }
};

CohortWorkbook::CohortWorkbook(const QuestionnaireSet& set, RowLayout layout, Lang lang)
    : m_book(std::make_unique<Book>(set, std::move(layout), lang)) {}

CohortWorkbook::~CohortWorkbook() = default;

void CohortWorkbook::add_row(const BatchRow& row) {
  Book& b = *m_book;
  Sheet& sheet = *b.rows;
  lxw_row_t r = b.next_row++;
  lxw_col_t c = 0;
  sheet.text(r, c++, row.source);
  sheet.text(r, c++, row.respondent);
  sheet.text(r, c++, row.date);
  sheet.text(r, c++, row.ok ? "ok" : "error");
  if (b.layout.complete) {
    sheet.text(r, c++, !row.complete ? "" : *row.complete ? "yes" : "no");
  }
  for (size_t k = 0; k < b.layout.keep.size(); ++k) {
    sheet.text(r, c++, k < row.kept.size() ? row.kept[k] : "");
  }
  for (const auto& lever : row.levers) {
    for (auto v : {lever.maturity, lever.readiness, lever.potential_hours, lever.priority}) {
      sheet.number(r, c++, v);
    }
    sheet.number(r, c++, lever.rank ? std::optional<double>(*lever.rank) : std::nullopt);
  }
  sheet.text(r, c, row.first_error());
}

std::string CohortWorkbook::finish(const GroupedSummary& summary) {
  Book& b = *m_book;
  b.rows->finish();
  b.summary_sheet(tr(b.lang, "Synthèse", "Summary"), summary.overall());
  if (summary.grouped()) {
    b.groups_sheet(summary);
  }
  lxw_workbook* book = b.book;
  b.book = nullptr;
  check(workbook_close(book), b.file.path()); // frees the workbook, even on error
  return b.file.read();
}

} // namespace medtime
