// The questionnaire model: what a questionnaire asks, how each answer is
// valued, and the actions it can recommend. It knows no file format; see
// load/questionnaire_loader.h for the YAML and questionnaires/README.md for
// the keys.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/condition.h"
#include "util/diagnostics.h"
#include "util/i18n.h"

namespace medtime {

// `tasks`: a lever's table of time-budget categories, a delegation level per
// row; `budget`: the time budget's table, the doctor's hours per week per
// category.
enum class QuestionType { single, multiple, scale, yesno, number, text, tasks, budget };
// A lever questionnaire is scored and ranked; the time budget (`temps`)
// holds the doctor's hours per category, which every lever's reductions read;
// a supporting area (`kind: support`: management, secretariat...) is scored
// like a lever but not ranked, frees no hours itself, and its actions enter
// the plan only as prerequisites of lever actions (a condition of success).
enum class QuestionnaireKind { lever, budget, support };
// How far the lever is already used, or the doctor's will and means to act.
enum class Dimension { none, maturity, readiness };
enum class Effort { low = 1, medium = 2, high = 3 };

std::string_view to_string(QuestionType type);
std::string_view to_string(Dimension dimension);
std::string_view to_string(Effort effort);

// A canonical task category of the time budget (phone, billing...),
// declared once in the budget questionnaire and named by id elsewhere.
struct Category {
  std::string id;
  LocalText label;
  LocalText help;
  std::string group;
  SourcePos pos;
};

// A share of a category's hours that a lever could free. Within a lever the
// reductions that hold on one category combine as independent savings,
// s = 1 − Π (1 − s_k) (doc/method.md#the-time-budget).
struct Reduction {
  std::string category;
  int index = -1; // into the budget's categories, once linked
  double share = 0;
  std::optional<Condition> when; // question reductions only
  SourcePos pos;
};

// An action's gain on one category: shares of its hours, [low, high].
struct CategoryGain {
  std::string category;
  int index = -1;
  double low = 0;
  double high = 0;
  SourcePos pos;
};

struct Option {
  std::string id;
  LocalText label;
  std::optional<double> value; // in [0, 1]; needed when the question is scored
  bool exclusive = false;      // multiple choice: cannot be combined ("none")
  std::vector<Reduction> reductions; // hold when the option is chosen
  SourcePos pos;
};

// A number question's valuation: the first band with `value < below` (or
// without `below`) gives the value.
struct ValueBand {
  std::optional<double> below;
  double value = 0;
};

// One row of a task table or of the time budget: a category.
struct Task {
  std::string id;     // the category's id
  LocalText label;    // the category's label unless the table gives one
  std::string group;  // free grouping, e.g. administratif / medico_administratif
  int category = -1;  // index into the budget's categories, once linked
  SourcePos pos;
};

// A delegation level of a task table: `share` is its value for scoring
// (none 0, partial 0.5, total 1 by default), `frees` the share of the row's
// hours it would free once delegated (hand-over and checking remain:
// none 0, partial 0.4, total 0.8 by default).
struct DelegationLevel {
  std::string id;
  LocalText label;
  double share = 0;
  double frees = 0;
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::single;
  LocalText text;
  LocalText help;
  Dimension dimension = Dimension::none;
  double weight = 1;
  bool required = false;
  std::optional<Condition> when;
  int section = 0;
  SourcePos pos;

  // single, multiple
  std::vector<Option> options;
  // scale: integers from scale_min to scale_max; number: bounds
  double min = 0;
  double max = 0;
  bool has_min = false;
  bool has_max = false;
  bool reverse = false;                                 // scale
  std::vector<std::pair<int, LocalText>> anchors;       // scale
  double yes_value = 1;                                 // yesno
  double no_value = 0;                                  // yesno
  LocalText unit;                                       // number
  bool integer = false;                                 // number
  std::vector<ValueBand> value_bands;                   // number
  bool indicator = false;                               // number: tracked by review
  int better = 0;                                       // indicator: -1 lower, 1 higher, 0 unsaid
  std::vector<Task> tasks;                              // tasks, budget: one row per category
  std::vector<DelegationLevel> levels;                  // tasks
  double task_hours_max = 40;                           // budget: per row
  std::vector<Reduction> reductions; // hold when answered (and their `when:`)

