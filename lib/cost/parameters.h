// Parameter sets (doc/formats.md#parameter-set): every default a delegation plan may leave
// out, each with its source and date, estimates flagged. One YAML file per
// set under `<data>/parameters/` (`fr-2026` is bundled):
//
//   id: fr-2026
//   title: {fr: ..., en: ...}
//   values:
//     consultation_fee:
//       value: 30
//       source: "Assurance Maladie (ameli.fr) : consultation G ..."
//       date: 2024-12-22          # YYYY, YYYY-MM or YYYY-MM-DD
//       estimate: false           # true: a judgement, not a published figure
//       note: {fr: ..., en: ...}  # optional: the reasoning
//
// The keys are a closed list (`parameter_keys()`): a set must define every
// one of them, and nothing else, so that a plan can always be completed.
#pragma once

#include "util/diagnostics.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medtime {

enum class Unit {
  euro,
  minutes,
  weeks,
  share,
  euro_per_hour,
  hours_per_week,
  hours,
  years,
  euro_per_month,
  euro_per_year,
  fte,
  patients,
  calls_per_hour,
  calls_per_month
};

// "€/mois", "h/week"...: a unit as printed after a value.
const char* unit_text(Unit unit, Lang lang);

// One key every parameter set defines: its unit, meaning and valid range.
// A divisor (a fee, a duration, weeks, hours) starts at 1, never just above
// 0, so that no figure computed from it can overflow to infinity.
struct ParameterKey {
  std::string_view key;
  Unit unit;
  LocalText label;
  double min;
  double max;
  bool integer;
};

// The keys, in the order --explain prints them.
const std::vector<ParameterKey>& parameter_keys();
// The key `key`, or null.
const ParameterKey* find_parameter_key(std::string_view key);

struct ParameterValue {
  std::string key;
  double value = 0;
  std::string source;
  std::string date;
  bool estimate = false;
  LocalText note;
  SourcePos pos;
};

struct ParameterSet {
  std::string id;
  LocalText title;
  std::string file;
  std::vector<ParameterValue> values; // in file order

  // The value of `key`, or null.
  const ParameterValue* find(std::string_view key) const;
  // The value of `key`; throws `Error` naming the file when it is missing
  // (a parsed set always has every key).
  const ParameterValue& at(std::string_view key) const;
  size_t estimate_count() const;
};

// Reads a parameter set from `text` (named `file`). Problems (unknown or
// missing keys, values out of range, no source or date) go to `diags` with
// positions; returns nothing when there was an error. Throws `Error` only for
// malformed YAML.
std::optional<ParameterSet> parse_parameter_set(std::string_view text,
                                                const std::string& file,
                                                Diagnostics& diags);

// Loads the parameter set at `path`; throws `Error` with the first problem.
ParameterSet load_parameter_set_file(const std::string& path);

// The folder of the bundled parameter sets (`<data>/parameters`).
std::string bundled_parameters_dir();

// The ids of the parameter sets in `dir` (file stems of `*.yaml`), sorted.
std::vector<std::string> parameter_set_ids(const std::string& dir);

// Loads the parameter set a plan names: a path when `name` ends in `.yaml` or
// `.yml` or holds a `/` (relative to `base_dir`, the plan's folder), else an id
// looked up in `dir`. An unknown id throws `Error` at `file`:`pos`, listing the
// sets available with a "did you mean".
ParameterSet resolve_parameter_set(const std::string& name,
                                   const std::string& dir,
                                   const std::string& base_dir,
                                   const std::string& file,
                                   SourcePos pos);

// True when `text` is a date written YYYY, YYYY-MM or YYYY-MM-DD.
bool is_parameter_date(std::string_view text);

} // namespace medtime
