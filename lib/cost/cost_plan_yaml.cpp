// The plan as commented YAML (`medtime cost --emit-plan`).
#include "cost/cost_words.h"
#include "cost/cost_render.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace medtime {

namespace {

namespace cw = cost_words;
using cost_words::trf;

// A YAML number: the shortest text that reads back as `value`.
std::string number(double value) {
  return fmt::format("{}", value);
}

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// `text` as a YAML scalar: plain when it is a simple name or path, else quoted.
std::string yaml_string(std::string_view text) {
  bool plain = !text.empty() && std::isalpha(static_cast<unsigned char>(text[0]));
  for (char c : text) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
                      c == '.' || c == '/');
  }
  if (plain) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c == '\n' ? ' ' : c;
  }
  return out + "\"";
}

class Writer {
public:
  Writer(const CostInputs& in, Lang lang)
    : m_in(in)
    , m_lang(lang) {}

  void line(const std::string& text) { m_out += text + "\n"; }

  // `key: value` with a comment; commented out when the parameter set gives it.
  void figure(const std::string& indent, std::string_view key, const Figure& f) {
    bool from_set = f.origin == Origin::parameter;
    std::string text =
      fmt::format("{}{}{}: {}", indent, from_set ? "# " : "", key, number(f.value));
    std::string comment;
    if (from_set) {
      const ParameterValue* p = m_in.parameter(f);
      if (p != nullptr && p->estimate) {
        comment = trf(m_lang,
                      "défaut {}, estimation (voir --explain)",
                      "default {}, estimate (see --explain)",
                      m_in.parameters.id);
      } else {
        comment = trf(m_lang,
                      "défaut {} : {} ({})",
                      "default {}: {} ({})",
                      m_in.parameters.id,
                      p != nullptr ? one_line(p->source) : "",
                      p != nullptr ? p->date : "");
      }
    } else if (m_in.derived && f.pos.line > 0) {
      comment =
        trf(m_lang, "d'après vos réponses (l. {})", "from your answers (line {})", f.pos.line);
    } else if (m_in.derived) {
      comment = tr(m_lang,
                   "déduit de vos réponses (voir les notes)",
                   "inferred from your answers (see the notes)");
    }
    line(comment.empty() ? text : commented(text, comment));
  }

  static std::string commented(const std::string& text, const std::string& comment) {
    size_t width = 34;
    std::string pad = text.size() < width ? std::string(width - text.size(), ' ') : " ";
    return text + pad + "# " + comment;
  }

  std::string take() { return std::move(m_out); }

private:
  const CostInputs& m_in;
  Lang m_lang;
  std::string m_out;
};

void write_header(Writer& w, const CostInputs& in, Lang lang) {
  w.line(tr(lang,
            "# Plan de délégation pour medtime cost : qui prend quelles tâches, à quel coût.",
            "# Delegation plan for medtime cost: who takes which tasks, at what cost."));
  if (in.derived) {
    w.line(trf(lang,
               "# Dérivé des réponses {} avec le jeu de paramètres {}.",
               "# Derived from the answers {} with the parameter set {}.",
               one_line(in.source),
               in.parameters.id));
  }
  w.line(tr(lang,
            "# Modifiez-le, puis relancez : medtime cost --plan CE_FICHIER",
            "# Edit it, then run again: medtime cost --plan THIS_FILE"));
  w.line(tr(lang,
            "# Une ligne « # clé: valeur » est la valeur par défaut du jeu de paramètres :",
            "# A line \"# key: value\" is the parameter set's default:"));
  w.line(tr(lang,
            "# retirez le « # » pour la remplacer par la vôtre.",
            "# remove the \"#\" to replace it with your own."));
  if (!in.notes.empty()) {
    w.line("#");
    w.line(tr(lang, "# Notes :", "# Notes:"));
    for (const auto& n : in.notes) {
      w.line("# - " + one_line(plan_note_text(n, lang)));
    }
  }
}

void write_staff(Writer& w, const CostInputs& in, Lang lang) {
  if (in.staff.empty()) {
    w.line("staff: []");
    return;
  }
  w.line("staff:");
  for (const auto& s : in.staff) {
    w.line("  - id: " + s.id);
    w.line(Writer::commented("    role: " + std::string(to_string(s.role)),
                             "secretary | assistant_medical | nurse | provider | asalee | ipa | shared"));
    if (is_employee(s.role)) {
      w.figure("    ", "fte", s.fte);
    }
    if (s.share) {
      w.figure("    ", "share", *s.share);
      w.line("    works_as: " + std::string(to_string(s.works_as)));
    }
    if (s.annual_cost) {
      w.figure("    ", "annual_cost", *s.annual_cost);
    }
    if (s.gross_monthly) {
      w.figure("    ", "gross_monthly", *s.gross_monthly);
    }
    if (s.employer_rate) {
      w.figure("    ", "employer_rate", *s.employer_rate);
    }
    if (s.monthly_fee) {
      w.figure("    ", "monthly_fee", *s.monthly_fee);
    }
    if (s.calls_per_month) {
      w.figure("    ", "calls_per_month", *s.calls_per_month);
      w.figure("    ", "price_per_call", *s.price_per_call);
    }
    std::string aid = s.aid == Aid::none ? std::string("none | cnam_assistant_medical")
                                         : trf(lang,
                                               "{} / {} / {} (années 1, 2, 3 et suivantes)",
                                               "{} / {} / {} (years 1, 2, 3 and after)",
                                               cw::money(s.aid_schedule[0].value, lang),
                                               cw::money(s.aid_schedule[1].value, lang),
                                               cw::money(s.aid_schedule[2].value, lang));
    w.line(Writer::commented("    aid: " + std::string(to_string(s.aid)), aid));
  }
}

