#include "cost/derive.h"

#include "model/time_budget.h"
#include "util/spell.h"

#include <algorithm>
#include <stdexcept>
#include <cmath>
#include <fmt/format.h>

namespace medtime {

namespace {

constexpr std::string_view k_questionnaire = "delegation";
constexpr std::string_view k_task_tables[] = { "taches_administratives",
                                               "taches_medico_administratives" };

// What the sheet must add to an option's usual rule.
enum class OptionCase { plain, upskilled_secretary, shared_employee };

struct OptionRule {
  std::string_view option;
  Role role;
  std::string_view staff_id;
  OptionCase special = OptionCase::plain;
};

constexpr OptionRule k_options[] = {
  { "secretaire", Role::secretary, "secretaire" },
  { "secretariat_distance", Role::provider, "telesecretariat" },
  { "assistant_medical", Role::assistant_medical, "assistant" },
  { "infirmier", Role::nurse, "infirmier" },
  // A secretary already employed who becomes assistant médical: the aid is
  // not confirmed for her, and her salary is not all a new cost.
  { "secretaire_vers_assistant",
    Role::assistant_medical,
    "assistant",
    OptionCase::upskilled_secretary },
  // A share of an employee of a colleague or an employer group: costed as a
  // secretary at the chosen working time (the cautious role: no patient
  // preparation), with no aid, which goes to the employer.
  { "partage", Role::secretary, "partage", OptionCase::shared_employee },
};

struct FteLevel {
  std::string_view option;
  double fte;
};

constexpr FteLevel k_fte_levels[] = { { "quart", 0.25 },
                                      { "mi_temps", 0.5 },
                                      { "trois_quarts", 0.75 },
                                      { "temps_plein", 1 } };

// What the doctor does with freed time (the time budget's
// `usage_temps_libere`) → the share of it turned into consultations.
// judgement: "more patients" turns most of it into consultations (0.8: some
// of it goes into the longer days' catching up); "more time per patient"
// turns little of it (0.2: longer consultations, a few more patients seen
// on time); "lighten my week" none (0). "Something else" keeps the
// parameter set's default.
struct ReinvestRule {
  std::string_view option;
  double share;
};

constexpr ReinvestRule k_reinvest[] = { { "plus_patients", 0.8 },
                                        { "plus_temps_patient", 0.2 },
                                        { "temps_personnel", 0 } };

// The time budget's convention sector options → the plan's sector.
struct SectorRule {
  std::string_view option;
  Sector sector;
};

constexpr SectorRule k_sectors[] = { { "secteur_1", Sector::s1 },
                                     { "secteur_2_optam", Sector::s2_optam },
                                     { "secteur_2", Sector::s2 },
                                     { "secteur_3", Sector::s3 },
                                     { "non_conventionne", Sector::non_conventionne } };

// Reads the answers to the delegation questionnaire, with the hours of the
// time budget.
class Deriver {
public:
  Deriver(const Assessment& a, const QuestionnaireSet& set)
      : m_budget(time_budget(set, a)) {
    if (int b = set.budget(); b >= 0) {
      m_budget_q = &set.items()[static_cast<size_t>(b)];
      m_budget_response = a.response(static_cast<size_t>(b));
    }
    int index = set.find(k_questionnaire);
    if (index < 0) {
      throw Error(a.source,
                  {},
                  message("E301", quote(k_questionnaire)));
    }
    m_q = &set.items()[static_cast<size_t>(index)];
    m_response = a.response(static_cast<size_t>(index));
    if (m_response == nullptr) {
      throw Error(a.source,
                  {},
                  message("E302", quote(k_questionnaire), k_questionnaire));
    }
  }

