#include "util/messages.h"

#include <algorithm>
#include <stdexcept>

namespace medtime {

namespace {

// The catalogue, sorted by code; doc/diagnostics.md lists it for users (the
// test "messages: the documentation lists the catalogue" keeps them equal).
// A code is never reused for another meaning: a message that goes away
// leaves its code unused. French first, in French typography (a space
// before « : ; ? ! », quotes « like this »: `quote()` writes them).
//
// The ranges (message_ranges below) group the codes by what they are about.
constexpr MessageEntry k_catalogue[] = {
    // --- E001-E049: the command line and the run ---------------------------
    {"E001", "option inconnue {0}{1}", "unknown option {0}{1}"},
    {"E002", "argument inattendu : {0}", "unexpected argument: {0}"},
    {"E003", "{0} est obligatoire", "{0} is required"},
    {"E004", "{0} : la valeur « {1} » n'est pas parmi {2}",
     "{0}: the value \"{1}\" is not one of {2}"},
    {"E005", "{0} : la valeur « {1} » n'est pas un nombre valide", "{0}: \"{1}\" is not a valid number"},
    {"E006", "{0} : une valeur est attendue", "{0}: a value is expected"},
    {"E007", "{0} et {1} ne vont pas ensemble", "{0} excludes {1}"},
    {"E008", "{0} demande {1}", "{0} requires {1}"},
    {"E009", "{0} : {1}", "{0}: {1}"},
    {"E010", "commande inconnue {0}{1} ; voir medtime --help",
     "unknown command {0}{1}; see medtime --help"},
    {"E011", "la commande {0} n'est pas installée ({1} introuvable)",
     "command {0} is not installed ({1} not found)"},
    {"E012", "{0} : la valeur « {1} » n'est pas entre {2} et {3}",
     "{0}: the value \"{1}\" is not from {2} to {3}"},
    {"E013", "ligne de commande invalide : {0}", "invalid command line: {0}"},
    {"E020", "mémoire insuffisante", "out of memory"},
    {"E021", "erreur inattendue : {0}", "unexpected error: {0}"},
    {"E022", "impossible d'écrire sur la sortie standard{0}",
     "cannot write to the standard output{0}"},
    {"E023", "refus d'écrire par-dessus un fichier lu par cette commande",
     "refusing to write over an input file"},
    {"E024", "le fichier existe ; --force pour le remplacer",
     "file exists; use --force to replace it"},
    {"E025",
     "le budget temps (questionnaire {0}) n'est pas renseigné : les heures de chaque levier en "
     "dépendent. Répondez-y avec : medtime ask {0} -o {1}",
     "the time budget (questionnaire {0}) is not answered: every lever's hours depend on it. "
     "Answer it with: medtime ask {0} -o {1}"},

    // --- E050-E099: files and YAML syntax -----------------------------------

    // --- E100-E199: answers files -------------------------------------------

    // --- E200-E299: questionnaires, conditions, scoring profiles -----------

    // --- E300-E399: plans, parameter sets, cost -----------------------------
    {"E300", "impossible d'écrire le classeur : {0} : {1}", "cannot write the workbook: {0}: {1}"},
    {"E301",
     "les questionnaires n'ont pas de questionnaire {0}, que lit medtime cost ; utilisez plutôt "
     "--plan PLAN",
     "the questionnaire set has no {0} questionnaire, which medtime cost reads; use --plan PLAN "
     "instead"},
    {"E302",
     "aucune réponse au questionnaire {0} (answers: {1}: ...) ; medtime cost en a besoin, ou d'un "
     "plan (--plan PLAN)",
     "no answers to the {0} questionnaire (answers: {1}: ...); medtime cost needs them, or a plan "
     "(--plan PLAN)"},
    {"E303",
     "la question {0} du questionnaire {1} est de type {2} ; medtime cost attend une question de "
     "type {3}",
     "question {0} of questionnaire {1} is a {2} question; medtime cost expects a {3} question"},
    {"E304",
     "les réponses au questionnaire {0} n'ont pas d'« option_envisagee » (l'option de personnel "
     "envisagée : secretaire, secretariat_distance, assistant_medical ou infirmier) ; répondez-y, "
     "ou écrivez un plan (--plan PLAN)",
     "the {0} answers have no \"option_envisagee\" (the staffing option considered: secretaire, "
     "secretariat_distance, assistant_medical or infirmier); answer it, or write a plan (--plan "
     "PLAN)"},
    {"E305",
     "option_envisagee vaut {0} : sans personne à qui déléguer, il n'y a pas de coût à peser ; "
     "choisissez une option de personnel, ou écrivez un plan (--plan PLAN, voir "
     "examples/plans/assistant-medical.yaml)",
     "option_envisagee is {0}: with no one chosen to delegate to there is no cost to weigh; choose "
     "a staffing option, or write a plan (--plan PLAN, see examples/plans/assistant-medical.yaml)"},
    {"E306",
     "option_envisagee {0} n'a pas de règle de coût ; medtime cost connaît secretaire, "
     "secretariat_distance, assistant_medical et infirmier",
     "option_envisagee {0} has no cost rule; medtime cost knows secretaire, secretariat_distance, "
     "assistant_medical and infirmier"},
    {"E307", "{0} {1} est hors de la plage de {2} ({3} à {4})",
     "{0} {1} is outside the range of {2} ({3} to {4})"},
    {"E308",
     "les réponses au questionnaire {0} ne délèguent aucune tâche au rôle {1} (une tâche demande "
     "des heures dans le budget temps, temps, et le niveau partial ou total) ; rien à peser",
     "the {0} answers delegate no task that a {1} takes (a task needs hours in the time budget, "
     "temps, and the level partial or total); nothing to weigh"},
    {"E309", "le jeu de paramètres {0} n'a pas de {1}", "parameter set {0} has no {1}"},
    {"E310", "{1} : « {0} » doit être un nombre entier (ici : {2})",
     "\"{0}\" of {1} must be a whole number, got {2}"},
    {"E311", "« date » du paramètre {0} doit s'écrire AAAA, AAAA-MM ou AAAA-MM-JJ (ici : {1})",
     "\"date\" of parameter {0} must be YYYY, YYYY-MM or YYYY-MM-DD, got {1}"},
    {"E312", "« values » doit être une table de paramètres (ici : {0})",
     "\"values\" must be a mapping of parameters, got {0}"},
    {"E313", "paramètre inconnu {0}{1}", "unknown parameter {0}{1}"},
    {"E314", "le jeu de paramètres n'a pas de {0} ({1})", "parameter set has no {0} ({1})"},
    {"E315", "fichier de jeu de paramètres {0} introuvable", "parameter set file {0} not found"},
    {"E316", "jeu de paramètres inconnu {0} ; disponibles : {1}{2}",
     "unknown parameter set {0}; available: {1}{2}"},
    {"E317", "jeu de paramètres {0} introuvable", "parameter set {0} not found"},
    {"E318",
     "le fichier de jeu de paramètres {0}.yaml a l'id {1} ; l'id doit être le nom du fichier",
     "parameter set file {0}.yaml has id {1}; the id must match the file name"},
    {"E319", "{0} ({1}) n'a pas de « fte » (part d'un contrat à temps plein, de 0.01 à 1)",
     "{0} ({1}) has no \"fte\" (share of a full-time contract, from 0.01 to 1)"},
    {"E320", "{0} a à la fois « gross_monthly » et « annual_cost » ; donnez l'un des deux",
     "{0} has both \"gross_monthly\" and \"annual_cost\"; give one of them"},
    {"E321",
     "{0} est salarié ({1}) : {2} est pour un prestataire ; utilisez gross_monthly ou annual_cost",
     "{0} is an employee ({1}): {2} is for a provider; use gross_monthly or annual_cost"},
    {"E322", "{0} ({1}) ne vous coûte rien : {2} ; retirez {3}",
     "{0} ({1}) costs you nothing: {2}; remove {3}"},
    {"E323",
     "{0} est un prestataire : {1} est pour les salariés ; un prestataire a un « monthly_fee » ou "
     "des « calls_per_month »",
     "{0} is a provider: {1} is for employees; a provider has a \"monthly_fee\" or "
     "\"calls_per_month\""},
    {"E324", "{0} a à la fois « monthly_fee » et un prix à l'appel ; donnez l'un des deux",
     "{0} has both \"monthly_fee\" and a price by the call; give one of them"},
    {"E325", "{0} a un « price_per_call » mais pas de « calls_per_month »",
     "{0} has a \"price_per_call\" but no \"calls_per_month\""},
    {"E326",
     "{0} (shared) n'a pas de « share » : la part du temps et du coût du salarié qui est la "
     "vôtre, de 0.01 à 1",
     "{0} (shared) has no \"share\": the part of the employee's time and cost that is yours, from "
     "0.01 to 1"},
    {"E327", "{0} ({1}) : {2} est pour un salarié partagé (role: shared)",
     "{0} ({1}): {2} is for a shared employee (role: shared)"},
    {"E328",
     "{0} est partagé : l'aide de la CNAM va à l'employeur (le confrère ou le groupement "
     "d'employeurs), pas à vous ; mettez aid: none et comptez votre part de l'aide dans "
     "annual_cost",
     "{0} is shared: the CNAM aid goes to the employer (the colleague or the employer group), not "
     "to you; set aid: none and count your share of it in annual_cost"},
    {"E329", "{0} est {1} : l'aide « cnam_assistant_medical » est réservée à un assistant_medical",
     "{0} is a {1}: aid \"cnam_assistant_medical\" is for an assistant_medical only"},
    {"E330",
     "{0} : l'aide « cnam_assistant_medical » n'existe que pour 0.5 ou 1 ETP, pas pour fte {1} "
     "(le contrat à 1/3 d'ETP est fermé aux nouveaux médecins depuis mai 2023) ; mettez aid: none "
     "ou changez le fte",
     "{0}: aid \"cnam_assistant_medical\" exists for 0.5 or 1 FTE only, got fte {1} (the 1/3 FTE "
     "contract is closed to new doctors since May 2023); set aid: none or change the fte"},
    {"E331", "« {0} » doit être une liste (ici : {1})", "\"{0}\" must be a list, got {1}"},
    {"E332", "{0} : l'id {1} est utilisé deux fois", "{0} id {1} is used twice"},
    {"E333", "{0} demande soit « monthly » (€ par mois), soit « once » (€ la première année)",
     "{0} needs one of \"monthly\" (€ a month) or \"once\" (€ in year 1)"},
    {"E334",
     "la tâche {0} n'a pas de « to » ; le plan a {1} intervenants ({2}) : dites qui la prend",
     "task {0} has no \"to\"; the plan has {1} staff members ({2}): say who takes it"},
    {"E335", "la tâche {0} va à {1}, qui n'est pas un id d'intervenant de ce plan ({2}){3}",
     "task {0} goes to {1}, which is not a staff id of this plan ({2}){3}"},
    {"E336", "les tâches font {0} heures par semaine, plus que les 168 heures d'une semaine",
     "the tasks add up to {0} hours a week, more than the 168 hours of a week"},
    {"E337", "le plan n'a pas de tâches : listez les tâches à déléguer",
     "the plan has no tasks: list the tasks to delegate"},
    {"E338", "--format xlsx écrit les chiffres du bilan : pas avec --explain ni --emit-plan",
     "--format xlsx writes the sheet's figures: not with --explain or --emit-plan"},
    {"E339",
     "--format xlsx écrit un classeur, pas du texte pour un terminal : donnez -o FICHIER.xlsx",
     "--format xlsx writes a workbook, not text for a terminal: give -o FILE.xlsx"},
    {"E340", "--compare demande au moins deux plans", "--compare needs at least two plans"},
    {"E341",
     "--compare prend lui-même les plans : pas de fichier de réponses, ni --plan, ni --scenarios",
     "--compare takes the plans itself: no answers file, --plan or --scenarios"},
    {"E342", "--scenarios tire les options d'un fichier de réponses",
     "--scenarios derives the options from an answers file"},
    {"E343",
     "--emit-plan et --explain portent sur un seul plan, pas avec --compare ni --scenarios",
     "--emit-plan and --explain work on one plan, not with --compare or --scenarios"},
    {"E344", "donnez un fichier de réponses ou --plan PLAN (l'un des deux)",
     "give an answers file or --plan PLAN (one of them)"},
    {"E345", "--sep et --decimal-comma s'appliquent à --format csv",
     "--sep and --decimal-comma apply to --format csv"},
    {"E346", "--emit-plan écrit le plan en YAML ; --format ne s'applique pas",
     "--emit-plan writes the plan as YAML; --format does not apply"},
    {"E347", "--explain va avec --format text, md ou json, pas avec csv ni --emit-plan",
     "--explain works with --format text, md or json, not with csv or --emit-plan"},

    // --- E400-E499: batch, CSV exports, column maps, survey export ----------

    // --- E500-E599: review, objectives, team, check, show, ask --------------
    {"E500",
     "les objectifs doivent être une liste de {{lever, maturity, by}} ou de {{indicator, value, "
     "by}} (ici : {0})",
     "the objectives must be a list of {{lever, maturity, by}} or {{indicator, value, by}}, got "
     "{0}"},
    {"E501",
     "l'objectif {0} nomme à la fois un levier et un indicateur ; écrivez un objectif pour chacun",
     "objective {0} names both a lever and an indicator; write one objective for each"},
    {"E502", "l'objectif {0} n'a ni « lever » (avec « maturity ») ni « indicator » (avec « value »)",
     "objective {0} has no \"lever\" (with \"maturity\") or \"indicator\" (with \"value\")"},
    {"E503", "levier inconnu {0} ; attendu : {1}{2}", "unknown lever {0}; expected one of {1}{2}"},
    {"E504", "indicateur inconnu {0} ; attendu : questionnaire.question, parmi {1}{2}",
     "unknown indicator {0}; expected questionnaire.question, one of {1}{2}"},
    {"E505",
     "la question {0} n'est pas un indicateur (une question numérique avec indicator: true) ; "
     "indicateurs : {1}",
     "question {0} is not an indicator (a number question with indicator: true); indicators: {1}"},
    {"E506", "« by » de l'objectif {0} doit être une date écrite AAAA-MM-JJ (ici : {1})",
     "\"by\" of objective {0} must be a date written YYYY-MM-DD, got {1}"},
    {"E507",
     "fichier vide ; attendu : une liste d'objectifs comme "
     "- {{lever: delegation, maturity: 70, by: 2026-12-31}}",
     "empty file; expected a list of objectives such as "
     "- {{lever: delegation, maturity: 70, by: 2026-12-31}}"},
    {"E508",
     "le répondant {0} diffère de {1} dans {2} ; une revue suit un seul médecin (--allow-mixed "
     "les compare comme un seul)",
     "respondent {0} differs from {1} in {2}; a review follows one doctor (--allow-mixed compares "
     "them as one)"},
    {"E509",
     "pas de « date » : une revue demande la date de chaque auto-évaluation (AAAA-MM-JJ)",
     "no \"date\": a review needs the date of each self-assessment (YYYY-MM-DD)"},
    {"E510", "même date {0} que {1} ; une revue demande une auto-évaluation par date",
     "same date {0} as {1}; a review needs one self-assessment per date"},
    {"E511", "recul : {0}, {1} points depuis le {2}", "regressed: {0} ({1} points since {2})"},
    {"E512",
     "ce fichier répond à la version {0} de {1}, mais {2} répond à la version {3} ; une équipe "
     "compare des réponses à une même version (convertissez le fichier le plus ancien avec "
     "`medtime upgrade FICHIER`)",
     "answers version {0} of {1}, but {2} answers version {3}; a team compares answers to one "
     "version (convert the older file with `medtime upgrade FILE`)"},
    {"E513", "une équipe demande les fichiers de réponses d'au moins deux membres",
     "a team needs the answers files of at least two members"},
    {"E514",
     "le répondant {0} est déjà dans {1} ; une équipe prend une auto-évaluation par membre "
     "(l'identifiant du répondant, ou à défaut le nom du fichier)",
     "respondent {0} already in {1}; a team takes one self-assessment per member (respondent id, "
     "or the file's name without one)"},
    {"E515", "impossible d'ouvrir le fichier", "cannot open file"},
    {"E516", "{0} (dans Excel : Enregistrer sous, « CSV UTF-8 »)",
     "{0} (in Excel: Save As, \"CSV UTF-8\")"},
    {"E517", "fichier vide ; attendu : une ligne d'en-tête", "empty file; expected a header line"},
    {"E518",
     "fichier vide ; attendu : un questionnaire, un fichier de réponses, un plan de délégation, un "
     "fichier d'objectifs, un profil de priorité, un jeu de paramètres ou une carte de colonnes",
     "empty file; expected a questionnaire, answers file, delegation plan, objectives file, "
     "scoring profile, parameter set or column map"},
    {"E519",
     "ce n'est pas un fichier medtime ; attendu : un questionnaire (sections), un fichier de "
     "réponses (answers), un plan de délégation (tasks), un fichier d'objectifs, un profil de "
     "priorité (weights), un jeu de paramètres (values) ou une carte de colonnes (questionnaires)",
     "not a medtime file: expected a questionnaire (sections), an answers file (answers), a "
     "delegation plan (tasks), an objectives file, a scoring profile (weights), a parameter set "
     "(values) or a column map (questionnaires)"},
    {"E520",
     "--csv FICHIER vérifie un export avec une seule carte de colonnes : donnez la carte",
     "--csv FILE checks an export against one column map: give the map"},
    {"E521", "--from va avec --csv FICHIER", "--from goes with --csv FILE"},
    {"E522",
     "medtime ask enregistre chaque réponse dans un fichier : donnez -o FICHIER, pas -",
     "medtime ask saves each answer in a file: give -o FILE, not -"},
    {"E523", "rien à reprendre : le fichier n'existe pas",
     "nothing to resume: the file does not exist"},
    {"E524",
     "{0} ; medtime ask n'écrase pas un fichier qu'il ne peut pas relire : corrigez-le ou "
     "choisissez un autre -o",
     "{0}; medtime ask does not overwrite a file it cannot read back: fix it or choose another "
     "-o"},
    {"E525", "impossible d'écrire dans {0} : {1}", "cannot write in {0}: {1}"},
    {"E526", "--from : fichier introuvable", "--from: no such file"},
    {"E527",
     "-o doit être un nouveau fichier : --from {0} n'est jamais écrit (donnez le fichier de la "
     "nouvelle date)",
     "-o must be a new file: --from {0} is never written (give the new date's file)"},
    {"E528", "--date {0} : ce n'est pas une date ; écrivez AAAA-MM-JJ ou JJ/MM/AAAA",
     "--date {0}: not a date; write YYYY-MM-DD or DD/MM/YYYY"},

    // --- W050-W099: files and YAML syntax -----------------------------------

    // --- W100-W199: answers files -------------------------------------------

    // --- W200-W299: questionnaires, conditions, scoring profiles -----------

    // --- W300-W399: plans, parameter sets, cost -----------------------------
    {"W300",
     "la tâche {0} n'est pas une tâche des questionnaires ; vouliez-vous dire {1} ? Elle est "
     "gardée telle quelle",
     "task {0} is not a task of the questionnaires; did you mean {1}? It is kept as written"},
    {"W301",
     "intervenant {0} : gross_monthly {1} € est inférieur au SMIC à temps plein ({2} € = "
     "{3} €/h × {4} h × 52 / 12) ; gross_monthly est le salaire à temps plein, avant fte",
     "staff {0}: gross_monthly {1} € is below the full-time SMIC ({2} € = {3} €/h × {4} h × "
     "52 / 12); gross_monthly is the full-time salary, before the fte"},
    {"W302",
     "{0} : « employer_rate » ne sert pas avec « annual_cost » (le coût comprend déjà les "
     "charges)",
     "{0}: \"employer_rate\" is not used with \"annual_cost\" (the cost already includes the "
     "charges)"},

    // --- W400-W499: batch, CSV exports, column maps, survey export ----------

    // --- W500-W599: review, objectives, team, check, show, ask --------------
    {"W500", "aucun objectif dans ce fichier", "no objectives in this file"},
    {"W501",
     "le répondant {0} diffère de {1} dans {2} ; la revue les compare comme un seul",
     "respondent {0} differs from {1} in {2}; the review compares them as one"},
    {"W502", "la colonne {0} n'est pas dans la carte ; batch la laisse de côté",
     "column {0} is not in the map; batch leaves it out"},
    {"W503",
     "{0} est réécrit à chaque réponse ; ses commentaires sont gardés dans {1}",
     "{0} is rewritten at every answer; its comments are kept in {1}"},

};

constexpr MessageRange k_ranges[] = {
    {"E001", "E049", "La ligne de commande et l'exécution", "The command line and the run"},
    {"E050", "E099", "Fichiers et syntaxe YAML", "Files and YAML syntax"},
    {"E100", "E199", "Fichiers de réponses", "Answers files"},
    {"E200", "E299", "Questionnaires, conditions, profils de priorité",
     "Questionnaires, conditions, priority profiles"},
    {"E300", "E399", "Plans de délégation, jeux de paramètres, bilan coût-avantage",
     "Delegation plans, parameter sets, the cost-benefit sheet"},
    {"E400", "E499", "Traitement par lot : exports d'enquête, cartes de colonnes ; export d'enquête",
     "Batch: survey exports, column maps; survey export"},
    {"E500", "E599", "Revue, objectifs, mode équipe, vérification, entretien",
     "Review, objectives, team mode, check, interview"},
    {"W050", "W099", "Avertissements : fichiers et syntaxe YAML", "Warnings: files and YAML syntax"},
    {"W100", "W199", "Avertissements : fichiers de réponses", "Warnings: answers files"},
    {"W200", "W299", "Avertissements : questionnaires, conditions, profils",
     "Warnings: questionnaires, conditions, profiles"},
    {"W300", "W399", "Avertissements : plans, paramètres, coûts",
     "Warnings: plans, parameters, cost"},
    {"W400", "W499", "Avertissements : traitement par lot, export d'enquête",
     "Warnings: batch, survey export"},
    {"W500", "W599", "Avertissements : revue, objectifs, équipe, vérification, entretien",
     "Warnings: review, objectives, team, check, interview"},
};

Lang s_message_lang = Lang::en;

} // namespace

std::span<const MessageEntry> message_catalogue() {
  return k_catalogue;
}

const MessageEntry& message_entry(std::string_view code) {
  auto it = std::lower_bound(std::begin(k_catalogue), std::end(k_catalogue), code,
                             [](const MessageEntry& e, std::string_view c) { return e.code < c; });
  if (it == std::end(k_catalogue) || it->code != code) {
    throw std::logic_error("no message " + std::string(code) + " in the catalogue");
  }
  return *it;
}

std::span<const MessageRange> message_ranges() {
  return k_ranges;
}

Lang message_lang() {
  return s_message_lang;
}

void set_message_lang(Lang lang) {
  s_message_lang = lang;
}

} // namespace medtime
