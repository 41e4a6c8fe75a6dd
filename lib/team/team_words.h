// The words every presentation of a team shares: an item's name, an answer
// as the answers file writes it (ids) and as a doctor reads it (labels),
// what the comparison found.
#pragma once

#include "team/team.h"
#include "util/i18n.h"

#include <string>
#include <vector>

namespace medtime::team_words {

// "delegation.taches_administratives.rendez_vous": questionnaire, question
// and, for a table's row, its category.
std::string item_id(const Team& team, const TeamItem& item);

// The question's text; for a table's row, "text — row label".
std::string item_label(const Team& team, const TeamItem& item, Lang lang);

// `value` as the answers file writes it: an option or level id, a list of
// ids in brackets, a number, yes / no, na; empty when missing.
std::string value_id(const Question& q, int row, const TeamValue& value);

// `value` for a reader: option or level labels, a number with its unit,
// oui / non, "non applicable", "—" when missing.
std::string value_label(const Question& q, int row, const TeamValue& value, Lang lang);

// What the comparison found, in a few words: "désaccord (2 crans d'écart)",
// "égalité", "textes différents", "réponses proches", "propre à chacun"
// (the time budget), "unanimes", "sans réponse".
std::string finding(const TeamItem& item, Lang lang);

// "101 réponses comparées : 32 à trancher (31 désaccord(s), ...), 51
// proches, 18 unanimes ou sans réponse."
std::string summary(const Team& team, Lang lang);

// Indices (into the set) of the scored questionnaires (every one but the
// time budget: the levers, and whatever scored kinds the set holds) that
// some member or the consensus answers: the rows of the maturity side by side.
std::vector<size_t> answered_levers(const Team& team);

// A lever's maturity for a reader: "65" or "—" (not enough answers).
std::string maturity_text(const LeverScore& score, Lang lang);

// The part of the report an item is listed in: 0 to settle in the meeting,
// 1 close answers, 2 unanimous (or nobody answered).
int agenda_group(const TeamItem& item);

} // namespace medtime::team_words
