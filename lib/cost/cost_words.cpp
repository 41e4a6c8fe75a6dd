#include "cost/cost_words.h"
#include "render/style.h"

#include "render/number.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace medtime::cost_words {

namespace {

// A number with as few decimals as it needs (0, 1 or 2).
std::string plain(double value, Lang lang) {
  int decimals = std::round(value) == value ? 0 : std::round(value * 10) == value * 10 ? 1 : 2;
  return format_number(value, decimals, lang);
}

std::string percent(double share, Lang lang) {
  return plain(share * 100, lang) + (lang == Lang::fr ? "\u00a0%" : "%");
}

std::string hours(double value, Lang lang) {
  return format_number(value, 1, lang);
}

} // namespace

std::string money(double value, Lang lang) {
  return format_number(value, 0, lang) + "\u00a0€";
}

std::string figure_text(double value, Unit unit, Lang lang) {
  switch (unit) {
    case Unit::share:
      return percent(value, lang);
    case Unit::euro:
      return format_number(value, std::round(value) == value ? 0 : 2, lang) + "\u00a0€";
    case Unit::euro_per_hour:
    case Unit::euro_per_month:
    case Unit::euro_per_year:
      return format_number(value, std::round(value) == value ? 0 : 2, lang) + "\u00a0" +
             unit_text(unit, lang);
    default:
      return plain(value, lang) + "\u00a0" + unit_text(unit, lang);
  }
}

std::string tag(const CostInputs& in, const Figure& figure, Lang lang) {
  if (figure.origin == Origin::input) {
    return in.derived ? tr(lang, "[réponses]", "[answers]") : "[plan]";
  }
  const ParameterValue* p = in.parameter(figure);
  return p != nullptr && p->estimate ? tr(lang, "[estimation]", "[estimate]") : "[source]";
}

std::string origin_text(const CostInputs& in, const Figure& figure, Lang lang) {
  if (figure.origin == Origin::input) {
    std::string what = in.derived ? tr(lang, "réponses ", "answers ") : "plan ";
    what += in.source;
    if (figure.pos.line > 0) {
      what += trf(lang, ", l. {}", ", line {}", figure.pos.line);
    } else if (in.derived) {
      what += tr(lang, " (règle de dérivation)", " (derivation rule)");
    }
    return what;
  }
  const ParameterValue* p = in.parameter(figure);
  if (p == nullptr) {
    return in.parameters.id;
  }
  return fmt::format("{}{} {} ({})", in.parameters.id, tr(lang, " :", ":"), p->source, p->date);
}

std::vector<Row> assumption_rows(const CostInputs& in, Lang lang) {
  std::vector<Row> rows;
  for (const auto& f : traced_figures(in)) {
    if (f.name.rfind("staff.", 0) == 0 || f.name == "hours_per_fte" ||
        f.name == "doctor_hours_per_week" || f.name == "smic_hourly") {
      continue;
    }
    rows.push_back({ { f.label.get(lang),
                       figure_text(f.figure.value, f.unit, lang),
                       tag(in, f.figure, lang) } });
  }
  return rows;
}

// A task's name for the table: its label without the part in brackets, cut
// to 40 columns so that the table fits 80; the id for a plan file's task.
std::string task_name(const PlanTask& t, Lang lang) {
  if (t.label.empty()) {
    return t.id;
  }
  std::string name = t.label.get(lang);
  if (auto bracket = name.find(" ("); bracket != std::string::npos) {
    name.erase(bracket);
  }
  constexpr size_t k_max = 40;
  if (display_width(name) > k_max) {
    size_t bytes = 0, width = 0;
    while (bytes < name.size() && width < k_max - 1) {
      ++bytes;
      while (bytes < name.size() && (static_cast<unsigned char>(name[bytes]) & 0xC0) == 0x80) {
        ++bytes;
      }
      ++width;
    }
    name = name.substr(0, bytes) + "…";
  }
  return name;
}

std::vector<Row> task_rows(const CostInputs& in, Lang lang) {
  std::vector<Row> rows;
  double total = 0;
  for (const auto& t : in.tasks) {
    total += t.delegated_hours();
    rows.push_back({ { task_name(t, lang),
                       hours(t.hours_per_week, lang),
                       percent(t.share, lang),
                       format_number(t.delegated_hours(), 2, lang),
                       t.to.empty() ? "—" : t.to } });
  }
  rows.push_back({ { tr(lang, "total", "total"), "", "", format_number(total, 2, lang), "" } });
  return rows;
}

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

std::vector<std::string> compare_headers(const std::vector<CostOption>& options, Lang lang) {
  std::vector<std::string> headers{ "" };
  for (const auto& o : options) {
    headers.push_back(o.short_name.get(lang));
  }
  return headers;
}

