// Survey exports to assessments: each CSV row becomes an `Assessment`
// through the engine's `resolve_answer`, so a cell is validated exactly as
// the same answer in an answers file would be. The column map says which
// column answers what (batch/column_map.h); `--from limesurvey` adds that
// export's conventions (metadata columns, `Q1[SQ001]` sub-columns holding
// `Y`, `Y`/`N` for yes/no questions, `id` and `submitdate`).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/column_map.h"
#include "batch/csv_reader.h"
#include "model/answers.h"
#include "model/questionnaire.h"
#include "yaml/node.h"
#include "util/diagnostics.h"

namespace medtime {

// The conventions of a survey tool's CSV export: LimeSurvey ("Question
// code" headings, `Q1[SQ001]` sub-columns holding Y), KoboToolbox (group
// paths `group/question`, a select_multiple as one cell of space-separated
// choices and split columns `group/question/choice` of 1 and 0) and ODK
// Central or Briefcase (group paths `group-question`).
enum class CsvDialect { plain, limesurvey, kobo, odk };

// The dialect named `name` (`limesurvey`, `kobo`, `odk`); plain for any
// other name, empty included.
CsvDialect csv_dialect(std::string_view name);

struct CsvImportOptions {
  CsvDialect dialect = CsvDialect::plain;
  // A header that lacks columns of the map is a warning, not an error.
  bool lenient = false;
  // Columns copied into each assessment's respondent keys (`--keep`), so
  // that rows carry them as an answers file's `respondent:` keys.
  std::vector<std::string> keep;
};

// A cell the import could not use: a code the map does not know, or any
// value in a column that is not mapped (`code` empty then). Collected per
// row and counted across the batch by `CsvIssueCounter`.
struct CsvIssue {
  std::uint32_t column = 0; // index in the header
  std::string code;
  SourcePos pos;
};

class CsvImporter {
public:
  // Binds the columns of `header` to the rules of `map`; `Q1_SQ001` (an
  // Expression Manager code) is read as `Q1[SQ001]`. Columns of the map
  // missing from the header are one error in `diags` naming them and the
  // export setting to use (a warning with `options.lenient`). Throws `Error`
  // when the header names a column twice or lacks the respondent column
  // named in the map.
  CsvImporter(const QuestionnaireSet& set, const ColumnMap& map, const CsvImportOptions& options,
              const CsvRecord& header, std::string file, Diagnostics& diags);

  // The assessment of one data row; `source` is `file:line`. Problems go to
  // `diags` (a malformed or ragged row, an invalid date, answers that
  // resolve_answer rejects); unknown codes and unmapped values to `issues`.
  // A questionnaire none of whose cells is filled is left unanswered. The
  // respondent id and the kept columns are read even from a ragged row.
  // `complete`, when given, receives whether the response was submitted
  // (null when the export has no such column).
  Assessment import(const CsvRecord& record, Diagnostics& diags, std::vector<CsvIssue>& issues,
                    std::optional<bool>* complete = nullptr) const;

  // True when the export says which responses were submitted.
  bool knows_completeness() const { return m_complete >= 0; }

  const std::string& file() const { return m_file; }
  size_t column_count() const { return m_header.size(); }
  const std::string& column_name(size_t column) const { return m_header[column]; }
  SourcePos column_pos(size_t column) const { return m_header_pos[column]; }
  // True for a column that no rule, metadata role or `ignore` covers.
  bool unmapped(size_t column) const;

private:
  // What one header column is.
  struct Binding {
    enum class Kind : unsigned char { unmapped, ignored, respondent, date, whole, sub };
    Kind kind = Kind::unmapped;
    int rule = -1;
    int slot = -1;
    int target = -1; // sub-column: option index (multiple) or task index (tasks)
  };
  // How a question's cells become its answer without a YAML node, for the
  // shapes that survey exports hold most (general: through a node and
  // resolve_answer, as an answers file's value).
  enum class FastPath : unsigned char {
    general,
    scalar_codes, // one coded cell: a single choice, a yes/no, a coded scale or number
    yesno_plain,  // one yes/no cell read by is_checked / is_unchecked
    scale_plain,  // one scale cell holding a whole number
    multiple_sub, // one sub-column per option, ticked or not
    tasks_codes,  // a task table, one coded level per sub-column
  };
  // The columns that together answer one question.
  struct Slot {
    size_t questionnaire = 0;
    int question = -1;
    std::vector<size_t> columns;
    FastPath fast = FastPath::general;
  };
  // What a cell's text gives, worked out once when the columns are bound by
  // resolve_answer itself, so that the answer is the one the general path
  // makes. By column: one per code of its rule (scale_plain: one per whole
  // number from the scale's min; yesno_plain: yes, then no).
  struct CellValue {
    enum class Kind : unsigned char { general, blank, answer };
    Kind kind = Kind::general;
    Answer answer; // given or na, no position
    int level = -1; // tasks_codes: the level's index
  };

  void bind(const ColumnMap& map, const CsvImportOptions& options, Diagnostics& diags);
  // The rule that column `name` answers (-1: none), and its sub-column code.
  int find_rule(const ColumnMap& map, std::string_view name, std::string_view& sub) const;
  void report_missing(const ColumnMap& map, const std::vector<char>& rule_used,
                      const CsvImportOptions& options, Diagnostics& diags) const;
  bool build_node(const Slot& slot, const CsvRecord& record, yaml::Node& node,
                  std::vector<CsvIssue>& issues) const;
  // Chooses each slot's FastPath and fills m_cell_values.
  void prepare_fast_paths();
  // The answer of `slot` made straight from its cells: true when answered,
  // false when not (what build_node would say), nothing when the general
  // path must decide (a value to report, a shape the fast path leaves).
  std::optional<bool> fast_answer(const Slot& slot, const CsvRecord& record, Answer& answer,
                                  std::vector<CsvIssue>& issues) const;

  const QuestionnaireSet& m_set;
  const ColumnMap& m_map;
  CsvDialect m_dialect = CsvDialect::plain;
  std::string m_file;
  std::vector<std::string> m_header;
  std::vector<SourcePos> m_header_pos;
  std::vector<Binding> m_bindings;
  std::vector<Slot> m_slots;
  std::vector<std::vector<CellValue>> m_cell_values; // by column
  std::vector<size_t> m_unmapped; // columns no rule covers
  int m_respondent = -1;
  int m_date = -1;
  int m_complete = -1;
  std::vector<size_t> m_keep; // columns of CsvImportOptions::keep, in its order
};

// Counts issues across rows and reports each unknown code and each unmapped
// column once, with how many cells it concerned and the first position.
class CsvIssueCounter {
public:
  void add(const std::vector<CsvIssue>& issues);
  // One warning per unmapped column (header position) and per unknown code
  // (first cell), into `diags`, in column order.
  void report(const CsvImporter& importer, Diagnostics& diags) const;

private:
  struct Count {
    SourcePos first;
    std::uint64_t count = 0;
  };
  // Distinct (column, code) pairs kept, so that memory stays bounded when
  // a column is full of free text.
  static constexpr size_t k_max_distinct = 1000;
  std::map<std::pair<std::uint32_t, std::string>, Count> m_counts;
  // Values left out in unmapped columns, by column: counted without the
  // map, since every row has them (a survey's id, dates, language...).
  std::vector<std::uint64_t> m_unmapped;
  std::uint64_t m_dropped = 0;
};

} // namespace medtime
