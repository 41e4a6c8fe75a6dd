// The cost sheet's sentences, shared by every format: the verdict, the
// warnings and the notes of a derived plan.
#include "cost/cost_render.h"
#include "cost/cost_words.h"
#include "render/number.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace medtime {

namespace cw = cost_words;
using cost_words::trf;

namespace {

// What the aid's conditions change to the verdict, or "".
std::string aid_caveat(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  double missed = sheet.last_year().cumulative_net_if_target_missed;
  std::string out;
  bool to_check = std::any_of(in.staff.begin(), in.staff.end(), [](const StaffCost& s) {
    return s.aid != Aid::none && s.aid_check.status == AidStatus::to_check;
  });
  if (to_check) {
    out += tr(lang,
              " L'aide CNAM y est comptée sans que le secteur ou la patientèle aient été "
              "vérifiés.",
              " The CNAM aid is counted without the sector or patient list being checked.");
  }
  if (std::abs(missed - sheet.last_year().cumulative_net) > 0.5) {
    out += trf(lang,
               " Si l'engagement de patientèle n'est pas tenu, le net cumulé tombe à {}.",
               " If the patient-list commitment is missed, the cumulative net falls to {}.",
               cw::money(missed, lang));
  }
  return out;
}

std::string verdict_core(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  const YearResult& last = sheet.last_year();
  int horizon = last.year;
  if (last.cumulative_net >= -1e-9) {
    std::string when = !sheet.payback_year ? std::string()
                       : *sheet.payback_year == 1
                         ? std::string(tr(lang, "dès la première année", "from the first year"))
                         : trf(lang, "à partir de l'année {}", "from year {}", *sheet.payback_year);
    std::string text =
      trf(lang,
          "Sur {} an{}, la délégation est rentable : {} de net cumulé, rentabilisée {}",
          "Over {} year{}, delegating pays: {} of cumulative net, paid back {}",
          horizon,
          horizon > 1 ? "s" : "",
          cw::money(last.cumulative_net, lang),
          when);
    if (last.net < 0) {
      text += trf(lang,
                  ", mais l'année {} est déficitaire ({}) une fois l'aide réduite",
                  ", but year {} runs a loss ({}) once the aid is lower",
                  horizon,
                  cw::money(last.net, lang));
    }
    return text + ".";
  }
  return trf(
    lang,
    "Sur {} an{}, la délégation coûte {} de plus qu'elle ne rapporte ; pour équilibrer l'année {}, "
    "il faudrait {} consultations de plus par semaine, et le plan en prévoit {}.",
    "Over {} year{}, delegating costs {} more than it brings; to break even in year {} it would "
    "take {} extra consultations a week, and the plan expects {}.",
    horizon,
    horizon > 1 ? "s" : "",
    cw::money(-last.cumulative_net, lang),
    horizon,
    format_number(last.break_even, 1, lang),
    format_number(sheet.last_year_weekly_consultations(in.weeks_per_year.value), 1, lang));
}

} // namespace

std::string cost_verdict(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  return verdict_core(in, sheet, lang) + aid_caveat(in, sheet, lang);
}


std::string cost_warning_text(const CostWarning& w, const CostInputs& in, Lang lang) {
  std::string h = tr(lang, "h/sem.", "h/week");
  switch (w.kind) {
    case CostWarningKind::supervision_exceeds_delegated:
      return trf(lang,
                 "La supervision ({} {}) dépasse les heures déléguées ({} {}) : la délégation vous "
                 "prend du temps au lieu d'en libérer.",
                 "Supervision ({} {}) exceeds the delegated hours ({} {}): delegating takes time "
                 "from you instead of freeing it.",
                 format_number(w.value, 1, lang),
                 h,
                 format_number(w.limit, 1, lang),
                 h);
    case CostWarningKind::capacity_over:
      return trf(lang,
                 "{} reçoit plus que son contrat ({} % de {} {}) : les {} {} de trop ne sont pas "
                 "comptées comme libérées. Augmentez le temps de travail ou déléguez moins.",
                 "{} is given more than the contract ({}% of {} {}): the {} {} over it are not "
                 "counted as freed. Raise the working time or delegate less.",
                 w.staff,
                 format_number(w.value * 100, 0, lang),
                 format_number(w.limit, 1, lang),
                 h,
                 format_number(w.value * w.limit - w.limit, 1, lang),
                 h);
    case CostWarningKind::capacity_under:
      return trf(lang,
                 "{} n'utilise que {} % de son contrat ({} {}) : un temps de travail plus court ou "
                 "d'autres tâches.",
                 "{} uses only {}% of the contract ({} {}): a shorter working time, or more tasks.",
                 w.staff,
                 format_number(w.value * 100, 0, lang),
                 format_number(w.limit, 1, lang),
                 h);
    case CostWarningKind::delegated_exceeds_doctor_week:
      return trf(
        lang,
        "Le plan délègue {} {}, plus que la semaine de travail d'un généraliste ({} {}, {}) : "
        "vérifiez les heures.",
        "The plan delegates {} {}, more than a GP's working week ({} {}, {}): check the hours.",
        format_number(w.value, 1, lang),
        h,
        format_number(w.limit, 0, lang),
        h,
        cw::origin_text(in, in.doctor_hours_per_week, lang));
    case CostWarningKind::no_staff:
      return tr(lang,
                "Le plan ne nomme aucun personnel : les heures déléguées sont comptées comme "
                "libérées, sans coût.",
                "The plan names no staff: the delegated hours count as freed, at no cost.");
  }
  return {};
}