  // The question `id` of type `type`; null when the questionnaire lacks it.
  const Question* question(std::string_view id, QuestionType type) const {
    int i = m_q->find_question(id);
    if (i < 0) {
      return nullptr;
    }
    const Question& q = m_q->questions[static_cast<size_t>(i)];
    if (q.type != type) {
      throw Error(m_q->file,
                  q.pos,
                  message("E303",
                          quote(id),
                          quote(m_q->id),
                          to_string(q.type),
                          to_string(type)));
    }
    return &q;
  }

  // The given answer to `q`, or null (unanswered, na, or no such question).
  const Answer* answer(const Question* q) const {
    if (q == nullptr) {
      return nullptr;
    }
    const Answer& a = m_response->answers[static_cast<size_t>(q - m_q->questions.data())];
    return a.given() ? &a : nullptr;
  }

  // The chosen option id of single question `id`, or empty.
  std::string choice(std::string_view id, const Answer** out = nullptr) const {
    const Question* q = question(id, QuestionType::single);
    const Answer* a = answer(q);
    if (out != nullptr) {
      *out = a;
    }
    return a != nullptr && a->choice >= 0 ? q->options[static_cast<size_t>(a->choice)].id : "";
  }

  std::optional<PlanValue> number(std::string_view id) const {
    const Answer* a = answer(question(id, QuestionType::number));
    return a != nullptr ? std::optional<PlanValue>(PlanValue{ a->number, a->pos }) : std::nullopt;
  }

  const Questionnaire& questionnaire() const { return *m_q; }
  const Response& response() const { return *m_response; }

  // Every task of both tables with a level and hours in the time budget,
  // with its share: the sheet weighs the hours handed over and counts the
  // supervision that remains apart (supervision_hours_per_week).
  std::vector<PlanTask> tasks() const {
    std::vector<PlanTask> out;
    for (auto table : k_task_tables) {
      const Question* q = question(table, QuestionType::tasks);
      const Answer* a = answer(q);
      if (a == nullptr) {
        continue;
      }
      for (size_t i = 0; i < q->tasks.size() && i < a->tasks.size(); ++i) {
        const TaskAnswer& t = a->tasks[i];
        double hours = m_budget.at(q->tasks[i].category);
        if (t.level < 0 || hours <= 0) {
          continue;
        }
        PlanTask task;
        task.id = q->tasks[i].id;
        task.label = q->tasks[i].label;
        task.hours_per_week = hours;
        task.share = q->levels[static_cast<size_t>(t.level)].share;
        task.pos = a->pos;
        out.push_back(std::move(task));
      }
    }
    return out;
  }

  const TimeBudget& budget() const { return m_budget; }

  // The chosen option of the time budget's single question `id`, or empty.
  std::string context_choice(std::string_view id, SourcePos* pos) const {
    const Answer* a = context_answer(id, QuestionType::single);
    if (a == nullptr) {
      return {};
    }
    *pos = a->pos;
    const Question& q = m_budget_q->questions[static_cast<size_t>(m_budget_q->find_question(id))];
    return q.options[static_cast<size_t>(a->choice)].id;
  }

  std::optional<PlanValue> context_number(std::string_view id) const {
    const Answer* a = context_answer(id, QuestionType::number);
    return a != nullptr ? std::optional<PlanValue>(PlanValue{ a->number, a->pos }) : std::nullopt;
  }

private:
  const Questionnaire* m_q = nullptr;
  const Response* m_response = nullptr;
  TimeBudget m_budget;
  const Questionnaire* m_budget_q = nullptr;
  const Response* m_budget_response = nullptr;

