// The column map (batch/column_map.h, doc/formats.md) that `medtime batch`
// reads to score the responses of an exported survey, written as YAML.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace medtime {

struct MapColumn {
  std::string column;
  std::string question;
  std::vector<std::pair<std::string, std::string>> codes; // survey code -> answer value
  std::vector<std::pair<std::string, std::string>> tasks; // sub-column -> row (task) id
  std::string split;                                      // one cell of several codes
};

struct MapQuestionnaire {
  std::string id;
  int version = 1;
  std::vector<MapColumn> columns;
};

// The map's text: `comment` (lines, each written after "# "), then the
// questionnaires and their columns, every scalar double-quoted.
std::string write_column_map(const std::vector<std::string>& comment,
                             const std::vector<MapQuestionnaire>& questionnaires);

} // namespace medtime
