#include "cli_definition.h"

#include <string_view>
#include <vector>

namespace medtime::app {

namespace {

// The items of a CLI::IsMember description, "{a,b,c}" (CLI11's
// detail::generate_set joins them with commas and no escape: an item ","
// shows as an empty field before the next comma, as in "{,,;}").
std::vector<std::string> set_items(std::string_view description) {
  std::vector<std::string> items;
  std::string_view inner = description.substr(1, description.size() - 2);
  size_t start = 0;
  while (start <= inner.size()) {
    size_t comma = std::min(inner.find(',', start), inner.size());
    if (comma == start && comma < inner.size()) { // an empty field: the item ","
      items.emplace_back(",");
      start = comma + 2;
      continue;
    }
    items.emplace_back(inner.substr(start, comma - start));
    start = comma + 1;
  }
  return items;
}

// The choices of `option`'s IsMember check, if it has one.
std::vector<std::string> choices(CLI::Option* option) {
  for (int i = 0;; ++i) {
    CLI::Validator* validator = nullptr;
    try {
      validator = option->get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return {};
    }
    std::string description = validator->get_description();
    if (description.size() >= 2 && description.front() == '{' && description.back() == '}') {
      return set_items(description);
    }
  }
}

// The value's type as CLI11 names it (TEXT, UINT, FLOAT...), without the
// checks it appends after colons; empty for a flag.
std::string value_type(const CLI::Option* option) {
  if (option->get_type_size_max() == 0) {
    return {};
  }
  std::string type = option->get_type_name();
  return type.substr(0, type.find(':'));
}

// The example's lines without the indent --help gives the lines after the first.
std::vector<std::string> example_lines(const std::string& example) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < example.size()) {
    size_t end = std::min(example.find('\n', start), example.size());
    std::string line = example.substr(start, end - start);
    lines.push_back(line.rfind("  ", 0) == 0 ? line.substr(2) : line);
    start = end + 1;
  }
  return lines;
}

} // namespace

bool wants_cli_dump(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == k_dump_cli) {
      return true;
    }
  }
  return false;
}

nlohmann::json cli_definition(CLI::App& app, const std::string& name,
                              const std::string& description, const std::string& example,
                              const std::string& exit_codes) {
  nlohmann::json options = nlohmann::json::array();
  nlohmann::json positionals = nlohmann::json::array();
  for (CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) {
      continue; // hidden
    }
    nlohmann::json o = {{"description", option->get_description()},
                        {"value", value_type(option)},
                        {"choices", choices(option)},
                        {"required", option->get_required()},
                        {"multiple", option->get_items_expected_max() > 1}};
    if (option->nonpositional()) {
      std::vector<std::string> names;
      for (const auto& s : option->get_snames()) {
        names.push_back("-" + s);
      }
      for (const auto& l : option->get_lnames()) {
        names.push_back("--" + l);
      }
      o["names"] = names;
      options.push_back(o);
    } else {
      o["name"] = option->get_name(true);
      positionals.push_back(o);
    }
  }
  return {{"schema", "medtime.cli/1"},
          {"name", name},
          {"description", description},
          {"example", example_lines(example)},
          {"exit_codes", exit_codes},
          {"options", options},
          {"positionals", positionals}};
}

} // namespace medtime::app
