// The staff of a cost sheet in words, for every format: how each member's
// cost is made, the CNAM aid with its eligibility and commitment, and the
// other costs.
#include "cost/cost_words.h"
#include "render/number.h"

#include <fmt/format.h>

namespace medtime::cost_words {

namespace {

std::string aid_line(const CostInputs& in, const StaffCost& s, Lang lang) {
  return trf(lang,
             "    aide CNAM assistant médical ({} ETP) : {} / {} / {} les années 1, 2, "
             "3 et suivantes {}",
             "    CNAM medical assistant aid ({} FTE): {} / {} / {} in years 1, 2, 3 "
             "and after {}",
             plain(s.fte.value, lang),
             money(s.aid_schedule[0].value, lang),
             money(s.aid_schedule[1].value, lang),
             money(s.aid_schedule[2].value, lang),
             tag(in, s.aid_schedule[0], lang));
}

// One reason of the aid check in words.
std::string aid_reason_text(const CostInputs& in, AidReason reason, Lang lang) {
  switch (reason) {
    case AidReason::sector_eligible:
      return trf(lang, "secteur {} : éligible", "sector {}: eligible", to_string(*in.sector));
    case AidReason::sector_excluded:
      return trf(lang,
                 "secteur {} : l'aide est réservée aux secteurs 1 et 2 avec OPTAM",
                 "sector {}: the aid is for sectors 1 and 2 with OPTAM only",
                 to_string(*in.sector));
    case AidReason::sector_unknown:
      return tr(lang,
                "secteur non précisé (doctor.sector) : l'aide est réservée aux secteurs 1 et 2 "
                "avec OPTAM",
                "sector not given (doctor.sector): the aid is for sectors 1 and 2 with OPTAM "
                "only");
    case AidReason::list_enough:
      return trf(lang,
                 "patientèle de {} patients : au moins {}",
                 "patient list of {} patients: at least {}",
                 format_number(in.patient_list->value, 0, lang),
                 format_number(in.aid_min_patient_list.value, 0, lang));
    case AidReason::list_too_small:
      return trf(lang,
                 "patientèle de {} patients : en dessous du minimum de {}",
                 "patient list of {} patients: below the minimum of {}",
                 format_number(in.patient_list->value, 0, lang),
                 format_number(in.aid_min_patient_list.value, 0, lang));
    case AidReason::list_unknown:
      return trf(lang,
                 "patientèle médecin traitant non précisée (doctor.patient_list ; minimum {})",
                 "médecin-traitant patient list not given (doctor.patient_list; minimum {})",
                 format_number(in.aid_min_patient_list.value, 0, lang));
  }
  return {};
}

std::string aid_eligibility_line(const CostInputs& in, const StaffCost& s, Lang lang) {
  std::vector<std::string> reasons;
  for (AidReason r : s.aid_check.reasons) {
    reasons.push_back(aid_reason_text(in, r, lang));
  }
  const char* verdict = s.aid_check.status == AidStatus::eligible
                          ? tr(lang, "éligible", "eligible")
                        : s.aid_check.status == AidStatus::to_check
                          ? tr(lang, "comptée, à vérifier", "counted, to check")
                          : tr(lang, "non éligible, comptée 0 €", "not eligible, counted as 0 €");
  return trf(lang,
             "    éligibilité : {} — {}",
             "    eligibility: {} — {}",
             verdict,
             fmt::join(reasons, tr(lang, " ; ", "; ")));
}

std::string commitment_line(const CostInputs& in, Lang lang) {
  return trf(lang,
             "    en contrepartie, une hausse de la patientèle médecin traitant d'environ {} "
             "est attendue d'ici l'année {} {} ; sinon l'aide peut s'arrêter : voir « Net si "
             "l'engagement n'est pas tenu »",
             "    in return, a growth of about {} of the médecin-traitant patient list is "
             "expected by year {} {}; otherwise the aid may stop: see \"Net if the commitment "
             "is missed\"",
             percent(in.aid_growth_share.value, lang),
             in.aid_target(),
             tag(in, in.aid_growth_share, lang));
}

} // namespace

std::vector<std::string> other_cost_lines(const CostInputs& in, Lang lang) {
  std::vector<std::string> lines;
  for (const auto& c : in.other_costs) {
    std::string times = c.count > 1 ? trf(lang, " × {} salariés", " × {} employees", c.count) : "";
    if (c.monthly) {
      lines.push_back(trf(lang,
                          "{} : {}{} {} par mois",
                          "{}: {}{} {} a month",
                          c.label.get(lang),
                          money(c.monthly->value, lang),
                          times,
                          tag(in, *c.monthly, lang)));
    }
    if (c.once) {
      lines.push_back(trf(lang,
                          "{} : {}{} {} l'année 1",
                          "{}: {}{} {} in year 1",
                          c.label.get(lang),
                          money(c.once->value, lang),
                          times,
                          tag(in, *c.once, lang)));
    }
  }
  return lines;
}

std::vector<std::string> staff_lines(const CostInputs& in, Lang lang) {
  std::vector<std::string> lines;
  for (const auto& s : in.staff) {
    std::string who = fmt::format("{} — {}", s.id, role_label(s.role, lang));
    std::string cost = money(s.annual_cost_value(), lang) + tr(lang, " par an", " a year");
    if (s.role == Role::asalee) {
      lines.push_back(trf(lang,
                          "{} : aucun coût pour vous, le dispositif la rémunère ; le temps de "
                          "concertation se compte dans la supervision. Vérifiez que le "
                          "dispositif existe sur votre territoire.",
                          "{}: no cost to you, the scheme pays her; concertation time counts as "
                          "supervision. Check the scheme exists in your area.",
                          who));
      continue;
    }
    if (s.role == Role::ipa) {
      lines.push_back(trf(lang,
                          "{} : elle facture ses propres actes, ni coût ni recette pour vous ; "
                          "le temps de coordination se compte dans la supervision.",
                          "{}: she bills her own acts, no cost and no revenue for you; "
                          "coordination time counts as supervision.",
                          who));
      continue;
    }
    if (s.share) {
      lines.push_back(trf(lang,
                          "{} ({}), votre part {} {} d'un contrat de {} ETP {}",
                          "{} ({}), your share {} {} of a {} FTE contract {}",
                          who,
                          role_label(s.works_as, lang),
                          percent(s.share->value, lang),
                          tag(in, *s.share, lang),
                          plain(s.fte.value, lang),
                          tag(in, s.fte, lang)));
      if (!s.annual_cost) {
        lines.push_back(trf(lang,
                            "    {} × {} × {} brut temps plein {} × 12 × (1 + {} de charges {}) = {}",
                            "    {} × {} × {} gross full time {} × 12 × (1 + {} charges {}) = {}",
                            plain(s.share->value, lang),
                            plain(s.fte.value, lang),
                            figure_text(s.gross_monthly->value, Unit::euro_per_month, lang),
                            tag(in, *s.gross_monthly, lang),
                            percent(s.employer_rate->value, lang),
                            tag(in, *s.employer_rate, lang),
                            cost));
      } else {
        lines.push_back(trf(lang, "    coût annuel {} {}", "    annual cost {} {}",
                            money(s.annual_cost->value, lang), tag(in, *s.annual_cost, lang)));
      }
      continue;
    }
    if (s.monthly_fee) {
      lines.push_back(trf(lang,
                          "{} : {} {} × 12 = {}",
                          "{}: {} {} × 12 = {}",
                          who,
                          figure_text(s.monthly_fee->value, Unit::euro_per_month, lang),
                          tag(in, *s.monthly_fee, lang),
                          cost));
    } else if (s.calls_per_month) {
      lines.push_back(trf(lang,
                          "{} : ({} {} + {} appels par mois {} × {} {}) × 12 = {}",
                          "{}: ({} {} + {} calls a month {} × {} {}) × 12 = {}",
                          who,
                          figure_text(s.base_monthly->value, Unit::euro_per_month, lang),
                          tag(in, *s.base_monthly, lang),
                          format_number(s.calls_per_month->value, 0, lang),
                          tag(in, *s.calls_per_month, lang),
                          figure_text(s.price_per_call->value, Unit::euro, lang),
                          tag(in, *s.price_per_call, lang),
                          cost));
    } else if (s.annual_cost) {
      lines.push_back(trf(lang,
                          "{}, {} ETP : coût annuel {} {}",
                          "{}, {} FTE: annual cost {} {}",
                          who,
                          plain(s.fte.value, lang),
                          money(s.annual_cost->value, lang),
                          tag(in, *s.annual_cost, lang)));
    } else {
      lines.push_back(trf(lang,
                          "{}, {} ETP {}",
                          "{}, {} FTE {}",
                          who,
                          plain(s.fte.value, lang),
                          tag(in, s.fte, lang)));
      lines.push_back(trf(lang,
                          "    {} × {} brut temps plein {} × 12 × (1 + {} de charges {}) = {}",
                          "    {} × {} gross full time {} × 12 × (1 + {} charges {}) = {}",
                          plain(s.fte.value, lang),
                          figure_text(s.gross_monthly->value, Unit::euro_per_month, lang),
                          tag(in, *s.gross_monthly, lang),
                          percent(s.employer_rate->value, lang),
                          tag(in, *s.employer_rate, lang),
                          cost));
    }
    if (s.aid != Aid::none) {
      lines.push_back(aid_line(in, s, lang));
      lines.push_back(aid_eligibility_line(in, s, lang));
      if (s.counts_aid()) {
        lines.push_back(commitment_line(in, lang));
      }
    }
  }
  if (in.staff.empty()) {
    lines.emplace_back(tr(lang, "aucun personnel dans le plan", "no staff in the plan"));
  }
  return lines;
}

} // namespace medtime::cost_words
