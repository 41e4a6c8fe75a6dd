// The one answers loader (doc/method.md#performance-targets): answers files are read with
// libyaml's event parser (yaml/node.h) straight into the answers model,
// resolved against a questionnaire set loaded once.
#pragma once

#include <string>
#include <string_view>

#include "model/answers.h"
#include "model/questionnaire.h"
#include "util/diagnostics.h"
#include "yaml/node.h"

namespace medtime {

struct AnswersOptions {
  // When false (review across dates), answers for another questionnaire
  // version, unknown question ids and values that no longer fit are warnings
  // and are left out, instead of errors.
  bool strict = true;
};

// Parses and resolves the answers file `text`, named `source` in the
// assessment, straight from libyaml's events. Throws `Error` for malformed
// YAML (named as `diags` names its file, or `source`); other problems go to
// `diags` with positions, and the assessment holds every answer that could
// be read. `first_line` is the line where `text` starts (a document cut out
// of a stream).
Assessment parse_assessment(std::string_view text, const QuestionnaireSet& set,
                            const std::string& source, Diagnostics& diags,
                            AnswersOptions options = {}, std::int64_t first_line = 1);

// Reads and resolves the answers file at `path`; throws `Error` (or
// `UsageError` for a missing file) with the first error.
Assessment load_assessment(const std::string& path, const QuestionnaireSet& set,
                           AnswersOptions options = {});

// Resolves the answer `value` to `question` (a scalar, a list or a mapping,
// as in an answers file); a null value is a missing answer. Used by the YAML
// loader and by CSV import. Problems go to `diags`.
Answer resolve_answer(const Question& question, const yaml::Node& value, Diagnostics& diags,
                      bool strict = true);

} // namespace medtime