namespace {

std::string hours_text(double hours, Lang lang) {
  return format_number(hours, hours == static_cast<int>(hours) ? 0 : 1, lang);
}

} // namespace

std::string plan_note_text(const PlanNote& note, Lang lang) {
  using Kind = PlanNote::Kind;
  const auto& n = note.numbers;
  switch (note.kind) {
  case Kind::fte_from_hours:
    return trf(lang,
               "etp_envisage sans réponse : {} ETP, le plus petit temps de travail ({} h/sem. "
               "par ETP) qui couvre les {} h déléguées.",
               "etp_envisage unanswered: {} FTE, the smallest working time ({} h/week per FTE) "
               "that covers the {} delegated hours.",
               format_number(n.at(0), 2, lang),
               hours_text(n.at(1), lang),
               hours_text(n.at(2), lang));
  case Kind::no_aid_fte:
    return trf(lang,
               "Pas d'aide CNAM à {} ETP : elle existe pour 0,5 ou 1 ETP (le contrat à 1/3 "
               "d'ETP est fermé aux nouveaux médecins depuis mai 2023).",
               "No CNAM aid at {} FTE: it exists for 0.5 or 1 FTE (the 1/3 FTE contract "
               "is closed to new doctors since May 2023).",
               format_number(n.at(0), 2, lang));
  case Kind::no_aid_role:
    return tr(lang,
              "Pas d'aide : l'aide CNAM à l'emploi est réservée aux assistants médicaux.",
              "No aid: the CNAM employment aid is for medical assistants only.");
  case Kind::no_aid_provider:
    return tr(lang,
              "Pas d'aide : un prestataire extérieur n'ouvre pas droit à l'aide CNAM.",
              "No aid: an outside provider does not qualify for the CNAM aid.");
  case Kind::kept_by_provider:
    return trf(lang,
               "Restent chez vous : {} — un télésecrétariat ne prend que le téléphone et les "
               "rendez-vous.",
               "Left with you: {} — a remote secretariat takes only the phone and appointments.",
               fmt::join(note.ids, ", "));
  case Kind::kept_by_secretary:
    return trf(lang,
               "Reste chez vous : {} — un(e) secrétaire ne prépare pas les patients ; un "
               "assistant médical ou un infirmier le peut.",
               "Left with you: {} — a secretary does not prepare patients; a medical assistant "
               "or a nurse can.",
               fmt::join(note.ids, ", "));
  case Kind::incomplete_tasks:
    return trf(lang,
               "Réponses incomplètes : {} tâches sur {} sans niveau de délégation. Le bilan ne "
               "compte que les tâches renseignées ; complétez le questionnaire délégation pour un "
               "bilan fiable.",
               "Incomplete answers: {} of {} tasks have no delegation level. The sheet counts "
               "only the tasks answered; complete the delegation questionnaire for a reliable "
               "sheet.",
               n.at(0),
               n.at(1));
  case Kind::upskilled_secretary:
    return tr(lang,
              "Secrétaire déjà en poste qui devient assistante médicale : l'aide CNAM est "
              "comptée, mais son bénéfice dans ce cas n'est pas confirmé ; demandez à votre "
              "CPAM. Tout le salaire est compté comme un coût nouveau : si elle est déjà "
              "salariée, seul le surcoût compte (écrivez-le dans un plan, --plan).",
              "A secretary already in post becoming a medical assistant: the CNAM aid is "
              "counted, but whether it applies in this case is not confirmed; ask your CPAM. "
              "The whole salary is counted as a new cost: if she is already employed, only the "
              "extra cost counts (write it in a plan, --plan).");
  case Kind::calls_from_hours:
    return trf(lang,
               "Télésecrétariat payé à l'appel : {} h/sem. de téléphone et de rendez-vous × {} "
               "appels par heure × 52 / 12 = {} appels par mois. Remplacez-les par le devis du "
               "prestataire (calls_per_month, price_per_call ou monthly_fee dans le plan).",
               "Tele-secretariat paid by the call: {} h/week of phone and appointments × {} calls "
               "an hour × 52 / 12 = {} calls a month. Replace them with the provider's quote "
               "(calls_per_month, price_per_call or monthly_fee in the plan).",
               hours_text(n.at(0), lang),
               format_number(n.at(1), 0, lang),
               format_number(n.at(2), 0, lang));
  case Kind::reinvest_from_use:
    return trf(lang,
               "Part du temps libéré convertie en consultations : {} %, d'après l'usage que vous "
               "prévoyez du temps libéré (budget temps : {}). Changez reinvest_share dans le "
               "plan si elle ne vous convient pas.",
               "Share of freed time turned into consultations: {} %, from what you plan to do "
               "with freed time (time budget: {}). Change reinvest_share in the plan if it does "
               "not suit you.",
               format_number(100 * n.at(0), 0, lang), note.ids.at(0));
  case Kind::shared_employee:
    return tr(lang,
              "Salarié partagé : le coût compté est votre part, au temps de travail choisi, "
              "comme pour une secrétaire ; l'aide CNAM va à l'employeur (le confrère ou le "
              "groupement d'employeurs), pas à vous.",
              "Shared employee: the cost counted is your share, at the working time chosen, as "
              "for a secretary; the CNAM aid goes to the employer (the colleague or the "
              "employer group), not to you.");
  }
  return {};
}

} // namespace medtime
