// Telling what a YAML file is, for `medtime check FILE...`.
#pragma once

#include <string_view>

#include "yaml/node.h"

namespace medtime {

enum class FileKind {
  questionnaire,
  answers,
  plan,
  objectives,
  profile,
  parameters,
  column_map, // batch --csv: survey columns to questions (`questionnaires:`)
  unknown
};

std::string_view to_string(FileKind kind);

// The kind of file whose YAML tree is `root`, from its top-level keys:
// `sections` a questionnaire, `answers` an answers file, `tasks` a delegation
// plan, a list or `objectives` an objectives file, `weights` a scoring
// profile, `parameters`+`values` a parameter set.
FileKind detect_file_kind(const yaml::Node& root);

} // namespace medtime
