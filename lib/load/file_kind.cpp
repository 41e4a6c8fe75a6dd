#include "load/file_kind.h"

namespace medtime {

std::string_view to_string(FileKind kind) {
  switch (kind) {
  case FileKind::questionnaire:
    return "questionnaire";
  case FileKind::answers:
    return "answers file";
  case FileKind::plan:
    return "delegation plan";
  case FileKind::objectives:
    return "objectives file";
  case FileKind::profile:
    return "scoring profile";
  case FileKind::parameters:
    return "parameter set";
  case FileKind::column_map:
    return "column map";
  case FileKind::unknown:
    return "unknown file";
  }
  return "unknown file";
}

FileKind detect_file_kind(const yaml::Node& root) {
  if (root.is_sequence()) {
    return FileKind::objectives;
  }
  if (!root.is_mapping()) {
    return FileKind::unknown;
  }
  if (root.find("sections") != nullptr || root.find("lever") != nullptr) {
    return FileKind::questionnaire;
  }
  if (root.find("questionnaires") != nullptr) {
    return FileKind::column_map; // its `respondent:` names a column
  }
  if (root.find("answers") != nullptr || root.find("respondent") != nullptr) {
    return FileKind::answers;
  }
  if (root.find("tasks") != nullptr || root.find("staff") != nullptr) {
    return FileKind::plan;
  }
  if (root.find("objectives") != nullptr) {
    return FileKind::objectives;
  }
  if (root.find("weights") != nullptr) {
    return FileKind::profile;
  }
  if (root.find("values") != nullptr) {
    return FileKind::parameters;
  }
  return FileKind::unknown;
}

} // namespace medtime
