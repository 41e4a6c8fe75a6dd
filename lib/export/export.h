// `medtime export`: the questionnaires as an online survey, and the column
// map that `medtime batch` needs to score that survey's responses.
//
//   - LimeSurvey: the tab-separated survey structure that "Import survey"
//     accepts as a `.txt` file (limesurvey_survey.h); its responses are
//     exported as CSV with question codes as headings (`--from limesurvey`);
//   - XLSForm: a workbook for ODK and KoboToolbox (xlsform.h); their CSV
//     exports are read with `--from kobo` or `--from odk`.
#pragma once

#include <string>

#include "model/questionnaire.h"

namespace medtime {

struct SurveyFiles {
  std::string survey; // the survey file's bytes
  std::string map;    // the column map (YAML)
};

enum class SurveyTool { limesurvey, xlsform };

// The survey of `set` (its questionnaires in set order, the time budget
// first) for `tool`, with its column map. Throws `Error` with the position
// of a `when:` that the tool cannot express or of a question whose code
// would collide with another's.
SurveyFiles export_survey(const QuestionnaireSet& set, SurveyTool tool);

} // namespace medtime
