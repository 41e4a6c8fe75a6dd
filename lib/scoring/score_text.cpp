// Scores as text for a terminal, with `--explain`: each item's contribution.
#include "scoring/score_render.h"
#include "util/terminal.h"

#include <fmt/format.h>

#include "render/number.h"
#include "render/table.h"
#include "render/wrap.h"

namespace medtime {

namespace {

std::string_view state_text(AnswerState state, bool applicable, Lang lang) {
  if (!applicable) {
    return tr(lang, "non affichée", "not shown");
  }
  switch (state) {
  case AnswerState::given:
    return tr(lang, "répondu", "answered");
  case AnswerState::na:
    return tr(lang, "sans objet", "n/a");
  case AnswerState::missing:
    return tr(lang, "sans réponse", "unanswered");
  }
  return "?";
}

std::string explain_lever(const LeverScore& lever, Lang lang) {
  const Questionnaire& q = *lever.questionnaire;
  TextTable table({tr(lang, "question", "question"), tr(lang, "dimension", "dimension"),
                   tr(lang, "réponse", "answer"), tr(lang, "valeur", "value"),
                   tr(lang, "poids", "weight"), tr(lang, "points", "points")},
                  {TextTable::Align::left, TextTable::Align::left, TextTable::Align::left,
                   TextTable::Align::right, TextTable::Align::right, TextTable::Align::right});
  for (const auto& item : lever.items) {
    const Question& question = q.questions[static_cast<size_t>(item.question)];
    bool counted = item.applicable && item.state == AnswerState::given;
    if (!question.scored()) {
      continue;
    }
    std::string dimension = question.dimension == Dimension::maturity ? tr(lang, "maturité", "maturity")
                            : question.dimension == Dimension::readiness
                                ? tr(lang, "disposition", "readiness")
                                : "—";
    table.add_row({question.id, dimension, std::string(state_text(item.state, item.applicable, lang)),
                   counted ? format_number(item.value, 2, lang) : "—",
                   format_number(item.weight, 1, lang),
                   counted ? format_number(item.contribution, 1, lang) : "—"});
  }
  return table.render(2);
}

// Each reduction that holds, under the question that declares it: its
// category (and the answer that holds it), its share and the hours it would
// free alone; then H, the reductions combined per category.
std::string explain_reductions(const LeverScore& lever, const std::vector<Category>& categories,
                               Lang lang) {
  const Questionnaire& q = *lever.questionnaire;
  if (lever.reductions.empty()) {
    return "  " + std::string(tr(lang, "Aucune réduction ne s'applique.", "No reduction holds.")) +
           "\n";
  }
  TextTable table({tr(lang, "réductions (catégorie, réponse)", "reductions (category, answer)"),
                   tr(lang, "part", "share"), tr(lang, "h/sem.", "h/week")},
                  {TextTable::Align::left, TextTable::Align::right, TextTable::Align::right});
  int previous = -1;
  for (const auto& r : lever.reductions) {
    const Question& question = q.questions[static_cast<size_t>(r.question)];
    if (r.question != previous) {
      table.add_row({question.id, "", ""});
      previous = r.question;
    }
    std::string answer;
    if (r.option >= 0) {
      answer = question.options[static_cast<size_t>(r.option)].id;
    } else if (r.task >= 0) {
      // The row's level is the answer; its category is the row.
      answer = "";
    }
    std::string category = categories[static_cast<size_t>(r.category)].id;
    table.add_row({"  " + category + (answer.empty() ? "" : " (" + answer + ")"),
                   format_number(r.share, 2, lang), format_number(r.hours, 2, lang)});
  }
  std::string out = table.render(2);
  out += wrap_text(fmt::format("{} {} {}",
                               tr(lang, "Heures potentielles H (réductions combinées par catégorie) :",
                                  "Potential hours H (reductions combined per category):"),
                               format_number(lever.potential_hours, 2, lang),
                               tr(lang, "h/sem.", "h/week")),
                   80, "  ") +
         "\n";
  return out;
}

} // namespace

std::string band_text(const LeverScore& lever, Lang lang) {
  switch (lever.status) {
  case LeverStatus::scored:
    return lever.band != nullptr ? lever.band->label.get(lang) : "—";
  case LeverStatus::insufficient:
    return tr(lang, "réponses insuffisantes", "not enough answers");
  case LeverStatus::not_assessed:
    return tr(lang, "non évalué", "not assessed");
  case LeverStatus::not_concerned:
    return tr(lang, "non concerné", "not concerned");
  }
  return "—";
}


std::string budget_line(const ScoreSet& scores, Lang lang) {
  if (!scores.budget.answered) {
    return std::string(tr(lang, "Budget temps non renseigné : les heures des leviers ne sont pas "
                                "calculées (répondez au questionnaire temps).",
                          "Time budget not answered: the levers' hours are not computed (answer "
                          "the temps questionnaire)."));
  }
  return fmt::format("{} {} {} {} {}", tr(lang, "Heures en jeu, chaque heure comptée une fois :",
                                          "Hours at stake, each hour counted once:"),
                     format_number(scores.hours_at_stake, 1, lang), tr(lang, "h/sem. sur", "h/week of"),
                     format_number(scores.budget.total(), 1, lang),
                     tr(lang, "h/sem. déclarées au budget temps.", "h/week declared in the time budget."));
}

std::string render_score_text(const Assessment& assessment, const ScoreSet& scores,
                              const std::vector<Category>& categories, bool explain, Lang lang,
                              const Style& style) {
  std::string out;
  std::string who = assessment.respondent_id().empty() ? assessment.source : assessment.respondent_id();
  out += style.bold(who);
  if (!assessment.date.empty()) {
    out += " — " + assessment.date;
  }
  out += "\n\n";
  TextTable table({tr(lang, "levier", "lever"), tr(lang, "maturité", "maturity"),
                   tr(lang, "disposition", "readiness"), tr(lang, "h/sem.", "h/week"),
                   tr(lang, "niveau", "band"), tr(lang, "réponses", "answered")},
                  {TextTable::Align::left, TextTable::Align::right, TextTable::Align::right,
                   TextTable::Align::right, TextTable::Align::left, TextTable::Align::right});
  for (const auto& lever : scores.levers) {
    if (!lever.is_lever()) {
      continue;
    }
    bool assessed = lever.assessed();
    int answered = lever.maturity.answered + lever.readiness.answered;
    int applicable = lever.maturity.applicable + lever.readiness.applicable;
    table.add_row({lever.questionnaire->short_name(lang), format_score(lever.maturity.score, lang),
                   format_score(lever.readiness.score, lang),
                   assessed && scores.budget.answered ? format_number(lever.potential_hours, 1, lang)
                                                      : "—",
                   band_text(lever, lang),
                   assessed ? fmt::format("{}/{}", answered, applicable) : "—"});
  }
  out += table.render();
  out += "\n" + wrap_text(budget_line(scores, lang), 80) + "\n";
  TextTable supports({tr(lang, "condition de réussite", "condition of success"),
                      tr(lang, "maturité", "maturity"), tr(lang, "disposition", "readiness"),
                      tr(lang, "niveau", "band"), tr(lang, "réponses", "answered")},
                     {TextTable::Align::left, TextTable::Align::right, TextTable::Align::right,
                      TextTable::Align::left, TextTable::Align::right});
  bool any_support = false;
  for (const auto& lever : scores.levers) {
    if (!lever.is_support()) {
      continue;
    }
    any_support = true;
    int answered = lever.maturity.answered + lever.readiness.answered;
    int applicable = lever.maturity.applicable + lever.readiness.applicable;
    supports.add_row({lever.questionnaire->short_name(lang), format_score(lever.maturity.score, lang),
                      format_score(lever.readiness.score, lang), band_text(lever, lang),
                      lever.assessed() ? fmt::format("{}/{}", answered, applicable) : "—"});
  }
  if (any_support) {
    out += "\n" + supports.render();
  }
  if (explain) {
    for (const auto& lever : scores.levers) {
      if (!lever.is_scored() || !lever.assessed()) {
        continue;
      }
      out += "\n" + style.bold(lever.questionnaire->title.get(lang)) + "\n";
      out += explain_lever(lever, lang);
      if (scores.budget.answered && lever.is_lever()) {
        out += "\n" + explain_reductions(lever, categories, lang);
      }
    }
  }
  return visible_controls(out, style.color());
}

} // namespace medtime
