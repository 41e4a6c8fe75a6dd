// Model checks of a loaded questionnaire that need the whole of it: `when:`
// references (unknown, later, cycles), bands, value bands of numbers,
// values of scored options, action conditions.
#pragma once

#include "model/questionnaire.h"
#include "util/diagnostics.h"

namespace medtime {

// Runs every check on `questionnaire`, resolves its conditions and ties the
// categories a lever names to the time budget's `categories`.
void check_questionnaire(Questionnaire& questionnaire, const std::vector<Category>& categories,
                         Diagnostics& diags);

// Checks and resolves what `questionnaire` names in other questionnaires:
// a supporting area's `asked_when` (each test names its questionnaire
// first) and lever actions' `requires:` (actions of supporting areas).
// `others` are the questionnaires of its set (it may be among them).
void check_links(Questionnaire& questionnaire, const std::vector<const Questionnaire*>& others,
                 const std::vector<Category>& categories, Diagnostics& diags);

} // namespace medtime