  bool scored() const { return dimension != Dimension::none; }
  // Index of option `id`, or -1.
  int find_option(std::string_view wanted) const;
  int find_task(std::string_view wanted) const;
  int find_level(std::string_view wanted) const;
};

struct Section {
  std::string id;
  LocalText title;
  LocalText intro;
  int first_question = 0;
  int question_count = 0;
  SourcePos pos;
};

// The decimals of the maturity a band is decided on: those the report (JSON
// included) shows, so that a maturity shown as 70.0 is never below 70.
constexpr int k_band_decimals = 1;

// A maturity band: from <= maturity < to (the last one includes 100).
struct Band {
  std::string id;
  LocalText label;
  double from = 0;
  double to = 100;
  SourcePos pos;
};

// `requires: [management.fiche_de_poste]` on a lever action: an action of a
// supporting area to do first. The questionnaire index is the set's (see
// QuestionnaireSet::finalize), -1 when that questionnaire is not in the set.
struct ActionRef {
  std::string questionnaire_id;
  std::string action_id;
  int questionnaire = -1;
  int action = -1;
  SourcePos pos;
};

struct Action {
  std::string id;
  LocalText title;
  LocalText text;
  Effort effort = Effort::medium;
  // The gain: shares of categories (the doctor's own hours), or a fixed
  // range in hours per week for an action that no category holds.
  std::vector<CategoryGain> gain_shares;
  double gain_min = 0; // fixed hours per week
  double gain_max = 0;
  std::optional<Condition> when; // none: always triggered
  // Actions of the same questionnaire that this one replaces: when both are
  // triggered only this one is proposed (the staffing option the doctor
  // chose wins over an alternative to it).
  std::vector<std::string> instead_of;
  // Supporting areas' actions to do before this one (lever actions only).
  std::vector<ActionRef> prerequisites;
  SourcePos pos;

  bool has_gain() const { return gain_max > 0 || !gain_shares.empty(); }
};

struct Questionnaire {
  std::string id;
  int version = 1;
  QuestionnaireKind kind = QuestionnaireKind::lever;
  std::string lever;  // empty for the time budget
  int order = 100;
  LocalText title;
  LocalText name; // short lever name for tables and charts ("Délégation")
  LocalText intro;
  double min_answered = 0.75;
  std::vector<Band> bands;
  std::vector<Section> sections;
  std::vector<Question> questions;
  std::vector<Action> actions;
  std::vector<Category> categories; // the time budget's
  // Supporting areas: asked only when this holds. Its tests name another
  // questionnaire (`temps.exercice in [groupe, msp]`); see evaluate_across.
  std::optional<Condition> asked_when;
  std::string file;

  bool is_lever() const { return kind == QuestionnaireKind::lever; }
  bool is_budget() const { return kind == QuestionnaireKind::budget; }
  bool is_support() const { return kind == QuestionnaireKind::support; }
  // Levers and supporting areas: what has a maturity and actions.
  bool is_scored() const { return kind != QuestionnaireKind::budget; }
  // What names its scores in objectives and outputs: the lever, or the
  // supporting area's questionnaire id.
  const std::string& scored_id() const { return is_lever() ? lever : id; }
  // The short name, or the title when there is none.
  const std::string& short_name(Lang lang) const {
    return name.empty() ? title.get(lang) : name.get(lang);
  }
  // Index of question `id`, or -1.
  int find_question(std::string_view wanted) const;
  // Ids of all questions, for "did you mean".
  std::vector<std::string> question_ids() const;
  // The band holding `maturity` rounded to `k_band_decimals`, or null.
  const Band* band_for(double maturity) const;
  // Builds the id index; call once after the questions are final.
  void index();

private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_index;
};

// The default bands of doc/method.md#scoring: < 40, < 70, else.
std::vector<Band> default_bands();
// The default delegation levels: none 0/0, partial 0.5/0.4, total 1/0.8.
std::vector<DelegationLevel> default_levels();

// The questionnaires scored together, in lever order (`order`, then id). Loaded
// and validated once, then shared read-only by any number of scorings.
class QuestionnaireSet {
public:
  void add(Questionnaire questionnaire);
  // Sorts into lever order and ties the references across questionnaires
  // (`asked_when` tests, action prerequisites) to this set's indices (-1 for
  // a questionnaire that is not in it); call after the last add().
  void finalize();

  const std::vector<Questionnaire>& items() const { return m_items; }
  // Index of the time budget questionnaire, or -1.
  int budget() const;
  // The time budget's categories (empty without one).
  const std::vector<Category>& categories() const;
  // A copy holding the scored questionnaires (levers, then supporting
  // areas), in the same order: what a cohort's rows and summaries are
  // indexed by.
  QuestionnaireSet scored() const;
  size_t size() const { return m_items.size(); }
  // Index of questionnaire `id`, or -1.
  int find(std::string_view id) const;
  std::vector<std::string> ids() const;

private:
  std::vector<Questionnaire> m_items;
};

} // namespace medtime
