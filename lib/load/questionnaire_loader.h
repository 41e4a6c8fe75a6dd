// Loading questionnaires from YAML (yaml-cpp behind the libyaml guard), and
// a whole folder of them as a QuestionnaireSet, validated once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/questionnaire.h"
#include "util/diagnostics.h"

namespace medtime {

// Reads a questionnaire from `text` (named `file` in messages). Every problem
// goes to `diags` (errors and warnings, with positions); the model checks of
// questionnaire_checks.h run too. A lever names the time budget's
// `categories` (null: none known, so naming one is an error). Returns
// nothing when there was an error. Throws `Error` only for malformed YAML.
std::optional<Questionnaire> parse_questionnaire(std::string_view text, const std::string& file,
                                                 Diagnostics& diags,
                                                 const std::vector<Category>* categories = nullptr);

// Whether `text` declares a time budget questionnaire (`kind: budget`), by a
// cheap look at its top-level keys: such a file is loaded before the levers.
bool is_budget_text(std::string_view text);

// Loads every `*.yaml` questionnaire in `dir`, in lever order. Throws `Error`
// with the first problem of any file (including two questionnaires with the
// same id or lever), `UsageError` when the folder cannot be read or holds none.
QuestionnaireSet load_questionnaire_set(const std::string& dir);

// The time budget questionnaire of folder `dir` (its first `*.yaml` with
// `kind: budget` that loads without error), or nothing.
std::optional<Questionnaire> find_budget_questionnaire(const std::string& dir);

// The subset of `set` with the questionnaires named in `ids`, and the time
// budget that their hours come from, in set order.
// Throws `UsageError` for an unknown id, with a "did you mean".
QuestionnaireSet select_questionnaires(const QuestionnaireSet& set,
                                       const std::vector<std::string>& ids);

} // namespace medtime
