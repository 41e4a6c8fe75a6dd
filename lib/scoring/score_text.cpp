// Scores as text for a terminal, with `--explain`: each item's contribution.
#include "scoring/score_render.h"
#include "util/terminal.h"

#include <fmt/format.h>

#include "render/number.h"
#include "render/table.h"

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
                   tr(lang, "poids", "weight"), tr(lang, "points", "points"),
                   tr(lang, "h/sem.", "h/week")},
                  {TextTable::Align::left, TextTable::Align::left, TextTable::Align::left,
                   TextTable::Align::right, TextTable::Align::right, TextTable::Align::right,
                   TextTable::Align::right});
  for (const auto& item : lever.items) {
    const Question& question = q.questions[static_cast<size_t>(item.question)];
    bool counted = item.applicable && item.state == AnswerState::given;
    if (!question.scored() && item.hours == 0) {
      continue;
    }
    std::string dimension = question.dimension == Dimension::maturity ? tr(lang, "maturité", "maturity")
                            : question.dimension == Dimension::readiness
                                ? tr(lang, "disposition", "readiness")
                                : "—";
    table.add_row({question.id, dimension, std::string(state_text(item.state, item.applicable, lang)),
                   counted && question.scored() ? format_number(item.value, 2, lang) : "—",
                   question.scored() ? format_number(item.weight, 1, lang) : "—",
                   counted && question.scored() ? format_number(item.contribution, 1, lang) : "—",
                   item.hours > 0 ? format_number(item.hours, 1, lang) : "—"});
  }
  return table.render(2);
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
  }
  return "—";
}


std::string render_score_text(const Assessment& assessment, const ScoreSet& scores, bool explain,
                              Lang lang, const Style& style) {
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
    bool assessed = lever.status != LeverStatus::not_assessed;
    int answered = lever.maturity.answered + lever.readiness.answered;
    int applicable = lever.maturity.applicable + lever.readiness.applicable;
    table.add_row({lever.questionnaire->short_name(lang), format_score(lever.maturity.score, lang),
                   format_score(lever.readiness.score, lang),
                   assessed ? format_number(lever.potential_hours, 1, lang) : "—",
                   band_text(lever, lang),
                   assessed ? fmt::format("{}/{}", answered, applicable) : "—"});
  }
  out += table.render();
  if (explain) {
    for (const auto& lever : scores.levers) {
      if (lever.status == LeverStatus::not_assessed) {
        continue;
      }
      out += "\n" + style.bold(lever.questionnaire->title.get(lang)) + "\n";
      out += explain_lever(lever, lang);
    }
  }
  return visible_controls(out, style.color());
}

} // namespace medtime
