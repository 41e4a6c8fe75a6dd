#include "report/report_words.h"

#include <fmt/format.h>

#include "model/answers.h"
#include "render/number.h"
#include "scoring/score_render.h"
#include "render/style.h"
#include "render/wrap.h"

namespace medtime {

namespace {

// A no-break space (U+00A0): keeps a number with its unit, a term's points
// with its phrase, a "+" with the term it adds, when a line wraps.
constexpr const char* k_nbsp = "\u00a0";

} // namespace

std::string figure(double value, Lang lang) {
  return format_number(value, k_report_decimals, lang);
}

std::string figure(const std::optional<double>& value, Lang lang) {
  return value ? figure(*value, lang) : "—";
}

std::string hours_number(double value, Lang lang) {
  return format_short(value, lang);
}

std::string gain_range(double min, double max, Lang lang) {
  std::string unit = std::string(k_nbsp) + tr(lang, "h/sem.", "h/week");
  if (min == max) {
    return hours_number(min, lang) + unit;
  }
  return hours_number(min, lang) + "–" + hours_number(max, lang) + unit;
}

std::string effort_word(Effort effort, Lang lang) {
  switch (effort) {
  case Effort::low:
    return tr(lang, "faible", "low");
  case Effort::medium:
    return tr(lang, "moyen", "medium");
  case Effort::high:
    return tr(lang, "élevé", "high");
  }
  return "?";
}

std::string maturity_phrase(const ReportLever& lever, Lang lang) {
  switch (level_of(lever.maturity.value_or(0))) {
  case Level::low:
    return tr(lang, "maturité faible", "low maturity");
  case Level::medium:
    return tr(lang, "maturité moyenne", "medium maturity");
  case Level::high:
    return tr(lang, "maturité élevée", "high maturity");
  }
  return "?";
}

std::string readiness_phrase(const ReportLever& lever, const Profile& profile, Lang lang) {
  std::string assumed = hours_number(profile.default_readiness, lang);
  switch (lever.readiness_source) {
  case ReadinessSource::no_answers:
    return fmt::format(fmt::runtime(tr(lang, "disposition à agir supposée à {}, sans réponse",
                                       "readiness assumed {}, no readiness answers")),
                       assumed);
  case ReadinessSource::insufficient:
    return fmt::format(fmt::runtime(tr(lang, "disposition à agir supposée à {}, trop peu de réponses",
                                       "readiness assumed {}, not enough readiness answers")),
                       assumed);
  case ReadinessSource::answered:
    break;
  }
  switch (level_of(lever.readiness_used)) {
  case Level::low:
    return tr(lang, "disposition à agir faible", "weak readiness");
  case Level::medium:
    return tr(lang, "disposition à agir moyenne", "moderate readiness");
  case Level::high:
    return tr(lang, "disposition à agir forte", "strong readiness");
  }
  return "?";
}

std::string hours_phrase(const ReportLever& lever, const Profile& profile, Lang lang) {
  if (lever.potential_hours == 0) {
    return tr(lang, "aucune heure en jeu déclarée", "no hours at stake reported");
  }
  std::string text = fmt::format(
      fmt::runtime(tr(lang, "environ {}\u00a0h/sem. en jeu", "about {}\u00a0h/week at stake")),
      figure(lever.potential_hours, lang));
  if (lever.hours_capped) {
    text += fmt::format(fmt::runtime(tr(lang, ", comptées jusqu'à {}", ", counted up to {}")),
                        hours_number(profile.reference_hours, lang) + k_nbsp + "h");
  }
  return text;
}

std::string term_text(double points, const std::string& phrase, Lang lang) {
  return figure(points, lang) + k_nbsp + "(" + phrase + ")";
}

std::string why_sentence(const ReportLever& lever, const Profile& profile, Lang lang) {
  const PriorityTerms& t = *lever.terms;
  std::string plus = std::string(" +") + k_nbsp;
  return term_text(t.maturity, maturity_phrase(lever, lang), lang) + plus +
         term_text(t.readiness, readiness_phrase(lever, profile, lang), lang) + plus +
         term_text(t.hours, hours_phrase(lever, profile, lang), lang) + " =" + k_nbsp +
         figure(t.priority, lang);
}

std::string state_text(const ReportLever& lever, Lang lang) {
  return band_text(lever.score, lang);
}

std::string unranked_text(const ReportLever& lever, Lang lang) {
  const Questionnaire& q = lever.questionnaire();
  if (lever.score.status == LeverStatus::not_assessed) {
    return fmt::format(
        fmt::runtime(tr(lang, "Vous n'avez pas encore répondu au questionnaire « {} ». Pour y "
                              "répondre :",
                        "You have not answered the \"{}\" questionnaire yet. To answer it:")),
        q.short_name(lang));
  }
  const DimensionScore& m = lever.score.maturity;
  if (m.applicable == 0) {
    return tr(
        lang,
        "Aucune question de maturité ne s'applique à votre situation : ce levier ne peut pas "
        "être classé.",
        "No maturity question applies to your situation, so this lever cannot be ranked.");
  }
  // French puts 0 and 1 in the singular.
  const char* fr =
      m.answered <= 1
          ? "Pas assez de réponses pour le classer : {} question de maturité répondue sur\u00a0{}. "
            "Pour compléter le questionnaire « {} » :"
          : "Pas assez de réponses pour le classer : {} questions de maturité répondues "
            "sur\u00a0{}. Pour compléter le questionnaire « {} » :";
  return fmt::format(
      fmt::runtime(tr(lang, fr,
                      "Not enough answers to rank it: {} of\u00a0{} maturity questions answered. "
                      "To complete the \"{}\" questionnaire:")),
      m.answered, m.applicable, q.short_name(lang));
}

std::vector<std::string> completion_command(const Report& report, const ReportLever& lever) {
  if (lever.score.status != LeverStatus::not_assessed && lever.score.maturity.applicable == 0) {
    return {};
  }
  std::string file = report.source.empty() || report.source == "-" ? "reponses.yaml" : report.source;
  // `ask` resumes an existing file at its first unanswered question.
  return { "medtime", "ask", lever.questionnaire().id, "-o", shell_quote(file) };
}

std::string respondent_name(const Report& report) {
  return report.respondent_id.empty() ? report.source : report.respondent_id;
}

std::string respondent_details(const Report& report) {
  std::string out;
  for (const auto& [key, value] : report.respondent) {
    if (key != "id" && !value.empty()) {
      out += (out.empty() ? "" : " · ") + value;
    }
  }
  return out;
}

std::string how_to_read(const Profile& p, Lang lang) {
  return fmt::format(
      fmt::runtime(tr(
          lang,
          "Comment lire ce rapport : la priorité, sur 100, additionne trois parts. Ce qui reste à "
          "faire compte jusqu'à {} points (un levier encore inutilisé, de maturité 0). Votre "
          "disposition à agir (envie, temps et moyens) compte jusqu'à {} points ; sans réponse, "
          "elle est supposée à {}. Les heures par semaine que le levier pourrait libérer comptent "
          "jusqu'à {} points, atteints à {} h/sem. Sous chaque levier, les actions sont classées "
          "par heures gagnées pour l'effort demandé (faible 1, moyen 2, élevé 3).",
          "How to read this report: the priority, out of 100, adds up three parts. What remains to "
          "be done counts for up to {} points (a lever not used yet, maturity 0). Your readiness, "
          "the will and means to act, counts for up to {} points; without answers it is assumed "
          "to be {}. The hours per week the lever could free count for up to {} points, reached at "
          "{} h/week. Under each lever, actions are ordered by hours gained for the effort they "
          "take (low 1, medium 2, high 3).")),
      hours_number(100 * p.maturity_weight, lang), hours_number(100 * p.readiness_weight, lang),
      hours_number(p.default_readiness, lang), hours_number(100 * p.hours_weight, lang),
      hours_number(p.reference_hours, lang));
}

std::string profile_line(const Profile& profile, Lang lang) {
  std::string source =
      profile.source == "default" ? tr(lang, "par défaut", "default") : profile.source;
  return tr(lang, "Profil de pondération : ", "Scoring profile: ") + source;
}

std::string plan_gain_text(const Report& report, Lang lang) {
  // "h/sem." already ends the French sentence; "h/week" takes the full stop.
  std::string gain = gain_range(report.plan_gain_min, report.plan_gain_max, lang);
  switch (report.plan.size()) {
  case 0:
    return tr(lang, "Vos réponses ne déclenchent aucune action qui libère du temps.",
              "Your answers trigger no action that frees time.");
  case 1:
    return fmt::format(fmt::runtime(tr(lang, "Cette action devrait vous libérer {}",
                                       "This action should free {}.")),
                       gain);
  case 2:
    return fmt::format(fmt::runtime(tr(lang, "Ensemble, ces deux actions devraient vous libérer {} "
                                             "(une heure que deux actions visent n'est comptée "
                                             "qu'une fois).",
                                       "Together, these two actions should free {} (an hour "
                                       "both aim at is counted once).")),
                       gain);
  default:
    return fmt::format(
        fmt::runtime(tr(lang, "Ensemble, ces trois actions devraient vous libérer {} (une heure "
                              "que plusieurs actions visent n'est comptée qu'une fois).",
                        "Together, these three actions should free {} (an hour several "
                        "actions aim at is counted once).")),
        gain);
  }
}

std::string total_text(const Report& report, Lang lang) {
  if (!report.budget_answered) {
    return tr(lang, "Votre budget temps n'est pas renseigné : aucune heure n'est calculée.",
              "Your time budget is not answered: no hours are computed.");
  }
  if (report.assessed_levers == 0) {
    return tr(lang, "Aucun levier n'est encore évalué.", "No lever is assessed yet.");
  }
  return fmt::format(
      fmt::runtime(tr(lang,
                      "En tout, {}\u00a0h/sem. sont en jeu sur les {}\u00a0h/sem. de votre "
                      "budget temps, chaque heure comptée une fois même quand plusieurs leviers "
                      "peuvent la libérer.",
                      "In all, {}\u00a0h/week are at stake out of the {}\u00a0h/week of your time "
                      "budget, each hour counted once even when several levers could free it.")),
      figure(report.hours_at_stake, lang), figure(report.budget_hours, lang));
}

std::string budget_title(Lang lang) {
  return tr(lang, "Où va votre temps", "Where your time goes");
}

std::string budget_intro(Lang lang) {
  return tr(lang,
            "Vos heures par semaine dans chaque catégorie (barre claire) et la part que les leviers "
            "pourraient libérer (barre foncée), chaque heure comptée une fois.",
            "Your hours per week in each category (light bar) and the part the levers could free "
            "(dark bar), each hour counted once.");
}

std::string caution_text(Lang lang) {
  return tr(lang,
            "Le temps libéré ne doit jamais être pris sur le temps passé avec chaque patient : il "
            "sert à voir plus de patients, à mieux les voir ou à souffler. Avant de déléguer une "
            "tâche, demandez-vous si elle doit exister : une tâche supprimée libère plus de temps "
            "qu'une tâche confiée à quelqu'un.",
            "Freed time must never come out of the time spent with each patient: it is for seeing "
            "more patients, seeing them better or breathing. Before delegating a task, ask whether "
            "it needs to exist: a task dropped frees more time than a task handed to someone.");
}

std::string long_date(const std::string& iso, Lang lang) {
  static const char* const k_fr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                     "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  static const char* const k_en[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
  if (!is_iso_date(iso)) {
    return iso;
  }
  int month = std::stoi(iso.substr(5, 2));
  int day = std::stoi(iso.substr(8, 2));
  const char* name = lang == Lang::fr ? k_fr[month - 1] : k_en[month - 1];
  return lang == Lang::fr ? fmt::format("{}{} {} {}", day, day == 1 ? "er" : "", name, iso.substr(0, 4))
                          : fmt::format("{} {} {}", day, name, iso.substr(0, 4));
}

std::string next_review_text(const Report& report, Lang lang) {
  if (report.next_review.empty()) {
    return tr(lang,
              "Prochaine auto-évaluation : dans trois mois, pour mesurer le chemin parcouru.",
              "Next self-assessment: in three months, to measure the progress made.");
  }
  return fmt::format(fmt::runtime(tr(lang,
                                     "Prochaine auto-évaluation : le {}, pour mesurer le chemin "
                                     "parcouru (repartez de ce fichier de réponses).",
                                     "Next self-assessment: {}, to measure the progress made "
                                     "(start from this answers file).")),
                     long_date(report.next_review, lang));
}

std::string budget_row_text(const BudgetRow& row, Lang lang) {
  std::string text = fmt::format("{}\u00a0h", figure(row.hours, lang));
  if (row.at_stake > 0) {
    text += fmt::format(fmt::runtime(tr(lang, ", dont {}\u00a0h en jeu", ", {}\u00a0h at stake")),
                        figure(row.at_stake, lang));
  }
  return text;
}

std::string report_title(Lang lang) {
  return tr(lang, "Vos priorités pour libérer du temps médical",
            "Your priorities to free medical time");
}

std::string levers_intro(const Report& report, Lang lang) {
  bool ranked = !report.levers.empty() && report.levers.front().rank.has_value();
  if (!ranked) {
    return tr(
        lang,
        "Aucun levier n'a encore assez de réponses pour être classé : complétez vos réponses. "
        "En attendant, voici ce qu'elles suggèrent déjà.",
        "No lever has enough answers to be ranked yet: complete your answers. "
        "Meanwhile, here is what they already suggest.");
  }
  return tr(lang, "Par où commencer ? Vos leviers, du plus prioritaire au moins prioritaire.",
            "Where to start? Your levers, from the highest priority to the lowest.");
}

std::string why_label(Lang lang) {
  return tr(lang, "Pourquoi ce rang :", "Why this rank:");
}

std::string actions_label(Lang lang) {
  return tr(lang, "Actions, de la plus rentable à la plus coûteuse :",
            "Actions, the best return for the effort first:");
}

std::string plan_reason(const Report& report, const PlanItem& item, Lang lang) {
  const ReportLever& lever = report.levers[item.lever];
  std::string name = lever.questionnaire().short_name(lang);
  if (item.reason == PlanReason::lever_rank && lever.rank) {
    return fmt::format(fmt::runtime(tr(lang, "levier classé {}\u00a0: {}", "lever ranked {}: {}")),
                       *lever.rank, name);
  }
  return fmt::format(fmt::runtime(tr(lang, "en complément\u00a0: {}", "added: {}")), name);
}

std::string plan_title(const Report& report, Lang lang) {
  switch (report.plan.size()) {
  case 0:
    return tr(lang, "Votre plan", "Your plan");
  case 1:
    return tr(lang, "Votre plan : l'action à lancer d'abord",
              "Your plan: the action to start with");
  case 2:
    return tr(lang, "Votre plan : les deux actions à lancer d'abord",
              "Your plan: the two actions to start with");
  default:
    return tr(lang, "Votre plan : les trois actions à lancer d'abord",
              "Your plan: the three actions to start with");
  }
}

std::string lever_summary(const ReportLever& lever, Lang lang) {
  std::string text;
  if (lever.terms) {
    text =
        fmt::format(fmt::runtime(tr(lang, "Priorité {} sur 100 · ", "Priority {} out of 100 · ")),
                    figure(lever.terms->priority, lang));
  }
  text += state_text(lever, lang);
  if (lever.score.status == LeverStatus::not_assessed) {
    return text;
  }
  return text + fmt::format(fmt::runtime(tr(lang, " · maturité {} · disposition à agir {}",
                                            " · maturity {} · readiness {}")),
                            figure(lever.maturity, lang), figure(lever.readiness, lang));
}

std::string action_meta(const ReportAction& action, Lang lang) {
  if (action.shown.high <= 0) {
    return fmt::format(fmt::runtime(tr(lang, "effort {} · pas de gain de temps direct",
                                       "{} effort · no direct time saving")),
                       effort_word(action.action->effort, lang));
  }
  return fmt::format(fmt::runtime(tr(lang, "effort {} · gain {}", "{} effort · saves {}")),
                     effort_word(action.action->effort, lang),
                     gain_range(action.shown.low, action.shown.high, lang));
}

std::string plan_item_meta(const PlanItem& item, Lang lang) {
  std::string text =
      fmt::format(fmt::runtime(tr(lang, "effort {} · gain {}", "{} effort · saves {}")),
                  effort_word(item.action->effort, lang),
                  gain_range(item.gain.low, item.gain.high, lang));
  if (item.marginal.low != item.gain.low || item.marginal.high != item.gain.high) {
    text += fmt::format(fmt::runtime(tr(lang, ", dont {} de plus que les actions au-dessus",
                                        ", {} more than the actions above")),
                        gain_range(item.marginal.low, item.marginal.high, lang));
  }
  return text;
}

std::string prerequisite_text(const Prerequisite& p, Lang lang) {
  if (!p.known) {
    return fmt::format(fmt::runtime(tr(lang, "À vérifier d'abord : {} ({}, effort {}) — "
                                             "questionnaire {} non rempli",
                                       "Check first: {} ({}, {} effort) — questionnaire {} "
                                       "not answered")),
                       p.action->title.get(lang), p.area->short_name(lang),
                       effort_word(p.action->effort, lang), p.area->id);
  }
  return fmt::format(fmt::runtime(tr(lang, "D'abord : {} ({}, effort {})",
                                     "First: {} ({}, {} effort)")),
                     p.action->title.get(lang), p.area->short_name(lang),
                     effort_word(p.action->effort, lang));
}

std::string supports_title(Lang lang) {
  return tr(lang, "Conditions de réussite", "Conditions of success");
}

std::string supports_intro(Lang lang) {
  return tr(lang,
            "La façon dont le cabinet est organisé et animé conditionne les leviers : ces "
            "domaines ne sont pas classés et ne libèrent pas d'heures par eux-mêmes ; leurs "
            "actions figurent dans le plan quand une action en a besoin.",
            "How the practice is run underpins the levers: these areas are not ranked and free "
            "no hours by themselves; their actions appear in the plan when an action needs "
            "them.");
}

std::string support_summary(const ReportSupport& support, Lang lang) {
  switch (support.score.status) {
  case LeverStatus::not_concerned:
    return tr(lang, "Non concerné d'après vos réponses (exercice, personnel, rôle).",
              "Not concerned, from your answers (practice, staff, role).");
  case LeverStatus::not_assessed:
    return fmt::format(fmt::runtime(tr(lang, "Non évalué : medtime ask {} pour le compléter.",
                                       "Not assessed: medtime ask {} to complete it.")),
                       support.questionnaire().id);
  case LeverStatus::insufficient:
    return tr(lang, "Réponses insuffisantes pour un score.", "Not enough answers for a score.");
  case LeverStatus::scored:
    break;
  }
  std::string text = fmt::format(fmt::runtime(tr(lang, "Maturité {} · {}", "Maturity {} · {}")),
                                 figure(support.maturity, lang),
                                 support.score.band != nullptr ? support.score.band->label.get(lang)
                                                               : std::string("—"));
  if (support.readiness) {
    text += fmt::format(fmt::runtime(tr(lang, " · disposition à agir {}", " · readiness {}")),
                        figure(support.readiness, lang));
  }
  return text;
}

std::string support_action_meta(const Action& action, Lang lang) {
  return fmt::format(fmt::runtime(tr(lang, "effort {}", "{} effort")),
                     effort_word(action.effort, lang));
}

} // namespace medtime
