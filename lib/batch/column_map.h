// The column map of a survey export (`medtime batch --csv FILE --map MAP`):
// which column answers which question, and what its answer codes mean.
//
//   respondent: id              # column of the respondent id
//   date: submitdate            # column of the date (YYYY-MM-DD, a time may follow)
//   complete: submitdate        # column set when the response was submitted
//   separator: ";"              # optional; detected from the header otherwise
//   ignore: [lastpage, seed]    # columns left out without a warning
//   questionnaires:
//     cooperation:              # questionnaire id
//       version: 1              # optional: the version the survey was built on
//       columns:
//         C1: heures_coordination            # the cell holds the answer as in an answers file
//         C2: {question: cas_complexes, codes: {A1: seul, A2: selon_cas, A3: appui, A9: na}}
//         C3: {question: outils, codes: {SQ001: agenda, SQ002: messagerie}}  # C3[SQ001] = Y
//         T1: {question: taches, tasks: {SQ001: rendez_vous}, codes: {A1: none, A3: total}}
//         T2: {question: taches, field: hours, tasks: {SQ001: rendez_vous}}
//
// See lib/batch/README.md for every key. Loaded with yaml-cpp + MapReader;
// every code target is checked against the questionnaire at load time.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/questionnaire.h"
#include "util/diagnostics.h"

namespace medtime {

// What a task-table column holds.
enum class TaskField { delegate, hours };

struct ColumnRule {
  std::string column; // the column, or the base of `column[sub]` columns
  size_t questionnaire = 0;
  int question = -1;
  // Survey code -> answers-file value (option id, yes/no, level id, number,
  // or `na`). For a multiple choice split over `column[sub]` columns, the
  // codes are the sub-column codes. Without codes the cell is taken as is.
  // An empty value (`~` or "" in the map) means the code is a blank cell.
  std::vector<std::pair<std::string, std::string>> codes;
  bool has_codes = false;
  // Task tables: which task each sub-column is (`tasks`), or the one task
  // of a plain column (`task`), and what the cells hold.
  std::vector<std::pair<std::string, int>> tasks;
  int task = -1;
  TaskField field = TaskField::delegate;
  // A multiple choice in one cell: the separator between its codes.
  char split = ',';
  SourcePos pos;

  // The value of `code`, or null when the rule has codes and this is not one.
  const std::string* code(std::string_view code) const;
  // The index of `code` in `codes`, or -1.
  int code_index(std::string_view code) const;
  // The task of sub-column `sub`, or -1.
  int task_for(std::string_view sub) const;
};

struct ColumnMap {
  std::string file;
  char separator = 0; // 0: detect
  std::string respondent_column; // empty: the default of the dialect
  std::string date_column;
  // Column that says whether the response was submitted (non-empty and not
  // N/0/no: complete); empty: `submitdate` with --from limesurvey.
  std::string complete_column;
  std::vector<std::string> ignore;
  std::vector<ColumnRule> rules;
  // Questionnaires the map covers (indices into the set, in set order).
  std::vector<size_t> questionnaires;
};

// Reads a column map from `text` (named `file`) against `set`. Problems go
// to `diags` with positions: unknown questionnaires, questions, options,
// tasks, levels; a version that differs from the questionnaire; a column
// mapped twice; keys that do not fit the question type.
ColumnMap parse_column_map(std::string_view text, const std::string& file,
                           const QuestionnaireSet& set, Diagnostics& diags);

// Loads the map at `path`; throws `Error` with the first problem.
ColumnMap load_column_map(const std::string& path, const QuestionnaireSet& set);

} // namespace medtime
