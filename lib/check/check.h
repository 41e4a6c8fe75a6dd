// `medtime check`: validating any medtime file, whatever its kind.
#pragma once

#include <functional>
#include <string>

#include "batch/csv_import.h"
#include "load/file_kind.h"
#include "model/questionnaire.h"
#include "util/diagnostics.h"

namespace medtime {

struct CheckResult {
  FileKind kind = FileKind::unknown;
  std::string summary; // "questionnaire delegation v1, 18 questions, 8 actions"
  Diagnostics diagnostics;
};

// Validates the file at `path`: detects its kind from its top-level keys,
// then runs the loader and model checks of that kind. Answers files are
// checked against `set` (loaded on first use by `load_set`, so that checking
// a questionnaire does not need the bundled set). Never throws for a bad
// file: every problem is in the result. Throws `UsageError` when the file
// cannot be read (missing, a folder) or the set cannot be found.
// The summary is in `lang`.
CheckResult check_file(const std::string& path, const std::function<const QuestionnaireSet&()>& load_set,
                       Lang lang = Lang::en);

// Checks the column map at `map_path` against `set` and the survey export
// at `csv_path` against the map (`medtime check MAP --csv FILE`): the whole
// export is UTF-8, its header has every column of the map (an error naming
// the missing ones and the export setting to use), and columns the map does
// not cover are warnings. Never throws for a bad file; throws `UsageError`
// when a file cannot be read.
CheckResult check_map_with_csv(const std::string& map_path, const std::string& csv_path,
                               CsvDialect dialect,
                               const std::function<const QuestionnaireSet&()>& load_set,
                               Lang lang = Lang::en);

} // namespace medtime
