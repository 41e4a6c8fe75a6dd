// What the end of the interview shows under the summary: the report's plan
// of three actions (the report's first use), then the command that shows
// the rest, instead of the whole report scrolling past.
#pragma once

#include <string>
#include <vector>

#include "ask/interview.h"
#include "ask/prompt.h"

namespace medtime::ask {

// The plan of the answers as they stand (the report's default profile),
// wrapped to `options.width`, then "Votre rapport complet :" and
// `report_command` (shell words, quoted). When the answers cannot be scored
// yet, why, and the same command.
std::string render_closing(const Interview& interview, const ScreenOptions& options,
                           const std::vector<std::string>& report_command);

} // namespace medtime::ask