std::vector<Row> compare_rows(const std::vector<CostOption>& options, Lang lang) {
  auto row = [&](std::string label, auto cell) {
    Row r{ { std::move(label) } };
    for (const auto& o : options) {
      r.cells.push_back(cell(o));
    }
    return r;
  };
  int horizon = options.empty() ? 0 : options.front().sheet.last_year().year;
  auto eligibility = [&](const CostOption& o) -> std::string {
    for (const auto& s : o.inputs.staff) {
      if (s.aid != Aid::none) {
        return s.aid_check.status == AidStatus::eligible ? tr(lang, "éligible", "eligible")
               : s.aid_check.status == AidStatus::to_check
                 ? tr(lang, "à vérifier", "to check")
                 : tr(lang, "non éligible", "not eligible");
      }
    }
    return "—";
  };
  return {
    row(tr(lang, "Heures libérées/sem.", "Hours freed/week"),
        [&](const CostOption& o) { return hours(o.weekly_hours_freed(), lang); }),
    row(tr(lang, "Heures hors contrat/sem.", "Hours over contract/week"),
        [&](const CostOption& o) { return hours(o.left_out_hours(), lang); }),
    row(tr(lang, "Coût du personnel/an", "Staff cost/year"),
        [&](const CostOption& o) { return money(o.sheet.years.front().staff_cost, lang); }),
    row(tr(lang, "Autres coûts, année 1", "Other costs, year 1"),
        [&](const CostOption& o) { return money(o.sheet.years.front().other_costs, lang); }),
    row(trf(lang, "Aide sur {} ans", "Aid over {} years", horizon),
        [&](const CostOption& o) { return money(o.aid_total(), lang); }),
    row(tr(lang, "Aide : éligibilité", "Aid: eligibility"), eligibility),
    row(tr(lang, "Net de l'année 1", "Net in year 1"),
        [&](const CostOption& o) { return money(o.sheet.years.front().net, lang); }),
    row(trf(lang, "Net cumulé sur {} ans", "Cumulative net, {} years", horizon),
        [&](const CostOption& o) { return money(o.sheet.last_year().cumulative_net, lang); }),
    row(tr(lang, "… si l'engagement manque", "… if the commitment is missed"),
        [&](const CostOption& o) { return money(o.sheet.last_year().cumulative_net_if_target_missed, lang); }),
    row(tr(lang, "Rentabilisé", "Paid back"),
        [&](const CostOption& o) {
          return o.sheet.payback_year ? trf(lang, "année {}", "year {}", *o.sheet.payback_year)
                                      : std::string(tr(lang, "non", "no"));
        }),
    row(tr(lang, "Équilibre (consult./sem.)", "Break-even (consult./week)"),
        [&](const CostOption& o) { return format_number(o.sheet.last_year().break_even, 1, lang); }),
  };
}

std::vector<std::string> compare_legend(const std::vector<CostOption>& options, Lang lang) {
  std::vector<std::string> lines;
  for (const auto& o : options) {
    lines.push_back(trf(lang, "{} : {}", "{}: {}", o.short_name.get(lang), o.name.get(lang)));
  }
  return lines;
}

std::vector<std::string> skipped_lines(const std::vector<SkippedScenario>& skipped, Lang lang) {
  std::vector<std::string> lines;
  for (const auto& s : skipped) {
    lines.push_back(
      trf(lang, "{} : non comparé — {}", "{}: not compared — {}", s.name.get(lang), s.reason));
  }
  return lines;
}

std::string capacity_title(const CostInputs& in, Lang lang) {
  return trf(lang,
             "Capacité du personnel ({} h/sem. par ETP {})",
             "Staff capacity ({} h/week per FTE {})",
             format_number(in.hours_per_fte.value, 0, lang),
             tag(in, in.hours_per_fte, lang));
}

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

std::vector<std::string> year_headers(const CostSheet& sheet, Lang lang) {
  std::vector<std::string> headers{ "" };
  for (const auto& y : sheet.years) {
    headers.push_back(trf(lang, "année {}", "year {}", y.year));
  }
  return headers;
}

