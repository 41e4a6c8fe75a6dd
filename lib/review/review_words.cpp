#include "review/review_words.h"

#include "render/number.h"
#include "review/dates.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fmt/format.h>

namespace medtime::review_words {

std::string signed_number(const std::optional<double>& value, int decimals, Lang lang) {
  if (!value) {
    return "—";
  }
  double v = round_to(*value, decimals);
  if (v == 0) {
    return format_number(0, decimals, lang);
  }
  return (v > 0 ? "+" : "\u2212") + format_number(std::abs(v), decimals, lang);
}

std::string trend_word(Trend trend, Lang lang) {
  switch (trend) {
    case Trend::improved:
      return tr(lang, "progresse", "improved");
    case Trend::stable:
      return tr(lang, "stable", "stable");
    case Trend::regressed:
      return tr(lang, "recule", "regressed");
    case Trend::changed:
      return tr(lang, "a changé", "changed");
    case Trend::unknown:
      return tr(lang, "une seule mesure", "one measurement");
  }
  return "?";
}

std::string trend_mark(const Change& change) {
  if (change.trend == Trend::unknown || !change.since_previous) {
    return "·";
  }
  if (change.trend == Trend::stable) {
    return "→";
  }
  return *change.since_previous > 0 ? "↑" : "↓";
}

std::string trend_text(const Change& change, Lang lang) {
  if (!change.current) {
    return std::string("· ") + tr(lang, "non mesuré", "not measured");
  }
  return trend_mark(change) + " " + trend_word(change.trend, lang);
}

std::pair<double, double> value_range(const std::vector<std::optional<double>>& values) {
  double low = 0, high = 0;
  bool any = false;
  for (const auto& v : values) {
    if (v) {
      low = any ? std::min(low, *v) : *v;
      high = any ? std::max(high, *v) : *v;
      any = true;
    }
  }
  if (high - low < 1e-9) {
    return { low - 1, high + 1 }; // a flat series sits in the middle
  }
  return { low, high };
}

std::string sparkline(const std::vector<std::optional<double>>& values, double low, double high) {
  static const char* const k_blocks[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
  std::string out;
  for (const auto& v : values) {
    if (!v) {
      out += ' ';
      continue;
    }
    double share = high > low ? (*v - low) / (high - low) : 0.5;
    int level = static_cast<int>(std::floor(std::clamp(share, 0.0, 1.0) * 8));
    out += k_blocks[std::min(level, 7)];
  }
  return out;
}

std::string status_word(ObjectiveStatus status, Lang lang) {
  switch (status) {
    case ObjectiveStatus::met:
      return tr(lang, "atteint", "met");
    case ObjectiveStatus::on_track:
      return tr(lang, "en bonne voie", "on track");
    case ObjectiveStatus::behind:
      return tr(lang, "en retard", "behind");
    case ObjectiveStatus::no_data:
      return tr(lang, "pas de mesure", "not measured");
  }
  return "?";
}

namespace {

const IndicatorReview* find_indicator(const Review& review, const Objective& objective) {
  for (const auto& indicator : review.indicators) {
    if (indicator.id() == objective.target_id()) {
      return &indicator;
    }
  }
  return nullptr;
}

} // namespace

std::string indicator_unit(const Objective& objective, const Review& review, Lang lang) {
  const IndicatorReview* indicator = find_indicator(review, objective);
  return indicator != nullptr ? indicator->question->unit.get(lang) : std::string();
}

std::string indicator_label(const IndicatorReview& indicator, Lang lang) {
  if (indicator.row >= 0) {
    // A row of the time budget: "Budget temps : Téléphone".
    return indicator.questionnaire->short_name(lang) + colon(lang) + indicator.label(lang);
  }
  std::string text = indicator.question->text.get(lang);
  // A short leading clause ("Sur une semaine habituelle, combien…") is left
  // out: the question comes after it.
  size_t comma = text.find(", ");
  if (comma != std::string::npos &&
      std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(comma), ' ') < 4) {
    text = text.substr(comma + 2);
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
      text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
  }
  size_t cut = text.size();
  for (std::string_view mark : {",", " (", " ?", "?", " :"}) {
    cut = std::min(cut, text.find(mark));
  }
  text = text.substr(0, cut);
  return indicator.questionnaire->short_name(lang) + colon(lang) + text;
}

std::string objective_subject(const ObjectiveReview& objective, const Review& review, Lang lang,
                              bool labelled) {
  if (objective.objective.kind == Objective::Kind::indicator) {
    const IndicatorReview* indicator = labelled ? find_indicator(review, objective.objective) : nullptr;
    return indicator != nullptr ? indicator_label(*indicator, lang) : objective.objective.target_id();
  }
  for (const auto& lever : review.levers) {
    if (lever.questionnaire->scored_id() == objective.objective.lever) {
      return lever.questionnaire->short_name(lang);
    }
  }
  return objective.objective.lever;
}

std::string objective_target(const ObjectiveReview& objective, const Review& review, Lang lang) {
  const Objective& o = objective.objective;
  std::string by = fmt::format(fmt::runtime(tr(lang, "d'ici le {}", "by {}")), o.by);
  if (o.kind == Objective::Kind::maturity) {
    return fmt::format(fmt::runtime(tr(lang, "maturité ≥ {} {}", "maturity ≥ {} {}")),
                       format_number(o.target, 0, lang),
                       by);
  }
  std::string unit = indicator_unit(o, review, lang);
  return fmt::format("{} {}{} {}",
                     objective.lower_is_better ? "≤" : "≥",
                     format_number(o.target, 1, lang),
                     unit.empty() ? "" : " " + unit,
                     by);
}

std::string objective_outcome(const ObjectiveReview& objective, const Review& review, Lang lang) {
  if (!objective.current) {
    return tr(
      lang, "jamais mesuré dans ces auto-évaluations", "never measured in these self-assessments");
  }
  bool maturity = objective.objective.kind == Objective::Kind::maturity;
  int decimals = maturity ? 0 : 1;
  std::string out = fmt::format(fmt::runtime(tr(lang, "{} le {}", "{} on {}")),
                                format_number(*objective.current, decimals, lang),
                                date_at(review, *objective.current_at));
  if (objective.status == ObjectiveStatus::met) {
    return out;
  }
  if (!objective.pace_per_day) {
    return out +
           tr(lang, " ; rythme inconnu (une seule mesure)", "; pace unknown (one measurement)");
  }
  // A month as a twelfth of a Gregorian year: 365.25 / 12 = 30.4375 days.
  double per_month = *objective.pace_per_day * 30.4375;
  std::string unit =
    maturity ? tr(lang, "points", "points") : indicator_unit(objective.objective, review, lang);
  out += fmt::format(fmt::runtime(tr(lang, " ; rythme {}{} par mois", "; pace {}{} a month")),
                     signed_number(per_month, 1, lang),
                     unit.empty() ? "" : " " + unit);
  if (objective.never || !objective.reach_day) {
    return out + tr(lang, " ; jamais atteint à ce rythme", "; never at this pace");
  }
  return out + fmt::format(fmt::runtime(tr(lang, " ; atteint vers le {}", "; reached around {}")),
                           iso_from_days(*objective.reach_day));
}

std::vector<size_t> shown_columns(size_t count, size_t limit) {
  limit = std::max<size_t>(limit, 3);
  std::vector<size_t> out;
  if (count <= limit) {
    for (size_t i = 0; i < count; ++i) {
      out.push_back(i);
    }
    return out;
  }
  out.push_back(0);
  out.push_back(SIZE_MAX);
  for (size_t i = count - (limit - 2); i < count; ++i) {
    out.push_back(i);
  }
  return out;
}

std::string action_title(const LeverReview& lever, int index, Lang lang) {
  return lever.questionnaire->actions[static_cast<size_t>(index)].title.get(lang);
}

std::string levers_with(const Review& review, Trend trend, Lang lang) {
  std::vector<std::string> ids;
  for (const auto& lever : review.levers) {
    if (lever.change.trend == trend) {
      ids.push_back(lever.questionnaire->short_name(lang));
    }
  }
  return fmt::format("{}", fmt::join(ids, ", "));
}

std::string objective_plan(const ObjectiveReview& objective, Lang lang) {
  const Objective& o = objective.objective;
  std::vector<std::string> parts;
  if (!o.action.empty()) {
    parts.push_back(fmt::format(fmt::runtime(tr(lang, "Action : {}", "Action: {}")), o.action));
  }
  if (!o.owner.empty()) {
    parts.push_back(fmt::format(fmt::runtime(tr(lang, "responsable : {}", "owner: {}")), o.owner));
  }
  if (!o.means.empty()) {
    parts.push_back(fmt::format(fmt::runtime(tr(lang, "moyens : {}", "means: {}")), o.means));
  }
  return fmt::format("{}", fmt::join(parts, " · "));
}

} // namespace medtime::review_words
