// A LimeSurvey survey in its tab-separated survey structure: the `.txt`
// file that LimeSurvey's "Import survey" accepts. Followed: the manual's
// "Tab Separated Value survey structure" page and the reader itself,
// `TSVImportSurvey()` in application/helpers/admin/import_helper.php
// (LimeSurvey 6.x), checked against a real export of LimeSurvey 3/4
// (limonaid's inst/extdata/testing-multilingual-export.txt).
//
// One header line, then rows told apart by `class`: S (survey setting),
// SL (a setting per language), then per language, French first, the same
// blocks of G (a group: one per section), Q (a question), SQ (its
// subquestions) and A (its answers), linked by proximity. UTF-8 with a byte
// order mark, as LimeSurvey writes it; fields are read with `"` as the
// enclosure, so a field holding `"` is enclosed and its quotes doubled.
//
// Question types (the closest to each medtime type):
//   single   L  list (radio), answers A, plus NA "not applicable"
//   multiple M  multiple choice, subquestions SQ (`exclude_all_others` for
//               an exclusive option such as "none")
//   scale    L  list whose answer codes are the integers, plus NA
//   yesno    Y  yes/no (exported as Y / N)
//   number   N  numerical input (`min_num_value_n`, `max_num_value_n`,
//               `num_value_int_only`)
//   text     T  long free text
//   tasks    F  array: one SQ per row, the delegation levels as answers
//   budget   K  multiple numerical input: one SQ per category, 0 to the
//               row's maximum of hours
// A `when:` becomes the question's relevance equation (export/relevance.h).
#pragma once

#include "export/export.h"

namespace medtime {

// The survey file of `set` and the column map of its response export
// (`--from limesurvey`). Throws `Error` as export_survey does.
SurveyFiles export_limesurvey(const QuestionnaireSet& set);

} // namespace medtime
