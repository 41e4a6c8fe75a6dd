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

namespace {

// The text between the `n`th pair of double quotes of `message` (0-based), or "".
std::string quoted_part(std::string_view message, int n) {
  size_t at = 0;
  for (int i = 0; i <= n; ++i) {
    size_t open = message.find('"', at);
    size_t close = open == std::string_view::npos ? open : message.find('"', open + 1);
    if (close == std::string_view::npos) {
      return {};
    }
    if (i == n) {
      return std::string(message.substr(open + 1, close - open - 1));
    }
    at = close + 1;
  }
  return {};
}

// The number after `word ` in `message`, or "?".
std::string number_after(std::string_view message, std::string_view word) {
  size_t at = message.find(word);
  if (at == std::string_view::npos) {
    return "?";
  }
  at += word.size();
  size_t end = at;
  while (end < message.size() && message[end] >= '0' && message[end] <= '9') {
    ++end;
  }
  return end > at ? std::string(message.substr(at, end - at)) : "?";
}

} // namespace

std::string not_comparable_text(const Diagnostic& d, Lang lang) {
  if (lang == Lang::en || !d.code.empty()) {
    return d.format(); // a message of the catalogue is in the run's language
  }
  // The loader's messages (load/answers_loader.cpp) in French, by kind.
  std::string_view m = d.message;
  std::string reason;
  if (m.rfind("answers are for version ", 0) == 0) {
    reason = fmt::format("réponses à la version {} de « {} », le questionnaire est en version {} : "
                         "comparées question par question",
                         number_after(m, "version "), quoted_part(m, 0),
                         number_after(m, "questionnaire is version "));
  } else if (m.rfind("unknown question ", 0) == 0) {
    reason = fmt::format("question « {} » inconnue de « {} » : laissée de côté", quoted_part(m, 0),
                         quoted_part(m, 1));
  } else if (m.rfind("question ", 0) == 0) {
    reason = fmt::format("la réponse à « {} » ne correspond plus à la question : laissée de côté",
                         quoted_part(m, 0));
  } else if (m.rfind("task ", 0) == 0) {
    reason = fmt::format("la tâche « {} » de « {} » ne correspond plus à la question : laissée de "
                         "côté",
                         quoted_part(m, 0), quoted_part(m, 1));
  } else {
    reason = "réponse qui ne correspond plus au questionnaire : laissée de côté";
  }
  std::string where = d.file; // "file:line:col"
  if (d.pos.line > 0) {
    where += fmt::format(":{}", d.pos.line);
    if (d.pos.column > 0) {
      where += fmt::format(":{}", d.pos.column);
    }
  }
  // An em dash, not " :": French typography glues a colon to the path before
  // it, which would push a long path past the line's end.
  return where + " — " + reason;
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
