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
    {"E022", "impossible d'écrire sur la sortie standard : {0}",
     "cannot write to the standard output: {0}"},
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
    {"E050", "impossible d'ouvrir le fichier : {0}", "cannot open file: {0}"},
    {"E051", "impossible de lire le fichier : c'est un dossier", "cannot read file: it is a directory"},
    {"E052", "le fichier fait {0} octets, au-delà de la limite de {1} octets",
     "file is {0} bytes, larger than the limit of {1} bytes"},
    {"E053", "impossible de lire le fichier : {0}", "cannot read file: {0}"},
    {"E054", "le fichier dépasse la limite de {0} octets", "file is larger than the limit of {0} bytes"},
    {"E055", "impossible d'écrire le fichier : {0}", "cannot write file: {0}"},
    {"E056", "impossible d'écrire le fichier : c'est un dossier", "cannot write file: it is a directory"},
    {"E057", "impossible d'écrire dans {0} : {1}", "cannot write in {0}: {1}"},
    {"E058", "impossible d'enregistrer le fichier sur le disque : {0}", "cannot sync file: {0}"},
    {"E059", "impossible de fermer le fichier : {0}", "cannot close file: {0}"},
    {"E060", "{0} : fichier temporaire dans {1} : {2}", "{0}: temporary file in {1}: {2}"},
    {"E061", "impossible de relire le fichier temporaire", "cannot read the temporary file back"},
    {"E062", "mémoire insuffisante pour préparer la lecture du YAML",
     "out of memory initialising the YAML parser"},
    {"E063", "YAML invalide : {0}", "invalid YAML: {0}"},
    {"E064", "YAML invalide : une tabulation ; indentez avec des espaces",
     "invalid YAML: a tab character; indent with spaces"},
    {"E065", "caractère de contrôle U+{0} dans le texte {1} ; supprimez-le",
     "control character U+{0} in text {1}; remove it"},
    {"E066", "clé {0} en double (déjà présente ligne {1})", "duplicate key {0} (first at line {1})"},
    {"E067", "les alias (*nom) ne sont pas acceptés dans ce fichier",
     "aliases (*name) are not allowed in this file"},
    {"E068", "trop d'éléments YAML (limite : {0})", "too many YAML nodes (limit {0})"},
    {"E069", "une clé doit être un simple texte, pas une liste ni un dictionnaire",
     "keys must be plain text, not a list or a mapping"},
    {"E070", "imbrication de plus de {0} niveaux", "nesting deeper than {0} levels"},
    {"E071", "élément YAML inattendu", "unexpected YAML event"},
    {"E072", "élément YAML attendu", "expected a YAML node"},
    {"E073", "fin inattendue du document YAML", "unexpected end of the YAML document"},
    {"E074", "plusieurs documents YAML dans un seul fichier ; un seul attendu",
     "several YAML documents in one file; expected one"},
    {"E075", "{0} doit être un dictionnaire, pas {1}", "{0} must be a mapping, got {1}"},
    {"E076", "{0} : il manque {1}", "{0} has no {1}"},
    {"E077", "{1} : {0} doit être du texte, pas {2}", "{0} of {1} must be text, got {2}"},
    {"E078",
     "{1} : {0} doit être un identifiant (lettres, chiffres, _ et -, commençant par une lettre), "
     "pas {2}",
     "{0} of {1} must be an identifier (letters, digits, _ and -, starting with a letter), got {2}"},
    {"E079", "{1} : {0} doit être un nombre, pas {2}{3}", "{0} of {1} must be a number, got {2}{3}"},
    {"E080", "{1} : {0} doit être {2}, pas {3}", "{0} of {1} must be {2}, got {3}"},
    {"E081", "{1} : {0} doit être un nombre entier entre {2} et {3}, pas {4}",
     "{0} of {1} must be a whole number from {2} to {3}, got {4}"},
    {"E082", "{1} : {0} doit être un nombre entier, pas {2}",
     "{0} of {1} must be a whole number, got {2}"},
    {"E083", "{1} : {0} doit valoir true ou false, pas {2}", "{0} of {1} must be true or false, got {2}"},
    {"E084", "{0} doit être un texte ou {{fr: ..., en: ...}}, pas {1}",
     "{0} must be a text or {{fr: ..., en: ...}}, got {1}"},
    {"E085", "{0} : la valeur {1} doit être du texte, pas {2}", "{0} in {1} must be text, got {2}"},
    {"E086", "{0} : langue inconnue {1} ; attendu : « fr » ou « en »",
     "{0}: unknown language {1}; expected \"fr\" or \"en\""},
    {"E087", "{0} : il manque le texte français (« fr »)", "{0} has no French text (\"fr\")"},
    {"E088", "{1} : {0} doit être l'une des valeurs {2}, pas {3}{4}",
     "{0} of {1} must be one of {2}, got {3}{4}"},
    {"E089", "clé inconnue {0} dans {1}{2}", "unknown key {0} in {1}{2}"},
    {"E090", "MEDTIME_DATA désigne un dossier sans questionnaires/",
     "MEDTIME_DATA names a folder without questionnaires/"},
    {"E091",
     "questionnaires fournis introuvables ; définissez MEDTIME_DATA ou utilisez --questionnaires "
     "DOSSIER",
     "cannot find the bundled questionnaires; set MEDTIME_DATA or use --questionnaires DIR"},
    {"E092", "impossible de lire le dossier : {0}", "cannot read folder: {0}"},
    {"E093", "le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8",
     "file is UTF-16 encoded; save it as UTF-8"},
    {"E094", "octet NUL dans le texte ; le fichier n'est pas du texte UTF-8",
     "NUL byte in text; the file is not UTF-8 text"},
    {"E095", "octet {0} invalide en UTF-8 ; enregistrez le fichier en UTF-8",
     "invalid UTF-8 byte {0}; save the file as UTF-8"},

    // --- E100-E199: answers files -------------------------------------------
    {"E100", "la question {0} attend une réponse parmi {1}, pas {2}",
     "question {0} expects one of {1}, got {2}"},
    {"E101", "la question {0} n'a pas d'option {1} ; attendu : {2}{3}",
     "question {0} has no option {1}; expected one of {2}{3}"},
    {"E102", "la question {0} attend une liste d'options, pas {1}",
     "question {0} expects a list of options, got {1}"},
    {"E103", "question {0} : l'option {1} ne peut pas être combinée avec d'autres",
     "question {0}: option {1} cannot be combined with others"},
    {"E104", "la question {0} attend oui ou non, pas {1}", "question {0} expects yes or no, got {1}"},
    {"E105", "la question {0} attend {1}{2}, pas {3}", "question {0} expects {1}{2}, got {3}"},
    {"E106", "la question {0} n'a pas de {1} {2}{3}", "question {0} has no {1} {2}{3}"},
    {"E107", "la catégorie {0} de {1} attend des heures par semaine entre 0 et {2}, pas {3}",
     "category {0} of {1} expects hours per week from 0 to {2}, got {3}"},
    {"E108", "la tâche {0} de {1} attend un niveau de délégation parmi {2}, pas {3}{4}{5}",
     "task {0} of {1} expects a delegation level, one of {2}, got {3}{4}{5}"},
    {"E109", "la question {0} attend un tableau ({1}), pas {2}",
     "question {0} expects a table ({1}), got {2}"},
    {"E110", "« respondent » doit être un dictionnaire comme {{id: dr-martin}}, pas {0}",
     "\"respondent\" must be a mapping such as {{id: dr-martin}}, got {0}"},
    {"E111", "le champ {0} de « respondent » doit être du texte, pas {1}",
     "respondent {0} must be text, got {1}"},
    {"E112", "la « version » de {0} doit être un nombre entier, pas {1}",
     "\"version\" of {0} must be a whole number, got {1}"},
    {"E113",
     "les réponses sont pour la version {0} de {1}, mais le questionnaire est en version {2} ; "
     "convertissez le fichier avec `medtime upgrade FICHIER`",
     "answers are for version {0} of {1}, but the questionnaire is version {2}; convert the file "
     "with `medtime upgrade FILE`"},
    {"E114",
     "les réponses sont pour la version {0} de {1}, mais le questionnaire est en version {2}",
     "answers are for version {0} of {1}, but the questionnaire is version {2}"},
    {"E115", "question inconnue {0} dans {1}{2}", "unknown question {0} in {1}{2}"},
    {"E116", "questionnaire inconnu {0}{1}", "unknown questionnaire {0}{1}"},
    {"E117",
     "les réponses à {0} doivent associer chaque identifiant de question à sa réponse, pas {1}",
     "answers to {0} must be a mapping of question ids to answers, got {1}"},
    {"E118", "« date » doit être une date écrite AAAA-MM-JJ ou JJ/MM/AAAA, pas {0}",
     "\"date\" must be a date written YYYY-MM-DD or DD/MM/YYYY, got {0}"},
    {"E119",
     "« answers » doit associer chaque identifiant de questionnaire à ses réponses, pas {0}",
     "\"answers\" must map questionnaire ids to answers, got {0}"},
    {"E120",
     "clé inconnue {0} dans un fichier de réponses ; attendu : respondent, date ou answers{1}",
     "unknown key {0} in an answers file; expected respondent, date or answers{1}"},
    {"E121", "aucune clé « answers » dans ce fichier", "no \"answers\" in this file"},
    {"E122", "la question {0} attend du texte, pas {1}", "question {0} expects text, got {1}"},
    {"E123",
     "fichier vide ; un fichier de réponses est attendu (respondent, date, answers)",
     "empty file; expected an answers file (respondent, date, answers)"},
    {"E124",
     "un fichier de réponses doit être un dictionnaire avec respondent, date et answers, pas {0}",
     "an answers file must be a mapping with respondent, date and answers, got {0}"},
    {"E125", "ce n'est pas un fichier de réponses : pas de dictionnaire « answers »",
     "not an answers file: no \"answers\" mapping"},
    {"E126", "-o ne convient qu'à un seul fichier", "-o takes one file only"},

    // --- E200-E299: questionnaires, conditions, scoring profiles -----------
    {"E200",
     "{0} : {1} n'existe plus : les leviers ne demandent pas d'heures ; c'est le budget temps qui "
     "les recueille, et le levier déclare des « reductions » (questionnaires/README.md)",
     "{0}: {1} is gone: levers ask no hours; the time budget holds them and the lever declares "
     "\"reductions\" (questionnaires/README.md)"},
    {"E201", "{0} doit être une liste (ici : {1})", "{0} must be a list, got {1}"},
    {"E202", "{0} doit être une condition écrite en texte (ici : {1})",
     "{0} must be a condition written as text, got {1}"},
    {"E203",
     "une question ne peut pas s'appeler « version » : cette clé porte la version du "
     "questionnaire dans les fichiers de réponses",
     "a question cannot be called \"version\": that key holds the questionnaire version in "
     "answers files"},
    {"E204", "{0} : « weight » doit être supérieur à 0 (ici : {1})",
     "{0}: \"weight\" must be above 0, got {1}"},
    {"E205", "{0} : un texte libre n'est jamais noté ; retirez « dimension »",
     "{0}: free text is never scored; remove \"dimension\""},
    {"E206", "l'option {0} de {1} : « exclusive » est réservé aux questions à choix multiple",
     "option {0} of {1}: \"exclusive\" is for multiple choice"},
    {"E207", "{0} a plus de 64 options", "{0} has more than 64 options"},
    {"E208", "{0} : le « min » de l'échelle ({1}) doit être inférieur au « max » ({2})",
     "{0}: scale \"min\" ({1}) must be below \"max\" ({2})"},
    {"E209", "{0} : « anchors » doit associer des points de l'échelle à des textes",
     "{0}: \"anchors\" must map scale points to texts"},
    {"E210", "{0} : le libellé {1} n'est pas un point de l'échelle de {2} à {3}",
     "{0}: anchor {1} is not a point of the scale {2} to {3}"},
    {"E211", "{0} : « min » ({1}) doit être inférieur à « max » ({2})",
     "{0}: \"min\" ({1}) must be below \"max\" ({2})"},
    {"E212",
     "{0} : l'action d'une condition de réussite n'a pas de « gain » (elle ne libère pas "
     "d'heures elle-même ; c'est l'action de levier qui la requiert qui en libère)",
     "{0}: a supporting area's action has no \"gain\" (it frees no hours itself; the lever action "
     "that requires it does)"},
    {"E213", "{0} : « requires » doit être une liste d'identifiants questionnaire.action (ici : {1})",
     "{0}: \"requires\" must be a list of questionnaire.action ids, got {1}"},
    {"E214",
     "{0} : chaque prérequis s'écrit questionnaire.action, par exemple "
     "management.fiche_de_poste (ici : {1})",
     "{0}: each prerequisite is questionnaire.action (management.fiche_de_poste), got {1}"},
    {"E215", "{0} : « instead_of » doit être une liste d'identifiants d'actions (ici : {1})",
     "{0}: \"instead_of\" must be a list of action ids, got {1}"},
    {"E216",
     "{0} : le gain sur {1} doit être [bas, haut], des parts de ses heures avec "
     "0 <= bas <= haut <= 1 (ici : {2})",
     "{0}: the gain on {1} must be [low, high] shares of its hours with 0 <= low <= high <= 1, "
     "got {2}"},
    {"E217",
     "{0} : « gain » doit donner des parts de catégories ({{telephone: [0.2, 0.5]}}) ou "
     "[min, max] heures par semaine avec 0 <= min <= max (ici : {1})",
     "{0}: \"gain\" must be shares of categories ({{telephone: [0.2, 0.5]}}) or [min, max] hours "
     "per week with 0 <= min <= max, got {1}"},
    {"E218", "impossible d'ouvrir le dossier des questionnaires",
     "cannot open the questionnaires folder"},
    {"E219", "fichier vide ; un questionnaire est attendu", "empty file; expected a questionnaire"},
    {"E220", "un second budget temps ; {0} en est déjà un",
     "a second time budget; {0} already is one"},
    {"E221", "l'identifiant de questionnaire {0} est aussi utilisé par {1}",
     "questionnaire id {0} is also used by {1}"},
    {"E222", "le levier {0} est aussi évalué par {1}", "lever {0} is also scored by {1}"},
    {"E223", "aucun questionnaire (*.yaml) dans ce dossier",
     "no questionnaire (*.yaml) in this folder"},
    {"E224", "questionnaire inconnu : {0}{1}", "unknown questionnaire {0}{1}"},
    {"E225", "{0} en double : identifiant {1} (déjà à la ligne {2})",
     "duplicate {0} id {1} (first at line {2})"},
    {"E226", "{0} en double : identifiant {1}", "duplicate {0} id {1}"},
    {"E227", "le niveau {0} est vide : « from » ({1}) n'est pas inférieur à « to » ({2})",
     "band {0} is empty: from {1} is not below to {2}"},
    {"E228",
     "trou entre les niveaux : une maturité de {0} à {1} ne tombe dans aucun niveau (le niveau "
     "{2} commence à {3})",
     "gap in the bands: maturity from {0} to {1} is in no band (band {2} starts at {3})"},
    {"E229",
     "les niveaux se chevauchent : le niveau {0} commence à {1} mais le précédent finit à {2}",
     "bands overlap: band {0} starts at {1} but the previous band ends at {2}"},
    {"E230",
     "les niveaux doivent aller jusqu'à 100 : une maturité de {0} à 100 ne tombe dans aucun "
     "niveau",
     "the bands must reach 100: maturity from {0} to 100 is in no band"},
    {"E231", "la question {0} demande au moins deux options",
     "question {0} needs at least two options"},
    {"E232", "l'option {0} de la question notée {1} n'a pas de « value »",
     "option {0} of scored question {1} has no \"value\""},
    {"E233", "la question numérique notée {0} demande des « scores » pour valoriser sa réponse",
     "scored number question {0} needs \"scores\" to value its answer"},
    {"E234", "question {0} : seule la dernière tranche de score peut omettre « below »",
     "question {0}: only the last score band may omit \"below\""},
    {"E235",
     "question {0} : les « below » des tranches de score doivent croître ({1} après {2})",
     "question {0}: score bands must have increasing \"below\" ({1} after {2})"},
    {"E236",
     "question {0} : les réponses à partir de {1}{2} ne tombent dans aucune tranche de score ; "
     "terminez par une tranche sans « below »",
     "question {0}: answers from {1}{2} fall in no score band; end with a band without "
     "\"below\""},
    {"E237",
     "{0} nomme la catégorie {1}, mais aucun questionnaire de budget temps (kind: budget) ne "
     "déclare de catégories à côté de celui-ci",
     "{0} names category {1}, but no time budget questionnaire (kind: budget) declares "
     "categories beside this one"},
    {"E238", "{0} : le budget temps n'a pas de catégorie {1}{2}",
     "{0}: unknown category {1} of the time budget{2}"},
    {"E239", "un budget temps demande des « categories »", "a time budget needs \"categories\""},
    {"E240",
     "une catégorie ne peut pas s'appeler {0} : les conditions utilisent TABLE.hours et "
     "TABLE.delegable pour un tableau de tâches entier",
     "a category cannot be called {0}: conditions use TABLE.hours and TABLE.delegable for a "
     "whole task table"},
    {"E241",
     "question {0} : le budget temps n'est pas noté : ni « dimension », ni « reductions », ni "
     "tableau de tâches",
     "question {0}: the time budget is not scored: no \"dimension\", \"reductions\" or task "
     "table"},
    {"E242", "un budget temps demande exactement une question de type budget ; il y en a {0}",
     "a time budget needs exactly one question of type budget, found {0}"},
    {"E243", "le budget temps ne recommande pas d'actions", "the time budget recommends no actions"},
    {"E244", "le tableau de tâches {0} n'a pas de tâches", "task table {0} has no tasks"},
    {"E245", "le tableau de tâches {0} demande au moins deux niveaux de délégation",
     "task table {0} needs at least two delegation levels"},
    {"E246", "les conditions « when » forment un cycle : {0}",
     "\"when\" conditions form a cycle: {0}"},
    {"E247",
     "le « when » de la question {0} renvoie à la question {1}, qui vient après ; une condition "
     "ne peut utiliser que des réponses précédentes",
     "\"when\" of question {0} refers to question {1}, which comes later; a condition may only "
     "use earlier answers"},
    {"E248", "action {0} : « instead_of » nomme l'action elle-même",
     "action {0}: \"instead_of\" names the action itself"},
    {"E249", "action {0} : « instead_of » ne nomme aucune action du questionnaire : {1}{2}",
     "action {0}: \"instead_of\" names no action of the questionnaire: {1}{2}"},
    {"E250",
     "question {0} : un tableau de budget appartient au questionnaire du budget temps "
     "(kind: budget), pas à un levier",
     "question {0}: a budget table belongs to the time budget questionnaire (kind: budget), not "
     "to a lever"},
    {"E251",
     "question {0} : une condition de réussite (kind: support) ne libère pas d'heures : ni "
     "réductions ni tableau de tâches (ils appartiennent à un levier)",
     "question {0}: a supporting area (kind: support) frees no hours: no reductions and no task "
     "table (they belong to a lever)"},
    {"E252",
     "le questionnaire {0} n'a pas de question de maturité : son levier ne pourrait jamais être "
     "noté",
     "questionnaire {0} has no maturity question: its lever could never be scored"},
    {"E253",
     "« asked_when » lit d'autres questionnaires : nommez d'abord le questionnaire "
     "(temps.exercice) ; ici : {0}",
     "\"asked_when\" reads other questionnaires: name the questionnaire first (temps.exercice), "
     "got {0}"},
    {"E254", "{0} : questionnaire inconnu : {1}{2}", "{0}: unknown questionnaire {1}{2}"},
    {"E255", "« asked_when » lit d'autres questionnaires, pas {0} lui-même",
     "\"asked_when\" reads other questionnaires, not {0} itself"},
    {"E256", "{0} : seules les actions d'un levier ont des prérequis",
     "{0}: only a lever's actions have prerequisites"},
    {"E257",
     "{0} : {1} n'est pas une condition de réussite (kind: support) ; un prérequis est une de "
     "leurs actions",
     "{0}: {1} is not a supporting area (kind: support); a prerequisite is one of their actions"},
    {"E258", "{0} : {1} n'a pas d'action {2}{3}", "{0}: {1} has no action {2}{3}"},
    {"E259", "{0} inattendu dans la condition", "unexpected {0} in condition"},
    {"E260", "opérateur {0} inconnu dans la condition ; utilisez == ou !=",
     "unknown operator {0} in condition; use == or !="},
    {"E261", "texte entre guillemets non fermé dans la condition",
     "unterminated string in condition"},
    {"E262", "caractère {0} inattendu dans la condition", "unexpected character {0} in condition"},
    {"E263", "condition trop imbriquée", "condition nested too deeply"},
    {"E264", "« ) » est attendu au lieu de {0}", "expected \")\", got {0}"},
    {"E265", "une valeur est attendue au lieu de {0}", "expected a value, got {0}"},
    {"E266", "un identifiant de question est attendu au lieu de {0}",
     "expected a question id, got {0}"},
    {"E267", "« [ » est attendu après « in »", "expected \"[\" after \"in\""},
    {"E268", "« ] » est attendu pour fermer la liste après « in »",
     "expected \"]\" to close the list after \"in\""},
    {"E269", "« answered » ou « na » est attendu après « is », au lieu de {0}",
     "expected \"answered\" or \"na\" after \"is\", got {0}"},
    {"E270",
     "un opérateur (==, !=, <, <=, >, >=, in, has, is) est attendu après {0}, au lieu de {1}",
     "expected an operator (==, !=, <, <=, >, >=, in, has, is) after {0}, got {1}"},
    {"E271", "condition sur {0} : {2} n'est pas {1}{3}", "condition on {0}: unknown {1} {2}{3}"},
    {"E272", "condition sur {0} : « has » est réservé aux questions à choix multiple",
     "condition on {0}: \"has\" is for multiple choice questions"},
    {"E273", "condition sur {0} : un nombre est attendu au lieu de {1}",
     "condition on {0}: expected a number, got {1}"},
    {"E274",
     "condition sur {0} : « in » est réservé aux choix ; comparez les nombres avec <, <=, >, >=",
     "condition on {0}: \"in\" is for choices; compare numbers with <, <=, >, >="},
    {"E275", "condition sur {0} : {1} compare des nombres, mais {2} est une question de type {3}",
     "condition on {0}: {1} compares numbers, but {2} is a {3} question"},
    {"E276", "condition sur {0} : « has » est réservé au choix multiple ; utilisez == ou in",
     "condition on {0}: \"has\" is for multiple choice; use == or in"},
    {"E277", "condition sur {0} : utilisez « has » avec une question à choix multiple",
     "condition on {0}: use \"has\" with a multiple choice question"},
    {"E278", "condition sur {0} : yes ou no est attendu au lieu de {1}",
     "condition on {0}: expected yes or no, got {1}"},
    {"E279", "condition sur {0} : utilisez == avec une question oui/non (yesno)",
     "condition on {0}: use == with a yes/no question"},
    {"E280", "condition sur {0} : un texte libre ne peut pas être testé ; utilisez « is answered »",
     "condition on {0}: free text cannot be tested; use \"is answered\""},
    {"E281",
     "condition sur {0} : le budget temps se teste avec des nombres (budget.CATÉGORIE >= 2)",
     "condition on {0}: the time budget is tested with numbers (budget.CATEGORY >= 2)"},
    {"E282", "la condition nomme une question inconnue : {0}{1}",
     "condition refers to unknown question {0}{1}"},
    {"E283",
     "condition sur le tableau de tâches {0} : nommez une tâche ({1}.TÂCHE), ou utilisez "
     "{1}.hours ou {1}.delegable",
     "condition on task table {0}: name a task ({1}.TASK), or use {1}.hours or {1}.delegable"},
    {"E284", "condition sur {0} : champ {1} inconnu ; attendu : « hours »",
     "condition on {0}: unknown field {1}; expected \"hours\""},
    {"E285", "condition sur {0} : tâche {1} inconnue{2}", "condition on {0}: unknown task {1}{2}"},
    {"E286", "condition sur {0} : utilisez ==, != ou in avec un niveau de délégation",
     "condition on {0}: use ==, != or in with a delegation level"},
    {"E287", "condition sur {0} : la question {1} n'a pas de champs",
     "condition on {0}: question {1} has no fields"},
    {"E288", "condition sur {0} : testez le budget temps avec budget.CATÉGORIE (ses heures)",
     "condition on {0}: test the time budget with budget.CATEGORY (its hours)"},
    {"E289", "condition vide", "empty condition"},
    {"E290",
     "fichier vide ; un profil de priorité est attendu, par exemple "
     "weights: {{maturity: 0.4, readiness: 0.3, hours: 0.3}}",
     "empty file; expected a scoring profile such as "
     "weights: {{maturity: 0.4, readiness: 0.3, hours: 0.3}}"},
    {"E291", "les poids doivent totaliser 1 (maturity + readiness + hours) ; leur somme est {0}",
     "the weights must add up to 1 (maturity + readiness + hours), got {0}"},
    {"E292", "« reference_hours » doit être supérieur à 0", "\"reference_hours\" must be above 0"},

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
    {"E400",
     "enregistrement de plus de {0} octets : le champ entre guillemets qui commence ici ne se "
     "termine jamais ; un guillemet est-il resté ouvert ?",
     "record longer than {0} bytes: the quoted field that starts here never ends; is a quote "
     "left unclosed?"},
    {"E401",
     "enregistrement de plus de {0} octets sans saut de ligne ; est-ce bien un fichier CSV ?",
     "record longer than {0} bytes without a line break; is this a CSV file?"},
    {"E402", "guillemet non fermé : le champ qui commence ici ne se termine jamais",
     "unclosed quote: the field that starts here never ends"},
    {"E403",
     "{0} inattendu après le guillemet fermant d'un champ ; un guillemet à l'intérieur d'un champ "
     "s'écrit doublé (\"\")",
     "unexpected {0} after the closing quote of a field; a quote inside a field is written twice "
     "(\"\")"},
    {"E404", "la colonne {0} figure deux fois dans l'en-tête (d'abord en colonne {1})",
     "column {0} appears twice in the header (first at column {1})"},
    {"E405", "--keep : pas de colonne {0} dans l'en-tête{1}",
     "--keep: no column {0} in the header{1}"},
    {"E406",
     "la colonne {0} répond au tableau de tâches {1} : donnez sa « task », ou associez ses "
     "sous-colonnes {2}[...] avec « tasks »",
     "column {0} answers the task table {1}: give its \"task\", or map its sub-columns {2}[...] "
     "with \"tasks\""},
    {"E407", "la question {0} reçoit la réponse de deux colonnes, {1} et {2}",
     "question {0} is answered by two columns, {1} and {2}"},
    {"E408", "la colonne de l'identifiant du répondant {0} n'est pas dans {1}",
     "respondent column {0} is not in {1}"},
    {"E409", "la colonne de complétude {0} n'est pas dans {1}",
     "completeness column {0} is not in {1}"},
    {"E410", "la colonne de date {0} n'est pas dans {1}", "date column {0} is not in {1}"},
    {"E411",
     "l'en-tête de {0} ne correspond pas à la carte : {1} de ses {2} colonne(s) manquent "
     "({3}){4}{5}{6}",
     "the header of {0} does not match the map: {1} of its {2} column(s) are missing "
     "({3}){4}{5}{6}"},
    {"E412", "la ligne a {0} champ(s) mais l'en-tête en a {1}",
     "row has {0} field(s) but the header has {1}"},
    {"E413", "dans ce champ : {0}", "in this field: {0}"},
    {"E414", "la colonne {0} doit contenir une date écrite AAAA-MM-JJ, pas {1}",
     "column {0} must hold a date written YYYY-MM-DD, got {1}"},
    {"E415",
     "« codes » de la colonne {0} doit associer des codes de l'enquête à des réponses, pas {1}",
     "\"codes\" of column {0} must map survey codes to answers, got {1}"},
    {"E416", "le code {0} de la colonne {1} doit être associé à du texte, pas {2}",
     "code {0} of column {1} must map to text, got {2}"},
    {"E417", "colonne {0} : la question {1} n'a pas d'option {2} ; attendu : {3}{4}",
     "column {0}: question {1} has no option {2}; expected one of {3}{4}"},
    {"E418",
     "colonne {0} : la question {1} se répond par oui ou non ; un code doit signifier yes, no ou "
     "na, pas {2}",
     "column {0}: question {1} is yes or no; a code must mean yes, no or na, not {2}"},
    {"E419",
     "colonne {0} : la question {1} attend un nombre ; un code doit signifier un nombre ou na, "
     "pas {2}",
     "column {0}: question {1} expects a number; a code must mean a number or na, not {2}"},
    {"E420", "colonne {0} : les heures de {1} doivent être des nombres, pas {2}",
     "column {0}: hours of {1} must be numbers, not {2}"},
    {"E421",
     "colonne {0} : le tableau de tâches {1} ne demande pas d'heures : elles sont dans le budget "
     "temps (temps)",
     "column {0}: the task table {1} asks no hours: they are in the time budget (temps)"},
    {"E422",
     "colonne {0} : la question {1} n'a pas de niveau de délégation {2} ; attendu : {3}{4}",
     "column {0}: question {1} has no delegation level {2}; expected one of {3}{4}"},
    {"E423",
     "« tasks » de la colonne {0} doit associer des codes de sous-colonnes à des identifiants de "
     "tâches, pas {1}",
     "\"tasks\" of column {0} must map sub-column codes to task ids, got {1}"},
    {"E424", "colonne {0} : la question {1} n'a pas de tâche {2}{3}",
     "column {0}: question {1} has no task {2}{3}"},
    {"E425", "colonne {0} : question {1} inconnue dans {2}{3}",
     "column {0}: unknown question {1} in {2}{3}"},
    {"E426",
     "colonne {0} : « {1} » s'applique aux questions à choix multiple, et {2} est une question "
     "de type {3}",
     "column {0}: \"{1}\" is for multiple choice questions, and {2} is a {3} question"},
    {"E427",
     "colonne {0} : « {1} » s'applique aux tableaux de tâches, et {2} est une question de type {3}",
     "column {0}: \"{1}\" is for task tables, and {2} is a {3} question"},
    {"E428", "colonne {0} : « split » doit être un seul caractère, pas {1}",
     "column {0}: \"split\" must be one character, got {1}"},
    {"E429", "questionnaire {0} inconnu{1}", "unknown questionnaire {0}{1}"},
    {"E430",
     "l'enquête a été construite sur la version {0} de {1}, mais le questionnaire est en version "
     "{2} ; mettez la carte à jour",
     "the survey was built on version {0} of {1}, but the questionnaire is version {2}; update "
     "the map"},
    {"E431", "« columns » de {0} doit associer des noms de colonnes à des questions, pas {1}",
     "\"columns\" of {0} must map column names to questions, got {1}"},
    {"E432", "la colonne {0} est associée deux fois (d'abord à la ligne {1})",
     "column {0} is mapped twice (first at line {1})"},
    {"E433", "« separator » doit être un seul caractère, comme « , » ou « ; », pas {0}",
     "\"separator\" must be one character such as \",\" or \";\", got {0}"},
    {"E434", "« ignore » doit être une liste de noms de colonnes, pas {0}",
     "\"ignore\" must be a list of column names, got {0}"},
    {"E435", "« ignore » doit lister des noms de colonnes, pas {0}",
     "\"ignore\" must list column names, got {0}"},
    {"E436",
     "« questionnaires » doit associer des identifiants de questionnaires à leurs colonnes, pas {0}",
     "\"questionnaires\" must map questionnaire ids to their columns, got {0}"},
    {"E437", "document plus grand que la limite de {0} octets",
     "document larger than the limit of {0} bytes"},
    {"E438", "entrée vide : aucun document de réponses sur l'entrée standard",
     "empty input: no answers document on the standard input"},
    {"E439",
     "ce fichier semble être un fichier YAML, pas un export CSV ; donnez les fichiers de réponses "
     "à batch sans --csv",
     "this looks like a YAML file, not a CSV export; give answers files to batch without --csv"},
    {"E440", "{0} (dans Excel : Enregistrer sous, « CSV UTF-8 ») ; rien n'a été évalué",
     "{0} (in Excel: Save As, \"CSV UTF-8\"); nothing was scored"},
    {"E441", "fichier vide ; attendu : une ligne d'en-tête, puis une ligne par réponse",
     "empty file; expected a header line, then one row per response"},
    {"E442", "impossible d'écrire le classeur : {0} : {1}", "cannot write the workbook: {0}: {1}"},
    {"E443",
     "la condition {0} n'a pas d'équivalent dans {1} : l'enquête ne peut pas additionner les "
     "heures du budget temps comme le fait medtime ; posez la question sans cette condition",
     "the condition {0} has no equivalent in {1}: the survey cannot add up the time budget's "
     "hours as medtime does; ask the question without this condition"},
    {"E444",
     "la question {0} de {1} recevrait le code LimeSurvey {2} de la question {3} de {4} ; "
     "renommez l'une des deux",
     "question {0} of {1} would get the LimeSurvey code {2} of question {3} of {4}; rename one "
     "of them"},
    {"E445",
     "rien à évaluer : donnez des fichiers de réponses, des dossiers, - ou --csv FICHIER --map "
     "CARTE",
     "nothing to score: give answers files, folders, - or --csv FILE --map MAP"},
    {"E446", "--csv ne se combine pas avec d'autres entrées ; lancez un batch par export",
     "--csv cannot be combined with other inputs; run one batch per export"},
    {"E447", "{0} s'utilise avec {1}", "{0} goes with {1}"},
    {"E448", "{0} demande {1}", "{0} needs {1}"},
    {"E449",
     "--complete-only s'utilise avec --csv FICHIER : les fichiers de réponses ne disent pas s'ils "
     "ont été envoyés",
     "--complete-only goes with --csv FILE: answers files do not say whether they were submitted"},
    {"E450", "--bom s'applique à --format csv", "--bom is for --format csv"},
    {"E451", "--format xlsx écrit les lignes et la synthèse : pas avec --summary-only",
     "--format xlsx writes the rows and the summary: not with --summary-only"},
    {"E452", "{0} écrit un classeur, pas du texte pour un terminal : donnez -o FICHIER.xlsx",
     "{0} writes a workbook, not text for a terminal: give -o FILE.xlsx"},
    {"E453",
     "--format text s'applique à --summary-only ; les lignes s'écrivent en csv, jsonl ou json",
     "--format text is for --summary-only; rows are csv, jsonl or json"},
    {"E454", "- (l'entrée standard) ne peut être donné qu'une fois",
     "- (standard input) can be given once"},
    {"E455", "fichier ou dossier introuvable", "no such file or folder"},
    {"E456",
     "une clé de pseudonymisation demande au moins 16 caractères, celle-ci en a {0} ; créez-en "
     "une avec `head -c 32 /dev/urandom | base64 > {1}`",
     "a pseudonymisation key needs at least 16 characters, this one has {0}; make one with "
     "`head -c 32 /dev/urandom | base64 > {1}`"},
    {"E457", "impossible d'ouvrir le fichier", "cannot open file"},
    {"E458", "-o et --map-out désignent le même fichier", "-o and --map-out name the same file"},
    {"E459", "impossible d'écrire le classeur : {0}", "cannot write the workbook: {0}"},
    {"E460", "impossible d'écrire le classeur : feuille {0}",
     "cannot write the workbook: worksheet {0}"},
    {"E461", "impossible d'écrire le classeur : libxlsxwriter n'a pas pu le créer",
     "cannot write the workbook: libxlsxwriter could not start it"},
    {"E462", "libxlsxwriter n'a pas pu créer de classeur",
     "libxlsxwriter could not start a workbook"},

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
    {"W050", "{0} : il manque le texte anglais", "{0} has no English text"},
    {"W051", "{0} : il manque le texte anglais (« en »)", "{0} has no English text (\"en\")"},

    // --- W100-W199: answers files -------------------------------------------
    {"W100",
     "les réponses sont pour la version {0} de {1}, mais le questionnaire est en version {2} ; "
     "les réponses sont rapprochées par identifiant de question",
     "answers are for version {0} of {1}, but the questionnaire is version {2}; answers are "
     "compared by question id"},

    // --- W200-W299: questionnaires, conditions, scoring profiles -----------
    {"W200", "la question {0} a des « scores » mais pas de dimension : elle n'est pas notée",
     "question {0} has \"scores\" but no dimension: it is not scored"},
    {"W201",
     "question {0} : la tranche de score sous {1} ne peut jamais être atteinte (le minimum est {2})",
     "question {0}: score band below {1} can never be reached (min is {2})"},
    {"W202", "la section {0} n'a pas de questions", "section {0} has no questions"},

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
    {"W400", "la colonne {0} n'est pas dans la carte ; {1} valeur(s) laissée(s) de côté",
     "column {0} is not in the map; {1} value(s) left out"},
    {"W401", "colonne {0} : code {1} inconnu dans {2} ligne(s) ; réponse laissée vide",
     "column {0}: unknown code {1} in {2} row(s); left unanswered"},
    {"W402", "{0} autre(s) code(s) inconnu(s) non listé(s)",
     "{0} more unknown code(s) not listed"},

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