std::vector<Row> year_rows(const CostSheet& sheet, Lang lang) {
  auto row = [&](const char* fr, const char* en, auto cell) {
    Row r{ { tr(lang, fr, en) } };
    for (const auto& y : sheet.years) {
      r.cells.push_back(cell(y));
    }
    return r;
  };
  std::vector<Row> rows = {
    row("Heures libérées",
        "Hours freed",
        [&](const YearResult& y) { return format_number(y.hours_freed, 0, lang) + "\u00a0h"; }),
    row("Consultations en plus",
        "Extra consultations",
        [&](const YearResult& y) { return format_number(y.extra_consultations, 0, lang); }),
    row("Recettes des consultations",
        "Revenue of the consultations",
        [&](const YearResult& y) { return money(y.revenue, lang); }),
    row("Valeur du temps personnel",
        "Value of personal time",
        [&](const YearResult& y) { return money(y.personal_value, lang); }),
    row("Aide", "Aid", [&](const YearResult& y) { return money(y.aid, lang); }),
    row("Coût du personnel",
        "Staff cost",
        [&](const YearResult& y) { return money(-y.staff_cost, lang); }),
    row("Autres coûts",
        "Other costs",
        [&](const YearResult& y) { return money(-y.other_costs, lang); }),
    row("Net de l'année",
        "Net for the year",
        [&](const YearResult& y) { return money(y.net, lang); }),
    row("Net cumulé",
        "Cumulative net",
        [&](const YearResult& y) { return money(y.cumulative_net, lang); }),
    row("Équilibre (consultations/sem.)",
        "Break-even (consultations/week)",
        [&](const YearResult& y) { return format_number(y.break_even, 1, lang); }),
  };
  bool aid_at_risk = std::any_of(sheet.years.begin(), sheet.years.end(), [](const YearResult& y) {
    return y.net_if_target_missed != y.net;
  });
  if (aid_at_risk) {
    rows.insert(rows.begin() + 8,
                row("Net si l'engagement n'est pas tenu",
                    "Net if the commitment is missed",
                    [&](const YearResult& y) { return money(y.net_if_target_missed, lang); }));
  }
  return rows;
}

std::vector<std::string> formula_lines(const CostInputs& in, const CostSheet& sheet, Lang lang) {
  std::string weeks = plain(in.weeks_per_year.value, lang);
  std::string reinvest = percent(in.reinvest_share.value, lang);
  std::string fee = figure_text(in.consultation_fee.value, Unit::euro, lang);
  return {
    trf(lang,
        "Heures libérées = ({} h déléguées − {} h de supervision) par semaine × {} semaines, moins "
        "{} h de formation l'année 1",
        "Hours freed = ({} h delegated − {} h supervision) a week × {} weeks, less {} h of "
        "training in year 1",
        hours(sheet.weekly_delegated_hours, lang),
        plain(in.supervision_hours_per_week.value, lang),
        weeks,
        plain(in.setup_hours.value, lang)),
    trf(
      lang,
      "Consultations en plus = heures libérées × {} × 60 / {} min ; recettes = consultations × {}",
      "Extra consultations = hours freed × {} × 60 / {} min; revenue = consultations × {}",
      reinvest,
      plain(in.consultation_minutes.value, lang),
      fee),
    trf(lang,
        "Temps personnel = heures libérées × (1 − {}) × {}",
        "Personal time = hours freed × (1 − {}) × {}",
        reinvest,
        figure_text(in.personal_hour_value.value, Unit::euro_per_hour, lang)),
    trf(lang,
        "Équilibre = (coût du personnel + autres coûts − aide − temps personnel) / {} / {} "
        "semaines : les consultations en plus par semaine qui paient l'année",
        "Break-even = (staff cost + other costs − aid − personal time) / {} / {} weeks: the extra "
        "consultations a week that pay for the year",
        fee,
        weeks),
  };
}

std::vector<std::string> capacity_headers(Lang lang) {
  return { tr(lang, "personnel", "staff"),
           tr(lang, "au contrat", "contracted"),
           tr(lang, "confié", "assigned"),
           tr(lang, "compté", "counted"),
           tr(lang, "usage", "use"),
           tr(lang, "état", "status") };
}

std::vector<Row> capacity_rows(const CostSheet& sheet, Lang lang) {
  std::vector<Row> rows;
  std::string unit = std::string("\u00a0") + unit_text(Unit::hours_per_week, lang);
  for (const auto& c : sheet.capacity) {
    if (c.status == CapacityStatus::no_contract) {
      rows.push_back(
        { { c.id,
            "—",
            hours(c.assigned_hours, lang) + unit,
            hours(c.used_hours, lang) + unit,
            "—",
            is_free_role(c.role)
              ? tr(lang, "sans contrat", "no contract")
              : tr(lang, "prestataire, sans horaire", "provider, no set hours") } });
      continue;
    }
    const char* status = c.status == CapacityStatus::over
                           ? tr(lang, "au-delà du contrat", "beyond the contract")
                         : c.status == CapacityStatus::under
                           ? tr(lang, "moins de la moitié du contrat", "under half the contract")
                           : "ok";
    rows.push_back({ { c.id,
                       hours(c.contracted_hours, lang) + unit,
                       hours(c.assigned_hours, lang) + unit,
                       hours(c.used_hours, lang) + unit,
                       format_number(*c.use * 100, 0, lang) + "\u00a0%",
                       status } });
  }
  return rows;
}

