// The consensus answers file: the answers writer's output with the items to
// settle in the meeting as YAML comments before their answers.
#include "team/team.h"
#include "team/team_words.h"

#include <fmt/format.h>

namespace medtime {

namespace {

using namespace team_words;

// The header and, for each item to settle, its two lines: what was found
// with every member's answer, then what the consensus kept. Items are
// keyed by questionnaire index: the consensus's responses follow the set.
AnswerNotes consensus_notes(const Team& team, Lang lang) {
  AnswerNotes notes;
  std::string names;
  for (const auto& m : team.members) {
    names += (names.empty() ? "" : ", ") + m.name;
  }
  notes.header = {
    fmt::format(fmt::runtime(tr(lang, "Consensus de l'équipe ({}), écrit par medtime team.",
                                "The team's consensus ({}), written by medtime team.")),
                names),
    tr(lang,
       "Nombres, échelles et niveaux : la médiane (la plus basse des deux du milieu en "
       "nombre pair) ; choix : le plus fréquent ; choix multiples : les options de plus de "
       "la moitié des membres.",
       "Numbers, scales and levels: the median (the lower middle for an even count); "
       "choices: the most frequent; multiple choice: the options of more than half the "
       "members."),
    tr(lang,
       "« À trancher » : un désaccord ou une égalité à régler en réunion ; corrigez la "
       "réponse sous le commentaire s'il le faut.",
       "\"To settle\": a disagreement or a tie for the meeting; correct the answer below "
       "the comment if needed."),
  };
  for (const auto& item : team.items) {
    if (!item.to_settle()) {
      continue;
    }
    const Question& q = team.question(item);
    std::string answers;
    for (size_t m = 0; m < team.members.size(); ++m) {
      std::string v = value_id(q, item.row, item.values[m]);
      answers += fmt::format("{}{} {}", answers.empty() ? "" : " ; ", team.members[m].name,
                             v.empty() ? "—" : v);
    }
    notes.add(item.questionnaire, item.question, item.row,
              fmt::format("{} — {}{}{}", tr(lang, "À trancher", "To settle"),
                          finding(item, lang), tr(lang, " : ", ": "), answers));
    std::string kept = value_id(q, item.row, item.consensus);
    notes.add(item.questionnaire, item.question, item.row,
              kept.empty() ? tr(lang, "→ pas de réponse commune", "→ no common answer")
                           : fmt::format("→ {} {}", tr(lang, "retenu :", "kept:"), kept));
  }
  return notes;
}

} // namespace

std::string write_consensus(const Team& team, Lang lang) {
  AnswerNotes notes = consensus_notes(team, lang);
  return write_answers(team.consensus, {}, &notes);
}

} // namespace medtime
