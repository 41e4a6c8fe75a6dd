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

    // --- E400-E499: batch, CSV exports, column maps, survey export ----------

    // --- E500-E599: review, objectives, team, check, show, ask --------------

    // --- W050-W099: files and YAML syntax -----------------------------------

    // --- W100-W199: answers files -------------------------------------------

    // --- W200-W299: questionnaires, conditions, scoring profiles -----------

    // --- W300-W399: plans, parameter sets, cost -----------------------------

    // --- W400-W499: batch, CSV exports, column maps, survey export ----------

    // --- W500-W599: review, objectives, team, check, show, ask --------------

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
