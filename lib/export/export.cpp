#include "export/export.h"

#include "export/limesurvey_survey.h"
#include "export/xlsform.h"

namespace medtime {

SurveyFiles export_survey(const QuestionnaireSet& set, SurveyTool tool) {
  return tool == SurveyTool::limesurvey ? export_limesurvey(set) : export_xlsform(set);
}

} // namespace medtime
