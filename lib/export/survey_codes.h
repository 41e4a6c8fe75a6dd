// The names a survey tool gives to the questionnaires' questions, options
// and rows, derived from their ids only, so that they are the same from one
// export to the next (the column map of the responses depends on them).
//
// LimeSurvey (codes of the 6.x survey structure, see limesurvey_survey.h):
//   - a question code starts with a letter, holds letters and digits only,
//     at most 20 characters: the questionnaire's prefix (its first three
//     letters or digits, capitalised: "Del") and the question id in
//     UpperCamelCase ("taches_administratives" -> "DelTachesAdministratives");
//     past 20 characters, its first 16 and 4 characters of a hash of the
//     full id ("DelTachesAdminis" + "k3f9");
//   - a subquestion code (an option of a multiple choice, a row of a table)
//     the same without prefix, in lowerCamelCase ("agendaEnLigne");
//   - an answer code (an option of a list, a delegation level) at most 5
//     letters or digits: the id without `_`/`-` when it fits ("none"),
//     else its first two letters and 3 characters of a hash ("pa7q2");
//     scale answers are the integers themselves; `NA` is "not applicable".
//   A code that would collide with another of the same question takes the
//   next hash (salted), so a collision never passes silently.
//
// XLSForm (ODK, KoboToolbox): a group per questionnaire named after its id,
// a question named after its id (prefixed by the questionnaire's id when two
// exported questionnaires share the id), choices named after the option ids,
// a table's rows `<question>_<row>` in a group named after the question.
#pragma once

#include <string>
#include <vector>

#include "model/questionnaire.h"

namespace medtime {

// The answer code of "not applicable" in LimeSurvey lists.
inline constexpr const char* k_limesurvey_na = "NA";

struct LimeQuestionCodes {
  std::string code;                 // the question code
  std::vector<std::string> options; // single: answer codes; multiple: subquestion codes
  std::vector<std::string> rows;    // tasks, budget: subquestion codes, one per row
  std::vector<std::string> levels;  // tasks: answer codes, one per level
  std::vector<std::string> scale;   // scale: answer codes, min..max
};

// Per questionnaire of the set (set order), per question.
struct LimeCodes {
  std::vector<std::vector<LimeQuestionCodes>> questions;
};

// The LimeSurvey codes of every question of `set`. Throws `Error` (at the
// question's position) when two questions would get one code.
LimeCodes limesurvey_codes(const QuestionnaireSet& set);

struct XlsQuestionNames {
  std::string name;              // the field name
  std::vector<std::string> rows; // tasks, budget: the rows' field names
};

struct XlsNames {
  std::vector<std::vector<XlsQuestionNames>> questions;
};

// The XLSForm field names of every question of `set`.
XlsNames xlsform_names(const QuestionnaireSet& set);

} // namespace medtime
