// Objectives of a periodic review, like a contract of objectives (seed 004):
// a maturity to reach on a lever, or a value to reach on an indicator, by a
// date. Read from YAML with yaml-cpp (small, structured files):
//
//   - {lever: delegation, maturity: 70, by: 2026-12-31}
//   - {indicator: numerique.heures_telephone, value: 3, by: 2026-12-31}
//
// `lever` also names a supporting area (`management`...). Each objective may
// say, as a contract of objectives does, the action that serves it, who
// carries it and with which means (`action`, `owner`, `means`).
//
// or the same list under a top-level `objectives:` key.
#pragma once

#include "model/questionnaire.h"
#include "util/diagnostics.h"

#include <string>
#include <string_view>
#include <vector>

namespace medtime {

struct Objective {
  enum class Kind { maturity, indicator };

  Kind kind = Kind::maturity;
  std::string lever;         // maturity: the lever id
  std::string questionnaire; // indicator: questionnaire id
  std::string question;      // indicator: question id (a number with indicator: true)
  double target = 0;         // maturity 0-100, or the indicator's value
  std::string by;            // YYYY-MM-DD
  std::string action;        // what will be done (optional)
  std::string owner;         // who carries it (optional)
  std::string means;         // with which means: time, money, help (optional)
  SourcePos pos;

  // The lever id, or "questionnaire.question" for an indicator.
  std::string target_id() const;
};

struct Objectives {
  std::string file;
  std::vector<Objective> items; // in file order
};

// The ids of every indicator of `set`: "questionnaire.question" for each
// number question flagged `indicator: true`, in set and question order.
std::vector<std::string> indicator_ids(const QuestionnaireSet& set);

// Reads the objectives file `text` (named `file` in messages), checking each
// target against `set`: known lever or indicator (with a "did you mean"),
// maturity from 0 to 100, an indicator value within its question's bounds,
// `by` a valid date. Problems go to `diags` with positions; objectives with
// an error are left out. Throws `Error` only for malformed YAML.
Objectives parse_objectives(std::string_view text,
                            const std::string& file,
                            const QuestionnaireSet& set,
                            Diagnostics& diags);

// Loads the objectives file at `path`; throws `Error` with the first problem
// (`UsageError` when the file cannot be read).
Objectives load_objectives(const std::string& path, const QuestionnaireSet& set);

} // namespace medtime
