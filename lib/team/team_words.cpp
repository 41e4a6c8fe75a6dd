#include "team/team_words.h"

#include "render/number.h"
#include "load/answers_writer.h"

#include <fmt/format.h>

namespace medtime::team_words {

namespace {

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    out += (out.empty() ? "" : std::string(sep)) + p;
  }
  return out;
}

std::vector<std::string> chosen(const Question& q, std::uint64_t choices, bool ids, Lang lang) {
  std::vector<std::string> out;
  for (size_t i = 0; i < q.options.size() && i < 64; ++i) {
    if ((choices >> i) & 1U) {
      out.push_back(ids ? q.options[i].id : q.options[i].label.get(lang));
    }
  }
  return out;
}

} // namespace

std::string item_id(const Team& team, const TeamItem& item) {
  const Question& q = team.question(item);
  std::string id = team.questionnaire(item).id + "." + q.id;
  if (item.row >= 0) {
    id += "." + q.tasks[static_cast<size_t>(item.row)].id;
  }
  return id;
}

std::string item_label(const Team& team, const TeamItem& item, Lang lang) {
  const Question& q = team.question(item);
  std::string text = q.text.get(lang);
  if (item.row >= 0) {
    text += " — " + q.tasks[static_cast<size_t>(item.row)].label.get(lang);
  }
  return text;
}

std::string value_id(const Question& q, int row, const TeamValue& v) {
  if (v.state == AnswerState::na) {
    return "na";
  }
  if (!v.given()) {
    return {};
  }
  switch (q.type) {
  case QuestionType::single:
    return yaml_scalar(q.options[static_cast<size_t>(v.choice)].id);
  case QuestionType::multiple:
    return "[" + join(chosen(q, v.choices, true, Lang::fr), ", ") + "]";
  case QuestionType::yesno:
    return v.choice == 1 ? "yes" : "no";
  case QuestionType::text:
    return yaml_scalar(v.text);
  case QuestionType::tasks:
    return row >= 0 ? q.levels[static_cast<size_t>(v.choice)].id : std::string();
  default:
    return fmt::format("{}", v.number);
  }
}

std::string value_label(const Question& q, int row, const TeamValue& v, Lang lang) {
  if (v.state == AnswerState::na) {
    return tr(lang, "non applicable", "not applicable");
  }
  if (!v.given()) {
    return "—";
  }
  switch (q.type) {
  case QuestionType::single:
    return q.options[static_cast<size_t>(v.choice)].label.get(lang);
  case QuestionType::multiple: {
    auto labels = chosen(q, v.choices, false, lang);
    // In French a no-break space before ";": no line starts with it.
    return labels.empty() ? std::string(tr(lang, "aucune option", "no option"))
                          : join(labels, tr(lang, "\u00a0; ", "; "));
  }
  case QuestionType::yesno:
    return v.choice == 1 ? tr(lang, "oui", "yes") : tr(lang, "non", "no");
  case QuestionType::text:
    return v.text;
  case QuestionType::tasks:
    return row >= 0 ? q.levels[static_cast<size_t>(v.choice)].label.get(lang) : std::string();
  case QuestionType::budget:
    // No-break spaces: a number stays with its unit.
    return format_short(v.number, lang) + tr(lang, "\u00a0h/sem.", "\u00a0h/week");
  case QuestionType::scale:
    return fmt::format("{}\u00a0/\u00a0{}", format_short(v.number, lang), format_short(q.max, lang));
  case QuestionType::number: {
    std::string unit = q.unit.get(lang);
    return format_short(v.number, lang) + (unit.empty() ? "" : "\u00a0" + unit);
  }
  }
  return {};
}

std::string finding(const TeamItem& item, Lang lang) {
  std::vector<std::string> parts;
  switch (item.agreement) {
  case Agreement::disagreement:
    parts.push_back(item.steps && *item.steps > 1
                      ? fmt::format(fmt::runtime(tr(lang, "désaccord ({} crans d'écart)",
                                                    "disagreement ({} steps apart)")),
                                    *item.steps)
                      : tr(lang, "désaccord", "disagreement"));
    break;
  case Agreement::close:
    if (item.personal) {
      parts.push_back(tr(lang, "propre à chacun", "each member's own"));
    } else if (!item.to_settle()) {
      parts.push_back(tr(lang, "réponses proches", "close answers"));
    }
    break;
  case Agreement::unanimous:
    parts.push_back(tr(lang, "unanimes", "unanimous"));
    break;
  case Agreement::unanswered:
    parts.push_back(tr(lang, "sans réponse", "unanswered"));
    break;
  }
  if (item.tie) {
    parts.push_back(tr(lang, "égalité", "tie"));
  }
  if (item.texts_differ) {
    parts.push_back(tr(lang, "textes différents", "different texts"));
  }
  return join(parts, ", ");
}

std::string summary(const Team& team, Lang lang) {
  size_t groups[3] = { 0, 0, 0 };
  for (const auto& i : team.items) {
    ++groups[agenda_group(i)];
  }
  size_t disagreements = team.count(Agreement::disagreement);
  return fmt::format(
    fmt::runtime(tr(lang,
                    "{} réponses comparées : {} à trancher ({} désaccord(s), {} égalité(s) ou "
                    "texte(s) différent(s)), {} proches ou propres à chacun, {} unanimes ou sans "
                    "réponse.",
                    "{} answers compared: {} to settle ({} disagreement(s), {} tie(s) or "
                    "different text(s)), {} close or each member's own, {} unanimous or "
                    "unanswered.")),
    team.items.size(), groups[0], disagreements, groups[0] - disagreements, groups[1], groups[2]);
}

std::vector<size_t> answered_levers(const Team& team) {
  std::vector<size_t> out;
  for (size_t i = 0; i < team.set->size(); ++i) {
    if (team.set->items()[i].kind == QuestionnaireKind::budget) {
      continue;
    }
    bool any = team.consensus.responses[i].questionnaire != nullptr;
    for (const auto& m : team.members) {
      any = any || m.assessment.responses[i].questionnaire != nullptr;
    }
    if (any) {
      out.push_back(i);
    }
  }
  return out;
}

std::string maturity_text(const LeverScore& score, Lang lang) {
  return format_score(score.maturity.score, lang);
}

int agenda_group(const TeamItem& item) {
  if (item.to_settle()) {
    return 0;
  }
  return item.agreement == Agreement::close ? 1 : 2;
}

} // namespace medtime::team_words
