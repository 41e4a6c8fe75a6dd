// Converting an answers file written for older versions of the bundled
// questionnaires (`medtime upgrade`). Version 1 of the four levers asked
// hours in several places (the delegation task tables, the phone and
// re-typing hours of numerique, the coordination hours of cooperation, the
// avoidable consultations of patients); version 2 asks every hour once, in
// the time budget (`temps`). The conversion moves those hours there, turns
// the task tables into delegation levels, and says what it did and what it
// could not do (doc/formats.md#upgrading-an-answers-file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/questionnaire.h"
#include "util/i18n.h"

namespace medtime {

struct UpgradeResult {
  std::string text;                 // the converted answers file
  bool changed = false;             // false: already current, `text` is the input
  std::vector<std::string> done;    // what was converted, one sentence each
  std::vector<std::string> not_done; // what could not be, and what to do about it
};

// Converts the answers file `text` (named `source` in messages) to the
// versions of `set`, which must hold the time budget. Throws `Error` when
// the file is not an answers file, or when the result would not load (then
// nothing is written).
UpgradeResult upgrade_answers(std::string_view text, const std::string& source,
                              const QuestionnaireSet& set, Lang lang);

} // namespace medtime
