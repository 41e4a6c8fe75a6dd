// The workbook of `medtime batch --format xlsx -o FILE`: a sheet of rows,
// written as they come in libxlsxwriter's constant-memory mode (memory stays
// flat however many rows), then the cohort summary and, with --group-by,
// the groups (a group under --min-cell shows no figure). Numbers are
// numbers, rounded as in the CSV rows.
#pragma once

#include <memory>
#include <string>

#include "batch/batch_render.h"
#include "batch/summary.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

namespace medtime {

class CohortWorkbook {
public:
  // Starts the workbook in a temporary file; throws `Error` when it cannot.
  CohortWorkbook(const QuestionnaireSet& set, RowLayout layout, Lang lang);
  ~CohortWorkbook();
  CohortWorkbook(const CohortWorkbook&) = delete;
  CohortWorkbook& operator=(const CohortWorkbook&) = delete;

  // Appends `row` to the rows sheet.
  void add_row(const BatchRow& row);
  // Adds the summary sheets and returns the workbook's bytes.
  std::string finish(const GroupedSummary& summary);

private:
  struct Book;
  std::unique_ptr<Book> m_book;
};

} // namespace medtime
