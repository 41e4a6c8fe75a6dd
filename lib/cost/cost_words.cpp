#include "cost/cost_words.h"
#include "render/style.h"

#include "render/number.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace medtime::cost_words {

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
