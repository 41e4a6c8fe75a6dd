// Renderers of `medtime score`: a text table (with --explain, each item's
// value, weight and contribution) and JSON "medtime.score/1".
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/answers.h"
#include "render/style.h"
#include "scoring/score.h"
#include "util/i18n.h"

namespace medtime {

// The respondent block of `assessment` as a JSON object, in file order.
nlohmann::ordered_json respondent_json(const Assessment& assessment);

// One lever's scores as JSON: id, questionnaire, version, maturity,
// readiness, potential_hours, band, status, answered/applicable counts.
nlohmann::ordered_json lever_json(const LeverScore& lever);

// The whole "medtime.score/1" document; `items` per lever when explained.
nlohmann::ordered_json score_json(const Assessment& assessment, const ScoreSet& scores,
                                  bool explain);

// The score table for a terminal; with `explain`, one block per lever
// listing every question's answer state, value, weight and contribution.
std::string render_score_text(const Assessment& assessment, const ScoreSet& scores, bool explain,
                              Lang lang, const Style& style);

// A lever's band label, or "not enough answers" / "not assessed".
std::string band_text(const LeverScore& lever, Lang lang);

} // namespace medtime
