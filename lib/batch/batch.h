// `medtime batch` (lib/batch/README.md): scores many self-assessments — answers
// files, folders of them, a multi-document YAML stream, or the rows of a
// survey export — through the ordered pipeline (batch/ordered_pipeline.h):
// inputs are read in order, scored by `threads` workers sharing the
// read-only questionnaire set, and emitted in input order through a bounded
// window, so memory stays flat however many inputs there are.
//
// The library does not print: rows, diagnostics and progress go to a
// `BatchSink` that the command provides.
#pragma once

#include <cstdint>
#include <cstdio>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "batch/batch_render.h"
#include "batch/column_map.h"
#include "batch/csv_import.h"
#include "batch/summary.h"
#include "batch/summary_render.h"
#include "model/questionnaire.h"
#include "scoring/priority.h"

namespace medtime {

struct BatchOptions {
  unsigned threads = 1;
  bool strict = false;  // stop at the first input with an error
  bool rows = true;     // false: summary only
  bool summary = false; // also put the summary in the JSON document
  BatchFormat format = BatchFormat::csv;
  CsvStyle csv;
  bool bom = false;     // a UTF-8 byte order mark before CSV rows
  Profile profile;
  RowOptions row;       // kept columns, pseudonyms, actions
  bool complete_only = false; // leave out responses that were not submitted
  std::string group_by;       // a column of row.keep: the summary per group
  std::uint64_t min_cell = 5; // groups with fewer valid rows show no figure
  Lang lang = Lang::fr;       // of the xlsx workbook's sheet and column names
};

struct BatchProgress {
  std::uint64_t done = 0;
  std::uint64_t errors = 0;
  std::uint64_t bytes_done = 0;  // CSV input: bytes read so far
  std::uint64_t bytes_total = 0; // CSV input: its size, 0 when unknown
};

class BatchSink {
public:
  virtual ~BatchSink() = default;
  // Output data (rows, the JSON document around them, or the xlsx
  // workbook's bytes at the end).
  virtual void write(std::string_view data) = 0;
  // A problem with one input, or a warning about the whole batch.
  virtual void diagnostic(const Diagnostic& diagnostic) = 0;
  // Called after each row.
  virtual void progress(const BatchProgress& progress) { (void)progress; }
};

struct BatchResult {
  GroupedSummary summary;
  bool stopped = false; // --strict stopped at an error
};

// Scores `inputs` (files, folders, `-` for the YAML stream `stream`).
// Inputs that cannot be read or are invalid become error rows; throws only
// when the sink does (or on out-of-memory).
BatchResult run_batch(const QuestionnaireSet& set, const std::vector<std::string>& inputs,
                      std::FILE* stream, const BatchOptions& options, BatchSink& sink);

// Scores the rows of the survey export `csv` (named `file`) through `map`.
// `size` is the file size for progress, 0 if unknown. Throws `Error` before
// any row when the file is not UTF-8 (a Windows-1252 export) or its header
// cannot be read or bound (an empty file, a column named twice, columns of
// the map missing unless `import.lenient`).
BatchResult run_batch_csv(const QuestionnaireSet& set, std::istream& csv, const std::string& file,
                          std::uint64_t size, const ColumnMap& map, const CsvImportOptions& import,
                          const BatchOptions& options, BatchSink& sink);

} // namespace medtime