std::vector<std::string> sensitivity_headers(Lang lang) {
  return { tr(lang, "part réinvestie", "reinvested share"),
           tr(lang, "coût −20 %", "cost −20%"),
           tr(lang, "coût prévu", "planned cost"),
           tr(lang, "coût +20 %", "cost +20%") };
}

std::vector<Row> sensitivity_rows(const CostSheet& sheet, Lang lang) {
  std::vector<Row> rows;
  const Sensitivity& s = sheet.sensitivity;
  for (size_t i = 0; i < s.reinvest_shares.size(); ++i) {
    Row r{ { percent(s.reinvest_shares[i], lang) } };
    for (double net : s.net[i]) {
      r.cells.push_back(money(net, lang));
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<std::string> source_lines(const CostInputs& in, Lang lang) {
  // Group the sourced parameters used by source, in first-use order.
  std::vector<std::pair<const ParameterValue*, std::vector<std::string>>> groups;
  for (const auto& f : traced_figures(in)) {
    const ParameterValue* p = in.parameter(f.figure);
    if (p == nullptr || p->estimate) {
      continue;
    }
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
      return g.first->source == p->source && g.first->date == p->date;
    });
    std::string label = f.label.get(lang);
    if (f.name.find(".aid_year") != std::string::npos) { // one line for the aid's three years
      label = f.name.substr(6, f.name.find(".aid_year") - 6) +
              tr(lang, " : aide CNAM assistant médical", ": CNAM medical assistant aid");
    }
    if (it == groups.end()) {
      groups.push_back({ p, { label } });
    } else if (std::find(it->second.begin(), it->second.end(), label) == it->second.end()) {
      it->second.push_back(label);
    }
  }
  std::vector<std::string> lines;
  for (const auto& [p, labels] : groups) {
    lines.push_back(
      fmt::format("{} — {} ({})", fmt::join(labels, tr(lang, " ; ", "; ")), p->source, p->date));
  }
  return lines;
}

std::string estimates_line(const CostInputs& in, Lang lang) {
  std::vector<std::string> labels;
  for (const auto& f : traced_figures(in)) {
    const ParameterValue* p = in.parameter(f.figure);
    std::string label = f.label.get(lang);
    if (p != nullptr && p->estimate &&
        std::find(labels.begin(), labels.end(), label) == labels.end()) {
      labels.push_back(label);
    }
  }
  if (labels.empty()) {
    return {};
  }
  return trf(lang,
             "Estimations du jeu {} (à vérifier ; --explain donne le raisonnement) : {}.",
             "Estimates of set {} (to check; --explain gives the reasoning): {}.",
             in.parameters.id,
             fmt::join(labels, tr(lang, " ; ", "; ")));
}

std::vector<std::string> explain_headers(Lang lang) {
  return { tr(lang, "paramètre", "parameter"),
           tr(lang, "valeur", "value"),
           tr(lang, "origine", "origin"),
           tr(lang, "source et date", "source and date"),
           tr(lang, "note", "note") };
}

std::vector<Row> explain_rows(const CostInputs& in, Lang lang) {
  std::vector<Row> rows;
  for (const auto& f : traced_figures(in)) {
    const ParameterValue* p = in.parameter(f.figure);
    rows.push_back({ { f.name + " — " + f.label.get(lang),
                       figure_text(f.figure.value, f.unit, lang),
                       tag(in, f.figure, lang),
                       origin_text(in, f.figure, lang),
                       p != nullptr ? p->note.get(lang) : "" } });
  }
  return rows;
}

std::string header_line(const CostInputs& in, Lang lang) {
  return trf(lang,
             "{} : {} · paramètres {} ({}) · horizon {} an{}",
             "{}: {} · parameters {} ({}) · horizon {} year{}",
             in.derived ? tr(lang, "Plan dérivé des réponses", "Plan derived from the answers")
                        : "Plan",
             in.source,
             in.parameters.id,
             in.parameters.title.get(lang),
             in.horizon(),
             in.horizon() > 1 ? "s" : "");
}

} // namespace medtime::cost_words

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
               "Réponses incomplètes : {} tâches sur {} sans heures. Le bilan ne compte que les "
               "tâches renseignées ; complétez le questionnaire délégation pour un bilan fiable.",
               "Incomplete answers: {} of {} tasks have no hours. The sheet counts only the "
               "tasks answered; complete the delegation questionnaire for a reliable sheet.",
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
