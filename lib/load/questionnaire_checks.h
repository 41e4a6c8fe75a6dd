// Model checks of a loaded questionnaire that need the whole of it: `when:`
// references (unknown, later, cycles), bands, value bands of numbers,
// values of scored options, action conditions.
#pragma once

#include "model/questionnaire.h"
#include "util/diagnostics.h"

namespace medtime {

// Runs every check on `questionnaire` and resolves its conditions.
// `when_sources` holds each question's `when:` text position, by question index.
void check_questionnaire(Questionnaire& questionnaire, Diagnostics& diags);

} // namespace medtime
