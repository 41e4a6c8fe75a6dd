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

enum class QuestionType { single, multiple, scale, yesno, number, text, tasks };
// How far the lever is already used, or the doctor's will and means to act.
enum class Dimension { none, maturity, readiness };
enum class Effort { low = 1, medium = 2, high = 3 };

std::string_view to_string(QuestionType type);
std::string_view to_string(Dimension dimension);
std::string_view to_string(Effort effort);

struct Option {
  std::string id;
  LocalText label;
  std::optional<double> value; // in [0, 1]; needed when the question is scored
  double hours = 0;            // fixed potential hours per week when chosen
  bool exclusive = false;      // multiple choice: cannot be combined ("none")
  SourcePos pos;
};

// A number question's valuation: the first band with `value < below` (or
// without `below`) gives the value.
struct ValueBand {
  std::optional<double> below;
  double value = 0;
};

// One row of a task table: hours per week spent on it, how much to delegate.
struct Task {
  std::string id;
  LocalText label;
  std::string group; // free grouping, e.g. administrative / medico_administrative
};

// A delegation level of a task table (none 0, partial 0.5, total 1 by default).
struct DelegationLevel {
  std::string id;
  LocalText label;
  double share = 0;
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
  double potential_share = 0;                           // number: H += answer × share
  bool indicator = false;                               // number: tracked by review
  std::vector<Task> tasks;                              // tasks
  std::vector<DelegationLevel> levels;                  // tasks
  double task_hours_max = 40;                           // tasks: per task

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

struct Action {
  std::string id;
  LocalText title;
  LocalText text;
  Effort effort = Effort::medium;
  double gain_min = 0; // hours per week
  double gain_max = 0;
  std::optional<Condition> when; // none: always triggered
  // Actions of the same questionnaire that this one replaces: when both are
  // triggered only this one is proposed (the staffing option the doctor
  // chose wins over an alternative to it).
  std::vector<std::string> instead_of;
  SourcePos pos;

  double gain_mid() const { return (gain_min + gain_max) / 2; }
  // Expected hours per week per unit of effort (low 1, medium 2, high 3).
  double gain_per_effort() const { return gain_mid() / static_cast<int>(effort); }
};

struct Questionnaire {
  std::string id;
  int version = 1;
  std::string lever;
  int order = 100;
  LocalText title;
  LocalText name; // short lever name for tables and charts ("Délégation")
  LocalText intro;
  double min_answered = 0.75;
  std::vector<Band> bands;
  std::vector<Section> sections;
  std::vector<Question> questions;
  std::vector<Action> actions;
  std::string file;

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
// The default delegation levels: none 0, partial 0.5, total 1.
std::vector<DelegationLevel> default_levels();

// The questionnaires scored together, in lever order (`order`, then id). Loaded
// and validated once, then shared read-only by any number of scorings.
class QuestionnaireSet {
public:
  void add(Questionnaire questionnaire);
  // Sorts into lever order; call after the last add().
  void finalize();

  const std::vector<Questionnaire>& items() const { return m_items; }
  size_t size() const { return m_items.size(); }
  // Index of questionnaire `id`, or -1.
  int find(std::string_view id) const;
  std::vector<std::string> ids() const;

private:
  std::vector<Questionnaire> m_items;
};

} // namespace medtime
