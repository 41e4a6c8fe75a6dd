// A question's `when:` (model/condition.h) as a survey tool's own condition:
// a LimeSurvey relevance equation (ExpressionScript, the 6.x Expression
// Manager) or an XLSForm `relevant` (XPath 1.0 with ${name} references, the
// XLSForm spec at xlsform.org).
//
// The semantics stay medtime's: a test on a question that is hidden,
// unanswered or `na` is false, so every test reads its question with `.NAOK`
// in LimeSurvey (a hidden question is then empty, not an error) and is
// guarded against empty and `na` values where the tool's own comparison would
// not be false (`!=`, `<`, `>`...). Tests on hours (`budget.x`, `budget`,
// `t.x.hours`, `t.hours`, `t.delegable`) have no equivalent: the survey
// would have to compute the time budget's hours as medtime does; they are an
// error at the test's position.
#pragma once

#include <string>

#include "export/survey_codes.h"
#include "model/condition.h"
#include "model/questionnaire.h"

namespace medtime {

// The relevance equation of `condition`, a `when:` of questionnaire `index`
// of `set`. Throws `Error` at the test's position for a test with no
// equivalent.
std::string limesurvey_relevance(const Condition& condition, const QuestionnaireSet& set,
                                 size_t index, const LimeCodes& codes);

// The XLSForm `relevant` of `condition`, as above.
std::string xlsform_relevant(const Condition& condition, const QuestionnaireSet& set,
                             size_t index, const XlsNames& names);

} // namespace medtime
