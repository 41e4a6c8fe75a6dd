// Words and small pictures shared by the review renderers (text, md, html):
// signed changes, trend words and marks, sparklines, objective sentences.
#pragma once

#include "review/review.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <vector>

namespace medtime::review_words {

// "+13", "−4" (a real minus sign), "0"; "—" when null.
std::string signed_number(const std::optional<double>& value, int decimals, Lang lang);

// "progresse" / "improved", "stable", "recule" / "regressed", ...
std::string trend_word(Trend trend, Lang lang);

// ↑ or ↓ as the value went (whatever that means for the doctor), → when
// stable, · when unknown.
std::string trend_mark(const Change& change);

// The mark and the word: "↑ progresse"; "· une seule mesure" with one
// measured point, "· non mesuré" with none.
std::string trend_text(const Change& change, Lang lang);

// One block character per value, ▁ for `low` to █ for `high`; a space where
// a value is missing.
std::string sparkline(const std::vector<std::optional<double>>& values, double low, double high);

// The range a sparkline of `values` spans: at least [min, max] of the values,
// never empty.
std::pair<double, double> value_range(const std::vector<std::optional<double>>& values);

// "atteint", "en bonne voie", "en retard", "pas de données".
std::string status_word(ObjectiveStatus status, Lang lang);

// The lever or indicator an objective is about: a lever's short name, or
// the indicator id (`labelled`: the indicator's label, see indicator_label).
std::string objective_subject(const ObjectiveReview& objective, const Review& review, Lang lang,
                              bool labelled = false);

// An indicator in words for a table or a chart's title: its question's text
// without a short leading clause ("Sur une semaine habituelle, "), up to
// the first comma, bracket or question mark ("Combien d'heures par semaine
// passez-vous vous-même au téléphone"), with the questionnaire's short name
// before it ("Numérique : …").
std::string indicator_label(const IndicatorReview& indicator, Lang lang);

// The target: "maturité ≥ 70 d'ici le 2026-12-31", "≤ 3 h/semaine d'ici le ...".
std::string objective_target(const ObjectiveReview& objective, const Review& review, Lang lang);

// Where it stands: "61 au 2026-10-05 ; rythme +4,3 par mois ; atteint vers le 2026-11-28".
std::string objective_outcome(const ObjectiveReview& objective, const Review& review, Lang lang);

// The indicator's unit ("h/semaine"), or empty.
std::string indicator_unit(const Objective& objective, const Review& review, Lang lang);

// The assessment columns to show in a table: all of them up to `limit`
// (at least 3), else the first and the last `limit` − 2 (SIZE_MAX marks the gap).
std::vector<size_t> shown_columns(size_t count, size_t limit = 6);

// The title of action `index` of `lever`.
std::string action_title(const LeverReview& lever, int index, Lang lang);

// The short names of the levers whose trend is `trend`, joined with ", ".
std::string levers_with(const Review& review, Trend trend, Lang lang);

// " : " in French (a space before the colon), ": " in English.
inline const char* colon(Lang lang) {
  return lang == Lang::fr ? " : " : ": ";
}

// A date as written in the output: ISO, which sorts and cannot be misread.
inline const std::string& date_at(const Review& review, size_t index) {
  return review.assessments[index].date;
}

// The action, owner and means of an objective, as a contract of
// objectives writes them: "Action : … · responsable : … · moyens : …"; empty
// when the objective gives none.
std::string objective_plan(const ObjectiveReview& objective, Lang lang);

} // namespace medtime::review_words
