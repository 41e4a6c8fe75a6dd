// Renderers of `medtime score`: a text table (with --explain, each item's
// value, weight and contribution, and each reduction's hours) and JSON
// "medtime.score/2".
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

// The time budget as JSON: answered, total hours, and each category's
// hours and the hours at stake in it over all levers.
nlohmann::ordered_json time_budget_json(const ScoreSet& scores,
                                        const std::vector<Category>& categories);

// The whole "medtime.score/2" document; `items` and `reductions` per lever
// when explained.
nlohmann::ordered_json score_json(const Assessment& assessment, const ScoreSet& scores,
                                  const std::vector<Category>& categories, bool explain);

// "Hours at stake, each hour counted once: T h/week of Σ h declared", or
// that the time budget is not answered.
std::string budget_line(const ScoreSet& scores, Lang lang);

// The score table for a terminal; with `explain`, one block per lever
// listing every question's answer state, value, weight and contribution,
// and the reductions that hold with their hours.
std::string render_score_text(const Assessment& assessment, const ScoreSet& scores,
                              const std::vector<Category>& categories, bool explain, Lang lang,
                              const Style& style, size_t width = 80);

// A lever's band label, or "not enough answers" / "not assessed".
std::string band_text(const LeverScore& lever, Lang lang);

} // namespace medtime
