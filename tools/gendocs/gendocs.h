// tools/gendocs: the man pages and shell completions of medtime, generated at
// build time from the commands' own CLI11 definitions (`medtime-CMD
// --dump-cli`, apps/cli_definition.h), so that they never drift from --help.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace gendocs {

using nlohmann::json;

// What the pages and completions are made of: each command's definition in
// English and in French (same order: the order of medtime_command() in
// apps/CMakeLists.txt), the bundled questionnaire and parameter-set ids
// (`medtime list --format json`), and the version.
struct Sources {
  std::vector<json> en;
  std::vector<json> fr;
  std::vector<std::string> questionnaires;
  std::vector<std::string> parameter_sets;
  std::string version;
};

// `text` for roff: backslashes, a leading dot or quote, no-break spaces.
std::string roff_text(std::string_view text);

// `text` for roff with every "-" as "\-" (option names, commands, code).
std::string roff_code(std::string_view text);

// The first clause of a command's description: its NAME line.
std::string summary(const std::string& description);

// The page medtime-NAME(1) of one command's definition `command`.
std::string command_page(const json& command, bool french, const std::string& version);

// The page medtime(1): the front command and the list of `commands`.
std::string medtime_page(const std::vector<json>& commands, bool french,
                         const std::string& version);

// The page medtime-files(5) from the Markdown of doc/formats.md.
std::string files_page(const std::string& markdown, const std::string& version);

// The completion scripts.
std::string bash_completion(const Sources& sources);
std::string zsh_completion(const Sources& sources);
std::string fish_completion(const Sources& sources);

// What a value of option or positional `item` completes to.
enum class Complete { nothing, choices, files, questionnaires, parameter_sets };
Complete completes(const json& item);

} // namespace gendocs