  const Answer* context_answer(std::string_view id, QuestionType type) const {
    if (m_budget_q == nullptr || m_budget_response == nullptr) {
      return nullptr;
    }
    int i = m_budget_q->find_question(id);
    if (i < 0 || m_budget_q->questions[static_cast<size_t>(i)].type != type) {
      return nullptr;
    }
    const Answer& a = m_budget_response->answers[static_cast<size_t>(i)];
    return a.given() ? &a : nullptr;
  }
};

// The doctor's settings the time budget answers: the convention sector and
// the médecin-traitant patient list (both decide the CNAM aid), and the
// share of freed time turned into consultations.
void derive_doctor(const Deriver& d, Plan& plan) {
  SourcePos pos;
  std::string sector = d.context_choice("secteur", &pos);
  for (const auto& rule : k_sectors) {
    if (rule.option == sector) {
      plan.doctor.sector = rule.sector;
      plan.doctor.sector_pos = pos;
    }
  }
  plan.doctor.patient_list = d.context_number("patientele_mt");
  std::string use = d.context_choice("usage_temps_libere", &pos);
  for (const auto& rule : k_reinvest) {
    if (rule.option == use) {
      plan.doctor.reinvest_share = PlanValue{ rule.share, pos };
      plan.notes.push_back(
        { PlanNote::Kind::reinvest_from_use, { rule.share }, { std::string(rule.option) } });
    }
  }
}

// The staffing option chosen in option_envisagee; throws when there is none.
const OptionRule& option_rule(const Deriver& d, const std::string& source) {
  const Answer* answer = nullptr;
  std::string option = d.choice("option_envisagee", &answer);
  if (option.empty()) {
    throw Error(source,
                d.response().pos,
                message("E304", k_questionnaire));
  }
  for (const auto& rule : k_options) {
    if (rule.option == option) {
      return rule;
    }
  }
  if (option == "aucune" || option == "ne_sait_pas") {
    throw Error(source,
                answer->pos,
                message("E305", quote(option)));
  }
  throw Error(source,
              answer->pos,
              message("E306", quote(option)));
}

// The rule of option `option` (one of k_options).
const OptionRule& rule_for(std::string_view option) {
  for (const auto& rule : k_options) {
    if (rule.option == option) {
      return rule;
    }
  }
  throw std::logic_error("no cost rule for option " + std::string(option));
}

// The fte chosen in etp_envisage, else the smallest level covering the hours.
PlanValue choose_fte(const Deriver& d, double delegated, double hours_per_fte, Plan& plan) {
  const Answer* answer = nullptr;
  std::string option = d.choice("etp_envisage", &answer);
  for (const auto& level : k_fte_levels) {
    if (level.option == option) {
      return PlanValue{ level.fte, answer->pos };
    }
  }
  double fte = 1;
  for (const auto& level : k_fte_levels) {
    if (level.fte * hours_per_fte >= delegated) {
      fte = level.fte;
      break;
    }
  }
  plan.notes.push_back({ PlanNote::Kind::fte_from_hours, { fte, hours_per_fte, delegated }, {} });
  return PlanValue{ fte, {} };
}

Aid choose_aid(Role role, double fte, Plan& plan) {
  if (role == Role::assistant_medical && (fte == 0.5 || fte == 1)) {
    return Aid::cnam_assistant_medical;
  }
  if (role == Role::assistant_medical) {
    plan.notes.push_back({ PlanNote::Kind::no_aid_fte, { fte }, {} });
  } else if (role != Role::provider) {
    plan.notes.push_back({ PlanNote::Kind::no_aid_role, {}, {} });
  } else {
    plan.notes.push_back({ PlanNote::Kind::no_aid_provider, {}, {} });
  }
  return Aid::none;
}

// `value` (the answer to `question`) checked against the range of plan key `key`.
std::optional<PlanValue> in_range(std::optional<PlanValue> value,
                                  std::string_view question,
                                  std::string_view key,
                                  const std::string& source) {
  const ParameterKey* k = find_parameter_key(key);
  if (value && k != nullptr && (value->value < k->min || value->value > k->max)) {
    throw Error(source,
                value->pos,
                message("E307",
                        question,
                        value->value,
                        key,
                        k->min,
                        k->max));
  }
  return value;
}

// Splits the answered tasks between the staff member and the doctor.
void assign(std::vector<PlanTask> tasks, const OptionRule& rule, Plan& plan) {
  std::vector<std::string> kept;
  for (auto& t : tasks) {
    if (t.share > 0 && role_takes_task(rule.role, t.id)) {
      t.to = std::string(rule.staff_id);
      plan.tasks.push_back(std::move(t));
    } else {
      if (t.share > 0) {
        kept.push_back(t.id);
      }
      plan.kept_tasks.push_back(std::move(t));
    }
  }
  if (kept.empty()) {
    return;
  }
  auto kind = rule.role == Role::provider ? PlanNote::Kind::kept_by_provider
                                           : PlanNote::Kind::kept_by_secretary;
  plan.notes.push_back({ kind, {}, std::move(kept) });
}

// A note when the task tables are partly unanswered: the sheet then weighs
// only the hours the doctor gave, and should say so.
void note_missing_tasks(const Deriver& d, Plan& plan) {
  int total = 0, missing = 0;
  const Questionnaire& q = d.questionnaire();
  for (size_t i = 0; i < q.questions.size(); ++i) {
    if (q.questions[i].type != QuestionType::tasks) {
      continue;
    }
    const Answer& a = d.response().answers[i];
    for (size_t t = 0; t < q.questions[i].tasks.size(); ++t) {
      ++total;
      // A row counts when it has a level, or when the time budget says the
      // doctor spends no time on its category.
      bool no_hours = d.budget().answered && d.budget().at(q.questions[i].tasks[t].category) <= 0;
      bool given = a.state == AnswerState::na || no_hours ||
                   (a.given() && t < a.tasks.size() && a.tasks[t].level >= 0);
      missing += given ? 0 : 1;
    }
  }
  if (missing == 0) {
    return;
  }
  plan.notes.push_back({ PlanNote::Kind::incomplete_tasks,
                         { static_cast<double>(missing), static_cast<double>(total) },
                         {} });
}

} // namespace

Plan derive_plan(const Assessment& assessment,
                 const QuestionnaireSet& set,
                 const ParameterSet& parameters,
                 const std::string& parameters_ref,
                 const DeriveChoice* choice) {
  Deriver d(assessment, set);
  const OptionRule& rule =
    choice != nullptr ? rule_for(choice->option) : option_rule(d, assessment.source);
  Plan plan;
  plan.file = assessment.source;
  plan.derived = true;
  plan.parameters = parameters_ref;
  derive_doctor(d, plan);
  assign(d.tasks(), rule, plan);
  if (plan.tasks.empty()) {
    throw Error(assessment.source,
                d.response().pos,
                message("E308", k_questionnaire, to_string(rule.role)));
  }
  double delegated = 0;
  for (const auto& t : plan.tasks) {
    delegated += t.delegated_hours();
  }
  StaffMember staff;
  staff.id = std::string(rule.staff_id);
  staff.role = rule.role;
  if (is_employee(rule.role) && choice != nullptr && choice->fte) {
    staff.fte = PlanValue{ *choice->fte, {} };
  } else if (is_employee(rule.role)) {
    staff.fte = choose_fte(d, delegated, parameters.at("hours_per_fte").value, plan);
  } else {
    // A tele-secretariat is paid by the call: as many calls as the phone and
    // appointment hours it takes hold.
    double per_hour = parameters.at("phone_calls_per_hour").value;
    double calls = std::round(delegated * per_hour * 52 / 12);
    staff.calls_per_month = PlanValue{ calls, {} };
    plan.notes.push_back({ PlanNote::Kind::calls_from_hours, { delegated, per_hour, calls }, {} });
  }
  staff.aid = choose_aid(rule.role, staff.fte ? staff.fte->value : 0, plan);
  if (rule.special == OptionCase::upskilled_secretary) {
    plan.notes.push_back({ PlanNote::Kind::upskilled_secretary, {}, {} });
  } else if (rule.special == OptionCase::shared_employee) {
    plan.notes.push_back({ PlanNote::Kind::shared_employee, {}, {} });
  }
  plan.staff.push_back(std::move(staff));
  plan.supervision_hours_per_week = in_range(d.number("supervision_heures"),
                                             "supervision_heures",
                                             "supervision_hours_per_week",
                                             assessment.source);
  plan.setup_hours =
    in_range(d.number("formation_heures"), "formation_heures", "setup_hours", assessment.source);
  note_missing_tasks(d, plan);
  return plan;
}

namespace {

// The assistant médical of `plan` made half of a full-time assistant shared
// through an employer group: the cost and the hours halved, no aid (it goes
// to the employer).
void make_shared(Plan& plan) {
  StaffMember& s = plan.staff.front();
  s.id = "partage";
  s.role = Role::shared;
  s.works_as = Role::assistant_medical;
  s.fte = PlanValue{ 1, {} };
  s.share = PlanValue{ 0.5, {} };
  s.aid = Aid::none;
  for (auto& t : plan.tasks) {
    t.to = s.id;
  }
  plan.notes.push_back({ PlanNote::Kind::shared_employee, {}, {} });
}

} // namespace

std::vector<Scenario> derive_scenarios(const Assessment& assessment,
                                       const QuestionnaireSet& set,
                                       const ParameterSet& parameters,
                                       const std::string& parameters_ref,
                                       std::vector<SkippedScenario>& skipped) {
  struct Spec {
    DeriveChoice choice;
    LocalText name;
    LocalText short_name;
    bool shared;
  };
  const Spec specs[] = {
    { { "secretariat_distance", {} }, { "Télésecrétariat", "Tele-secretariat" }, { "Télésecr.", "Tele-sec." }, false },
    { { "assistant_medical", 0.5 }, { "Assistant médical à mi-temps", "Medical assistant, half time" }, { "AM 0,5", "MA 0.5" }, false },
    { { "assistant_medical", 1 }, { "Assistant médical à temps plein", "Medical assistant, full time" }, { "AM 1", "MA 1" }, false },
    { { "assistant_medical", 1 }, { "Assistant médical partagé (la moitié d'un temps plein)", "Shared medical assistant (half of a full time)" }, { "Partagé", "Shared" }, true },
  };
  std::vector<Scenario> out;
  for (const auto& spec : specs) {
    try {
      Plan plan = derive_plan(assessment, set, parameters, parameters_ref, &spec.choice);
      if (spec.shared) {
        make_shared(plan);
      }
      out.push_back({ spec.name, spec.short_name, std::move(plan) });
    } catch (const Error& e) {
      skipped.push_back({ spec.name, e.what() });
    }
  }
  return out;
}

bool role_takes_task(Role role, std::string_view task) {
  switch (role) {
    case Role::provider:
      return task == "telephone" || task == "rendez_vous";
    case Role::secretary:
      return task != "preparation_consultations";
    case Role::assistant_medical:
    case Role::nurse:
    case Role::asalee:
    case Role::ipa:
    case Role::shared:
      return true;
  }
  return false;
}

void label_plan_tasks(Plan& plan, const QuestionnaireSet& set, Diagnostics& diags) {
  std::vector<const Task*> known;
  for (const auto& q : set.items()) {
    for (const auto& question : q.questions) {
      if (question.type == QuestionType::tasks) {
        for (const auto& t : question.tasks) {
          known.push_back(&t);
        }
      }
    }
  }
  std::vector<std::string> ids;
  for (const Task* t : known) {
    ids.push_back(t->id);
  }
  for (auto& task : plan.tasks) {
    auto it = std::find_if(known.begin(), known.end(), [&](const Task* t) { return t->id == task.id; });
    if (it != known.end()) {
      task.label = (*it)->label;
    } else if (std::string close = closest_match(task.id, ids); !close.empty()) {
      diags.warning(task.pos, message("W300", quote(task.id), quote(close)));
    }
  }
}

} // namespace medtime
