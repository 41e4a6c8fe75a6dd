// An XLSForm workbook (the XLSForm specification at xlsform.org, as read by
// pyxform for ODK Central and KoboToolbox): sheets `survey` (type, name,
// labels and hints per language `label::French (fr)`, `label::English (en)`,
// required, relevant, constraint, appearance), `choices` (list_name, name,
// labels) and `settings` (form_title, form_id, version, default_language).
//
// A group per questionnaire (`begin_group` named after its id), then:
//   single   select_one, the options' ids as choice names, plus `na`
//   multiple select_multiple; an exclusive option gets a constraint
//   scale    select_one of the integers (appearance likert), plus `na`
//   yesno    select_one yes_no (yes / no)
//   number   integer or decimal, its bounds as a constraint
//   text     text
//   tasks    a group (appearance table-list) of one select_one per row
//   budget   a group of one decimal per category, 0 to the row's maximum
// A `when:` becomes `relevant` (export/relevance.h).
//
// The CSV exports name a column after its group path: KoboToolbox
// `delegation/personnel_actuel` (a select_multiple also split into
// `delegation/personnel_actuel/aucun` columns of 1 and 0), ODK Central and
// Briefcase `delegation-personnel_actuel`. The map written here uses `/`;
// `batch --from odk` reads `-` for it.
#pragma once

#include "export/export.h"

namespace medtime {

// The workbook's bytes for `set` and the column map of its CSV exports
// (`--from kobo`, `--from odk`). Throws `Error` as export_survey does.
SurveyFiles export_xlsform(const QuestionnaireSet& set);

} // namespace medtime
