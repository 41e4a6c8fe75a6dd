// The words of the report, shared by its text, Markdown and HTML renderers so
// that the three say the same thing the same way: the plain-word terms of a
// priority, efforts, gain ranges, lever states. Localised (French first).
// Every function returns plain text; each renderer escapes it for its format.
#pragma once

#include <string>
#include <vector>

#include "report/report.h"
#include "util/i18n.h"

namespace medtime {

// A report figure with k_report_decimals digits ("33,3" in French).
std::string figure(double value, Lang lang);

// An optional figure, or "—".
std::string figure(const std::optional<double>& value, Lang lang);

// Hours as written in a questionnaire, without trailing zeros ("0,5", "2").
std::string hours_number(double value, Lang lang);

// "1–2 h/sem." / "1–2 h/week"; one number when min equals max.
std::string gain_range(double min, double max, Lang lang);

// "faible" / "low" and so on.
std::string effort_word(Effort effort, Lang lang);

// The phrase of each term of `lever`'s priority, without its points:
// "maturité faible", "disposition à agir forte" or "disposition à agir supposée à 50
// (aucune réponse)", "environ 4,5 h/sem. en jeu" (", comptées jusqu'à 5 h"
// when capped).
std::string maturity_phrase(const ReportLever& lever, Lang lang);
std::string readiness_phrase(const ReportLever& lever, const Profile& profile, Lang lang);
std::string hours_phrase(const ReportLever& lever, const Profile& profile, Lang lang);

// A term and its phrase: "33,3 (maturité faible)".
std::string term_text(double points, const std::string& phrase, Lang lang);

// Why a lever has this rank, every term shown and summed:
// "33,3 (maturité faible) + 16,0 (disposition à agir forte) + 27,0 (environ 4,5
// h/sem. en jeu) = 76,5". Only for a lever with terms.
std::string why_sentence(const ReportLever& lever, const Profile& profile, Lang lang);

// The lever's band label, or "réponses insuffisantes" / "non évalué".
std::string state_text(const ReportLever& lever, Lang lang);

// Why a lever without a rank has none, in one sentence; when answers can
// fix it, the sentence ends by introducing `completion_command`.
std::string unranked_text(const ReportLever& lever, Lang lang);

// The command that completes the lever's questionnaire in the report's
// answers file, as shell words ("medtime", "ask", "delegation", "-o",
// "reponses.yaml"; the file as given on the command line, quoted for the
// shell when it needs to be), or none when no answer can rank the lever.
std::vector<std::string> completion_command(const Report& report, const ReportLever& lever);

// "Répondant" line: the respondent id (or the file when there is none).
std::string respondent_name(const Report& report);

// The respondent's keys other than `id`, "generaliste · solo".
std::string respondent_details(const Report& report);

// How to read the priority, with the profile's weights, in one paragraph.
std::string how_to_read(const Profile& profile, Lang lang);

// "Profil de pondération : par défaut" or the file it came from (no full
// stop after it, so that a path can be copied whole).
std::string profile_line(const Profile& profile, Lang lang);

// The plan's hours, each category combined once: "Ensemble, ces trois
// actions devraient vous libérer 3–6 h/sem. (…)", and the hours at stake T
// out of the time budget's total.
std::string plan_gain_text(const Report& report, Lang lang);
// Why plan item `item` is in the plan: "levier classé 1 : Délégation", or
// "en complément : Patients" when the ranked levers ran out of actions.
std::string plan_reason(const Report& report, const PlanItem& item, Lang lang);
std::string total_text(const Report& report, Lang lang);

// Headings and labels shared by the renderers.
std::string report_title(Lang lang); // "Vos priorités pour libérer du temps médical"
// "Par où commencer ? …", or that no lever can be ranked yet.
std::string levers_intro(const Report& report, Lang lang);
std::string why_label(Lang lang);                        // "Pourquoi ce rang :"
std::string actions_label(Lang lang);                    // "Actions, de la plus rentable …"
std::string plan_title(const Report& report, Lang lang); // "Votre plan : trois actions …"
// "Priorité 76,5 sur 100 · à engager · maturité 33,3 · disposition à agir 80,0".
std::string lever_summary(const ReportLever& lever, Lang lang);
// "effort faible · gain 0,5–1 h/sem."
std::string action_meta(const ReportAction& action, Lang lang);
// The same for a plan item, with what it adds to the actions above it when
// that is less than its own gain: ", dont 0,5–1 h/sem. de plus …".
std::string plan_item_meta(const PlanItem& item, Lang lang);

// The time budget section: its title, a sentence on how to read its bars,
// and one row's figures ("4,0 h, dont 2,4 h en jeu").
std::string budget_title(Lang lang);
std::string budget_intro(Lang lang);
std::string budget_row_text(const BudgetRow& row, Lang lang);
// Freed time never comes out of the time with each patient; drop a task
// before delegating it.
std::string caution_text(Lang lang);
// "Prochaine auto-évaluation : le 28 février 2027, …".
std::string next_review_text(const Report& report, Lang lang);
// "28 février 2027" / "28 February 2027" from YYYY-MM-DD.
std::string long_date(const std::string& iso, Lang lang);

// A plan item's prerequisite: "D'abord : Rédiger la fiche de poste
// (Management, effort faible)", or, when its area is not answered, "À
// vérifier d'abord : … — questionnaire management non rempli".
std::string prerequisite_text(const Prerequisite& prerequisite, Lang lang);
// The conditions of success section: its title, a sentence on what they
// are, and one area's summary ("maturité 45,0 · en cours · disposition
// 60,0"), or why it has none ("non concerné : …", "non évalué").
std::string supports_title(Lang lang);
std::string supports_intro(Lang lang);
std::string support_summary(const ReportSupport& support, Lang lang);
// "effort faible" for a supporting area's action (no hours: they count in
// the lever action that needs it).
std::string support_action_meta(const Action& action, Lang lang);

} // namespace medtime