std::string task_text(const PlanTask& t) {
  std::string text = fmt::format(
    "{{id: {}, hours_per_week: {}, share: {}", t.id, number(t.hours_per_week), number(t.share));
  if (!t.to.empty()) {
    text += ", to: " + t.to;
  }
  return text + "}";
}

void write_tasks(Writer& w, const CostInputs& in, Lang lang) {
  w.line("tasks:");
  for (const auto& t : in.tasks) {
    w.line("  - " + task_text(t));
  }
  if (!in.kept_tasks.empty()) {
    w.line(tr(lang,
              "# Tâches qui restent chez vous (pour mémoire ; à ajouter ci-dessus avec « to: »",
              "# Tasks left with you (for the record; add them above with \"to:\""));
    w.line(tr(lang, "# pour les déléguer) :", "# to delegate them):"));
    for (const auto& t : in.kept_tasks) {
      w.line("#  - " + task_text(t));
    }
  }
}

// The sector and patient list that decide the CNAM aid: written when
// known, else as commented lines to fill in.
void write_sector(Writer& w, const CostInputs& in, Lang lang) {
  std::string hint = tr(lang,
                        "1 | 2_optam | 2 | 3 | non_conventionne : décide de l'aide CNAM",
                        "1 | 2_optam | 2 | 3 | non_conventionne: decides the CNAM aid");
  if (in.sector) {
    w.line(Writer::commented("  sector: " + std::string(to_string(*in.sector)), hint));
  } else {
    w.line(Writer::commented("  # sector:", hint));
  }
  if (in.patient_list) {
    w.figure("  ", "patient_list", *in.patient_list);
  } else {
    w.line(Writer::commented("  # patient_list:",
                             tr(lang,
                                "patients dont vous êtes le médecin traitant",
                                "patients you are the médecin traitant of")));
  }
}

// Other costs: the parameter set's defaults as comments (the sheet counts
// them as long as the plan has no other_costs), a plan's own as values.
void write_other_costs(Writer& w, const CostInputs& in, Lang lang) {
  auto amount = [](const OtherCostFigure& c) {
    return c.monthly ? "monthly: " + number(c.monthly->value * c.count)
                     : "once: " + number(c.once->value * c.count);
  };
  if (in.other_costs_given) { // the plan's own list, kept as it is (an empty one too)
    w.line(in.other_costs.empty() ? "other_costs: []" : "other_costs:");
    for (const auto& c : in.other_costs) {
      w.line(fmt::format("  - {{id: {}, label: {}, {}}}", c.id, yaml_string(c.label.get(lang)),
                         amount(c)));
    }
    return;
  }
  if (in.other_costs.empty()) {
    return; // no employee: no default other costs
  }
  w.line(tr(lang,
            "# Autres coûts : sans liste ici, le bilan compte les défauts du jeu de paramètres",
            "# Other costs: with no list here, the sheet counts the parameter set's defaults"));
  w.line(tr(lang,
            "# par salarié (estimations) ; pour les changer, écrivez la liste :",
            "# per employee (estimates); to change them, write the list:"));
  w.line("# other_costs:");
  for (const auto& c : in.other_costs) {
    w.line(fmt::format("#   - {{id: {}, {}}}", c.id, amount(c)));
  }
}

} // namespace

std::string render_plan_yaml(const CostInputs& in, Lang lang) {
  Writer w(in, lang);
  write_header(w, in, lang);
  w.line("");
  w.line("parameters: " + yaml_string(in.parameters_ref));
  w.line("doctor:");
  w.figure("  ", "consultation_fee", in.consultation_fee);
  w.figure("  ", "consultation_minutes", in.consultation_minutes);
  w.figure("  ", "weeks_per_year", in.weeks_per_year);
  w.figure("  ", "reinvest_share", in.reinvest_share);
  w.figure("  ", "personal_hour_value", in.personal_hour_value);
  write_sector(w, in, lang);
  write_staff(w, in, lang);
  write_tasks(w, in, lang);
  w.figure("", "supervision_hours_per_week", in.supervision_hours_per_week);
  w.figure("", "setup_hours", in.setup_hours);
  w.figure("", "horizon_years", in.horizon_years);
  write_other_costs(w, in, lang);
  return w.take();
}

} // namespace medtime
